/**
 * Symmetric 2 x 2 matrices [[a, b], [b, c]], stored as [a, b, c] (the Hessian layout of a
 * Jet: hxx, hxy, hyy): eigenvalues, eigenvectors and solves, with the round-off care that
 * nearly singular Hessians need.
 */

/** [a, b, c] for the symmetric matrix [[a, b], [b, c]]. */
export type Sym2 = readonly [number, number, number];

export interface Eigen2 {
  /** Ascending: [lambda_min, lambda_max]. */
  values: [number, number];
  /** Unit eigenvectors, in the order of `values`; orthogonal, right-handed. */
  vectors: [[number, number], [number, number]];
}

/**
 * Eigen-decomposition. The larger-magnitude eigenvalue comes from the mean and half-gap,
 * the other from det / that one, which avoids the cancellation of `mean - gap` when the
 * matrix is nearly singular.
 */
export function eigenSym2([a, b, c]: Sym2): Eigen2 {
  const mean = (a + c) / 2;
  const gap = Math.hypot((a - c) / 2, b);
  const big = mean >= 0 ? mean + gap : mean - gap;
  const small = big !== 0 ? (a * c - b * b) / big : 0;
  const values: [number, number] = big >= small ? [small, big] : [big, small];
  const first = eigenvector([a, b, c], values[0]);
  return { values, vectors: [first, [-first[1], first[0]]] };
}

/** A unit eigenvector for `lambda`, from the better-conditioned row of (M - lambda I). */
function eigenvector([a, b, c]: Sym2, lambda: number): [number, number] {
  if (b === 0) return Math.abs(a - lambda) <= Math.abs(c - lambda) ? [1, 0] : [0, 1];
  // Rows (a - l, b) and (b, c - l) are orthogonal to the eigenvector: use the longer one.
  const u: [number, number] = [b, lambda - a];
  const w: [number, number] = [lambda - c, b];
  const v = Math.hypot(...u) >= Math.hypot(...w) ? u : w;
  const n = Math.hypot(...v);
  return n > 0 ? [v[0] / n, v[1] / n] : [1, 0];
}

/** det([[a, b], [b, c]]). */
export const detSym2 = ([a, b, c]: Sym2): number => a * c - b * b;

/**
 * The solution of M s = r, or null when M is singular to working precision (|det| at most
 * 1e-14 times the square of its largest entry) or not finite.
 */
export function solveSym2(m: Sym2, r: readonly [number, number]): [number, number] | null {
  const [a, b, c] = m;
  const det = detSym2(m);
  const scale = Math.max(Math.abs(a), Math.abs(b), Math.abs(c));
  if (!Number.isFinite(det) || Math.abs(det) <= 1e-14 * scale * scale || scale === 0) return null;
  const s: [number, number] = [(c * r[0] - b * r[1]) / det, (a * r[1] - b * r[0]) / det];
  return Number.isFinite(s[0]) && Number.isFinite(s[1]) ? s : null;
}

/** M v. */
export const mulSym2 = ([a, b, c]: Sym2, v: readonly [number, number]): [number, number] => [
  a * v[0] + b * v[1],
  b * v[0] + c * v[1],
];

export const dot2 = (u: readonly [number, number], v: readonly [number, number]): number =>
  u[0] * v[0] + u[1] * v[1];

export const norm2 = (v: readonly [number, number]): number => Math.hypot(v[0], v[1]);
