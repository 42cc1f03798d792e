/**
 * GLSL from a checked expression tree, in forward-mode autodiff (shaders/ad/ad.glsl): every
 * value is an `AD` (value, gradient, Hessian). Identical subtrees, and so every definition,
 * are emitted once (hash-consing by node identity, so shared definitions never blow up).
 * Only numbers, uniform names from headers and generated temporaries appear in the text.
 */
import { glslFloat } from '../shader/glsl-float';
import { MAX_OPERATIONS } from './grammar';
import { ExprError, type Expr } from './parse';

/**
 * clamp, mix, smoothstep and length in terms of the core operations. `memo` keeps shared
 * subtrees shared (pass one map per tree). Also used by src/expr/jet.ts, so the CPU jets
 * differentiate exactly what the shader does.
 */
export function desugar(e: Expr, memo: Map<Expr, Expr>): Expr {
  const known = memo.get(e);
  if (known) return known;
  const d = (x: Expr) => desugar(x, memo);
  let out: Expr;
  if (e.kind === 'neg') out = { kind: 'neg', arg: d(e.arg) };
  else if (e.kind === 'bin') out = { ...e, a: d(e.a), b: d(e.b) };
  else if (e.kind === 'call') {
    const args = e.args.map(d);
    const call = (fn: string, ...a: Expr[]): Expr => ({ kind: 'call', fn, args: a });
    const bin = (op: '+' | '-' | '*' | '/', a: Expr, b: Expr): Expr => ({ kind: 'bin', op, a, b });
    const num = (value: number): Expr => ({ kind: 'num', value });
    const [a, b, c] = args as [Expr, Expr, Expr];
    if (e.fn === 'clamp') out = call('min', call('max', a, b), c);
    else if (e.fn === 'mix') out = bin('+', a, bin('*', bin('-', b, a), c));
    else if (e.fn === 'smoothstep') {
      const t = call('min', call('max', bin('/', bin('-', c, a), bin('-', b, a)), num(0)), num(1));
      out = bin('*', bin('*', t, t), bin('-', num(3), bin('*', num(2), t)));
    } else if (e.fn === 'length') out = args.length === 1 ? call('abs', a) : call('hypot', a, b);
    else out = { ...e, args };
  } else out = e;
  memo.set(e, out);
  return out;
}

const BINARY: Readonly<Record<string, string>> = {
  '+': 'ad_add',
  '-': 'ad_sub',
  '*': 'ad_mul',
  '/': 'ad_div',
};

export interface GeneratedFunction {
  /** GLSL source of the function (needs shaders/ad/ad.glsl included before it). */
  readonly glsl: string;
  /** Distinct operations emitted. */
  readonly operations: number;
}

/**
 * `void name(AD in0, AD in1, out AD out0, ...)`: the outputs of `outputs` as functions of
 * the two inputs.
 */
export function generateFunction(name: string, outputs: readonly Expr[]): GeneratedFunction {
  const memo = new Map<Expr, Expr>();
  const roots = outputs.map((o) => desugar(o, memo));
  const lines: string[] = [];
  const ids = new Map<Expr, string>();
  const byKey = new Map<string, string>();

  const emit = (e: Expr): string => {
    const seen = ids.get(e);
    if (seen) return seen;
    let text: string;
    if (e.kind === 'var') text = `in${e.index}`;
    else if (e.kind === 'num') text = `ad_const(${glslFloat(e.value)})`;
    else if (e.kind === 'param') text = `ad_const(${e.uniform})`;
    else if (e.kind === 'neg') text = `ad_neg(${emit(e.arg)})`;
    else if (e.kind === 'bin')
      text =
        e.op === '^'
          ? e.b.kind === 'num'
            ? `ad_powc(${emit(e.a)}, ${glslFloat(e.b.value)})`
            : `ad_pow(${emit(e.a)}, ${emit(e.b)})`
          : `${BINARY[e.op]}(${emit(e.a)}, ${emit(e.b)})`;
    else text = `ad_${e.fn}(${e.args.map(emit).join(', ')})`;
    // Inputs are already variables; everything else becomes a temporary, once per text.
    let id = e.kind === 'var' ? text : byKey.get(text);
    if (!id) {
      id = `t${lines.length}`;
      if (lines.length >= MAX_OPERATIONS)
        throw new ExprError(
          `the generated shader needs more than ${MAX_OPERATIONS} operations; the limit is ${MAX_OPERATIONS}, so that no edit blocks the page for seconds`,
          0,
        );
      lines.push(`  AD ${id} = ${text};`);
      byKey.set(text, id);
    }
    ids.set(e, id);
    return id;
  };

  const results = roots.map(emit);
  const params = ['AD in0', 'AD in1', ...results.map((_, i) => `out AD out${i}`)].join(', ');
  const glsl = [
    `void ${name}(${params}) {`,
    ...lines,
    ...results.map((id, i) => `  out${i} = ${id};`),
    '}',
  ].join('\n');
  return { glsl, operations: lines.length };
}
