/**
 * The URL fuzz cases (tests/browser/url-fuzz-cases.ts) grown into hostile ones for the
 * reliability probe: markup in every string field and key, unicode tricks, hostile numbers,
 * prototype keys at any depth, arrays where objects belong, links around the size cap.
 */
import { DEFAULT_STATE } from '../../src/model/state';
import {
  fuzzCases,
  hashOf,
  nest,
  packHash,
  seededRandom,
  statePaths,
  type FuzzCase,
} from '../browser/url-fuzz-cases';

/** Markup and script that must stay text wherever the viewer shows it (PWN is replaced). */
const HTML_PAYLOADS = [
  '<img src=x onerror=PWN>',
  '<script>PWN</script>',
  '"><svg onload=PWN>',
  "javascript:PWN//'",
  '<iframe src="javascript:PWN">',
  '</pre><b onmouseover=PWN>x</b>',
  '<a href="javascript:PWN">link</a>',
  '<style>*{background:url(javascript:PWN)}</style>',
  '{{constructor.constructor("PWN")()}}',
  '${PWN}',
];

/** Text that tricks a reader or a layout: bidi overrides, zero-width, lone surrogates, NUL. */
const UNICODE_TRICKS = [
  '\u202e\u2066gnp.exe\u2069',
  'a\u200b\u200c\u200d\ufeffb',
  '\ud800',
  '\udfff\ud800',
  '\u{1f600}\u{1f469}\u200d\u{1f4bb}',
  '\u0000nul\u0000',
  '\u0085\u2028\u2029',
  '\u0301\u0301\u0301e',
  '\uffff\ufffe',
  '\u00a0 \u3000',
];

/** Numbers JSON can (or cannot) carry: the raw ones make the whole text invalid JSON. */
const HOSTILE_NUMBERS = ['-0', '1e308', '-1e308', '1e999', '5e-324', '"NaN"', '"-0"'];
const RAW_NON_JSON_NUMBERS = ['NaN', 'Infinity', '-Infinity', '+1', '0x1f', '.5'];

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

/**
 * `count` hostile hashes for the reliability probe: the fuzz cases above plus markup in
 * every string field and key, unicode tricks, hostile numbers, prototype keys at any depth,
 * arrays where objects belong and links around the size cap. The families take turns, so
 * any prefix covers them all; `pwn` is the script a payload would run.
 */
export function hostileHashCases(
  seed: number,
  count: number,
  scenes: string[],
  warps: string[],
  pwn: string,
): FuzzCase[] {
  const random = seededRandom(seed ^ 0x5eed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const paths = statePaths();
  const stringPaths = paths.filter((p) => typeof get(DEFAULT_STATE, p) === 'string');
  const objectPaths = paths.filter((p) => isObject(get(DEFAULT_STATE, p)));
  const payload = () => pick(HTML_PAYLOADS).replaceAll('PWN', pwn);
  const member = (path: string[], leaf: string) => nest(path, leaf).slice(1, -1);
  const incompressible = (n: number) =>
    Array.from({ length: n }, () => String.fromCharCode(33 + int(90))).join('');

  const families: Record<string, () => string> = {
    'html in a string field': () => hashOf(set(pick(stringPaths), payload())),
    'html in a key': () => {
      const path = [...pick([[], ...objectPaths]), payload()];
      return packHash(nest(path, pick(['1', JSON.stringify(payload())])));
    },
    'html in a parameter': () =>
      hashOf({
        scene: pick(scenes),
        sceneParams: { [pick(scenes)]: { [payload()]: payload() } },
        warpParams: { [payload()]: { strength: payload() } },
      }),
    'unicode in fields and keys': () => {
      const trick = pick(UNICODE_TRICKS);
      return random() < 0.5
        ? hashOf(set(pick(stringPaths), `${pick(scenes)}${trick}`))
        : packHash(nest([...pick(objectPaths), trick], JSON.stringify(trick)));
    },
    'hostile numbers': () => {
      const fields = Array.from({ length: 1 + int(3) }, () =>
        member(pick(paths), pick(HOSTILE_NUMBERS)),
      );
      return packHash(`{${fields.join(', ')}}`);
    },
    'non-JSON numbers': () => packHash(`{${member(pick(paths), pick(RAW_NON_JSON_NUMBERS))}}`),
    'prototype keys at any depth': () => {
      const path = [...pick([[], ...objectPaths])];
      path.splice(int(path.length + 1), 0, pick(PROTO_KEYS));
      if (random() < 0.5) path.push(pick(PROTO_KEYS));
      return packHash(nest(path, pick(['{"polluted": true}', '1', '{"zoom": 5}', '[1]'])));
    },
    'arrays where objects belong': () =>
      packHash(`{${member(pick(objectPaths), pick(['[]', '[{}]', '[1, 2]', '[{"zoom": 2}]']))}}`),
    'objects where arrays belong': () =>
      packHash(
        pick([
          '{"view": {"center": {"0": 1, "1": 2, "length": 2}}}',
          '{"background": {"length": 4}}',
          '{"background": "rgba(0,0,0,1)"}',
          '{"view": {"center": "0,0"}}',
        ]),
      ),
    'around the size cap': () => {
      const length = pick([8191, 8192, 8193, 9000, 60_000]);
      const body = random() < 0.5 ? hashOf({ scene: 'circle', junk: incompressible(length) }) : '';
      return body.length > length ? body.slice(0, length + 1) : `#s1.${'Q'.repeat(length - 3)}`;
    },
    'deep nesting, random': () => {
      const depth = pick([100, 500, 3000, 10_000]);
      const open = pick(['[', '{"a":', '{"__proto__":']);
      const close = open === '[' ? ']' : '}';
      return packHash(nest(pick(objectPaths), `${open.repeat(depth)}1${close.repeat(depth)}`));
    },
  };

  // The fuzz cases, grouped by kind, then the new families; each takes a turn per round.
  const fixed = new Map<string, string[]>();
  for (const c of fuzzCases(seed, scenes, warps))
    fixed.set(c.kind, [...(fixed.get(c.kind) ?? []), c.hash]);
  const cases: FuzzCase[] = [];
  for (let round = 0; cases.length < count; round++) {
    for (const [kind, hashes] of fixed)
      if (round < hashes.length && cases.length < count) cases.push({ kind, hash: hashes[round]! });
    for (const [kind, make] of Object.entries(families))
      if (cases.length < count) cases.push({ kind, hash: make() });
  }
  return cases;
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function get(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], value);
}

/** `{a: {b: value}}` for path [a, b]. */
function set(path: string[], value: unknown): unknown {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
}
