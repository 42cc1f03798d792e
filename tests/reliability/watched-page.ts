/**
 * A viewer page watched for what hostile input must never cause: page errors, elements
 * injected from user text, a polluted Object.prototype. The watch is installed before any
 * of the page's scripts run, so it also sees what happens while the page boots.
 */
import type { Browser, Page } from 'puppeteer-core';

/** The word every HTML payload carries, so an injected element can be told from the app's own. */
export const PAYLOAD_MARK = 'pwnmark';
/** Payloads call this (through onerror= and friends): a call means script ran from input. */
export const PWNED_CALL = `window.__probePwned(/${PAYLOAD_MARK}/)`;

export interface WatchedPage {
  readonly page: Page;
  /** Page errors and console.error lines, in order. */
  readonly errors: string[];
  /** Console messages of every type so far. */
  readonly consoleMessages: () => number;
}

export interface PageHealth {
  /** Elements added from input (tag and why), and payload calls that ran. */
  readonly injected: string[];
  /** Object.prototype keys that were not there at load, or `({}).polluted`. */
  readonly polluted: string[];
}

/** Runs in the page before its scripts: the DOM watch and the prototype snapshot. */
function installWatch(mark: string): void {
  const w = window as unknown as Record<string, unknown>;
  const injected: string[] = [];
  w.__probeInjected = injected;
  w.__probeProtoKeys = Object.getOwnPropertyNames(Object.prototype);
  w.__probePwned = () => injected.push('a payload ran script');
  // Elements that no viewer text should ever become; script, style and link only count
  // when they carry the payload mark (the page adds its own).
  const never = /^(IMG|IFRAME|OBJECT|EMBED|SVG|MATH|BASE|FORM|VIDEO|AUDIO|MARQUEE|FRAME)$/;
  const suspicious = (el: Element): string | undefined => {
    if (never.test(el.tagName.toUpperCase())) return `<${el.tagName.toLowerCase()}>`;
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) return `<${el.tagName.toLowerCase()} ${attr.name}>`;
      if (/^\s*javascript:/i.test(attr.value)) return `<${el.tagName.toLowerCase()}> javascript:`;
    }
    const own = Array.from(el.attributes).some((a) => a.value.includes(mark));
    return own || (/^(SCRIPT|STYLE|LINK|META)$/.test(el.tagName) && el.textContent?.includes(mark))
      ? `<${el.tagName.toLowerCase()}> with a payload`
      : undefined;
  };
  const check = (node: Node) => {
    if (!(node instanceof Element)) return;
    for (const el of [node, ...Array.from(node.querySelectorAll('*'))]) {
      const why = suspicious(el);
      if (why) injected.push(why);
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach(check);
      if (record.type === 'attributes') check(record.target);
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

/** Opens the viewer in test mode with the watch installed; waits for its first frame. */
export async function openWatchedPage(
  browser: Browser,
  viewerUrl: string,
  {
    query = '',
    hash = '',
    beforeLoad,
  }: { query?: string; hash?: string; beforeLoad?: string } = {},
): Promise<WatchedPage> {
  const page = await browser.newPage();
  await page.setViewport({ width: 400, height: 600 });
  const errors: string[] = [];
  let consoleMessages = 0;
  page.on('console', (message) => {
    consoleMessages++;
    if (message.type() === 'error') errors.push(`console.error: ${message.text().slice(0, 300)}`);
  });
  page.on('pageerror', (error) =>
    errors.push(`page error: ${((error as Error).message ?? String(error)).slice(0, 300)}`),
  );
  // tsx (esbuild's keepNames) wraps named inner functions in `__name(...)` calls, which
  // page-side callbacks would then miss: give the page a no-op one.
  await page.evaluateOnNewDocument('globalThis.__name = (f) => f;');
  await page.evaluateOnNewDocument(installWatch, PAYLOAD_MARK);
  if (beforeLoad) await page.evaluateOnNewDocument(beforeLoad);
  await page.goto(`${viewerUrl}?test&width=96&height=96${query}${hash}`);
  await page.waitForFunction(() => window.sdfReady === true, { timeout: 60_000 });
  return { page, errors, consoleMessages: () => consoleMessages };
}

/** What the watch saw since the page loaded. */
export function pageHealth(page: Page): Promise<PageHealth> {
  return page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const before = new Set(w.__probeProtoKeys as string[]);
    const polluted = Object.getOwnPropertyNames(Object.prototype).filter((k) => !before.has(k));
    if (({} as Record<string, unknown>).polluted !== undefined) polluted.push('({}).polluted');
    return { injected: [...(w.__probeInjected as string[])], polluted };
  });
}

/** Whether the page still answers (a crashed or hung page does not). */
export async function pageAlive(page: Page): Promise<boolean> {
  try {
    return await Promise.race([
      page.evaluate(() => window.sdf !== undefined),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
    ]);
  } catch {
    return false;
  }
}

/**
 * Whether an error only says the page navigated under the probe: the dev server reloads it
 * when a source file changes. That is not the viewer failing; the probe runs the case again.
 */
export function isNavigation(error: unknown): boolean {
  return /context was destroyed|navigat|detached Frame/i.test(String(error));
}
