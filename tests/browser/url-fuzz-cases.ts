/**
 * Hostile URL hashes for the fuzz test, generated from a seed so every run feeds the same
 * ones: random text, broken and truncated links, huge links, wrong versions, and valid
 * deflated JSON of the wrong shape (wrong types, nulls, deep nesting, prototype keys,
 * NaN-ish strings, huge numbers), plus valid states that must restore exactly.
 */
import { deflateRawSync } from 'node:zlib';
import { AA_FILTERS, AA_SOURCES, DEBUG_VIEWS, DEFAULT_STATE, OUTPUTS } from '../../src/model/state';

export interface FuzzCase {
  readonly kind: string;
  readonly hash: string;
}

/** mulberry32: a small, well-mixed 32-bit generator; the same seed gives the same cases. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `#s1.` + base64url(deflate-raw(text)): a link as the viewer writes it (text may be any JSON). */
export const packHash = (json: string | Uint8Array, version = 's1'): string =>
  `#${version}.${deflateRawSync(typeof json === 'string' ? Buffer.from(json) : json).toString('base64url')}`;

export const hashOf = (value: unknown): string => packHash(JSON.stringify(value));

/** Values of every wrong kind, as JSON text (so 1e999, -0 and deep nesting survive). */
const WRONG_VALUES = [
  'null',
  'true',
  'false',
  '0',
  '-0',
  '-1',
  '1e308',
  '-1e308',
  '1e999',
  '-1e999',
  '5e-324',
  '9007199254740993',
  '"NaN"',
  '"Infinity"',
  '"-Infinity"',
  '"1e3"',
  '"0x10"',
  '""',
  '"circle"',
  '"\\u0000"',
  '[]',
  '[1]',
  '[1, 2]',
  '[null]',
  '[1, 2, 3, 4, 5]',
  '{}',
  '{"zoom": 2}',
  '[[[[[[[[[[1]]]]]]]]]]',
  JSON.stringify('x'.repeat(2000)),
];

/** Every path of the state a patch can name (objects are walked, arrays are leaves). */
export function statePaths(value: unknown = DEFAULT_STATE, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  const keys = Object.keys(value);
  return [
    ...(prefix.length ? [prefix] : []),
    ...keys.flatMap((k) => statePaths((value as Record<string, unknown>)[k], [...prefix, k])),
  ];
}

/** JSON text of an object with `leaf` (JSON text) at `path`. */
export const nest = (path: string[], leaf: string): string =>
  path.reduceRight((inner, key) => `{${JSON.stringify(key)}: ${inner}}`, leaf);

export function fuzzCases(seed: number, scenes: string[], warps: string[]): FuzzCase[] {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const cases: FuzzCase[] = [];
  const add = (kind: string, hash: string) => cases.push({ kind, hash });

  // A rich valid state, the source of truncations and bit flips.
  const rich = hashOf({
    scene: 'fan',
    warp: 'swirl',
    sceneParams: { fan: { lobes: 5, twist: -1.5 } },
    warpParams: { swirl: { strength: -4 } },
    aa: { source: 'hardware', filter: 'box', fadeWidth: 2.5 },
    view: { center: [0.25, -0.125], zoom: 2, rotation: 0.5 },
  });

  const CHARS = 'abcxyzABC019-_.~!$&\'()*+,;=:@/?#%% "<>[]\\^`{|}\u00e9\u4e2d\u{1f600}\u0001\u007f';
  for (let i = 0; i < 30; i++) {
    const text = Array.from({ length: int(120) }, () => pick([...CHARS])).join('');
    add('random text', `#${i % 3 === 0 ? 's1.' : ''}${text}`);
  }
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  for (let i = 0; i < 25; i++)
    add(
      'random base64url',
      `#s1.${Array.from({ length: 1 + int(300) }, () => pick([...B64])).join('')}`,
    );
  for (let i = 0; i < 25; i++) add('truncated link', rich.slice(0, 1 + int(rich.length - 1)));
  for (let i = 0; i < 15; i++) {
    const at = 4 + int(rich.length - 4);
    add('one character changed', rich.slice(0, at) + pick([...B64]) + rich.slice(at + 1));
  }

  add('huge: one over the cap', `#s1.${'A'.repeat(8190)}`);
  add('huge: 100k characters', `#s1.${'QUJD'.repeat(25_000)}`);
  add('huge: random 20k', `#${Array.from({ length: 20_000 }, () => pick([...B64])).join('')}`);
  add('deflate bomb: 1 MB of spaces', packHash(' '.repeat(1 << 20)));
  add('deflate bomb: 70 KB JSON string', hashOf({ scene: 'x'.repeat(70_000) }));
  add('large but under the cap', hashOf({ scene: 'circle', junk: 'y'.repeat(60_000) }));

  for (const version of ['s0', 's2', 'S1', 's10', 'v1', '1', '', 's1s1'])
    add('wrong version', packHash(JSON.stringify({ scene: 'circle' }), version));
  add('version only', '#s1');
  add('version and dot', '#s1.');
  add('double dot', `#s1..${rich.slice(4)}`);

  for (const json of [
    'null',
    'true',
    '0',
    '"circle"',
    '[]',
    '[{"scene": "circle"}]',
    '{}',
    '[[[]]]',
  ])
    add('valid deflate of a wrong type', packHash(json));
  add('invalid UTF-8', packHash(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])));
  add('JSON with a BOM', packHash('\ufeff{"scene": "circle"}'));
  add('trailing garbage', packHash('{"scene": "circle"} x'));

  // Each field, and a few random sets of fields, given a wrong value.
  const paths = statePaths();
  for (let i = 0; i < 45; i++) {
    const fields = Array.from({ length: 1 + int(3) }, () => nest(pick(paths), pick(WRONG_VALUES)));
    // Merge by wrapping: {"a": ...} and {"b": ...} become one object's members.
    add('wrong field values', packHash(`{${fields.map((f) => f.slice(1, -1)).join(', ')}}`));
  }
  for (const depth of [50, 1000, 5000, 20_000]) {
    add('deep nesting', packHash(nest(['aa'], `${'['.repeat(depth)}${']'.repeat(depth)}`)));
    add('deep nesting', packHash(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`));
  }

  const PROTO = [
    '{"__proto__": {"scene": "circle", "polluted": true}}',
    '{"constructor": {"prototype": {"polluted": true}}}',
    '{"prototype": 1, "scene": "circle"}',
    '{"aa": {"__proto__": {"fadeWidth": 3}}}',
    '{"view": {"constructor": 1, "zoom": 2}}',
    '{"sceneParams": {"__proto__": {"lobes": 4}}}',
    '{"sceneParams": {"fan": {"__proto__": 1, "constructor": 2, "lobes": 4}}}',
    '{"warpParams": {"constructor": {"strength": 1}}}',
    '{"warpParams": {"swirl": {"toString": 1, "valueOf": 2}}}',
    '{"scene": "__proto__", "warp": "constructor"}',
    '{"scene": "hasOwnProperty", "warp": "toString"}',
  ];
  for (const json of PROTO) add('prototype keys', packHash(json));

  // Valid states: every one must restore exactly.
  for (let i = 0; i < 20; i++)
    add(
      'valid state',
      hashOf({
        scene: pick(scenes),
        warp: pick(warps),
        aa: {
          source: pick(AA_SOURCES.filter((s) => s !== 'reference')),
          filter: pick(AA_FILTERS),
          fadeWidth: int(33) / 4,
          strokeWidth: 0.25 + int(16) / 4,
          referenceN: 1 + int(4),
        },
        view: {
          center: [random() * 2 - 1, random() * 2 - 1],
          zoom: 0.25 + random() * 4,
          rotation: random() * 6,
        },
        output: pick(OUTPUTS),
        debug: pick(DEBUG_VIEWS.filter((d) => d !== 'error')),
        background: [random(), random(), random(), 1],
        ...(i % 2 ? { sceneParams: { fan: { lobes: 1 + int(12), amplitude: int(10) / 20 } } } : {}),
      }),
    );
  return cases;
}
