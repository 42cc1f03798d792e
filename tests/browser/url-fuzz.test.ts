import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLibrary } from '../../src/model/library';
import { diskSources } from '../../src/node/disk-sources';
import {
  AA_FILTERS,
  AA_SOURCES,
  applyPatch,
  DEBUG_VIEWS,
  DEFAULT_STATE,
  FADE_RANGE,
  OUTPUTS,
  REFERENCE_RANGE,
  ZOOM_RANGE,
  type ViewerState,
} from '../../src/model/state';
import { decodeUrlState } from '../../src/model/url-state';
import { REPO_ROOT } from '../tools/assemble-case';
import { fuzzCases, hashOf } from './url-fuzz-cases';
import { openViewer, type ViewerPage } from './viewer-page';
import { pasteLink } from '../reliability/hostile-hashes.probe';

const SEED = 20240611;
/** Cases whose deflate data is damaged, where the two inflaters may disagree. */
const DAMAGED = new Set(['random base64url', 'truncated link', 'one character changed']);
const library = createLibrary(diskSources(REPO_ROOT));
const known = { scenes: library.scenes, warps: library.warps };
const cases = fuzzCases(SEED, [...library.scenes.keys()], [...library.warps.keys()]);

/** What the page must show for the link it read: the state it restores and the url notice. */
async function expectedOutcome(
  hash: string,
  previous: ViewerState,
): Promise<{ state: ViewerState; notice: string | undefined }> {
  const decoded = await decodeUrlState(hash);
  if ('error' in decoded)
    return { state: previous, notice: `The link's state was not used: ${decoded.error}.` };
  const { state, problems } = applyPatch(DEFAULT_STATE, decoded.patch, known);
  return {
    state,
    notice: problems.length
      ? `From the link, these fields fell back to defaults: ${problems.join('; ')}.`
      : undefined,
  };
}

/** Whether a state is one the viewer can hold: known ids, every number finite and in range. */
function sanityProblems(s: ViewerState): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(what);
  const within = (v: number, [lo, hi]: readonly [number, number]) =>
    Number.isFinite(v) && v >= lo && v <= hi;
  check(
    JSON.stringify(Object.keys(s).sort()) === JSON.stringify(Object.keys(DEFAULT_STATE).sort()),
    'same fields as the default state',
  );
  check(library.scenes.has(s.scene), `known scene (${s.scene})`);
  check(library.warps.has(s.warp), `known warp (${s.warp})`);
  check((AA_SOURCES as readonly string[]).includes(s.aa.source), 'aa.source');
  check((AA_FILTERS as readonly string[]).includes(s.aa.filter), 'aa.filter');
  check(within(s.aa.fadeWidth, FADE_RANGE), 'aa.fadeWidth');
  check(
    Number.isInteger(s.aa.referenceN) && within(s.aa.referenceN, REFERENCE_RANGE),
    'referenceN',
  );
  check(within(s.view.zoom, ZOOM_RANGE), 'view.zoom');
  check(s.view.center.length === 2 && s.view.center.every(Number.isFinite), 'view.center');
  check(Number.isFinite(s.view.rotation), 'view.rotation');
  check((OUTPUTS as readonly string[]).includes(s.output), 'output');
  check((DEBUG_VIEWS as readonly string[]).includes(s.debug), 'debug');
  check(s.background.length === 4 && s.background.every((c) => within(c, [0, 1])), 'background');
  return problems;
}

describe('fuzzed URL hashes, pasted one after another into one page', () => {
  let viewer: ViewerPage;
  beforeAll(async () => {
    viewer = await openViewer({ query: { width: 96, height: 96 } });
  });
  afterAll(() => viewer.close());

  it(`has at least 200 deterministic cases (seed ${SEED})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(fuzzCases(SEED, [...library.scenes.keys()], [...library.warps.keys()])).toEqual(cases);
    expect(new Set(cases.map((c) => c.kind)).size).toBeGreaterThanOrEqual(12);
  });

  it('none throws, each leaves a working viewer, and each does exactly what the link says', async () => {
    const page = viewer.page;
    let previous = await page.evaluate(() => window.sdf!.getState());
    let read = 0;
    for (const [index, { kind, hash }] of cases.entries()) {
      const label = `case ${index} (${kind}): ${hash.slice(0, 60)}`;
      const seen = await pasteLink(page, hash);
      if (seen !== null) {
        read++;
        const expected = [await expectedOutcome(seen, previous)];
        // Chromium's inflater also refuses bytes after the end of the deflate stream, which
        // node's accepts: for damaged data, "cannot be unpacked" is a right answer too.
        if (DAMAGED.has(kind))
          expected.push({
            state: previous,
            notice: "The link's state was not used: the link's state cannot be unpacked (...).",
          });
        // The page decodes asynchronously: wait for the outcome the decoder in node predicts.
        await page
          .waitForFunction(
            (outcomes) => {
              // Node's and Chromium's inflaters word their errors differently: compare the
              // viewer's part of the message, not the parenthesised detail.
              const shape = (n: string) => n.replace(/\(.*\)/, '(...)');
              const notices = window
                .sdf!.messages()
                .notices.filter((n) => /^(The link|From the link)/.test(n))
                .map(shape);
              const state = JSON.stringify(window.sdf!.getState());
              return outcomes.some(
                (o) =>
                  JSON.stringify(o.state) === state &&
                  JSON.stringify(notices) === JSON.stringify(o.notice ? [shape(o.notice)] : []),
              );
            },
            { timeout: 15_000 },
            expected,
          )
          .catch(async () => {
            const got = await page.evaluate(() => ({
              state: window.sdf!.getState(),
              notices: window.sdf!.messages().notices,
            }));
            throw new Error(
              `${label}\nexpected ${JSON.stringify(expected)}\ngot ${JSON.stringify(got)}`,
            );
          });
      }
      const frame = await page.evaluate(() => window.sdf!.render());
      expect(frame.drawn, `${label}: render() draws`).toBe(true);
      expect(frame.error, `${label}: no compile error`).toBeNull();
      previous = await page.evaluate(() => window.sdf!.getState());
      expect(sanityProblems(previous), label).toEqual([]);
      expect(viewer.errors, `${label}: no page errors`).toEqual([]);
    }
    expect(read, 'links that were new to the page, so it had to read them').toBeGreaterThan(
      cases.length * 0.95,
    );
    const polluted = await page.evaluate(() =>
      ['polluted', 'lobes', 'fadeWidth', 'zoom', 'scene'].filter((k) => k in {}),
    );
    expect(polluted, 'Object.prototype untouched').toEqual([]);
  }, 600_000);

  it('restores a final valid link exactly', async () => {
    const target = {
      ...DEFAULT_STATE,
      scene: 'fan',
      warp: 'polar',
      sceneParams: { fan: { lobes: 7, ink: [0.1, 0.2, 0.3] } },
      aa: { ...DEFAULT_STATE.aa, source: 'naive', filter: 'strip', strokeWidth: 2 },
      view: { center: [0.5, 0.25], zoom: 3, rotation: -1 },
    } as ViewerState;
    const seen = await pasteLink(viewer.page, hashOf(target));
    expect(seen).not.toBeNull();
    await viewer.page.waitForFunction(
      (json) => JSON.stringify(window.sdf!.getState()) === json,
      { timeout: 15_000 },
      JSON.stringify(applyPatch(DEFAULT_STATE, target, known).state),
    );
    expect(await viewer.page.evaluate(() => window.sdf!.getState())).toEqual(target);
    expect(await viewer.page.evaluate(() => window.sdf!.messages().notices)).toEqual([]);
    expect((await viewer.page.evaluate(() => window.sdf!.render())).drawn).toBe(true);
  });
});
