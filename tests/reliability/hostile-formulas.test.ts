import { expect, it } from 'vitest';
import { runHostileFormulas } from './hostile-formulas.probe';
import { testContext } from './shared-browser';

// A seeded subset of the 300 the report runs: every cap case, then each family many times.
const COUNT = 150;
const SEED = 20240613;

it(`${COUNT} hostile formulas: no user text in shaders, a message per problem, still drawing`, async () => {
  const result = await runHostileFormulas(await testContext(COUNT, SEED));
  expect(result.failures).toEqual([]);
  expect(result.cases).toBe(COUNT);
  // Both outcomes happened, so both were checked.
  expect(result.figures.find(([name]) => name === 'accepted')?.[1]).toBeGreaterThan(0);
  expect(result.figures.find(([name]) => name === 'rejected')?.[1]).toBeGreaterThan(0);
}, 300_000);
