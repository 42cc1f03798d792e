/**
 * A float parameter a header ties to time, about the value the user set:
 *   { "amplitude": a, "period": T }   v(t) = clamp(v + a sin(2 pi t / T), min, max)
 *   { "rate": r }                     v(t) = min + mod(v - min + r t, max - min)  (wraps)
 * The viewer evaluates it per frame (state.time), an exported shader per pixel from u_time.
 */
import { z } from 'zod';
import { glslFloat } from './glsl-float';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const animationSchema = z.union([
  z.strictObject({ amplitude: finite.positive(), period: finite.positive() }),
  z.strictObject({ rate: finite.refine((r) => r !== 0, 'must not be 0') }),
]);
export type Animation = z.infer<typeof animationSchema>;

interface AnimatedSpec {
  readonly type: string;
  readonly min?: number;
  readonly max?: number;
  readonly animate?: Animation;
}

export function paramIsAnimated(
  spec: AnimatedSpec,
): spec is AnimatedSpec & { animate: Animation; min: number; max: number } {
  return spec.type === 'float' && spec.animate !== undefined;
}

/** The parameter's value at `time` seconds, from the value the user set. */
export function animatedValue(spec: AnimatedSpec, base: number, time: number): number {
  // At time 0 exactly the value set, whatever float rounding the formulas bring.
  if (!paramIsAnimated(spec) || time === 0) return base;
  const { min, max, animate } = spec;
  if ('rate' in animate) {
    const span = max - min;
    if (span <= 0) return base;
    const turned = (base - min + animate.rate * time) % span;
    return min + (turned < 0 ? turned + span : turned);
  }
  const wave = base + animate.amplitude * Math.sin((2 * Math.PI * time) / animate.period);
  return Math.min(max, Math.max(min, wave));
}

/** The same value as a GLSL expression of the float `time` (an identifier). */
export function animatedGlsl(spec: AnimatedSpec, base: number, time: string): string {
  if (!paramIsAnimated(spec)) return glslFloat(base);
  const f = glslFloat;
  const { min, max, animate } = spec;
  if ('rate' in animate)
    return `(${f(min)} + mod(${f(base - min)} + ${f(animate.rate)} * ${time}, ${f(max - min)}))`;
  const phase = `${f((2 * Math.PI) / animate.period)} * ${time}`;
  return `clamp(${f(base)} + ${f(animate.amplitude)} * sin(${phase}), ${f(min)}, ${f(max)})`;
}
