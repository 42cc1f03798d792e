/** What the second-order test says of a critical point, from its Hessian's eigenvalues. */
import { eigenSym2 } from './sym2';

export type CriticalKind = 'minimum' | 'maximum' | 'saddle' | 'degenerate';

/** Eigenvalues within this fraction of the larger one count as zero (a degenerate point). */
const ZERO_EIGENVALUE = 1e-9;

/**
 * The kind of a critical point from its Hessian [hxx, hxy, hyy]: both eigenvalues positive
 * a minimum, both negative a maximum, opposite signs a saddle; an eigenvalue that is zero
 * (relative to the other) or NaN leaves the second-order test undecided: degenerate.
 */
export function classify(h: readonly [number, number, number]): {
  kind: CriticalKind;
  eigenvalues: [number, number];
} {
  const eigenvalues = eigenSym2(h).values;
  const [lo, hi] = eigenvalues;
  const zero = ZERO_EIGENVALUE * Math.max(Math.abs(lo), Math.abs(hi));
  let kind: CriticalKind = 'degenerate';
  if (Math.abs(lo) > zero && Math.abs(hi) > zero)
    kind = lo > 0 ? 'minimum' : hi < 0 ? 'maximum' : 'saddle';
  return { kind, eigenvalues };
}
