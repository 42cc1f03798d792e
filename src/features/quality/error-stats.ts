/**
 * The error view's numbers: the coverage masks of the current method (and of the compare
 * method, when split screen is on) against the N x N supersampled reference of the same
 * view, N = aa.referenceN, over the edge pixels defined in ./metrics.ts, the same
 * definition as the bench's (which uses N = 16). Two or three float readbacks, measured on
 * the CPU; the heatmap (shaders/debug/views.glsl) shows the same per-pixel error.
 */
import { compareState, methodLabel } from '../../model/compare';
import type { ViewerState } from '../../model/state';
import type { Viewer } from '../../render/viewer';
import { coverageChannel, edgeErrors, type EdgeErrors } from './metrics';

export interface MethodErrors extends EdgeErrors {
  /** `analytic + box`, `reference 8x8`, ... */
  readonly method: string;
}

export interface ErrorStats {
  readonly width: number;
  readonly height: number;
  /** What the errors are measured against, e.g. `reference 8x8`. */
  readonly reference: string;
  /** The `aa` method (left of the divider with compare on). */
  readonly method: MethodErrors;
  /** The compare method (right of the divider), or null with compare off. */
  readonly compare: MethodErrors | null;
}

/** Renders the masks offscreen (the canvas and the state are left alone) and measures them. */
export function measureErrors(viewer: Viewer): ErrorStats {
  const state = viewer.state;
  const { width, height } = viewer.canvasSize;
  // Each method over the whole canvas, not split: the numbers describe methods, not halves.
  const whole: ViewerState = { ...state, compare: { ...state.compare, enabled: false } };
  const mask = (s: ViewerState): Float32Array =>
    coverageChannel(
      viewer.renderOffscreen({ format: 'rgba32f', width, height, output: 'coverage', state: s }),
    );
  const { referenceN } = state.aa;
  const reference = mask({ ...whole, aa: { ...whole.aa, source: 'reference', filter: 'step' } });
  const measure = (s: ViewerState): MethodErrors => ({
    method: methodLabel(s.aa.source, s.aa.filter, referenceN),
    ...edgeErrors(mask(s), reference),
  });
  return {
    width,
    height,
    reference: methodLabel('reference', 'step', referenceN),
    method: measure(whole),
    compare: state.compare.enabled ? measure(compareState(state)) : null,
  };
}
