/**
 * Hostile formulas for the custom field and warp, from a seed: GLSL and preprocessor
 * injection, comments, statements, unicode, nesting and length at the grammar's caps, huge
 * exponents, many definitions, names that GLSL or the generator already use. Each carries
 * `markers`: made-up words that must never appear in a compiled shader.
 */
import { MAX_DEFINITIONS, MAX_DEPTH, MAX_EXPRESSION_CHARS } from '../../src/expr/grammar';
import { seededRandom } from '../browser/url-fuzz-cases';

export interface FormulaCase {
  readonly kind: string;
  readonly slot: 'field' | 'warp';
  readonly text: string;
  readonly markers: readonly string[];
}

/** Fragments spliced into formulas; `ZQ` becomes a word unique to the case. */
const INJECTIONS = [
  '1.0); } void main(){ ZQ(); }',
  'u); gl_FragColor = vec4(ZQ); //',
  '0.0); discard; } float ZQ(){ return (1.0',
  '#define ZQ 1\n',
  '#version 100\n',
  '#extension GL_ZQ : enable\n',
  '#include "ZQ.glsl"\n',
  '#line 1 ZQ\n',
  '#pragma ZQ\n',
  '// ZQ',
  '/* ZQ */',
  '/* ZQ',
  '*/ ZQ /*',
  '# ZQ comment',
  '; ZQ = 1;',
  ';;;',
  '\\',
  '\\\nZQ',
  '"ZQ"',
  "'ZQ'",
  '`ZQ`',
  'ZQ.x',
  'ZQ[0]',
  '{ZQ: 1}',
  'u ? ZQ : v',
  'u == ZQ',
  'ZQ(u)',
  'eval("ZQ")',
  'f(x) = ZQ',
  'u |> ZQ',
  '\u202eZQ\u202c',
  'ZQ\u200b\u200d',
  '\ud800ZQ',
  '\u{1f600}ZQ',
  '\u0000ZQ',
  'ZQ\u2028u',
];

/** Names GLSL, the preamble or the generator already use: defining one must stay harmless. */
const TAKEN_NAMES = [
  'gl_FragColor',
  'gl_FragCoord',
  'main',
  'discard',
  'float',
  'vec2',
  'return',
  'uniform',
  'precision',
  'highp',
  'in0',
  'out0',
  't0',
  'ad_add',
  'AD',
  'u_time',
  'fieldAD',
  'warpAD',
  'sdgScene',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];

/** Formulas at and just past each cap of src/expr/grammar.ts, and other heavy ones. */
function capCases(): Array<[string, string]> {
  const parens = (n: number) => `${'('.repeat(n)}u${')'.repeat(n)}`;
  const calls = (n: number) => `${'sin('.repeat(n)}u${')'.repeat(n)}`;
  const definitions = (n: number) =>
    [
      ...Array.from({ length: n }, (_, i) => `d${i} = ${i ? `d${i - 1}` : 'u'} * 0.5`),
      `d${n - 1}`,
    ].join('\n');
  // Every definition used twice: a tree of 2^n leaves unless shared nodes stay shared.
  const doubling = (n: number) =>
    [
      'a0 = u',
      ...Array.from({ length: n - 1 }, (_, i) => `a${i + 1} = a${i} * a${i} + a${i}`),
      `a${n - 1}`,
    ].join('\n');
  const padded = (n: number) => `u${' '.repeat(n - 1)}`;
  // Distinct smoothsteps of earlier definitions: many operations from little text.
  const operations = (n: number) =>
    [
      'a0 = u',
      'a1 = v',
      'a2 = u * v',
      ...Array.from(
        { length: n },
        (_, i) =>
          `a${i + 3} = smoothstep(a${i + 2}, a${i + 1}, a${i})*smoothstep(a${i}, a${i + 2}, a${i + 1})`,
      ),
      `a${n + 2}`,
    ].join('\n');
  return [
    ['nesting at the cap', parens(MAX_DEPTH)],
    ['nesting over the cap', parens(MAX_DEPTH + 1)],
    ['calls nested under the cap', calls(MAX_DEPTH - 2)],
    ['calls nested over the cap', calls(MAX_DEPTH + 2)],
    ['unary minus chain', `${'-'.repeat(MAX_DEPTH + 5)}u`],
    ['power tower', `${'u^'.repeat(MAX_DEPTH + 5)}u`],
    ['definitions at the cap', definitions(MAX_DEFINITIONS)],
    ['definitions over the cap', definitions(MAX_DEFINITIONS + 1)],
    ['shared definitions', doubling(60)],
    ['many operations', operations(30)],
    ['many operations, near the length cap', operations(125)],
    ['length at the cap', padded(MAX_EXPRESSION_CHARS)],
    ['length over the cap', padded(MAX_EXPRESSION_CHARS + 1)],
    ['length far over the cap', `u + ${'1'.repeat(60_000)}`],
    ['huge exponent', 'u^1e30'],
    ['exponent over the float range', 'u^1e31'],
    ['exp of exp of exp', 'exp(exp(exp(u)))'],
    ['exp five deep', 'exp(exp(exp(exp(exp(u)))))'],
    ['pow to a huge power', 'pow(u, 1e30) - pow(v, -1e30)'],
    ['subnormal', 'u - 1e-320'],
    ['division by zero', 'u / 0'],
    ['mod by zero', 'mod(u, 0)'],
    ['empty', ''],
    ['blank', ' \n\t '],
  ];
}

/** `count` cases, families taking turns so any prefix covers them all. */
export function hostileFormulaCases(seed: number, count: number): FormulaCase[] {
  const random = seededRandom(seed ^ 0xf0f0);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  let serial = 0;
  const word = () => `zq${(serial++).toString(36)}x${int(1e6).toString(36)}`;
  const slot = (): 'field' | 'warp' => (random() < 0.7 ? 'field' : 'warp');
  /** A working formula for the slot with `inner` in one of its places. */
  const wrap = (where: 'field' | 'warp', inner: string) =>
    where === 'field'
      ? inner
      : pick([`${inner}; y`, `x; ${inner}`, `r = hypot(x, y); ${inner}; r`]);
  const base = () => pick(['u', 'hypot(u, v) - 1', 'sin(3 * u) + v', 'max(abs(u), abs(v)) - 0.5']);

  const families: Array<() => FormulaCase> = [
    () => {
      const w = word();
      const where = slot();
      const text = wrap(where, base().replace(/u/, `u${pick(INJECTIONS).replaceAll('ZQ', w)}`));
      return { kind: 'injection inside a formula', slot: where, text, markers: [w] };
    },
    () => {
      const w = word();
      const where = slot();
      const text = wrap(where, `${pick(INJECTIONS).replaceAll('ZQ', w)} ${base()}`);
      return { kind: 'injection before a formula', slot: where, text, markers: [w] };
    },
    () => {
      const name = pick(TAKEN_NAMES);
      const where = slot();
      const text = wrap(where, pick([`${name} = u * 2; ${name} - v`, `${name}`, `${name}(u)`]));
      return { kind: 'a name GLSL already uses', slot: where, text, markers: [] };
    },
    (() => {
      const caps = capCases();
      return () => {
        const [kind, text] = caps[int(caps.length)]!;
        const where = slot();
        return { kind, slot: where, text: wrap(where, text), markers: [] };
      };
    })(),
    () => {
      // Several fragments at once, each with its own word.
      const words = [word(), word(), word()];
      const where = slot();
      const text = words.map((w) => pick(INJECTIONS).replaceAll('ZQ', w)).join(base());
      return { kind: 'several injections', slot: where, text: wrap(where, text), markers: words };
    },
  ];
  // The caps in order first (each once), then the families in turn.
  const cases: FormulaCase[] = capCases().map(([kind, text], i) => ({
    kind,
    slot: i % 3 === 2 ? 'warp' : 'field',
    text: i % 3 === 2 ? `${text}; y` : text,
    markers: [],
  }));
  for (let i = 0; cases.length < count; i++) cases.push(families[i % families.length]!());
  return cases.slice(0, count);
}
