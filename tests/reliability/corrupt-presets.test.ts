import { expect, it } from 'vitest';
import { CORRUPT_STORES, runCorruptPresets } from './corrupt-presets.probe';
import { testContext } from './shared-browser';

// Each case reloads the page: a spread of 12 of the stores keeps this file short.
const COUNT = Math.min(12, CORRUPT_STORES.length);

it(`${COUNT} corrupted preset stores: the viewer starts, draws and says what it left out`, async () => {
  const result = await runCorruptPresets(await testContext(COUNT, 1));
  expect(result.failures).toEqual([]);
  expect(result.cases).toBe(COUNT);
  expect(result.figures.find(([name]) => name === 'cases with a notice')?.[1]).toBeGreaterThan(0);
}, 300_000);
