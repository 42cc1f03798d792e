import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../src/expr/grammar';
import { ExprError, parseExpression, type ExprContext } from '../../src/expr/parse';
import { evaluateJet, parseObjective, type Jet } from '../../src/expr/jet';
import { seededRandom } from '../browser/url-fuzz-cases';
import { evaluate } from '../tools/expr-eval';

const CONTEXT: ExprContext = {
  variables: [
    ['u', 'x'],
    ['v', 'y'],
  ],
  params: new Map([['k', 'u_k']]),
  outputs: 1,
};
const UNIFORMS = { u_k: 1.7 };
const parse = (text: string) => parseExpression(text, CONTEXT)[0]!;

/** Formulas that put each function behind nontrivial inner terms, so both chain rules run. */
const BY_FUNCTION: Record<string, string[]> = {
  sin: ['sin(x*y + 0.5*x)'],
  cos: ['cos(x*y - y^2)'],
  tan: ['tan(0.25*x + 0.15*x*y)'],
  asin: ['asin(0.9*sin(x + y*y))'],
  acos: ['acos(0.9*cos(x*y))'],
  atan: ['atan(x*y - x)'],
  atan2: ['atan2(y - 0.3*x, x*x - 0.5)', 'atan2(x*y, y + 0.2)'],
  sinh: ['sinh(x - 0.5*y*x)'],
  cosh: ['cosh(x*y + y)'],
  tanh: ['tanh(x*y + 0.5*x)'],
  exp: ['exp(0.5*x*y - y)'],
  log: ['log(x*x + 0.5*y*y + 0.2)'],
  sqrt: ['sqrt(x*x + 2*y*y + 0.1*x + 0.3)', 'sqrt(x*y + 0.5)'],
  pow: ['pow(x*x + 0.5, y)', 'pow(x*y, 3)', 'pow(y - x, 2)', 'pow(x*x + 1, -1.5)'],
  abs: ['abs(x*y - 0.5*x)'],
  min: ['min(x*x, y + 0.5*x)'],
  max: ['max(sin(x), y*x)'],
  floor: ['floor(2*x + y) * x*y'],
  fract: ['fract(1.5*x*y) * y'],
  mod: ['mod(x*y + 3*x, 0.7 + 0.2*y)'],
  clamp: ['clamp(x*y, -0.5, 0.8 + 0.3*x)'],
  mix: ['mix(x, y*y, sin(x*y))'],
  smoothstep: ['smoothstep(-1, 1.5, x*y + 0.3*x)'],
  length: ['length(x*y - 0.2)', 'length(x - 0.1, y*x)'],
  hypot: ['hypot(x*x - 0.3, y + x)'],
  sign: ['sign(x*y - 0.1) * x*x'],
};
const OPERATORS = [
  'x + y*y - x*y',
  'x/(y*y + 0.5) - y/(x - 3)',
  '(x*y)^3 - (x + y)^4',
  '(x*x + 0.5)^-2',
  '(y*y + 1)^0.5 + (x*x + 2)^1.5',
  '(x*x + 1)^(y + x)',
  '-(x^2*y) + k*x*y',
];

type Sampler = (x: number, y: number) => [number, number];

/**
 * The derivative of `sample` at (x, y) by central differences with Richardson
 * extrapolation, or null where the steps h and h/2 disagree (a kink or jump nearby).
 */
function differences(sample: Sampler, x: number, y: number): [number, number][] | null {
  const central = (h: number) => {
    const [ax, ay] = sample(x + h, y);
    const [bx, by] = sample(x - h, y);
    const [cx, cy] = sample(x, y + h);
    const [dx, dy] = sample(x, y - h);
    return [
      [(ax - bx) / (2 * h), (ay - by) / (2 * h)],
      [(cx - dx) / (2 * h), (cy - dy) / (2 * h)],
    ] as [number, number][];
  };
  const coarse = central(1e-4);
  const fine = central(5e-5);
  const out: [number, number][] = [];
  for (let i = 0; i < 2; i++) {
    const row: number[] = [];
    for (let j = 0; j < 2; j++) {
      const a = coarse[i]![j]!;
      const b = fine[i]![j]!;
      if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
      if (Math.abs(a - b) > 1e-4 * Math.max(1, Math.abs(b))) return null;
      row.push((4 * b - a) / 3);
    }
    out.push(row as [number, number]);
  }
  return out;
}

const close = (actual: number, expected: number, tolerance: number) =>
  Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));

describe('evaluateJet against finite differences', () => {
  it('has a test formula for every function in the grammar', () => {
    expect(Object.keys(BY_FUNCTION).sort()).toEqual(Object.keys(FUNCTIONS).sort());
  });

  const cases = [...Object.values(BY_FUNCTION).flat(), ...OPERATORS];
  it.each(cases)('%s: gradient and Hessian at 40 seeded points', (text) => {
    const expr = parse(text);
    const jetAt = (x: number, y: number) => evaluateJet(expr, x, y, UNIFORMS);
    const random = seededRandom(0x0971 + text.length);
    let checked = 0;
    for (let n = 0; n < 40; n++) {
      const x = random() * 4 - 2;
      const y = random() * 4 - 2;
      const jet = jetAt(x, y);
      const gradient = differences((px, py) => [jetAt(px, py).v, 0], x, y);
      const hessian = differences((px, py) => jetAt(px, py).g, x, y);
      if (!gradient || !hessian || !Number.isFinite(jet.v)) continue;
      checked++;
      const where = `${text} at (${x}, ${y})`;
      expect(
        close(jet.g[0], gradient[0]![0], 1e-6),
        `${where}: fx ${jet.g[0]} vs ${gradient[0]![0]}`,
      ).toBe(true);
      expect(
        close(jet.g[1], gradient[1]![0], 1e-6),
        `${where}: fy ${jet.g[1]} vs ${gradient[1]![0]}`,
      ).toBe(true);
      const [hxx, hxy, hyy] = jet.h;
      expect(close(hxx, hessian[0]![0], 1e-6), `${where}: hxx ${hxx} vs ${hessian[0]![0]}`).toBe(
        true,
      );
      expect(close(hxy, hessian[0]![1], 1e-6), `${where}: hxy ${hxy} vs ${hessian[0]![1]}`).toBe(
        true,
      );
      expect(close(hxy, hessian[1]![0], 1e-6), `${where}: hyx ${hxy} vs ${hessian[1]![0]}`).toBe(
        true,
      );
      expect(close(hyy, hessian[1]![1], 1e-6), `${where}: hyy ${hyy} vs ${hessian[1]![1]}`).toBe(
        true,
      );
    }
    // Kinks and jumps are skipped, but most points must be checked.
    expect(checked).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s: the value matches the reference evaluator', (text) => {
    const expr = parse(text);
    const random = seededRandom(0x7a1e);
    for (let n = 0; n < 20; n++) {
      const x = random() * 4 - 2;
      const y = random() * 4 - 2;
      const reference = evaluate(expr, x, y, UNIFORMS);
      // sqrt of a negative is 0 by the shader's convention, NaN in the reference.
      if (Number.isFinite(reference))
        expect(evaluateJet(expr, x, y, UNIFORMS).v).toBeCloseTo(reference, 12);
    }
  });
});

/** Rosenbrock and Himmelblau, differentiated by hand. */
const HAND: { text: string; exact: (x: number, y: number) => Jet }[] = [
  {
    text: '(1 - x)^2 + 100*(y - x^2)^2',
    exact: (x, y) => ({
      v: (1 - x) ** 2 + 100 * (y - x * x) ** 2,
      g: [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
      h: [2 - 400 * y + 1200 * x * x, -400 * x, 200],
    }),
  },
  {
    text: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
    exact: (x, y) => {
      const a = x * x + y - 11;
      const b = x + y * y - 7;
      return {
        v: a * a + b * b,
        g: [4 * x * a + 2 * b, 2 * a + 4 * y * b],
        h: [12 * x * x + 4 * y - 42, 4 * x + 4 * y, 4 * x + 12 * y * y - 26],
      };
    },
  },
];

describe('evaluateJet against hand-derived derivatives', () => {
  it.each(HAND)('$text', ({ text, exact }) => {
    const objective = parseObjective(text);
    for (const [x, y] of [
      [-1.2, 1],
      [1, 1],
      [0.5, -0.3],
      [3, 2],
      [-2.5, 3.25],
    ] as const) {
      const jet = objective.at(x, y);
      const want = exact(x, y);
      expect(jet.v).toBeCloseTo(want.v, 10);
      jet.g.forEach((c, i) => expect(c).toBeCloseTo(want.g[i]!, 10));
      jet.h.forEach((c, i) => expect(c).toBeCloseTo(want.h[i]!, 10));
    }
  });
});

describe('conventions at kinks and singular points (as shaders/ad/ad.glsl)', () => {
  const jet = (text: string, x: number, y: number) => evaluateJet(parse(text), x, y);
  it.each([
    ['sqrt(x)', 0, 0, { v: 0, g: [0, 0], h: [0, 0, 0] }],
    ['sqrt(x)', -1, 0, { v: 0, g: [0, 0], h: [0, 0, 0] }],
    ['sqrt(x*x + y*y)', 0, 0, { v: 0, g: [0, 0], h: [0, 0, 0] }],
    ['hypot(x, y)', 0, 0, { v: 0, g: [0, 0], h: [0, 0, 0] }],
    ['length(x, y)', 0, 0, { v: 0, g: [0, 0], h: [0, 0, 0] }],
    ['atan2(y, x)', 0, 0, { v: 0, g: [0, 0], h: [0, 0, 0] }],
    ['abs(x)', 0, 1, { v: 0, g: [0, 0], h: [0, 0, 0] }],
    ['length(x)', -2, 0, { v: 2, g: [-1, 0], h: [0, 0, 0] }],
    ['min(x, y)', 0.5, 0.5, { v: 0.5, g: [1, 0], h: [0, 0, 0] }],
    ['max(x, y)', 0.5, 0.5, { v: 0.5, g: [1, 0], h: [0, 0, 0] }],
    ['min(y, x)', 0.5, 0.5, { v: 0.5, g: [0, 1], h: [0, 0, 0] }],
    ['mod(x, y)', 2.5, 1, { v: 0.5, g: [1, -2], h: [0, 0, 0] }],
    ['floor(x)', 1.5, 0, { v: 1, g: [0, 0], h: [0, 0, 0] }],
    ['fract(x)', 1.25, 0, { v: 0.25, g: [1, 0], h: [0, 0, 0] }],
    ['sign(x)', -3, 0, { v: -1, g: [0, 0], h: [0, 0, 0] }],
    ['x^3', -2, 0, { v: -8, g: [12, 0], h: [-12, 0, 0] }],
    ['x^-1', -2, 0, { v: -0.5, g: [-0.25, 0], h: [-0.25, 0, 0] }],
    ['pow(x, 2)', -3, 0, { v: 9, g: [-6, 0], h: [2, 0, 0] }],
    ['x^1', 0, 0, { v: 0, g: [1, 0], h: [0, 0, 0] }],
    ['x^0', 0, 0, { v: 1, g: [0, 0], h: [0, 0, 0] }],
    ['clamp(x, 0, 1)', 2, 0, { v: 1, g: [0, 0], h: [0, 0, 0] }],
    ['smoothstep(0, 1, x)', 0.5, 0, { v: 0.5, g: [1.5, 0], h: [0, 0, 0] }],
    ['mix(x, y, 0.25)', 1, 2, { v: 1.25, g: [0.75, 0.25], h: [0, 0, 0] }],
  ] as const)('%s at (%f, %f)', (text, x, y, want) => {
    const got = jet(text, x, y);
    expect(got.v).toBeCloseTo(want.v, 14);
    got.g.forEach((c, i) => expect(c).toBeCloseTo(want.g[i]!, 14));
    got.h.forEach((c, i) => expect(c).toBeCloseTo(want.h[i]!, 14));
  });

  it('is NaN off the domain, as the value is', () => {
    expect(jet('x^0.5', -4, 0).v).toBeNaN();
    expect(jet('log(x)', -1, 0).v).toBeNaN();
    expect(jet('pow(x, y)', -1, 2).g[1]).toBeNaN();
    expect(jet('asin(x)', 2, 0).v).toBeNaN();
  });
});

describe('evaluateJet on shared subtrees', () => {
  it('evaluates a chain of 60 squarings once per node (x^(2^60))', () => {
    const lines = ['a0 = x'];
    for (let i = 1; i <= 60; i++) lines.push(`a${i} = a${i - 1} * a${i - 1}`);
    lines.push('a60');
    const objective = parseObjective(lines.join('\n'));
    // Without memoisation this is 2^60 multiplications and never returns.
    const jet = objective.at(1, 0);
    expect(jet.v).toBe(1);
    expect(jet.g).toEqual([2 ** 60, 0]);
    expect(jet.h[0]).toBeCloseTo(2 ** 60 * (2 ** 60 - 1), -25);
  });

  it('hands back its own arrays even when min selects an input', () => {
    const objective = parseObjective('min(x, y)');
    const a = objective.at(0, 1);
    a.g[0] = 42;
    expect(objective.at(0, 1).g[0]).toBe(1);
  });
});

describe('parseObjective', () => {
  it('reads x / u and y / v', () => {
    const objective = parseObjective('u*u + 2*v + x*y');
    expect(objective.at(2, 3).v).toBe(4 + 6 + 6);
    expect(objective.text).toBe('u*u + 2*v + x*y');
    expect(objective.expr.kind).toBe('bin');
  });

  it.each(['x +', 'foo(x)', 'k*x', 'x; y', ''])('throws ExprError for %j', (text) => {
    expect(() => parseObjective(text)).toThrow(ExprError);
  });
});
