import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { isDeepStrictEqual } from 'node:util';
import { createLibrary } from '../../src/model/library';
import type { ParamSpec, ParamValue } from '../../src/shader/params';
import { diskSources } from '../../src/node/disk-sources';
import {
  AA_FILTERS,
  AA_SOURCES,
  applyPatch,
  DEBUG_VIEWS,
  DEFAULT_STATE,
  OUTPUTS,
  type ViewerState,
} from '../../src/model/state';
import { METHODS } from '../../src/lab/methods';
import { decodeUrlState } from '../../src/model/url-state';
import { REPO_ROOT } from '../tools/assemble-case';
import { openViewer, setState } from './viewer-page';

const library = createLibrary(diskSources(REPO_ROOT));
const known = { scenes: library.scenes, warps: library.warps };

/** Paths of the state's leaves: arrays and empty objects (parameter maps) are leaves. */
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  const entries = Object.entries(value);
  if (!entries.length) return [prefix];
  return entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
}

const at = (value: unknown, path: string[]): unknown =>
  path.reduce((v, k) => (v as Record<string, unknown>)[k], value);
const patchAt = (path: string[], leaf: unknown): unknown =>
  path.reduceRight((inner, key) => ({ [key]: inner }), leaf);

/** Where a string field's other values come from; the first named is preferred. */
const VOCABULARIES: readonly (readonly string[])[] = [
  ['fan', ...library.scenes.keys()],
  ['swirl', ...library.warps.keys()],
  AA_SOURCES,
  AA_FILTERS,
  OUTPUTS,
  DEBUG_VIEWS,
  METHODS,
];

/** A value of `spec` other than its default, inside its range. */
function changedParam(spec: ParamSpec): ParamValue | undefined {
  const shift = (v: number, step: number, min: number, max: number) =>
    v + step <= max ? v + step : v - step >= min ? v - step : undefined;
  switch (spec.type) {
    case 'float':
      return shift(spec.default, (spec.max - spec.min) / 4, spec.min, spec.max);
    case 'int':
      return shift(spec.default, 1, spec.min, spec.max);
    case 'bool':
      return !spec.default;
    case 'color':
      return spec.default.map((c) => (c === 0.5 ? 0.25 : Math.round((1 - c) * 1000) / 1000));
    case 'point2D':
      return spec.default.map((c) => shift(c, (spec.max - spec.min) / 8, spec.min, spec.max)!);
    case 'enum':
      return spec.options.find((o) => o !== spec.default);
  }
}

/**
 * The default state with every leaf changed to another valid value, found by type (and, for
 * strings, from the vocabulary the default belongs to), so a field added to the state is
 * covered without editing this test. Parameter maps get every parameter of the state's
 * (changed) scene or warp. Throws naming any field it cannot change.
 */
function changeEveryField(): ViewerState {
  let state: ViewerState = DEFAULT_STATE;
  const accepts = (path: string[], value: unknown) => {
    const { state: next, problems } = applyPatch(state, patchAt(path, value), known);
    return !problems.length && isDeepStrictEqual(at(next, path), value) ? next : undefined;
  };
  for (const path of leafPaths(DEFAULT_STATE)) {
    const value = at(DEFAULT_STATE, path);
    let candidates: unknown[] = [];
    if (typeof value === 'boolean') candidates = [!value];
    else if (typeof value === 'number')
      candidates = [value + 0.5, value + 1, value * 2, value / 2, 0.5, 0.25, 3].filter(
        (v) => v !== value,
      );
    else if (typeof value === 'string') {
      // Every vocabulary the default belongs to ('none' is a source and a debug view).
      const words = VOCABULARIES.filter((v) => v.includes(value)).flat();
      // Free text (a formula): a trailing space changes the text, not its meaning.
      candidates = words.length ? words.filter((w) => w !== value) : [`${value} `];
    } else if (Array.isArray(value) && typeof value[0] === 'string') candidates = [value.slice(1)];
    else if (Array.isArray(value))
      candidates = [
        value.map((v: number) => (v + 0.25 <= 1 ? v + 0.25 : v - 0.25)),
        value.map((v: number) => v / 2),
      ];
    else if (path.at(-1) === 'sceneParams' || path.at(-1) === 'warpParams') {
      const owner =
        path.at(-1) === 'sceneParams' ? known.scenes.get(state.scene) : known.warps.get(state.warp);
      const values = Object.fromEntries(owner?.params.map((p) => [p.name, changedParam(p)]) ?? []);
      candidates = [{ [owner?.id ?? '?']: values }];
    }
    const next = candidates.map((c) => accepts(path, c)).find(Boolean);
    if (!next)
      throw new Error(`no other valid value found for ${path.join('.')}: teach this test one`);
    state = next;
  }
  return state;
}

const hashOf = (value: unknown) =>
  `#s1.${deflateRawSync(Buffer.from(JSON.stringify(value))).toString('base64url')}`;

describe('state in the URL hash', () => {
  it('writes the state into the hash, and a page opened with that hash draws the same state', async () => {
    const first = await openViewer();
    await setState(first.page, {
      scene: 'dots',
      warp: 'swirl',
      warpParams: { swirl: { strength: -4 } },
      aa: { filter: 'box', fadeWidth: 2.5 },
      view: { center: [0.25, -0.125], zoom: 2 },
    });
    const state = await first.page.evaluate(() => window.sdf!.getState());
    await first.page.waitForFunction(() => location.hash.length > 10);
    const hash = await first.page.evaluate(() => location.hash);
    const decoded = await decodeUrlState(hash);
    expect('patch' in decoded && decoded.patch).toEqual(state);
    await first.close();

    const second = await openViewer({ hash });
    expect(await second.page.evaluate(() => window.sdf!.getState())).toEqual(state);
    expect(await second.page.evaluate(() => window.sdf!.messages().notices)).toEqual([]);
    await second.close();
  });

  it('round-trips every field of the state, each changed from its default, through a fresh page', async () => {
    const changed = changeEveryField();
    const unchanged = leafPaths(DEFAULT_STATE).filter((path) =>
      isDeepStrictEqual(at(changed, path), at(DEFAULT_STATE, path)),
    );
    expect(unchanged, 'fields still at their default').toEqual([]);
    expect(Object.keys(changed.sceneParams), 'scene parameters of the fan scene').toEqual(['fan']);
    expect(Object.keys(changed.sceneParams.fan!).length).toBeGreaterThanOrEqual(3);

    const first = await openViewer();
    const before = await first.page.evaluate(() => location.hash);
    await setState(first.page, changed);
    expect(await first.page.evaluate(() => window.sdf!.getState())).toEqual(changed);
    // The hash is rewritten once, a moment after the change settles.
    await first.page.waitForFunction((before) => location.hash !== before, {}, before);
    const hash = await first.page.evaluate(() => location.hash);
    const decoded = await decodeUrlState(hash);
    expect('patch' in decoded && decoded.patch, 'the hash holds the whole state').toEqual(changed);
    await first.close();

    const second = await openViewer({ hash });
    expect(await second.page.evaluate(() => window.sdf!.getState())).toEqual(changed);
    expect(await second.page.evaluate(() => window.sdf!.messages().notices)).toEqual([]);
    await second.close();
  });

  it('keeps the valid fields of a stale link, defaults the rest, and says which', async () => {
    const viewer = await openViewer({
      hash: hashOf({ scene: 'dots', warp: 'teleport', aa: { fadeWidth: -2 } }),
    });
    const state = await viewer.page.evaluate(() => window.sdf!.getState());
    expect([state.scene, state.warp, state.aa.fadeWidth]).toEqual(['dots', 'identity', 1]);
    const notices = await viewer.page.evaluate(() => window.sdf!.messages().notices.join(' '));
    expect(notices).toContain('warp: unknown warp');
    expect(notices).toContain('aa.fadeWidth: must be a number in [0, 8]');
    await viewer.close();
  });

  it('ignores a hash it cannot read, with a notice, and keeps running', async () => {
    const viewer = await openViewer({ hash: '#s1.!!!' });
    expect(await viewer.page.evaluate(() => window.sdf!.messages().notices.join(' '))).toContain(
      'not valid base64url',
    );
    const frame = await viewer.page.evaluate(() => window.sdf!.render());
    expect(frame.drawn).toBe(true);
    await viewer.close();
  });
});
