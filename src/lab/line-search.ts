/**
 * Line searches along a descent direction d from x: how far to go, t > 0, so that
 * f(x + t d) decreases enough (Armijo) and, for BFGS, the slope flattens enough (Wolfe
 * curvature), which keeps s^T y > 0 and the inverse Hessian positive definite.
 */
import type { Jet } from '../expr/jet';
import { dot2, norm2 } from '../util/sym2';

/** Sufficient decrease: f(x + t d) <= f(x) + ARMIJO * t * g.d. */
export const ARMIJO = 1e-4;
/** Weak Wolfe curvature: g(x + t d).d >= WOLFE_CURVATURE * g(x).d. */
export const WOLFE_CURVATURE = 0.9;
/** Points beyond this (|x| or |f|) end a search: the runner reports the divergence. */
export const DIVERGENCE_LIMIT = 1e8;
/** Most trial points per search: 60 halvings shrink any step below round-off. */
const MAX_TRIALS = 60;

export type Evaluate = (p: [number, number]) => Jet;

export interface Trial {
  x: [number, number];
  jet: Jet;
}

/**
 * Backtracking from t = 1, halving until Armijo holds. Gives up (null) once the step is
 * shorter than `minStep`, the runner's step tolerance; then no decrease is resolvable.
 */
export function backtrack(
  evaluate: Evaluate,
  from: Trial,
  d: readonly [number, number],
  minStep: number,
): Trial | null {
  const slope = dot2(from.jet.g, d);
  let t = 1;
  // The full step is always tried: if it is already below minStep, the runner stops on it.
  for (let i = 0; i < MAX_TRIALS && (i === 0 || t * norm2(d) >= minStep); i++, t /= 2) {
    const x: [number, number] = [from.x[0] + t * d[0], from.x[1] + t * d[1]];
    const jet = evaluate(x);
    // NaN fails the comparison, so an off-domain trial is treated as too far.
    if (jet.v <= from.jet.v + ARMIJO * t * slope) return { x, jet };
  }
  return null;
}

/**
 * Weak Wolfe search by bracketing and bisection (Lewis and Overton): grow t while the
 * slope is still steep, halve the bracket while the decrease is insufficient. Returns the
 * last Armijo point if the bracket closes below `minStep` without the curvature condition,
 * and null if no trial decreased f at all.
 */
export function wolfe(
  evaluate: Evaluate,
  from: Trial,
  d: readonly [number, number],
  minStep: number,
  initial = 1,
): Trial | null {
  const slope = dot2(from.jet.g, d);
  const length = norm2(d);
  let lo = 0;
  let hi = Infinity;
  let t = initial;
  let best: Trial | null = null;
  for (let i = 0; i < MAX_TRIALS; i++) {
    const x: [number, number] = [from.x[0] + t * d[0], from.x[1] + t * d[1]];
    const jet = evaluate(x);
    if (!(jet.v <= from.jet.v + ARMIJO * t * slope)) hi = t;
    else {
      best = { x, jet };
      if (dot2(jet.g, d) >= WOLFE_CURVATURE * slope) return best;
      // Still steep: unbounded below, or far away? Let the runner see it.
      if (norm2(x) > DIVERGENCE_LIMIT || jet.v < -DIVERGENCE_LIMIT) return best;
      lo = t;
    }
    if ((hi - lo) * length < minStep) break;
    t = hi === Infinity ? 2 * lo : (lo + hi) / 2;
  }
  return best;
}
