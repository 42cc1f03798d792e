import type { Page } from 'puppeteer-core';
import { coverageChannel } from '../../src/quality/metrics';
import { readFloat, setState } from './viewer-page';

/** The coverage mask of the current state with `aa` applied, one float per pixel. */
export async function coverageOf(page: Page, aa: Record<string, unknown>): Promise<Float32Array> {
  await setState(page, { output: 'coverage', aa });
  return coverageChannel((await readFloat(page)).data);
}

/** The 16 x 16 supersampled reference of the current scene and view. */
export function referenceOf(page: Page): Promise<Float32Array> {
  return coverageOf(page, { source: 'reference', referenceN: 16 });
}

export const percent = (x: number) => `${(x * 100).toFixed(2)} %`;
