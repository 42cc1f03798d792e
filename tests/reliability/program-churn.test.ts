import { describe, expect, it } from 'vitest';
import { programChurn } from './program-churn.probe';
import { testContext } from './shared-browser';

/** A cap far below the switches, so the cache must evict many times over. */
const CAP = 6;

describe('switching scene, warp, source and filter many times', () => {
  it(`keeps live programs at the cache cap and every other GL object flat (cap ${CAP})`, async () => {
    const result = await programChurn({ cap: CAP, cheap: true })(await testContext(100, 7));
    expect(result.failures).toEqual([]);
    const most = Number(result.figures.find(([name]) => name === 'most live programs')![1]);
    // More switches than the cap: without eviction programs would pass it.
    expect(most).toBeGreaterThanOrEqual(CAP);
  }, 300_000);
});
