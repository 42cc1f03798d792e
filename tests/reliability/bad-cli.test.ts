import { describe, expect, it } from 'vitest';
import { BAD_CALLS, runBadCli } from './bad-cli.probe';

describe('bad command-line calls', () => {
  it('each exits 1 with one line naming the problem, before the browser, leaving no file', async () => {
    // The calls need no page: the probe spawns the renderer with a browser path that fails.
    const result = await runBadCli({
      browser: undefined as never,
      viewerUrl: '',
      count: BAD_CALLS.length,
      seed: 1,
      log: () => {},
    });
    expect(result.cases).toBe(25);
    expect(result.failures).toEqual([]);
  }, 180_000);
});
