/**
 * Second-order forward-mode automatic differentiation on the CPU, in double precision: the
 * TypeScript twin of shaders/ad/ad.glsl. A jet carries a value, its gradient and its Hessian
 * with respect to the two inputs (x, y); the rules (src/expr/jet-rules.ts) are the
 * shader's two chain rules (docs/autodiff.md). Kinks and singular points follow the
 * shader's conventions: sqrt(a <= 0), hypot(0, 0) and atan2(0, 0) are 0 with a 0 gradient;
 * abs uses sign(a); min / max take the selected argument, the first on a tie; floor and
 * sign have derivative 0; mod(a, b) has derivatives 1 and -floor(a / b). Where the shader's
 * float code is undefined we give the mathematical answer: a^n for a negative base and a
 * non-integer n is NaN (its value in tests/tools/expr-eval.ts), and x^0 and x^1 have exact
 * derivatives at 0.
 */
import { desugar } from './codegen';
import { fieldExpressionContext } from './generated-sources';
import { parseExpression, type Expr } from './parse';
import { binaryJet, callJet, constant, type Jet } from './jet-rules';

export type { Jet } from './jet-rules';

/** Jets of an already desugared tree; each shared node is evaluated once. */
function evaluateDesugared(
  root: Expr,
  x: number,
  y: number,
  uniforms: Readonly<Record<string, number>>,
): Jet {
  const memo = new Map<Expr, Jet>();
  const visit = (e: Expr): Jet => {
    const known = memo.get(e);
    if (known) return known;
    let out: Jet;
    if (e.kind === 'num') out = constant(e.value);
    else if (e.kind === 'var')
      out = e.index === 0 ? { v: x, g: [1, 0], h: [0, 0, 0] } : { v: y, g: [0, 1], h: [0, 0, 0] };
    else if (e.kind === 'param') out = constant(uniforms[e.uniform] ?? NaN);
    else if (e.kind === 'neg') {
      const a = visit(e.arg);
      out = { v: -a.v, g: [-a.g[0], -a.g[1]], h: [-a.h[0], -a.h[1], -a.h[2]] };
    } else if (e.kind === 'bin') out = binaryJet(e.op, visit(e.a), visit(e.b), e.b);
    else out = callJet(e.fn, e.args.map(visit));
    memo.set(e, out);
    return out;
  };
  const result = visit(root);
  // min / max / fract may hand back an input's jet: give the caller its own arrays.
  return { v: result.v, g: [...result.g], h: [...result.h] };
}

/**
 * The value, gradient and Hessian of `expr` at (x, y), in double precision. `uniforms` gives
 * parameter values by uniform name (a missing one is NaN). Never throws on bad numbers:
 * off-domain inputs give NaN or infinities, as the value does.
 */
export function evaluateJet(
  expr: Expr,
  x: number,
  y: number,
  uniforms: Readonly<Record<string, number>> = {},
): Jet {
  return evaluateDesugared(desugar(expr, new Map()), x, y, uniforms);
}

/** A function of (x, y) to minimise, typed as a formula. */
export interface Objective {
  /** The formula as typed. */
  readonly text: string;
  /** Its parsed tree (before desugaring). */
  readonly expr: Expr;
  /** Value, gradient and Hessian at (x, y), world units. */
  at(x: number, y: number): Jet;
}

/**
 * Parses a field formula in x / u and y / v (no parameters) into an objective. Throws
 * ExprError with a character position, as the parser does.
 */
export function parseObjective(text: string): Objective {
  const expr = parseExpression(text, fieldExpressionContext([]))[0]!;
  const desugared = desugar(expr, new Map());
  return { text, expr, at: (x, y) => evaluateDesugared(desugared, x, y, {}) };
}
