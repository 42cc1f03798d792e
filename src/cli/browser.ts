import puppeteer, { type Browser } from 'puppeteer-core';
import { findChrome } from './find-chrome';

/**
 * Headless Chromium with WebGL2 through SwiftShader, so every machine draws the same
 * pixels with or without a GPU. Chrome no longer falls back to SwiftShader on its own,
 * hence the explicit ANGLE flags; the network flags keep a closed machine quiet.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--hide-scrollbars',
];

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: [...CHROMIUM_FLAGS],
    defaultViewport: null,
  });
}
