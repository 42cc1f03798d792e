import type { Page } from 'puppeteer-core';
import type { BenchMethod } from './bench/plan';
import { coverageChannel } from '../features/quality/metrics';

/** Applies a state patch in a viewer page; any rejected field is an error, not a shrug. */
export async function applyState(page: Page, patch: unknown): Promise<void> {
  const problems = await page.evaluate((p) => window.sdf!.setState(p), patch);
  if (problems.length) throw new Error(`state rejected: ${problems.join('; ')}`);
}

/** Float RGBA of the current state, rows top to bottom. */
export async function readFloatPixels(
  page: Page,
): Promise<{ width: number; height: number; data: Float32Array }> {
  const { width, height, base64 } = await page.evaluate(() => window.sdf!.readPixels('float'));
  const bytes = Buffer.from(base64, 'base64');
  return {
    width,
    height,
    data: new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4),
  };
}

/** The coverage mask of the current scene and view with `aa` applied, one float per pixel. */
export async function coverageOf(page: Page, aa: Record<string, unknown>): Promise<Float32Array> {
  await applyState(page, { output: 'coverage', aa });
  return coverageChannel((await readFloatPixels(page)).data);
}

/** The `aa` part of the state for a bench method. */
export function methodState(m: BenchMethod): Record<string, unknown> {
  return {
    source: m.source,
    filter: m.filter,
    ...(m.referenceN ? { referenceN: m.referenceN } : {}),
  };
}
