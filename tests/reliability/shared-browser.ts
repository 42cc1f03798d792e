import puppeteer, { type Browser } from 'puppeteer-core';
import { inject } from 'vitest';
import type { ProbeContext } from './probe';

let shared: Promise<Browser> | undefined;

/** The run's shared Chromium (tests/browser/global-setup.ts), for probes in test files. */
export function sharedBrowser(): Promise<Browser> {
  shared ??= puppeteer.connect({
    browserWSEndpoint: inject('browserWSEndpoint'),
    defaultViewport: null,
  });
  return shared;
}

/** A probe context on the shared browser and dev server, silent. */
export async function testContext(count: number, seed = 1): Promise<ProbeContext> {
  return {
    browser: await sharedBrowser(),
    viewerUrl: inject('viewerUrl'),
    count,
    seed,
    log: () => {},
  };
}
