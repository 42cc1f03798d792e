/**
 * Corrupted preset stores in localStorage, there before the page's scripts run (set, then
 * the page reloaded): the viewer must still start and draw, name what it left out in a
 * notice, inject nothing and throw nothing, also when it loads the presets it kept.
 */
import type { Page } from 'puppeteer-core';
import { PRESETS_KEY, readPresets } from '../../src/model/presets';
import type { Probe } from './probe';
import {
  isNavigation,
  openWatchedPage,
  pageHealth,
  PWNED_CALL,
  type WatchedPage,
} from './watched-page';

const store = (presets: unknown, extra: object = {}) =>
  JSON.stringify({ version: 1, presets, ...extra });
const html = (s: string) => s.replaceAll('PWN', PWNED_CALL);
const numbered = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`preset ${i}`, { scene: 'circle' }]));

/** Every corrupted store, as the text found under the presets key. */
export const CORRUPT_STORES: ReadonlyArray<readonly [string, string]> = [
  ['invalid JSON: cut short', store({ a: { scene: 'fan' } }).slice(0, 25)],
  ['invalid JSON: single quotes', "{'version': 1, 'presets': {}}"],
  ['invalid JSON: NaN', '{"version": NaN, "presets": {}}'],
  ['invalid JSON: empty', ''],
  ['invalid JSON: NUL and BOM', '\ufeff\u0000{}'],
  ['huge: 3 MB string', `"${'x'.repeat(3 << 20)}"`],
  ['huge: over the store cap', store({ big: { scene: 'circle', junk: 'y'.repeat(600_000) } })],
  ['huge: one preset under the cap', store({ big: { scene: 'fan', junk: 'z'.repeat(400_000) } })],
  ['wrong version: 2', JSON.stringify({ version: 2, presets: {} })],
  ['wrong version: "1"', JSON.stringify({ version: '1', presets: {} })],
  ['wrong version: missing', JSON.stringify({ presets: { a: { scene: 'fan' } } })],
  ['wrong type: array', '[{"version": 1}]'],
  ['wrong type: number', '42'],
  ['wrong type: null', 'null'],
  ['wrong type: presets is an array', store([{ scene: 'fan' }])],
  ['wrong type: presets is text', store('fan')],
  ['wrong type: preset states', store({ a: 1, b: 'fan', c: [], d: null, e: { scene: 'fan' } })],
  ['wrong types inside a state', store({ a: { scene: 7, aa: [], view: { zoom: '2' } } })],
  ['prototype keys: store', '{"version": 1, "presets": {}, "__proto__": {"polluted": true}}'],
  ['prototype keys: presets', '{"version": 1, "presets": {"__proto__": {"scene": "fan"}}}'],
  [
    'prototype keys: state',
    '{"version":1,"presets":{"p":{"__proto__":{"polluted":1},"scene":"fan"}}}',
  ],
  ['prototype keys: constructor', store({ constructor: { prototype: { polluted: true } } })],
  ['html in preset names', store({ [html('<img src=x onerror=PWN>')]: { scene: 'fan' } })],
  [
    'html in names and fields',
    store({ [html('<script>PWN</script>')]: { scene: html('<b>PWN') } }),
  ],
  ['html in too long a name', store({ [html(`<svg onload=PWN>${'x'.repeat(80)}`)]: {} })],
  ['html in an unknown field', store({}, { [html('<iframe src="javascript:PWN">')]: 1 })],
  ['unicode names', store({ '\u202emoc.evil': {}, 'a\u200bb': {}, '\u{1f600}': {}, '\ud800': {} })],
  ['control characters in names', store({ 'a\u0000b': {}, 'tab\there': {}, 'new\nline': {} })],
  ['untrimmed names', store({ ' padded ': {}, '': {} })],
  ['exactly the most presets', store(numbered(100))],
  ['hundreds of presets', store(numbered(400))],
];

export const CORRUPT_PRESETS_FULL_COUNT = CORRUPT_STORES.length;

/** Loads up to three kept presets from the Presets folder's dropdown, as a user would. */
async function loadSomePresets(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const select = [...document.querySelectorAll('.lil-gui .lil-controller')]
      .find((c) => c.querySelector('.lil-name')?.textContent === 'load')
      ?.querySelector('select');
    if (!select) return -1;
    const picks = [...select.options].map((_, i) => i).slice(0, 3);
    for (const index of picks) {
      select.selectedIndex = index;
      select.dispatchEvent(new Event('change'));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    return picks.length;
  });
}

/** Puts `text` under the presets key and reloads, so the app reads it while it boots. */
async function reloadWithStore(page: Page, text: string): Promise<string | undefined> {
  const refused = await page.evaluate(
    (key, text) => {
      try {
        localStorage.setItem(key, text);
        return undefined;
      } catch (error) {
        // Too large for localStorage (QuotaExceededError): the app then finds no store.
        localStorage.removeItem(key);
        return String(error);
      }
    },
    PRESETS_KEY,
    text,
  );
  await page.reload();
  await page.waitForFunction(() => window.sdfReady === true, { timeout: 60_000 });
  return refused;
}

export const runCorruptPresets: Probe = async ({ browser, viewerUrl, count, log }) => {
  // A subset is spread over the list, so it still has every kind of corruption.
  const all = CORRUPT_STORES.length;
  const cases =
    count >= all
      ? CORRUPT_STORES
      : Array.from({ length: count }, (_, i) => CORRUPT_STORES[Math.floor((i * all) / count)]!);
  const failures: string[] = [];
  const totals = { pageErrors: 0, injected: 0, polluted: 0, noticed: 0, refused: 0, missing: 0 };
  let viewer: WatchedPage | undefined;
  for (let index = 0, retries = 0; index < cases.length; index++) {
    const [kind, text] = cases[index]!;
    const label = `${kind} (${text.length} chars)`;
    viewer ??= await openWatchedPage(browser, viewerUrl);
    const { page, errors } = viewer;
    const errorsBefore = errors.length;
    const mark = { failures: failures.length, totals: { ...totals } };
    try {
      const refused = await reloadWithStore(page, text);
      if (refused) totals.refused++;
      const expected = readPresets({ getItem: () => (refused ? null : text), setItem: () => {} });
      const frame = await page.evaluate(() => window.sdf!.render());
      if (!frame.drawn) failures.push(`${label}: no frame drawn (${frame.error})`);
      const notices = await page.evaluate(() => window.sdf!.messages().notices);
      const noticed = notices.some((n) => n.startsWith('Saved presets'));
      if (noticed) totals.noticed++;
      if (expected.problems.length && !noticed) {
        totals.missing++;
        failures.push(`${label}: presets were left out but no notice says so`);
      }
      if ((await loadSomePresets(page)) < 0) failures.push(`${label}: no Presets dropdown`);
      // The watch starts afresh with each load, so what it reports is this case's.
      const health = await pageHealth(page);
      for (const what of health.injected) failures.push(`${label}: injected ${what}`);
      for (const what of health.polluted) failures.push(`${label}: polluted ${what}`);
      totals.injected += health.injected.length;
      totals.polluted += health.polluted.length;
    } catch (error) {
      // The dev server reloaded the page for a source edit: run the case again.
      if (isNavigation(error) && ++retries <= 3) {
        failures.length = mark.failures;
        Object.assign(totals, mark.totals);
        index--;
        continue;
      }
      failures.push(`${label}: the viewer did not start (${(error as Error).message})`);
      await page.close().catch(() => undefined);
      viewer = undefined;
    }
    for (const error of errors.slice(errorsBefore)) failures.push(`${label}: ${error}`);
    totals.pageErrors += errors.length - errorsBefore;
    retries = 0;
    log(`corrupt presets: ${kind}`);
  }
  if (viewer) {
    // Leave the browser's storage as it was for whoever uses this origin next.
    await viewer.page.evaluate((key) => localStorage.removeItem(key), PRESETS_KEY);
    await viewer.page.close();
  }
  return {
    id: 'corrupt-presets',
    title: 'Corrupted preset stores in localStorage at page load',
    cases: cases.length,
    figures: [
      ['cases', cases.length],
      ['page errors', totals.pageErrors],
      ['injected elements', totals.injected],
      ['polluted prototypes', totals.polluted],
      ['cases with a notice', totals.noticed],
      ['cases that needed a notice but had none', totals.missing],
      ['stores localStorage refused', totals.refused],
    ],
    failures,
  };
};
