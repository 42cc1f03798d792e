import type { Browser, Page } from 'puppeteer-core';
import { PNG } from 'pngjs';
import { unpremultiply } from '../export/straight-alpha';
import { launchBrowser } from './browser';
import { applyState } from './page-driver';
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
