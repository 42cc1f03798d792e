import type { ViewerState } from '../model/state';

/**
 * Most field samples one offscreen draw may take. A 64 x 64 reference of a whole frame is
 * billions of samples; drawn as one call it would hold the GPU (on SwiftShader, a CPU core)
 * for minutes, long enough for the browser to give up on it. Bands of rows keep each call
 * near a second at worst.
 */
export const DRAW_SAMPLE_BUDGET = 1 << 24;

/** Field samples per pixel, at most, of the state's method (the reference's, or 1). */
export function samplesPerPixel(state: ViewerState): number {
  const n = state.aa.referenceN;
  const reference =
    state.aa.source === 'reference' || (state.output === 'color' && state.debug === 'error');
  return reference ? n * n : 1;
}

/** Row ranges [from, to) of GL rows (bottom-up) covering `height`, each within the budget. */
export function sampleBands(
  state: ViewerState,
  width: number,
  height: number,
): (readonly [number, number])[] {
  const rows = Math.max(1, Math.floor(DRAW_SAMPLE_BUDGET / (width * samplesPerPixel(state))));
  const bands: (readonly [number, number])[] = [];
  for (let from = 0; from < height; from += rows) bands.push([from, Math.min(height, from + rows)]);
  return bands;
}
