/**
 * A GLSL float literal for any finite number: `1` -> `1.0`, `1e-7` -> `1e-7`, `-0.25` ->
 * `-0.25`. The one writer of numbers into shader text (defines and generated formulas).
 */
export function glslFloat(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} is not finite`);
  const text = String(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/**
 * The shortest GLSL literal that reads back as the same 32-bit float as `value`: what a
 * uniform of that value holds, written the way a person would (0.84808826, not
 * 0.8480882574948619), and the same whichever engine's Math.pow made the double.
 */
export function glslFloat32(value: number): string {
  return glslFloat(shortestFloat32(value));
}

export function shortestFloat32(value: number): number {
  const single = Math.fround(value);
  for (let digits = 1; digits < 9; digits++) {
    const candidate = Number(single.toPrecision(digits));
    if (Math.fround(candidate) === single) return candidate;
  }
  return Number(single.toPrecision(9));
}
