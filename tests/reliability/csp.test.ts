import { describe, expect, it } from 'vitest';
import { runCsp } from './csp.probe';
import { testContext } from './shared-browser';

describe('the production build under a strict Content-Security-Policy', () => {
  it('starts, draws, compiles a formula and reads dropped files without a violation', async () => {
    const result = await runCsp(await testContext(1));
    expect(result.failures).toEqual([]);
    expect(Object.fromEntries(result.figures)).toEqual({
      violations: 0,
      'page errors': 0,
      'app drew': 'yes',
    });
  }, 120_000);
});
