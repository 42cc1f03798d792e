/**
 * Newton's local model at an iterate, m(s) = f + g.s + 1/2 s^T H s, in the form a shader
 * needs to draw its contours: centre, principal axes and curvatures.
 */
import type { Jet } from '../expr/jet';
import { eigenSym2, solveSym2 } from '../util/sym2';

export interface QuadraticModel {
  /** The Newton point at + s*, where H s* = -g (world units); null when H is singular. */
  centre: [number, number] | null;
  /** m at the centre, f - 1/2 g^T H^-1 g; NaN when there is no centre. Contours of m are
   * m = centreValue + 1/2 (lambda_1 t_1^2 + lambda_2 t_2^2), t_i = (p - centre).e_i. */
  centreValue: number;
  /** The curvatures along the principal axes, ascending. */
  eigenvalues: [number, number];
  /** Unit principal axes, in the order of `eigenvalues`. */
  eigenvectors: [[number, number], [number, number]];
  /** ellipse: curvatures of one sign (a bowl or a cap); hyperbola: a saddle; degenerate:
   * a curvature that is 0 to within 1e-12 of the other (parabolic or flat contours). */
  kind: 'ellipse' | 'hyperbola' | 'degenerate';
}

/**
 * The model of `jet`, taken at the point `at` (world units; default the origin, so that
 * `centre` is then the Newton step s* itself).
 */
export function quadraticModel(jet: Jet, at: [number, number] = [0, 0]): QuadraticModel {
  const { values, vectors } = eigenSym2(jet.h);
  const largest = Math.max(Math.abs(values[0]), Math.abs(values[1]));
  const flat = Math.min(Math.abs(values[0]), Math.abs(values[1])) <= 1e-12 * largest;
  const kind =
    largest === 0 || flat ? 'degenerate' : values[0] * values[1] > 0 ? 'ellipse' : 'hyperbola';
  const s = kind === 'degenerate' ? null : solveSym2(jet.h, [-jet.g[0], -jet.g[1]]);
  return {
    centre: s && [at[0] + s[0], at[1] + s[1]],
    centreValue: s ? jet.v + 0.5 * (jet.g[0] * s[0] + jet.g[1] * s[1]) : NaN,
    eigenvalues: values,
    eigenvectors: vectors,
    kind,
  };
}
