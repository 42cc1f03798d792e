/**
 * The bench's motion rows: each case drawn over a slow sub-pixel pan (PAN_PX per frame,
 * diagonal, off the pixel grid), every method's coverage against the reference's frame by
 * frame (src/features/quality/temporal.ts).
 */
import type { Page } from 'puppeteer-core';
import { applyState, coverageOf, methodState } from '../page-driver';
import { temporalErrors } from '../../features/quality/temporal';
import { panBy } from '../../model/view';
import type { BenchSettings } from './run-bench';
import { casePatch, rowSource } from './plan';

/** Device pixels the view moves per frame: slower than a pixel, so the AA is what moves. */
export const PAN_PX: readonly [number, number] = [0.137, 0.071];

/** One row of the bench JSON's `temporal` list; errors as fractions 0-1. */
export interface TemporalRow {
  scene: string;
  warp: string;
  source: string;
  filter: string;
  width: number;
  height: number;
  frames: number;
  panPx: readonly [number, number];
  meanErr: number;
  p99Err: number;
  maxErr: number;
  flicker: number;
  /**
   * The reference's own temporal noise, the floor under meanErr: a FLOOR_N x FLOOR_N
   * reference (another jitter pattern, nearly the same noise) against it, over sqrt 2.
   */
  floorMeanErr: number;
}

/**
 * Samples per side of the motion reference: 16, not the static rows' 64, since every
 * frame of every case takes two references.
 */
export const MOTION_REFERENCE_N = 16;
/** Samples per side of the second reference that measures the first one's noise. */
export const FLOOR_N = MOTION_REFERENCE_N - 1;

/** The motion rows of every case x method; `settings.frames` is the frames of motion. */
export async function temporalPage(page: Page, settings: BenchSettings): Promise<TemporalRow[]> {
  const { width, height } = await page.evaluate(() => window.sdf!.info().canvas);
  const rows: TemporalRow[] = [];
  for (const benchCase of settings.cases) {
    const still = { center: [0, 0] as const, zoom: benchCase.zoom ?? 1, rotation: 0 };
    const reference: Float32Array[] = [];
    const second: Float32Array[] = [];
    const methods = settings.methods.map(() => [] as Float32Array[]);
    for (let k = 0; k < settings.frames; k++) {
      await applyState(page, {
        ...casePatch(benchCase, settings.fade),
        // The content moves k PAN_PX pixels, as a drag of that much would move it.
        view: panBy(still, [k * PAN_PX[0], k * PAN_PX[1]], width, height),
      });
      for (const [frames, referenceN] of [
        [reference, MOTION_REFERENCE_N],
        [second, FLOOR_N],
      ] as const)
        frames.push(await coverageOf(page, { source: 'reference', filter: 'step', referenceN }));
      for (const [i, method] of settings.methods.entries())
        methods[i]!.push(await coverageOf(page, methodState(method)));
      settings.progress?.(
        `${benchCase.warp} . ${benchCase.scene} @ ${width}x${height}: motion frame ${k + 1}/${settings.frames}`,
      );
    }
    const floorMeanErr = temporalErrors(second, reference).mean / Math.SQRT2;
    for (const [i, method] of settings.methods.entries()) {
      const errors = temporalErrors(methods[i]!, reference);
      rows.push({
        scene: benchCase.scene,
        warp: benchCase.warp,
        source: rowSource(method),
        filter: method.filter,
        width,
        height,
        frames: settings.frames,
        panPx: PAN_PX,
        meanErr: errors.mean,
        p99Err: errors.p99,
        maxErr: errors.max,
        flicker: errors.flicker,
        floorMeanErr,
      });
    }
  }
  return rows;
}
