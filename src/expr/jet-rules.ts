/**
 * The derivative rules of the CPU jets (src/expr/jet.ts), one per operation, mirroring
 * shaders/ad/ad.glsl rule for rule. Every rule is one of two chain rules:
 *   r = F(a):     g_r = F' g_a,                 H_r = F' H_a + F'' g_a g_a^T
 *   r = F(a, b):  g_r = Fa g_a + Fb g_b,        H_r = Fa H_a + Fb H_b + Faa g_a g_a^T
 *                                                     + Fbb g_b g_b^T + Fab (g_a g_b^T + g_b g_a^T)
 */
import type { Expr } from './parse';

/** A value with its gradient [fx, fy] and Hessian [fxx, fxy, fyy] at one point. */
export interface Jet {
  v: number;
  g: [number, number];
  h: [number, number, number];
}

export const constant = (v: number): Jet => ({ v, g: [0, 0], h: [0, 0, 0] });

/** r = F(a), with F = f, F' = f1, F'' = f2 at a.v. */
function chain1(a: Jet, f: number, f1: number, f2: number): Jet {
  const [gx, gy] = a.g;
  return {
    v: f,
    g: [f1 * gx, f1 * gy],
    h: [f1 * a.h[0] + f2 * gx * gx, f1 * a.h[1] + f2 * gx * gy, f1 * a.h[2] + f2 * gy * gy],
  };
}

/** r = F(a, b), with its first (fa, fb) and second (faa, fab, fbb) partial derivatives. */
function chain2(
  a: Jet,
  b: Jet,
  f: number,
  fa: number,
  fb: number,
  faa: number,
  fab: number,
  fbb: number,
): Jet {
  const [ax, ay] = a.g;
  const [bx, by] = b.g;
  return {
    v: f,
    g: [fa * ax + fb * bx, fa * ay + fb * by],
    h: [
      fa * a.h[0] + fb * b.h[0] + faa * ax * ax + fbb * bx * bx + fab * 2 * ax * bx,
      fa * a.h[1] + fb * b.h[1] + faa * ax * ay + fbb * bx * by + fab * (ax * by + ay * bx),
      fa * a.h[2] + fb * b.h[2] + faa * ay * ay + fbb * by * by + fab * 2 * ay * by,
    ],
  };
}

/** Smooth one-argument functions: [F, F', F''] at a. */
const UNARY: Readonly<Record<string, (a: number) => [number, number, number]>> = {
  sin: (a) => [Math.sin(a), Math.cos(a), -Math.sin(a)],
  cos: (a) => [Math.cos(a), -Math.sin(a), -Math.cos(a)],
  tan: (a) => {
    const t = Math.tan(a);
    const d = 1 + t * t;
    return [t, d, 2 * t * d];
  },
  asin: (a) => {
    const k = 1 / Math.sqrt(1 - a * a);
    return [Math.asin(a), k, a * k * k * k];
  },
  acos: (a) => {
    const k = 1 / Math.sqrt(1 - a * a);
    return [Math.acos(a), -k, -a * k * k * k];
  },
  atan: (a) => {
    const d = 1 / (1 + a * a);
    return [Math.atan(a), d, -2 * a * d * d];
  },
  sinh: (a) => [Math.sinh(a), Math.cosh(a), Math.sinh(a)],
  cosh: (a) => [Math.cosh(a), Math.sinh(a), Math.cosh(a)],
  tanh: (a) => {
    const t = Math.tanh(a);
    const d = 1 - t * t;
    return [t, d, -2 * t * d];
  },
  exp: (a) => {
    const e = Math.exp(a);
    return [e, e, e];
  },
  log: (a) => [Math.log(a), 1 / a, -1 / (a * a)],
  // abs: derivative sign(a), 0 at a = 0 (NaN stays NaN through the value).
  abs: (a) => [Math.abs(a), a === 0 ? 0 : a < 0 ? -1 : 1, 0],
};

/** a^n for a constant n: exact for a negative base when n is an integer, else NaN there. */
function powConstant(a: Jet, n: number): Jet {
  if (n === 2) return chain1(a, a.v * a.v, 2 * a.v, 2);
  // Zero coefficients stay zero (0 * 0^-1 would be NaN): x^1 and x^0 are smooth at 0.
  const d1 = n === 0 ? 0 : n * a.v ** (n - 1);
  const d2 = n === 0 || n === 1 ? 0 : n * (n - 1) * a.v ** (n - 2);
  return chain1(a, a.v ** n, d1, d2);
}

/** a^b = exp(b log a) for a varying exponent, defined for a > 0. */
function powGeneral(a: Jet, b: Jet): Jet {
  // An exponent whose gradient and Hessian vanish contributes nothing but 0 * log(a) = NaN
  // for a negative base; treat it as the constant it is locally.
  if (b.g.every((c) => c === 0) && b.h.every((c) => c === 0)) return powConstant(a, b.v);
  const f = a.v ** b.v;
  const la = Math.log(a.v);
  const pa = a.v ** (b.v - 1);
  return chain2(
    a,
    b,
    f,
    b.v * pa,
    f * la,
    b.v * (b.v - 1) * a.v ** (b.v - 2),
    pa * (1 + b.v * la),
    f * la * la,
  );
}

function sqrtJet(a: Jet): Jet {
  // At and below 0 the shader returns 0 with a 0 gradient (iq's box relies on it).
  if (a.v <= 0) return constant(0);
  const s = Math.sqrt(a.v);
  return chain1(a, s, 0.5 / s, -0.25 / (s * a.v));
}

function hypotJet(a: Jet, b: Jet): Jet {
  const r = Math.hypot(a.v, b.v);
  if (r <= 0) return constant(0);
  const r3 = r * r * r;
  return chain2(a, b, r, a.v / r, b.v / r, (b.v * b.v) / r3, (-a.v * b.v) / r3, (a.v * a.v) / r3);
}

/** atan2(y, x), the angle of (x, y): theta_y = x / r^2, theta_x = -y / r^2; 0 at the origin. */
function atan2Jet(y: Jet, x: Jet): Jet {
  const r2 = x.v * x.v + y.v * y.v;
  if (r2 <= 0) return constant(0);
  const r4 = r2 * r2;
  return chain2(
    y,
    x,
    Math.atan2(y.v, x.v),
    x.v / r2,
    -y.v / r2,
    (-2 * x.v * y.v) / r4,
    (y.v * y.v - x.v * x.v) / r4,
    (2 * x.v * y.v) / r4,
  );
}

export function callJet(fn: string, args: readonly Jet[]): Jet {
  const [a, b] = args as [Jet, Jet];
  const unary = UNARY[fn];
  if (unary) return chain1(a, ...unary(a.v));
  switch (fn) {
    case 'sqrt':
      return sqrtJet(a);
    case 'sign':
      return constant(Math.sign(a.v));
    case 'floor':
      return constant(Math.floor(a.v));
    case 'fract':
      return { v: a.v - Math.floor(a.v), g: [...a.g], h: [...a.h] };
    case 'mod': {
      const k = Math.floor(a.v / b.v);
      return chain2(a, b, a.v - b.v * k, 1, -k, 0, 0, 0);
    }
    // The selected argument's jet; a tie selects the first.
    case 'min':
      return b.v < a.v ? b : a;
    case 'max':
      return b.v > a.v ? b : a;
    case 'pow':
      return powGeneral(a, b);
    case 'hypot':
      return hypotJet(a, b);
    case 'atan2':
      return atan2Jet(a, b);
  }
  throw new Error(`evaluateJet: no derivative rule for ${fn} (the parser should reject it)`);
}

export function binaryJet(op: string, a: Jet, b: Jet, exponent: Expr): Jet {
  switch (op) {
    case '+':
      return { v: a.v + b.v, g: [a.g[0] + b.g[0], a.g[1] + b.g[1]], h: add3(a.h, b.h, 1) };
    case '-':
      return { v: a.v - b.v, g: [a.g[0] - b.g[0], a.g[1] - b.g[1]], h: add3(a.h, b.h, -1) };
    case '*':
      return chain2(a, b, a.v * b.v, b.v, a.v, 0, 1, 0);
    case '/': {
      const q = 1 / b.v;
      return chain2(a, b, a.v / b.v, q, -a.v * q * q, 0, -q * q, 2 * a.v * q * q * q);
    }
    default:
      // '^': a literal exponent takes the constant-power rule, as codegen's ad_powc.
      return exponent.kind === 'num' ? powConstant(a, exponent.value) : powGeneral(a, b);
  }
}

function add3(a: readonly number[], b: readonly number[], sign: number): [number, number, number] {
  return [a[0]! + sign * b[0]!, a[1]! + sign * b[1]!, a[2]! + sign * b[2]!];
}
