import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { applyPatch, DEFAULT_STATE } from '../../src/model/state';
import { decodeUrlState, encodeUrlState, MAX_HASH_CHARS } from '../../src/model/url-state';
import { knownCatalog } from '../tools/catalog-fixture';

const known = knownCatalog(['shapes', 'dots']);
const hashOf = (json: string) => `#s1.${deflateRawSync(Buffer.from(json)).toString('base64url')}`;

describe('URL state', () => {
  it('round-trips the whole state exactly', async () => {
    const { state } = applyPatch(
      DEFAULT_STATE,
      {
        scene: 'dots',
        warp: 'swirl',
        warpParams: { swirl: { strength: -3.25 } },
        view: { center: [0.1234567890123, -2], zoom: 3.5, rotation: 0.25 },
        aa: { source: 'hardware', filter: 'strip', fadeWidth: 2.5, strokeWidth: 0.3 },
        debug: 'jacobian',
      },
      known,
    );
    expect(state.compare).toEqual(DEFAULT_STATE.compare);
    const hash = await encodeUrlState(state);
    expect(hash).toMatch(/^#s1\.[A-Za-z0-9_-]+$/);
    const decoded = await decodeUrlState(hash);
    expect('patch' in decoded && applyPatch(DEFAULT_STATE, decoded.patch, known)).toEqual({
      state,
      problems: [],
    });
  });

  it('round-trips the split-screen compare settings', async () => {
    const compare = { enabled: true, source: 'none', filter: 'step', split: 0.3125 } as const;
    const { state } = applyPatch(DEFAULT_STATE, { compare, debug: 'error' }, known);
    expect(state.compare).toEqual(compare);
    const decoded = await decodeUrlState(await encodeUrlState(state));
    expect('patch' in decoded && applyPatch(DEFAULT_STATE, decoded.patch, known)).toEqual({
      state,
      problems: [],
    });
  });

  it('reads an empty hash as no change', async () => {
    expect(await decodeUrlState('')).toEqual({ patch: {} });
    expect(await decodeUrlState('#')).toEqual({ patch: {} });
  });

  it.each([
    ['#s2.AAAA', 'the link\'s state has format "s2", this viewer reads "s1"'],
    ['#hello', 'the link\'s state has format "hello", this viewer reads "s1"'],
    ['#s1.<script>', "the link's state is not valid base64url"],
    ['#s1.AAAA', "the link's state cannot be unpacked"],
    [
      `#s1.${'A'.repeat(MAX_HASH_CHARS)}`,
      `the link's state is longer than ${MAX_HASH_CHARS} characters`,
    ],
    [hashOf('{"scene": '), "the link's state is not valid JSON"],
  ])('rejects %s with a clear message', async (hash, message) => {
    const decoded = await decodeUrlState(hash);
    expect('error' in decoded && decoded.error).toContain(message);
  });

  it('stops inflating a small hash that unpacks into more than 64 KiB', async () => {
    const bomb = hashOf(`{"scene": "${'x'.repeat(1_000_000)}"}`);
    expect(bomb.length).toBeLessThan(MAX_HASH_CHARS);
    const decoded = await decodeUrlState(bomb);
    expect('error' in decoded && decoded.error).toContain('more than 65536 bytes');
  });

  it('hands hostile fields to the field-by-field check, which drops them with a message', async () => {
    const decoded = await decodeUrlState(
      hashOf('{"__proto__": {"scene": "dots"}, "scene": "<img src=x>", "aa": {"fadeWidth": 1e9}}'),
    );
    if (!('patch' in decoded)) throw new Error(decoded.error);
    const { state, problems } = applyPatch(DEFAULT_STATE, decoded.patch, known);
    expect(state).toEqual(DEFAULT_STATE);
    expect(problems).toEqual([
      '__proto__: unknown field',
      'scene: unknown scene (known: shapes, dots)',
      'aa.fadeWidth: must be a number in [0, 8]',
    ]);
  });
});
