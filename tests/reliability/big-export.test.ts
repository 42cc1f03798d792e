import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViteDevServer } from 'vite';
import { startViewerServer } from '../../src/node/cli/serve';
import { BIG_SIDE, measureBigExport } from './big-export.probe';
import { testContext } from './shared-browser';

/**
 * A bound on streaming, not on speed: the raw 16384 x 16384 RGBA image is 1 GiB, so an
 * export that held it whole anywhere would not pass. Measured: about 300 MiB in the browser.
 */
const STREAMING_BOUND = 1024 ** 3;

describe('the largest export', () => {
  // A server of its own without file watching, as the command line uses: a source file
  // saved during the minute this export takes would otherwise reload its page.
  let server: ViteDevServer;
  let url: string;
  beforeAll(async () => {
    ({ server, url } = await startViewerServer({ watch: false }));
  });
  afterAll(() => server.close());

  it(`writes a valid ${BIG_SIDE} x ${BIG_SIDE} PNG without holding the raw image`, async () => {
    const context = { ...(await testContext(1)), viewerUrl: url };
    const { result, peak } = await measureBigExport(context);
    expect(result.failures).toEqual([]);
    const figures = Object.fromEntries(result.figures);
    expect([figures.width, figures.height]).toEqual([BIG_SIDE, BIG_SIDE]);
    expect(peak.browser, 'browser processes, bytes above baseline').toBeLessThan(STREAMING_BOUND);
    expect(peak.rss, 'node, bytes above baseline').toBeLessThan(STREAMING_BOUND);
  }, 240_000);
});
