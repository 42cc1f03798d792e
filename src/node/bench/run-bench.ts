import type { Page } from 'puppeteer-core';
import { applyState, coverageOf, methodState } from '../page-driver';
import { edgeErrors, quantile, type EdgeErrors } from '../../features/quality/metrics';
import {
  casePatch,
  REFERENCE_N,
  rowSource,
  type BenchCase,
  type BenchMethod,
  type BenchRow,
} from './plan';

export interface BenchSettings {
  readonly cases: readonly BenchCase[];
  readonly methods: readonly BenchMethod[];
  /** Timed frames per method (after one warm-up round), interleaved across methods. */
  readonly frames: number;
  readonly fade: number;
  readonly progress?: (line: string) => void;
}

/**
 * Measures every case x method on a page opened in test mode at the size to bench. Frames
 * of all methods are interleaved round by round, so drift in machine speed hits each
 * method alike; errors are against the REFERENCE_N x REFERENCE_N supersampled render.
 */
export async function benchPage(page: Page, settings: BenchSettings): Promise<BenchRow[]> {
  const { width, height } = await page.evaluate(() => window.sdf!.info().canvas);
  const rows: BenchRow[] = [];
  for (const benchCase of settings.cases) {
    const label = `${benchCase.warp} . ${benchCase.scene} @ ${width}x${height}`;
    await applyState(page, casePatch(benchCase, settings.fade));
    settings.progress?.(`${label}: reference ${REFERENCE_N}x${REFERENCE_N}`);
    const reference = await coverageOf(page, {
      source: 'reference',
      filter: 'step',
      referenceN: REFERENCE_N,
    });

    const times = settings.methods.map(() => [] as number[]);
    for (let round = -1; round < settings.frames; round++) {
      for (const [i, method] of settings.methods.entries()) {
        await applyState(page, { aa: methodState(method) });
        // The first frame after a switch also waits for the page's own frame of the new
        // state and the renderer's first use of its programs: the second is the cost of
        // a frame, as a pan or an animation draws it.
        const [, ms] = await page.evaluate(() => window.sdf!.timeFrames(2));
        if (round >= 0) times[i]!.push(ms!);
      }
      if (round >= 0 && (round + 1) % 5 === 0)
        settings.progress?.(`${label}: timed ${round + 1}/${settings.frames} rounds`);
    }

    const noneIndex = settings.methods.findIndex((m) => m.source === 'none');
    const noneMs = noneIndex >= 0 ? median(times[noneIndex]!) : Number.NaN;
    for (const [i, method] of settings.methods.entries()) {
      const errors: EdgeErrors = edgeErrors(await coverageOf(page, methodState(method)), reference);
      const sorted = [...times[i]!].sort((a, b) => a - b);
      rows.push({
        scene: benchCase.scene,
        warp: benchCase.warp,
        source: rowSource(method),
        filter: method.filter,
        fade: settings.fade,
        width,
        height,
        msPerFrame: median(sorted),
        msP10: quantile(sorted, 0.1),
        msP90: quantile(sorted, 0.9),
        ratioToNone: median(sorted) / noneMs,
        meanErr: errors.mean,
        p99Err: errors.p99,
        maxErr: errors.max,
      });
    }
    settings.progress?.(`${label}: done`);
  }
  return rows;
}

function median(values: readonly number[]): number {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}
