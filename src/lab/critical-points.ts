/**
 * Critical points (grad f = 0) of an objective in a box, found by damped Newton on the
 * gradient from a grid of starts, and classified by the signs of the Hessian's eigenvalues.
 */
import type { Jet, Objective } from '../expr/jet';
import { classify, type CriticalKind } from '../util/hessian-kind';
import { mulSym2, norm2, solveSym2, type Sym2 } from '../util/sym2';

export { classify, type CriticalKind };


export interface CriticalPoint {
  /** Position, world units. */
  x: number;
  y: number;
  f: number;
  kind: CriticalKind;
  /** Hessian eigenvalues there, ascending. */
  eigenvalues: [number, number];
}


export interface Bounds {
  /** Lower-left corner, world units. */
  min: [number, number];
  /** Upper-right corner, world units. */
  max: [number, number];
}

/** Newton iterations per start; quadratic convergence needs far fewer. */
const MAX_ITERATIONS = 100;

/**
 * Newton on grad f = 0 with Levenberg-Marquardt damping: s = -(H^2 + mu I)^-1 H g, which
 * is Newton's step as mu -> 0 and a descent step on |g|^2 as mu grows, accepted only when
 * |g| shrinks. Converges to minima, maxima and saddles alike. Null if it stalls or leaves.
 */
function solveGradient(
  objective: Objective,
  start: [number, number],
  far: number,
): { x: [number, number]; jet: Jet } | null {
  let x = start;
  let jet = objective.at(x[0], x[1]);
  let damping = 1e-6;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const residual = norm2(jet.g);
    if (![jet.v, residual, ...jet.h].every(Number.isFinite)) return null;
    const [a, b, c] = jet.h;
    const size = Math.hypot(a, b, b, c);
    // Round-off floor of the gradient: terms of size |H| |x| cancel to give it.
    if (residual <= 1e-10 * (1 + size * (1 + norm2(x)))) return { x, jet };
    const squared: Sym2 = [a * a + b * b, b * (a + c), b * b + c * c];
    const mu = damping * size * size + 1e-300;
    const hg = mulSym2(jet.h, jet.g);
    const s = solveSym2([squared[0] + mu, squared[1], squared[2] + mu], [-hg[0], -hg[1]]);
    const trial: [number, number] | null = s && [x[0] + s[0], x[1] + s[1]];
    const next = trial && objective.at(trial[0], trial[1]);
    if (trial && next && norm2(next.g) < residual) {
      x = trial;
      jet = next;
      damping = Math.max(damping / 10, 1e-15);
    } else if ((damping *= 10) > 1e10) return null;
    if (norm2(x) > far) return null;
  }
  return null;
}

/**
 * Critical points inside `bounds`, found from a grid x grid of starts (cell centres;
 * grid is clamped to 1..64), deduplicated (points closer than 1e-6 (1 + |p|) are one), and
 * sorted by f, lowest first. A curve of critical points (degenerate) shows up as samples.
 */
export function findCriticalPoints(
  objective: Objective,
  bounds: Bounds,
  { grid = 12 }: { grid?: number } = {},
): CriticalPoint[] {
  const n = Math.min(64, Math.max(1, Math.round(Number.isFinite(grid) ? grid : 12)));
  const [x0, y0] = bounds.min;
  const [x1, y1] = bounds.max;
  const slack = 1e-9 * Math.hypot(x1 - x0, y1 - y0);
  const inside = ([x, y]: [number, number]) =>
    x >= x0 - slack && x <= x1 + slack && y >= y0 - slack && y <= y1 + slack;
  const far = 10 * (Math.hypot(x1 - x0, y1 - y0) + Math.hypot(x0, y0) + Math.hypot(x1, y1));
  const found: CriticalPoint[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const start: [number, number] = [
        x0 + ((i + 0.5) / n) * (x1 - x0),
        y0 + ((j + 0.5) / n) * (y1 - y0),
      ];
      const root = solveGradient(objective, start, far);
      if (!root || !inside(root.x)) continue;
      const [x, y] = root.x;
      const same = (p: CriticalPoint) =>
        Math.hypot(p.x - x, p.y - y) <=
        1e-6 * (1 + Math.max(Math.hypot(p.x, p.y), Math.hypot(x, y)));
      if (found.some(same)) continue;
      found.push({ x, y, f: root.jet.v, ...classify(root.jet.h) });
    }
  return found.sort((p, q) => p.f - q.f);
}
