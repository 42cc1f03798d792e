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

/**
 * How long one call into the page may take. A 64 x 64 reference of a dense 1920 x 1080
 * view is one readback of several minutes on SwiftShader (drawn in bands inside it), past
 * puppeteer's default of 3.
 */
const PROTOCOL_TIMEOUT_MS = 30 * 60_000;

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: [...CHROMIUM_FLAGS],
    defaultViewport: null,
    protocolTimeout: PROTOCOL_TIMEOUT_MS,
  });
}
