/**
 * Split-screen compare, the parts the renderer, the divider and the error readout share:
 * where the divider falls in pixels, the state the right side is drawn with, and how a
 * method is named on screen.
 */
import type { AaFilter, AaSource, ViewerState } from './state';

/** The image column where the compare method starts, for a divider at `split` (0 to 1). */
export function splitColumn(split: number, fullWidth: number): number {
  return Math.round(split * fullWidth);
}

/**
 * The first column of this draw that the compare method covers, clamped to the draw, or
 * undefined with compare off. Export tiles pass their `region`: the divider is a fraction of
 * the full image's width, so every tile splits where the whole image does.
 */
export function compareColumn(
  state: ViewerState,
  draw: { width: number; region?: { x: number; fullWidth: number } },
): number | undefined {
  if (!state.compare.enabled) return undefined;
  const { width, region } = draw;
  const column = splitColumn(state.compare.split, region?.fullWidth ?? width) - (region?.x ?? 0);
  return Math.min(width, Math.max(0, column));
}

/** The state the right side is drawn with: the compare method, everything else the same. */
export function compareState(state: ViewerState): ViewerState {
  const { source, filter } = state.compare;
  return {
    ...state,
    aa: { ...state.aa, source, filter },
    compare: { ...state.compare, enabled: false },
  };
}

/** A method as labels and readouts name it: `analytic + box`, `reference 8x8`, `none`. */
export function methodLabel(source: AaSource, filter: AaFilter, referenceN: number): string {
  if (source === 'reference') return `reference ${referenceN}x${referenceN}`;
  if (source === 'none') return 'none';
  return `${source} + ${filter}`;
}
