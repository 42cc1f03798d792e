/**
 * A GLSL float literal for any finite number: `1` -> `1.0`, `1e-7` -> `1e-7`, `-0.25` ->
 * `-0.25`. The one writer of numbers into shader text (defines and generated formulas).
 */
export function glslFloat(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} is not finite`);
  const text = String(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}
