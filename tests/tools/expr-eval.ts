import type { Expr } from '../../src/expr/parse';

/**
 * The value of a checked expression with GLSL semantics (tests only): in double precision,
 * or with `round = Math.fround` rounding every operation to float32 as a GPU does.
 */
export function evaluate(
  e: Expr,
  x: number,
  y: number,
  uniforms: Record<string, number> = {},
  round: (v: number) => number = (v) => v,
): number {
  return round(evaluateNode(e, x, y, uniforms, round));
}

function evaluateNode(
  e: Expr,
  x: number,
  y: number,
  uniforms: Record<string, number>,
  round: (v: number) => number,
): number {
  const ev = (n: Expr) => evaluate(n, x, y, uniforms, round);
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'var':
      return e.index === 0 ? x : y;
    case 'param':
      return uniforms[e.uniform] ?? NaN;
    case 'neg':
      return -ev(e.arg);
    case 'bin': {
      const a = ev(e.a);
      const b = ev(e.b);
      return { '+': a + b, '-': a - b, '*': a * b, '/': a / b, '^': a ** b }[e.op];
    }
    case 'call': {
      const args = e.args.map(ev);
      const [a = NaN, b = NaN, c = NaN] = args;
      const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
      switch (e.fn) {
        case 'atan2':
          return Math.atan2(a, b);
        case 'fract':
          return a - Math.floor(a);
        case 'mod':
          return a - b * Math.floor(a / b);
        case 'clamp':
          return clamp(a, b, c);
        case 'mix':
          return a + (b - a) * c;
        case 'smoothstep': {
          const t = clamp((c - a) / (b - a), 0, 1);
          return t * t * (3 - 2 * t);
        }
        case 'length':
          return args.length === 1 ? Math.abs(a) : Math.hypot(a, b);
        case 'pow':
          return a ** b;
        default:
          return (Math as unknown as Record<string, (...v: number[]) => number>)[e.fn]!(...args);
      }
    }
  }
}
