import type { Expr } from '../../src/expr/parse';

/** The value of a checked expression in double precision, GLSL semantics (tests only). */
export function evaluate(
  e: Expr,
  x: number,
  y: number,
  uniforms: Record<string, number> = {},
): number {
  const ev = (n: Expr) => evaluate(n, x, y, uniforms);
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
      const [a = NaN, b = NaN, c = NaN] = e.args.map(ev);
      const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
      const table: Record<string, () => number> = {
        atan2: () => Math.atan2(a, b),
        fract: () => a - Math.floor(a),
        mod: () => a - b * Math.floor(a / b),
        clamp: () => clamp(a, b, c),
        mix: () => a + (b - a) * c,
        smoothstep: () => {
          const t = clamp((c - a) / (b - a), 0, 1);
          return t * t * (3 - 2 * t);
        },
        length: () => (e.args.length === 1 ? Math.abs(a) : Math.hypot(a, b)),
        pow: () => a ** b,
      };
      const math = Math as unknown as Record<string, (...v: number[]) => number>;
      return table[e.fn]?.() ?? math[e.fn]!(...e.args.map(ev));
    }
  }
}
