/**
 * One iteration of each method: from the current iterate to the next, or a reason to stop.
 * A stepper may keep state between calls (velocity, inverse Hessian), so make one per run.
 * Derivatives come from jets (src/expr/jet.ts), never from finite differences.
 */
import { backtrack, wolfe, type Evaluate, type Trial } from './line-search';
import { dot2, eigenSym2, norm2, solveSym2, type Sym2 } from '../util/sym2';

export type StopStatus = 'converged' | 'diverged' | 'non-finite';
export interface Stop {
  stop: StopStatus;
  message: string;
}
/** Advances from the current iterate; `minStep` is the runner's step tolerance there. */
export type Stepper = (current: Trial, minStep: number) => Trial | Stop;

export interface StepperOptions {
  /** Learning rate of the first-order methods (world units per unit of gradient). */
  step: number;
  /** Momentum coefficient in [0, 1). */
  momentum: number;
}

const at = (p: readonly [number, number]) => `(${p[0].toPrecision(6)}, ${p[1].toPrecision(6)})`;
const finite = (...values: number[]) => values.every(Number.isFinite);
const stalled = (current: Trial, what: string): Stop => ({
  stop: 'converged',
  message: `${what} at ${at(current.x)} (step below tolerance, |grad| = ${norm2(current.jet.g).toExponential(2)})`,
});

/** Gradient descent: x -= step * g. */
export function gradientDescent(evaluate: Evaluate, { step }: StepperOptions): Stepper {
  return ({ x, jet }) => {
    const next: [number, number] = [x[0] - step * jet.g[0], x[1] - step * jet.g[1]];
    return { x: next, jet: evaluate(next) };
  };
}

/**
 * Heavy ball: v = momentum * v - step * g(x); x += v. Nesterov takes the gradient at the
 * look-ahead point x + momentum * v instead, which damps the overshoot.
 */
export function momentumDescent(
  evaluate: Evaluate,
  { step, momentum }: StepperOptions,
  lookAhead: boolean,
): Stepper {
  const v: [number, number] = [0, 0];
  return ({ x, jet }) => {
    let g = jet.g;
    if (lookAhead) {
      g = evaluate([x[0] + momentum * v[0], x[1] + momentum * v[1]]).g;
      if (!finite(...g))
        return {
          stop: 'non-finite',
          message: 'the gradient at the look-ahead point is not finite',
        };
    }
    v[0] = momentum * v[0] - step * g[0];
    v[1] = momentum * v[1] - step * g[1];
    const next: [number, number] = [x[0] + v[0], x[1] + v[1]];
    return { x: next, jet: evaluate(next) };
  };
}

/** Pure Newton: x -= H^-1 g with the exact Hessian, full step; attracted to any critical point. */
export function newton(evaluate: Evaluate): Stepper {
  return ({ x, jet }) => {
    if (!finite(...jet.h))
      return { stop: 'non-finite', message: `the Hessian is not finite at ${at(x)}` };
    const s = solveSym2(jet.h, [-jet.g[0], -jet.g[1]]);
    if (!s)
      return {
        stop: 'non-finite',
        message: `the Hessian is singular at ${at(x)} (det ${(jet.h[0] * jet.h[2] - jet.h[1] ** 2).toExponential(2)}): the Newton step is undefined`,
      };
    const next: [number, number] = [x[0] + s[0], x[1] + s[1]];
    return { x: next, jet: evaluate(next) };
  };
}

/**
 * The Newton direction with the Hessian made positive definite: each eigenvalue replaced
 * by max(|lambda|, delta) ("saddle-free" Newton), so negative curvature is descended rather
 * than climbed, then an Armijo backtracking line search.
 */
export function dampedNewton(evaluate: Evaluate): Stepper {
  return (current, minStep) => {
    const { x, jet } = current;
    if (!finite(...jet.h))
      return { stop: 'non-finite', message: `the Hessian is not finite at ${at(x)}` };
    const { values, vectors } = eigenSym2(jet.h);
    const largest = Math.max(Math.abs(values[0]), Math.abs(values[1]));
    const delta = Math.max(1e-8, 1e-6 * largest);
    const d: [number, number] = [0, 0];
    for (let i = 0; i < 2; i++) {
      const e = vectors[i]!;
      const k = -dot2(jet.g, e) / Math.max(Math.abs(values[i]!), delta);
      d[0] += k * e[0];
      d[1] += k * e[1];
    }
    return (
      backtrack(evaluate, current, d, minStep) ??
      stalled(current, 'no decrease along the damped Newton direction')
    );
  };
}

/**
 * BFGS on the inverse Hessian, from the identity scaled by s^T y / y^T y after the first
 * step, with a weak Wolfe line search; an update with s^T y <= 0 is skipped.
 */
export function bfgs(evaluate: Evaluate): Stepper {
  let inverse: Sym2 = [1, 0, 1];
  let first = true;
  return (current, minStep) => {
    const { x, jet } = current;
    let d: [number, number] = [
      -(inverse[0] * jet.g[0] + inverse[1] * jet.g[1]),
      -(inverse[1] * jet.g[0] + inverse[2] * jet.g[1]),
    ];
    // Lost positive definiteness to round-off: restart from steepest descent.
    if (!(dot2(d, jet.g) < 0)) {
      inverse = [1, 0, 1];
      d = [-jet.g[0], -jet.g[1]];
    }
    // First step: at most unit length, since the identity knows nothing of the scale.
    const initial = first ? Math.min(1, 1 / norm2(d)) : 1;
    const next = wolfe(evaluate, current, d, minStep, initial);
    if (!next) return stalled(current, 'no decrease along the BFGS direction');
    const s: [number, number] = [next.x[0] - x[0], next.x[1] - x[1]];
    const y: [number, number] = [next.jet.g[0] - jet.g[0], next.jet.g[1] - jet.g[1]];
    const sy = dot2(s, y);
    if (sy > 1e-12 * norm2(s) * norm2(y) && finite(sy)) {
      if (first) {
        const k = sy / dot2(y, y);
        inverse = [k, 0, k];
      }
      inverse = updateInverse(inverse, s, y, sy);
      first = false;
    }
    return next;
  };
}

/** H+ = (I - rho s y^T) H (I - rho y s^T) + rho s s^T, with rho = 1 / s^T y. */
function updateInverse(
  h: Sym2,
  s: readonly [number, number],
  y: readonly [number, number],
  sy: number,
): Sym2 {
  const rho = 1 / sy;
  const hy: [number, number] = [h[0] * y[0] + h[1] * y[1], h[1] * y[0] + h[2] * y[1]];
  const yhy = dot2(y, hy);
  // Expanded: H - rho (Hy s^T + s y^T H) + (rho^2 y^T H y + rho) s s^T.
  const k = rho * rho * yhy + rho;
  return [
    h[0] - 2 * rho * hy[0] * s[0] + k * s[0] * s[0],
    h[1] - rho * (hy[0] * s[1] + s[0] * hy[1]) + k * s[0] * s[1],
    h[2] - 2 * rho * hy[1] * s[1] + k * s[1] * s[1],
  ];
}
