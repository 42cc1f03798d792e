import type { TestProject } from 'vitest/node';
import type { ViteDevServer } from 'vite';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../src/node/cli/browser';
import { startViewerServer } from '../../src/node/cli/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    browserWSEndpoint: string;
    viewerUrl: string;
  }
}

let server: ViteDevServer | undefined;
let browser: Browser | undefined;

/** One Vite dev server and one headless Chromium for the whole run. */
export async function setup(project: TestProject): Promise<void> {
  const started = await startViewerServer();
  server = started.server;
  const url = started.url;
  browser = await launchBrowser();

  const page = await browser.newPage();
  await page.goto(`${url}?test`);
  await page.waitForFunction(() => window.sdfReady === true, { timeout: 120_000 });
  const info = await page.evaluate(() => window.sdf!.info());
  const error = await page.evaluate(() => window.sdf!.messages().error);
  if (error) throw new Error(`the viewer's default scene does not compile:\n${error}`);
  console.log(
    `browser: ${await browser.version()}\nrenderer: ${info.renderer} (${info.vendor}; ${info.version})`,
  );
  await page.close();

  project.provide('browserWSEndpoint', browser.wsEndpoint());
  project.provide('viewerUrl', url);
}

export async function teardown(): Promise<void> {
  await browser?.close();
  await server?.close();
}
