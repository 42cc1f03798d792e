import { describe, expect, it } from 'vitest';
import {
  checkPresetName,
  MAX_PRESETS,
  MAX_STATE_FILE_BYTES,
  MAX_STORE_CHARS,
  parseStateFile,
  PRESETS_KEY,
  readPresets,
  stateFileText,
  writePresets,
  type PresetStorage,
} from '../../src/model/presets';
import { DEFAULT_STATE } from '../../src/model/state';

/** A Map-backed storage; `failWrites` makes setItem throw like a full quota. */
function memoryStorage(
  initial?: string,
  failWrites = false,
): PresetStorage & { text(): string | null } {
  const items = new Map<string, string>();
  if (initial !== undefined) items.set(PRESETS_KEY, initial);
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (failWrites) throw new DOMException('quota exceeded', 'QuotaExceededError');
      items.set(key, value);
    },
    text: () => items.get(PRESETS_KEY) ?? null,
  };
}

const store = (presets: unknown, extra = {}) => JSON.stringify({ version: 1, presets, ...extra });

describe('preset names', () => {
  it('are trimmed and 1 to 60 characters', () => {
    expect(checkPresetName('  swirl close-up ')).toEqual({ name: 'swirl close-up' });
    expect(checkPresetName('x'.repeat(60))).toEqual({ name: 'x'.repeat(60) });
    for (const bad of ['', '   ', 'x'.repeat(61), 'a\nb', 'tab\there', 7, null, undefined])
      expect(checkPresetName(bad), JSON.stringify(bad)).toHaveProperty('error');
  });
});

describe('the preset store', () => {
  it('round-trips presets, including names that are object prototype keys', () => {
    const storage = memoryStorage();
    const presets = new Map<string, unknown>([
      ['a', { ...DEFAULT_STATE, scene: 'circle' }],
      ['__proto__', { scene: 'dots' }],
      ['constructor', { scene: 'fan' }],
    ]);
    expect(writePresets(storage, presets)).toBeUndefined();
    const read = readPresets(storage);
    expect(read.problems).toEqual([]);
    expect([...read.presets]).toEqual([...presets]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('reads a missing store as empty, without problems', () => {
    expect(readPresets(memoryStorage())).toEqual({ presets: new Map(), problems: [] });
    expect(readPresets(undefined)).toEqual({ presets: new Map(), problems: [] });
  });

  it.each([
    ['not JSON', '{"version":1,', 'the store is not valid JSON'],
    ['a JSON array', '[1,2]', 'the store is not a JSON object'],
    ['JSON null', 'null', 'the store is not a JSON object'],
    ['a newer version', store({}, { version: 2 }), 'the store has version 2; this viewer reads 1'],
    [
      'no version',
      JSON.stringify({ presets: {} }),
      'the store has version undefined; this viewer reads 1',
    ],
    ['presets as a list', store([1]), 'presets: expected an object'],
    [
      'too large',
      'x'.repeat(MAX_STORE_CHARS + 1),
      'the store is larger than 512 KiB and was not read',
    ],
  ])('reads a corrupt store (%s) as empty and says why', (_label, text, problem) => {
    expect(readPresets(memoryStorage(text))).toEqual({ presets: new Map(), problems: [problem] });
  });

  it('keeps the good entries of a store and names each bad one', () => {
    const text = store(
      {
        good: { scene: 'circle' },
        ' padded ': {},
        '': {},
        list: [1],
        nil: null,
        ['x'.repeat(80)]: {},
      },
      { extra: true },
    );
    const { presets, problems } = readPresets(memoryStorage(text));
    expect([...presets.keys()]).toEqual(['good']);
    expect(problems).toEqual([
      '"extra": unknown field',
      'preset " padded ": name is not trimmed',
      'preset "": a preset name must be 1 to 60 characters (after trimming)',
      'preset "list": expected a state object',
      'preset "nil": expected a state object',
      `preset "${'x'.repeat(40)}…": a preset name must be 1 to 60 characters (after trimming)`,
    ]);
  });

  it(`reads at most ${MAX_PRESETS} presets`, () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_PRESETS + 5 }, (_, i) => [`p${i}`, {}]),
    );
    const { presets, problems } = readPresets(memoryStorage(store(many)));
    expect(presets.size).toBe(MAX_PRESETS);
    expect(problems).toEqual([`more than ${MAX_PRESETS} presets; the rest were not read`]);
  });

  it('survives a storage that throws on read and on write', () => {
    const denied: PresetStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
    };
    expect(readPresets(denied).problems).toEqual(['localStorage cannot be read (denied)']);
    expect(writePresets(memoryStorage(undefined, true), new Map([['a', {}]]))).toBe(
      'localStorage refused the presets (quota exceeded)',
    );
    expect(writePresets(undefined, new Map())).toBe(
      'localStorage is not available in this browser',
    );
  });

  it('refuses to write a store over the size cap, and leaves the old one', () => {
    const storage = memoryStorage(store({ a: {} }));
    const huge = new Map([['big', { blob: 'x'.repeat(MAX_STORE_CHARS) }]]);
    expect(writePresets(storage, huge)).toMatch(/more than 512 KiB/);
    expect(storage.text()).toBe(store({ a: {} }));
  });
});

describe('state files', () => {
  it('round-trip a state with its name', () => {
    const state = { ...DEFAULT_STATE, scene: 'fan', sceneParams: { fan: { lobes: 5 } } };
    const parsed = parseStateFile(stateFileText(state, 'five lobes'));
    expect(parsed).toEqual({
      state: JSON.parse(JSON.stringify(state)),
      name: 'five lobes',
      problems: [],
    });
  });

  it.each([
    ['empty text', '', /^it is not valid JSON \(/],
    ['broken JSON', '{"format": "sdf-viewer-state",', /^it is not valid JSON \(/],
    ['a number', '42', /^it is not a viewer state file/],
    ['an array', '[{"format": "sdf-viewer-state"}]', /^it is not a viewer state file/],
    [
      'another format',
      '{"format": "png", "version": 1, "state": {}}',
      /^it is not a viewer state file/,
    ],
    ['a bare state', JSON.stringify(DEFAULT_STATE), /^it is not a viewer state file/],
    [
      'a newer version',
      '{"format": "sdf-viewer-state", "version": 9, "state": {}}',
      /^it has version 9; this viewer reads 1$/,
    ],
    [
      'a string version',
      '{"format": "sdf-viewer-state", "version": "1", "state": {}}',
      /^it has version "1"/,
    ],
    [
      'a state that is a list',
      '{"format": "sdf-viewer-state", "version": 1, "state": []}',
      /"state" is not an object/,
    ],
    [
      'a null state',
      '{"format": "sdf-viewer-state", "version": 1, "state": null}',
      /"state" is not an object/,
    ],
    ['too much text', ' '.repeat(MAX_STATE_FILE_BYTES + 1), /larger than 64 KiB/],
  ])('refuse %s with a reason', (_label, text, reason) => {
    const parsed = parseStateFile(text);
    expect('error' in parsed && parsed.error).toMatch(reason);
  });

  it('report unknown wrapper fields and a bad name, and keep the state for field checks', () => {
    const text = JSON.stringify({
      format: 'sdf-viewer-state',
      version: 1,
      name: '',
      extra: 1,
      state: { scene: 'circle' },
    });
    const parsed = parseStateFile(text);
    expect(parsed).toEqual({
      state: { scene: 'circle' },
      problems: [
        '"extra": unknown field',
        'name: a preset name must be 1 to 60 characters (after trimming)',
      ],
    });
  });

  it('keep a "__proto__" key as data, never as a prototype', () => {
    const text = '{"format":"sdf-viewer-state","version":1,"state":{"__proto__":{"scene":"x"}}}';
    const parsed = parseStateFile(text);
    if ('error' in parsed) throw new Error(parsed.error);
    expect(Object.getPrototypeOf(parsed.state)).toBe(Object.prototype);
    expect(Object.keys(parsed.state)).toEqual(['__proto__']);
    expect((parsed.state as { scene?: unknown }).scene).toBeUndefined();
  });
});
