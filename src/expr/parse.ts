/**
 * Typed expressions for warps and fields. The text is parsed by mathjs's parser (its `^`
 * is right-associative and binds tighter than unary minus, as in mathematics: -2^2 = -4),
 * then every node is checked against the grammar (src/expr/grammar.ts) and turned into a
 * small tree of our own. Only that tree reaches the GLSL generator; user text never does.
 */
import { excerpt, nameList, quoted } from '../util/excerpt';
import { create, parseDependencies, type MathNode } from 'mathjs';
import { CONSTANTS, FUNCTIONS, MAX_DEFINITIONS, MAX_DEPTH, MAX_EXPRESSION_CHARS } from './grammar';

export type BinaryOp = '+' | '-' | '*' | '/' | '^';

export type Expr =
  | { readonly kind: 'num'; readonly value: number }
  /** An input variable: index 0 (x or u) or 1 (y or v). */
  | { readonly kind: 'var'; readonly index: 0 | 1 }
  /** A scene or warp parameter, read from its uniform. */
  | { readonly kind: 'param'; readonly uniform: string }
  | { readonly kind: 'neg'; readonly arg: Expr }
  | { readonly kind: 'bin'; readonly op: BinaryOp; readonly a: Expr; readonly b: Expr }
  | { readonly kind: 'call'; readonly fn: string; readonly args: readonly Expr[] };

/** A problem in the text, with the character range to underline. */
/** The formulas a user types: the custom warp, the custom field, the lab's objective. */
export type Formula = 'warp' | 'field' | 'objective';

export class ExprError extends Error {
  constructor(
    message: string,
    readonly position: number,
    readonly length = 1,
    /** Which typed formulas the error is in, so the page can show it at their inputs. */
    readonly formulas: readonly Formula[] = [],
  ) {
    super(message);
    this.name = 'ExprError';
  }
}

export interface ExprContext {
  /** Input names by index, e.g. [['x'], ['y']] for a warp, [['u', 'x'], ['v', 'y']] for a field. */
  readonly variables: readonly [readonly string[], readonly string[]];
  /** Parameter name -> uniform (scalar float parameters only). */
  readonly params: ReadonlyMap<string, string>;
  /** How many output statements the expression must have. */
  readonly outputs: number;
}

const mathjs = create({ parseDependencies } as Parameters<typeof create>[0], {});

const OPERATORS: Readonly<Record<string, BinaryOp>> = {
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
  pow: '^',
};

/** Parses `text` into its output expressions; throws ExprError with a position. */
export function parseExpression(text: string, context: ExprContext): Expr[] {
  if (text.length > MAX_EXPRESSION_CHARS)
    throw new ExprError(
      `the expression is ${text.length} characters long; the limit is ${MAX_EXPRESSION_CHARS}`,
      MAX_EXPRESSION_CHARS,
    );
  const statements = splitStatements(text);
  if (statements.length === 0) throw new ExprError('the expression is empty', 0);
  const defined = new Map<string, Expr>();
  const outputs: Expr[] = [];
  for (const statement of statements) {
    const node = parseStatement(statement.text, statement.start);
    const where = (name: string) => locate(text, name, statement.start);
    const convert = (n: MathNode) => toExpr(n, context, defined, where, 0);
    if (node.type === 'AssignmentNode') {
      const assignment = node as MathNode & { object: MathNode; value: MathNode };
      if (assignment.object.type !== 'SymbolNode')
        throw new ExprError(
          'only a plain name can be defined (name = expression)',
          statement.start,
        );
      const name = (assignment.object as MathNode & { name: string }).name;
      if (defined.has(name) || isReserved(name, context))
        throw new ExprError(
          defined.has(name)
            ? `${quoted(name, 40)} is already defined`
            : `${quoted(name, 40)} is a variable, parameter, constant or function and cannot be redefined`,
          statement.start + statement.text.indexOf(name),
          name.length,
        );
      if (defined.size >= MAX_DEFINITIONS)
        throw new ExprError(`more than ${MAX_DEFINITIONS} definitions`, statement.start);
      defined.set(name, convert(assignment.value));
    } else outputs.push(convert(node));
  }
  if (outputs.length !== context.outputs) {
    const want = context.outputs === 1 ? 'one output' : `${context.outputs} outputs`;
    throw new ExprError(
      `expected ${want} (statements that are not "name = ..."), found ${outputs.length}`,
      statements[statements.length - 1]!.start,
    );
  }
  return outputs;
}

interface Statement {
  readonly text: string;
  readonly start: number;
}

/** Statements separated by `;` or line breaks outside parentheses, with their offsets. */
function splitStatements(text: string): Statement[] {
  const out: Statement[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim()) out.push({ text: piece.slice(lead), start: start + lead });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') {
      if (++depth > MAX_DEPTH)
        throw new ExprError(`parentheses nested more than ${MAX_DEPTH} deep`, i);
    } else if (c === ')') depth--;
    else if ((c === ';' || c === '\n') && depth <= 0) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return out;
}

function parseStatement(text: string, offset: number): MathNode {
  try {
    return mathjs.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const char = (error as { char?: number }).char;
    const at = typeof char === 'number' ? Math.max(0, Math.min(text.length, char - 1)) : 0;
    throw new ExprError(
      excerpt(message.replace(/\s*\(char \d+\)$/, ''), { max: 160 }),
      offset + at,
    );
  }
}

/** The first occurrence of `name` as a whole word at or after `from`. */
function locate(text: string, name: string, from: number): number {
  if (!name) return from;
  if (!/^\w+$/.test(name)) {
    const at = text.indexOf(name, from);
    return at < 0 ? from : at;
  }
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?<![A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`).exec(text.slice(from));
  return match ? from + match.index : from;
}

function isReserved(name: string, context: ExprContext): boolean {
  return (
    context.variables.some((names) => names.includes(name)) ||
    context.params.has(name) ||
    Object.hasOwn(CONSTANTS, name) ||
    Object.hasOwn(FUNCTIONS, name)
  );
}

type Locate = (name: string) => number;

function toExpr(
  node: MathNode,
  context: ExprContext,
  defined: ReadonlyMap<string, Expr>,
  where: Locate,
  depth: number,
): Expr {
  if (depth > MAX_DEPTH)
    throw new ExprError(`the expression is nested more than ${MAX_DEPTH} levels deep`, where(''));
  const recurse = (n: MathNode) => toExpr(n, context, defined, where, depth + 1);
  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case 'ParenthesisNode':
      return recurse(n.content as MathNode);
    case 'ConstantNode': {
      const value = n.value;
      if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > 1e30)
        throw new ExprError(
          `${quoted(String(value), 40)} is not a number in the float range (|x| <= 1e30)`,
          where(String(value)),
        );
      return { kind: 'num', value };
    }
    case 'SymbolNode':
      return symbol(n.name as string, context, defined, where);
    case 'OperatorNode': {
      const args = (n.args as MathNode[]).map(recurse);
      if (n.implicit)
        throw new ExprError(
          'write "*" between factors (implicit multiplication is not allowed)',
          where(''),
        );
      if (n.fn === 'unaryMinus') return { kind: 'neg', arg: args[0]! };
      if (n.fn === 'unaryPlus') return args[0]!;
      const op = OPERATORS[n.fn as string];
      if (!op || args.length !== 2)
        throw new ExprError(
          `the operator "${String(n.op)}" is not allowed (use + - * / ^)`,
          where(String(n.op)),
        );
      if (op === '/' && isZero(args[1]!)) throw new ExprError('division by zero', where('/'));
      return { kind: 'bin', op, a: args[0]!, b: args[1]! };
    }
    case 'FunctionNode': {
      const fnNode = n.fn as MathNode & { name?: string };
      const name = fnNode.type === 'SymbolNode' ? fnNode.name! : '';
      // Own keys only: "constructor" or "toString" is not a function of the grammar.
      const spec = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
      if (!spec)
        throw new ExprError(
          name ? `unknown function ${quoted(name, 40)}` : 'only named functions can be called',
          where(name),
          Math.max(1, name.length),
        );
      const args = (n.args as MathNode[]).map(recurse);
      if (!spec.arity.includes(args.length))
        throw new ExprError(
          `${name} takes ${spec.arity.join(' or ')} argument${spec.arity.at(-1) === 1 ? '' : 's'}, got ${args.length}`,
          where(name),
          name.length,
        );
      if (name === 'mod' && isZero(args[1]!)) throw new ExprError('mod by zero', where(name), 3);
      return { kind: 'call', fn: name, args };
    }
    default:
      throw new ExprError(
        `${quoted(node.toString(), 40)} is not allowed in an expression`,
        where(''),
      );
  }
}

function symbol(
  name: string,
  context: ExprContext,
  defined: ReadonlyMap<string, Expr>,
  where: Locate,
): Expr {
  const index = context.variables.findIndex((names) => names.includes(name));
  if (index >= 0) return { kind: 'var', index: index as 0 | 1 };
  const definition = defined.get(name);
  if (definition) return definition;
  const uniform = context.params.get(name);
  if (uniform) return { kind: 'param', uniform };
  if (Object.hasOwn(CONSTANTS, name)) return { kind: 'num', value: CONSTANTS[name]! };
  const known = [...context.variables.flat(), ...context.params.keys(), ...defined.keys()];
  throw new ExprError(
    `unknown name ${quoted(name, 40)} (known here: ${nameList(known) || 'none'})`,
    where(name),
    name.length,
  );
}

function isZero(e: Expr): boolean {
  return e.kind === 'num' && e.value === 0;
}

/**
 * Checks a formula given in a file header; a problem becomes `message (at character N)`
 * for the caller's HeaderError, so a bad formula names its file and field.
 */
export function formulaProblem(text: string, context: ExprContext): string | undefined {
  try {
    parseExpression(text, context);
    return undefined;
  } catch (error) {
    if (!(error instanceof ExprError)) throw error;
    return `${error.message} (at character ${error.position})`;
  }
}
