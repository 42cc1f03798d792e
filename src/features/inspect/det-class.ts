/**
 * The classes of a warp Jacobian's determinant, and their thresholds: the one place they
 * live on the TypeScript side. debugJacobian in shaders/debug/views.glsl paints the same
 * classes with the same numbers (its comment points here); tests/browser/inspector.test.ts
 * checks that the legend's swatches and the inspector's classes agree with what it draws.
 */

/** |det J| below this is singular (a pole, a fold): drawn white. */
export const DET_SINGULAR = 1e-3;
/** |log2 det J| below this (within 1.4 % of 1) is area-preserving: drawn neutral grey. */
export const DET_NEUTRAL_LOG2 = 0.02;

export type DetClass = 'singular' | 'flips' | 'preserves' | 'expands' | 'shrinks';

/** In the shader's order: singular first, then orientation, then the neutral band. */
export function classifyDet(det: number): DetClass {
  if (!(Math.abs(det) >= DET_SINGULAR)) return 'singular';
  if (det < 0) return 'flips';
  if (Math.abs(Math.log2(det)) < DET_NEUTRAL_LOG2) return 'preserves';
  return det > 1 ? 'expands' : 'shrinks';
}
