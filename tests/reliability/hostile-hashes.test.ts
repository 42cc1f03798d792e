import { expect, it } from 'vitest';
import { runHostileHashes } from './hostile-hashes.probe';
import { testContext } from './shared-browser';

// A seeded subset of the 1000 the report runs: every family of hostile hash several times.
const COUNT = 150;
const SEED = 20240612;

it(`${COUNT} hostile hashes: notices, no injection, no pollution, no page errors`, async () => {
  const result = await runHostileHashes(await testContext(COUNT, SEED));
  expect(result.failures).toEqual([]);
  expect(result.cases).toBe(COUNT);
  // The check for notices saw some: it is not vacuous.
  expect(result.figures.find(([name]) => name === 'cases with a notice')?.[1]).toBeGreaterThan(
    COUNT / 2,
  );
}, 300_000);
