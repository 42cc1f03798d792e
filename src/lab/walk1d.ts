/**
 * The seed article's 1D walk: step downhill by the sign of the derivative, and whenever the
 * derivative changes sign (we walked past the minimum) turn around and halve the step; plus
 * Newton's method in 1D, x -= f'/f'', which lands on a quadratic's minimum in one step.
 */
import type { Objective } from '../expr/jet';

/** A function of one variable with its first and second derivatives at x. */
export type Function1d = (x: number) => { v: number; d: number; dd: number };

export interface Walk1dOptions {
  /** First step length, in x units (> 0). */
  step: number;
  /** Converged when |f'| <= tolerance or the step has shrunk below it. */
  tolerance: number;
  /** Most steps before giving up. */
  maxSteps: number;
}

export interface Walk1d {
  /** Every x visited, the start first. */
  xs: number[];
  status: 'converged' | 'max-iterations' | 'non-finite';
  message: string;
}

const finish = (xs: number[], status: Walk1d['status'], message: string): Walk1d => ({
  xs,
  status,
  message,
});

/** Walks downhill from x0 with a step that halves at each overshoot. Never throws. */
export function walk1d(
  f: Function1d,
  x0: number,
  { step, tolerance, maxSteps }: Walk1dOptions,
): Walk1d {
  const xs = [x0];
  let x = x0;
  let d = f(x).d;
  let length = Math.abs(step);
  for (let k = 0; ; k++) {
    const trouble = nonFinite(f, x, k);
    if (trouble) return finish(xs, 'non-finite', trouble);
    if (Math.abs(d) <= tolerance)
      return finish(
        xs,
        'converged',
        `converged after ${k} steps: |f'| = ${Math.abs(d).toExponential(2)}`,
      );
    if (length < tolerance)
      return finish(
        xs,
        'converged',
        `converged after ${k} steps: the step ${length.toExponential(2)} is below tolerance`,
      );
    if (k >= maxSteps)
      return finish(xs, 'max-iterations', `stopped at the cap of ${maxSteps} steps`);
    // Downhill is against the sign of the derivative.
    x -= Math.sign(d) * length;
    xs.push(x);
    const next = f(x).d;
    // Walked past the bottom: the next step (against the new sign) turns us around, shorter.
    if (Math.sign(next) === -Math.sign(d)) length /= 2;
    d = next;
  }
}

/** Why f cannot be followed at x, or undefined. */
function nonFinite(f: Function1d, x: number, k: number): string | undefined {
  const { v, d } = f(x);
  if (Number.isFinite(x) && Number.isFinite(v) && Number.isFinite(d)) return undefined;
  return `f = ${v}, f' = ${d} at x = ${x} after ${k} steps (outside the domain?)`;
}

/** Newton in 1D: x -= f'(x) / f''(x). Stops (non-finite) where f'' is 0. Never throws. */
export function newton1d(
  f: Function1d,
  x0: number,
  { tolerance, maxSteps }: Omit<Walk1dOptions, 'step'>,
): Walk1d {
  const xs = [x0];
  let x = x0;
  for (let k = 0; ; k++) {
    const trouble = nonFinite(f, x, k);
    if (trouble) return finish(xs, 'non-finite', trouble);
    const { d, dd } = f(x);
    if (Math.abs(d) <= tolerance)
      return finish(
        xs,
        'converged',
        `converged after ${k} steps: |f'| = ${Math.abs(d).toExponential(2)}`,
      );
    if (k >= maxSteps)
      return finish(xs, 'max-iterations', `stopped at the cap of ${maxSteps} steps`);
    const dx = -d / dd;
    if (!Number.isFinite(dx))
      return finish(xs, 'non-finite', `f'' is ${dd} at x = ${x}: the Newton step is undefined`);
    x += dx;
    xs.push(x);
    if (Math.abs(dx) < tolerance * (1 + Math.abs(x)))
      return finish(xs, 'converged', `converged after ${k + 1} steps: the step is below tolerance`);
  }
}

/** An objective along the line y = const, as a Function1d for the walks above. */
export function along(objective: Objective, y = 0): Function1d {
  return (x) => {
    const jet = objective.at(x, y);
    return { v: jet.v, d: jet.g[0], dd: jet.h[0] };
  };
}
