import { describe, expect, it } from 'vitest';
import { generateFunction } from '../../src/expr/codegen';
import { glslFloat } from '../../src/shader/glsl-float';
import { FUNCTIONS, MAX_EXPRESSION_CHARS } from '../../src/expr/grammar';
import { ExprError, parseExpression, type ExprContext } from '../../src/expr/parse';
import { evaluate } from '../tools/expr-eval';

const FIELD: ExprContext = {
  variables: [
    ['u', 'x'],
    ['v', 'y'],
  ],
  params: new Map([['k', 'u_k']]),
  outputs: 1,
};
const WARP: ExprContext = { ...FIELD, variables: [['x'], ['y']], outputs: 2 };

const value = (text: string, x = 0.3, y = -0.7) => evaluate(parseExpression(text, FIELD)[0]!, x, y);

function errorOf(text: string, context = FIELD): ExprError {
  try {
    parseExpression(text, context);
  } catch (error) {
    if (error instanceof ExprError) return error;
    throw error;
  }
  throw new Error(`"${text}" was accepted`);
}

describe('expression parser', () => {
  it.each([
    ['-2^2', -4],
    ['2^3^2', 512],
    ['-2^-2', -0.25],
    ['2*3^2', 18],
    ['1 - 2 - 3', -4],
    ['12 / 3 / 2', 2],
    ['-(1 + 2) * 3', -9],
    ['2 + 3 * 4 ^ 0.5', 8],
    ['+3 - -2', 5],
    ['pi', Math.PI],
  ])('%s = %d (mathematical precedence)', (text, expected) => {
    expect(value(text)).toBeCloseTo(expected, 12);
  });

  it('reads definitions, later statements use them, the rest are outputs', () => {
    const [u, v] = parseExpression('r = hypot(x, y); a = atan2(y, x); log(r); a', WARP);
    expect(evaluate(u!, 3, 4)).toBeCloseTo(Math.log(5), 12);
    expect(evaluate(v!, 0, 2)).toBeCloseTo(Math.PI / 2, 12);
  });

  it('accepts every function in the grammar with its arity', () => {
    for (const [name, { arity }] of Object.entries(FUNCTIONS))
      for (const n of arity) {
        const args = ['0.3', '0.5', '0.9'].slice(0, n).join(', ');
        expect(() => parseExpression(`${name}(${args})`, FIELD), name).not.toThrow();
      }
  });

  it.each([
    ['1 + * 2', 'Value expected', 4],
    ['foo(x)', 'unknown function "foo"', 0],
    ['x + zz', 'unknown name "zz"', 4],
    ['2x', 'write "*" between factors', 0],
    ['x / 0', 'division by zero', 2],
    ['mod(x, 0)', 'mod by zero', 0],
    ['sin(x, y)', 'sin takes 1 argument, got 2', 0],
    ['x; y', 'expected one output', 3],
    ['a = 1; a = 2; a', '"a" is already defined', 7],
    ['sin = 1; x', 'cannot be redefined', 0],
    ['x == 1', 'the operator "==" is not allowed', 2],
    ['x % 2', 'the operator "%" is not allowed', 2],
    ['[1, 2]', 'is not allowed in an expression', 0],
    ['x > 0 ? 1 : 2', 'is not allowed', 0],
    ['1e999', 'float range', 0],
    ['"text"', 'not a number', 1],
    ['', 'the expression is empty', 0],
    ['f(x) = x; 1', 'is not allowed in an expression', 0],
    ['x.y', 'is not allowed', 0],
    // Names inherited from Object.prototype are not in the grammar either.
    ['constructor', 'unknown name "constructor"', 0],
    ['x + toString(x)', 'unknown function "toString"', 4],
    ['__proto__ + x', 'unknown name "__proto__"', 0],
  ])('rejects %j: %s at %i', (text, message, position) => {
    const error = errorOf(text);
    expect(error.message).toContain(message);
    expect(error.position).toBe(position);
  });

  it('asks a warp for two outputs', () => {
    expect(errorOf('x', WARP).message).toMatch(/expected 2 outputs .*found 1/);
  });

  it('caps length and depth with a message, and admits 4000 characters and 50 definitions', () => {
    expect(errorOf('x+'.repeat(MAX_EXPRESSION_CHARS)).message).toContain('the limit is');
    expect(errorOf(`${'('.repeat(500)}x${')'.repeat(500)}`).message).toContain('nested');
    const defs = Array.from(
      { length: 50 },
      (_, i) => `d${i} = ${i ? `d${i - 1}` : 'x'} * 1.01 + sin(y)`,
    );
    const text = `${defs.join('; ')}; d49`.padEnd(4000, ' ');
    expect(text.length).toBeGreaterThanOrEqual(4000);
    expect(() => parseExpression(text, FIELD)).not.toThrow();
  });
});

describe('autodiff codegen', () => {
  it('emits each common subexpression and definition once', () => {
    const outputs = parseExpression('r = hypot(x, y); r * r + sin(r) + sin(r)', FIELD);
    const { glsl } = generateFunction('field', outputs);
    expect(glsl.match(/ad_hypot/g)).toHaveLength(1);
    expect(glsl.match(/ad_sin/g)).toHaveLength(1);
  });

  it('stays linear in the number of definitions (shared subtrees are not re-expanded)', () => {
    const defs = Array.from({ length: 60 }, (_, i) => `d${i + 1} = d${i} * d${i}`).join('; ');
    const { operations } = generateFunction('f', parseExpression(`d0 = x; ${defs}; d60`, FIELD));
    expect(operations).toBe(60);
  });

  it('writes only generated names, numbers and header uniforms', () => {
    const { glsl } = generateFunction('field', parseExpression('qq = k * x; qq + 1', FIELD));
    expect(glsl).not.toContain('qq');
    expect(glsl).toContain('ad_const(u_k)');
    expect(glsl).toMatch(/^void field\(AD in0, AD in1, out AD out0\) \{/);
  });

  it('formats floats as GLSL literals', () => {
    expect([3, 0.5, 1e-7, 1e21, 123456789].map(glslFloat)).toEqual([
      '3.0',
      '0.5',
      '1e-7',
      '1e+21',
      '123456789.0',
    ]);
  });
});
