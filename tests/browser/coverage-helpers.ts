import type { Page } from 'puppeteer-core';
import { coverageOf } from '../../src/node/page-driver';

export { coverageOf };

/** The 16 x 16 supersampled reference of the current scene and view. */
export function referenceOf(page: Page): Promise<Float32Array> {
  return coverageOf(page, { source: 'reference', referenceN: 16 });
}

export const percent = (x: number) => `${(x * 100).toFixed(2)} %`;
