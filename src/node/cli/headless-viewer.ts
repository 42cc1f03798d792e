import type { Browser, Page } from 'puppeteer-core';
import { PNG } from 'pngjs';
import type { ExportOptions } from '../../features/export/export-options';
import type { ExportProgress } from '../../features/export/render-export';
import { unpremultiply } from '../../features/export/straight-alpha';
import { launchBrowser } from './browser';
import { applyState } from '../page-driver';
import { startViewerServer } from './serve';

/** A viewer page in test mode at a fixed size, for the command-line tools. */
export interface HeadlessViewer {
  readonly browser: Browser;
  open(width: number, height: number): Promise<Page>;
  close(): Promise<void>;
}

export async function startHeadlessViewer(): Promise<HeadlessViewer> {
  const { server, url } = await startViewerServer({ watch: false });
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  return {
    browser,
    async open(width, height) {
      const page = await browser.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') console.error(`page: ${m.text()}`);
      });
      await page.setViewport({
        width: Math.min(width + 20, 4096),
        height: Math.min(height + 20, 4096),
      });
      await page.goto(`${url}?test&width=${width}&height=${height}`);
      await page.waitForFunction(() => window.sdfReady === true, { timeout: 120_000 });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Applies `patch`, draws, and returns the frame as a PNG file (straight alpha). */
export async function renderPng(page: Page, patch: unknown): Promise<Buffer> {
  await applyState(page, patch);
  const frame = await page.evaluate(() => window.sdf!.render());
  if (frame.error) throw new Error(frame.error);
  const { width, height, base64 } = await page.evaluate(() => window.sdf!.readPixels('rgba8'));
  const png = new PNG({ width, height });
  png.data = Buffer.from(unpremultiply(new Uint8Array(Buffer.from(base64, 'base64'))));
  return PNG.sync.write(png);
}

/** How often a running export is asked for its progress, in milliseconds. */
const POLL_MS = 250;
/** Base64 characters fetched per round trip: big files cross the protocol in pieces. */
const PIECE_CHARS = 8 << 20;

interface PendingExport {
  result?: { base64: string; width: number; height: number };
  error?: string;
}

/**
 * Runs `window.sdf.exportPng(options)` in the page (the browser's own export path) and
 * returns the file it wrote. The export runs as a page task that is polled, so a long
 * render never waits on one protocol call, and its bytes come back in pieces.
 */
export async function exportPngFile(
  page: Page,
  options: ExportOptions,
  onProgress?: (progress: ExportProgress) => void,
): Promise<Buffer> {
  await page.evaluate(
    (o) => {
      const w = window as unknown as { sdfCliExport: PendingExport };
      const pending: PendingExport = {};
      w.sdfCliExport = pending;
      window.sdf!.exportPng(o).then(
        (result) => (pending.result = result),
        (error: Error) => (pending.error = error.message),
      );
    },
    options as Record<string, unknown>,
  );
  let last = '';
  for (;;) {
    const status = await page.evaluate(() => {
      const { result, error } = (window as unknown as { sdfCliExport: PendingExport }).sdfCliExport;
      return {
        done: !!result || error !== undefined,
        error,
        progress: window.sdf!.exportProgress(),
        length: result?.base64.length ?? 0,
      };
    });
    if (status.error !== undefined) throw new Error(status.error);
    if (status.progress && onProgress && JSON.stringify(status.progress) !== last) {
      last = JSON.stringify(status.progress);
      onProgress(status.progress);
    }
    if (status.done) {
      // The last tiles can finish between two polls: report the end once.
      const end = last ? (JSON.parse(last) as ExportProgress) : undefined;
      if (end && end.tilesDone < end.tiles) onProgress?.({ ...end, tilesDone: end.tiles });
      const pieces: string[] = [];
      for (let at = 0; at < status.length; at += PIECE_CHARS)
        pieces.push(
          await page.evaluate(
            (from, to) =>
              (
                window as unknown as { sdfCliExport: PendingExport }
              ).sdfCliExport.result!.base64.slice(from, to),
            at,
            at + PIECE_CHARS,
          ),
        );
      await page.evaluate(
        () => delete (window as unknown as { sdfCliExport?: unknown }).sdfCliExport,
      );
      return Buffer.from(pieces.join(''), 'base64');
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
