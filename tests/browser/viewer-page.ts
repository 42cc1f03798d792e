import { inject } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { applyState, readFloatPixels } from '../../src/node/page-driver';

export interface ViewerPage {
  readonly page: Page;
  /** console.error lines, page errors and failed requests seen so far. */
  readonly errors: string[];
  /** Closes the page and throws if anything was logged as an error. */
  close(options?: { allowErrors?: RegExp }): Promise<void>;
}

let shared: Promise<Browser> | undefined;

function browser(): Promise<Browser> {
  shared ??= puppeteer.connect({
    browserWSEndpoint: inject('browserWSEndpoint'),
    defaultViewport: null,
  });
  return shared;
}

/**
 * Opens the viewer in test mode and waits for its ready flag. Query options go to the
 * page (`width`, `height`, `dpr`); `deviceScaleFactor` emulates a high-DPI display.
 */
export async function openViewer({
  query = {},
  deviceScaleFactor = 1,
  beforeLoad,
  waitForReady = true,
  hash = '',
}: {
  query?: Record<string, string | number>;
  deviceScaleFactor?: number;
  /** Runs in the page before any of its scripts (to take features away, for example). */
  beforeLoad?: () => void;
  /** URL hash, `#...`: the state of a shared link. */
  hash?: string;
  waitForReady?: boolean;
} = {}): Promise<ViewerPage> {
  const page = await (await browser()).newPage();
  const width = Number(query.width ?? 256);
  const height = Number(query.height ?? 256);
  await page.setViewport({ width: width + 300, height: Math.max(height, 600), deviceScaleFactor });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) =>
    errors.push(`page error: ${(error as Error).message ?? String(error)}`),
  );
  const params = new URLSearchParams({
    test: '',
    ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
  });
  if (beforeLoad) await page.evaluateOnNewDocument(beforeLoad);
  await page.goto(`${inject('viewerUrl')}?${params}${hash}`);
  if (waitForReady) {
    await page.waitForFunction(() => window.sdfReady === true, { timeout: 60_000 });
    const error = await page.evaluate(() => window.sdf!.messages().error);
    if (error) throw new Error(`the viewer opened with a compile error:\n${error}`);
  }
  return {
    page,
    errors,
    async close({ allowErrors } = {}) {
      await page.close();
      const unexpected = errors.filter((e) => !allowErrors?.test(e));
      if (unexpected.length) throw new Error(`the page reported errors:\n${unexpected.join('\n')}`);
    },
  };
}

/** RGBA8 pixels of the current state, rows top to bottom. */
export async function readRgba8(
  page: Page,
): Promise<{ width: number; height: number; data: Uint8Array }> {
  const { width, height, base64 } = await page.evaluate(() => window.sdf!.readPixels('rgba8'));
  return { width, height, data: new Uint8Array(Buffer.from(base64, 'base64')) };
}

/** Float RGBA pixels of the current state, rows top to bottom. */
export const readFloat = readFloatPixels;

/** Applies a state patch and fails on any rejected field. */
export const setState = applyState;
