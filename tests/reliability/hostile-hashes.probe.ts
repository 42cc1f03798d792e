/**
 * Hostile URL hashes pasted one after another into one viewer page: each must leave a
 * working viewer, fall back with a notice when anything was rejected, and inject nothing.
 */
import type { Page } from 'puppeteer-core';
import { createLibrary } from '../../src/model/library';
import { diskSources } from '../../src/node/disk-sources';
import { applyPatch, DEFAULT_STATE, type ViewerState } from '../../src/model/state';
import { decodeUrlState } from '../../src/model/url-state';
import { hostileHashCases } from './hostile-hash-cases';
import { REPO_ROOT } from '../tools/assemble-case';
import type { Probe } from './probe';
import {
  openWatchedPage,
  pageAlive,
  pageHealth,
  isNavigation,
  PWNED_CALL,
  type WatchedPage,
} from './watched-page';

export const HOSTILE_HASHES_FULL_COUNT = 1000;

interface Outcome {
  readonly state: ViewerState;
  readonly notice: string | undefined;
}

/** Kinds whose deflate data is damaged, where Chromium's inflater may refuse what node's reads. */
const DAMAGED = new Set([
  'random base64url',
  'truncated link',
  'one character changed',
  'around the size cap',
]);

/** What the page must show after reading `hash`, computed by the viewer's own decoder. */
async function expectedOutcomes(
  hash: string,
  kind: string,
  previous: ViewerState,
  known: Parameters<typeof applyPatch>[2],
): Promise<Outcome[]> {
  const decoded = await decodeUrlState(hash);
  const outcomes: Outcome[] = [];
  if ('error' in decoded)
    outcomes.push({ state: previous, notice: `The link's state was not used: ${decoded.error}.` });
  else {
    const { state, problems } = applyPatch(DEFAULT_STATE, decoded.patch, known);
    const notice = problems.length
      ? `From the link, these fields fell back to defaults: ${problems.join('; ')}.`
      : undefined;
    outcomes.push({ state, notice });
  }
  // Chromium also refuses bytes after the end of the deflate stream: "cannot be unpacked".
  if (DAMAGED.has(kind)) {
    const refused = await decodeUrlState('#s1.AAAA_w');
    if ('error' in refused)
      outcomes.push({
        state: previous,
        notice: `The link's state was not used: ${refused.error}.`,
      });
  }
  return outcomes;
}

/**
 * Sets the hash as a pasted link does; the hash the page saw, or null when it was already
 * there (no hashchange). The page's debounced hash write (250 ms after a state change,
 * src/ui/url-sync.ts) can land between the paste and its hashchange and replace the link
 * before anyone reads it: then it is pasted again.
 */
export async function pasteLink(page: Page, hash: string): Promise<string | null> {
  for (let attempt = 0; ; attempt++) {
    const { seen, pasted } = await page.evaluate(async (hash) => {
      const next = new URL(location.href);
      next.hash = hash;
      if (next.hash === location.hash) return { seen: null, pasted: next.hash };
      const seen = new Promise<string>((resolve) =>
        window.addEventListener('hashchange', () => resolve(location.hash), { once: true }),
      );
      location.hash = hash;
      return { seen: await seen, pasted: next.hash };
    }, hash);
    if (seen === null || seen === pasted || attempt === 3) return seen;
  }
}

/** Waits until the page shows one of `outcomes`; what it shows instead when it does not. */
async function awaitOutcome(page: Page, outcomes: Outcome[]): Promise<string | undefined> {
  try {
    await page.waitForFunction(
      (outcomes) => {
        // The decoders' own words (in parentheses) differ between node and Chromium.
        const shape = (n: string) => n.replace(/\(.*$/s, '(...)');
        const notices = window
          .sdf!.messages()
          .notices.filter((n) => /^(The link|From the link)/.test(n))
          .map(shape);
        const state = JSON.stringify(window.sdf!.getState());
        return outcomes.some((o) => {
          if (JSON.stringify(o.state) !== state) return false;
          if (!o.notice) return notices.length === 0;
          return notices.length === 1 && notices[0] === shape(o.notice);
        });
      },
      { timeout: 5_000 },
      outcomes,
    );
    return undefined;
  } catch {
    const notices = await page.evaluate(() => window.sdf!.messages().notices);
    return `notices ${JSON.stringify(notices).slice(0, 300)}`;
  }
}

export const runHostileHashes: Probe = async ({ browser, viewerUrl, count, seed, log }) => {
  const library = createLibrary(diskSources(REPO_ROOT));
  const known = { scenes: library.scenes, warps: library.warps };
  const cases = hostileHashCases(
    seed,
    count,
    [...library.scenes.keys()],
    [...library.warps.keys()],
    PWNED_CALL,
  );
  const failures: string[] = [];
  const totals = { pageErrors: 0, injected: 0, polluted: 0, withNotice: 0, missingNotice: 0 };
  let longestNotice = 0;
  let viewer: WatchedPage | undefined;
  // What this page's watch had already reported (a fresh page starts from nothing).
  let seenHealth = { injected: 0, polluted: 0 };

  for (let index = 0, retries = 0; index < cases.length; index++) {
    const { kind, hash } = cases[index]!;
    const label = `case ${index} (${kind}, ${hash.length} chars): ${hash.slice(0, 50)}`;
    const mark = { failures: failures.length, totals: { ...totals }, longestNotice };
    try {
      if (!viewer || !(await pageAlive(viewer.page))) {
        if (viewer) failures.push(`${label}: the page stopped answering; opened a fresh one`);
        await viewer?.page.close().catch(() => undefined);
        viewer = await openWatchedPage(browser, viewerUrl);
        seenHealth = { injected: 0, polluted: 0 };
      }
      const { page, errors } = viewer;
      const previous = await page.evaluate(() => window.sdf!.getState());
      const errorsBefore = errors.length;
      const seen = await pasteLink(page, hash);
      if (seen !== null) {
        const outcomes = await expectedOutcomes(seen, kind, previous, known);
        const wrong = await awaitOutcome(page, outcomes);
        const notices = await page.evaluate(() => window.sdf!.messages().notices);
        const linkNotice = notices.some((n) => /^(The link|From the link)/.test(n));
        if (linkNotice) totals.withNotice++;
        longestNotice = Math.max(longestNotice, ...notices.map((n) => n.length));
        if (outcomes.every((o) => o.notice) && !linkNotice) {
          totals.missingNotice++;
          failures.push(`${label}: fields were rejected but no notice says so`);
        } else if (wrong)
          failures.push(`${label}: not the state and notice the link asks for; ${wrong}`);
      }
      const frame = await page.evaluate(() => window.sdf!.render());
      if (!frame.drawn || frame.error) failures.push(`${label}: no frame drawn (${frame.error})`);
      const health = await pageHealth(page);
      const injected = health.injected.slice(seenHealth.injected);
      if (injected.length) failures.push(`${label}: injected ${injected.join(', ')}`);
      if (health.polluted.length > seenHealth.polluted)
        failures.push(`${label}: Object.prototype gained ${health.polluted.join(', ')}`);
      totals.injected += injected.length;
      totals.polluted += health.polluted.length - seenHealth.polluted;
      seenHealth = { injected: health.injected.length, polluted: health.polluted.length };
      for (const error of errors.slice(errorsBefore)) failures.push(`${label}: ${error}`);
      totals.pageErrors += errors.length - errorsBefore;
    } catch (error) {
      if (!isNavigation(error) || ++retries > 3) throw error;
      // Undo the interrupted case and run it again on a fresh page.
      failures.length = mark.failures;
      Object.assign(totals, mark.totals);
      longestNotice = mark.longestNotice;
      await viewer?.page.close().catch(() => undefined);
      viewer = undefined;
      index--;
      continue;
    }
    retries = 0;
    // A broken viewer fails nearly every case: enough said, and the run stays short.
    if (failures.length >= 50) {
      failures.push(`stopped after case ${index}: too many failures`);
      break;
    }
    if (index % 100 === 99) log(`hostile hashes: ${index + 1} of ${cases.length}`);
  }
  await viewer?.page.close();
  return {
    id: 'hostile-hashes',
    title:
      'Hostile URL hashes (markup, prototype keys, unicode, huge, broken) pasted into one page',
    cases: cases.length,
    figures: [
      ['cases', cases.length],
      ['page errors', totals.pageErrors],
      ['injected elements', totals.injected],
      ['polluted prototypes', totals.polluted],
      ['cases with a notice', totals.withNotice],
      ['cases that needed a notice but had none', totals.missingNotice],
      ['longest notice (characters)', longestNotice],
    ],
    failures,
  };
};
