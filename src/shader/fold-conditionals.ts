/**
 * Resolves the preprocessor's conditionals in an assembled shader whose defines are all
 * known (the preamble's and the files' own `#define`s): the lines of the branches not
 * taken go, the `#if` / `#elif` / `#else` / `#endif` lines go, `#define`s stay. What is
 * left is the text the compiler would have seen, for an exported shader to start from.
 * Conditions may use integers, defined names, `defined(X)`, ! == != < > <= >= && || ().
 */
import type { LineOrigin } from './assemble';

export interface SourceLine {
  readonly text: string;
  readonly origin: LineOrigin;
}

interface Branch {
  /** The enclosing text is live. */
  readonly outer: boolean;
  /** This branch's lines are kept. */
  live: boolean;
  /** Some branch of this #if has been taken (later #elif / #else are not). */
  taken: boolean;
}

const DIRECTIVE = /^\s*#\s*(\w+)\s*(.*)$/;

export function foldConditionals(lines: readonly SourceLine[]): SourceLine[] {
  const defines = new Map<string, string>();
  const stack: Branch[] = [];
  const out: SourceLine[] = [];
  const live = () => stack.every((b) => b.live);
  const where = (line: SourceLine) => `${line.origin.file}:${line.origin.line}`;
  for (const line of lines) {
    const directive = DIRECTIVE.exec(line.text);
    if (!directive) {
      if (live()) out.push(line);
      continue;
    }
    const [, name, rawRest] = directive as unknown as [string, string, string];
    const rest = rawRest.replace(/\/\/.*$/, '').trim();
    const test = (): boolean => {
      if (name === 'ifdef') return defines.has(rest);
      if (name === 'ifndef') return !defines.has(rest);
      return evaluate(rest, defines, where(line)) !== 0;
    };
    switch (name) {
      case 'if':
      case 'ifdef':
      case 'ifndef': {
        const outer = live();
        const taken = outer && test();
        stack.push({ outer, live: taken, taken });
        break;
      }
      case 'elif':
      case 'else': {
        const branch = stack.at(-1);
        if (!branch) throw new Error(`${where(line)}: #${name} without #if`);
        const take = branch.outer && !branch.taken && (name === 'else' || test());
        branch.live = take;
        branch.taken ||= take;
        break;
      }
      case 'endif':
        if (!stack.pop()) throw new Error(`${where(line)}: #endif without #if`);
        break;
      default:
        if (!live()) break;
        if (name === 'error') throw new Error(`${where(line)}: #error ${rest}`);
        if (name === 'define') {
          const [, id, value] = /^(\w+)\s*(.*)$/.exec(rest) ?? [];
          if (id) defines.set(id, value ?? '');
        }
        if (name === 'undef') defines.delete(rest);
        out.push(line);
    }
  }
  if (stack.length) throw new Error('an #if has no #endif');
  return out;
}

const TOKEN = /\s*(defined|[A-Za-z_]\w*|\d+|==|!=|<=|>=|&&|\|\||[()!<>])/y;

/** The integer value of a condition; names with no numeric value count 0, as in C. */
function evaluate(text: string, defines: ReadonlyMap<string, string>, where: string): number {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) {
      if (text.slice(at).trim() === '') break;
      throw new Error(`${where}: cannot read the condition "${text}"`);
    }
    tokens.push(match[1]!);
  }
  let i = 0;
  const peek = () => tokens[i];
  const expect = (t: string) => {
    if (tokens[i++] !== t) throw new Error(`${where}: expected "${t}" in "${text}"`);
  };
  const nameValue = (id: string, depth = 0): number => {
    const value = defines.get(id)?.trim();
    if (value === undefined || depth > 16) return 0;
    if (/^\d+$/.test(value)) return Number(value);
    return /^[A-Za-z_]\w*$/.test(value) ? nameValue(value, depth + 1) : 0;
  };
  const primary = (): number => {
    const t = tokens[i++];
    if (t === undefined) throw new Error(`${where}: the condition "${text}" ends too soon`);
    if (t === '(') {
      const v = or();
      expect(')');
      return v;
    }
    if (t === '!') return primary() ? 0 : 1;
    if (t === 'defined') {
      const paren = peek() === '(';
      if (paren) i++;
      const id = tokens[i++] ?? '';
      if (paren) expect(')');
      return defines.has(id) ? 1 : 0;
    }
    if (/^\d+$/.test(t)) return Number(t);
    if (/^[A-Za-z_]/.test(t)) return nameValue(t);
    throw new Error(`${where}: unexpected "${t}" in "${text}"`);
  };
  const binary = (next: () => number, ops: Record<string, (a: number, b: number) => boolean>) =>
    function level(): number {
      let v = next();
      while (peek()! in ops) v = ops[tokens[i++]!]!(v, next()) ? 1 : 0;
      return v;
    };
  const compare = binary(primary, {
    '<': (a, b) => a < b,
    '>': (a, b) => a > b,
    '<=': (a, b) => a <= b,
    '>=': (a, b) => a >= b,
  });
  const equal = binary(compare, { '==': (a, b) => a === b, '!=': (a, b) => a !== b });
  const and = binary(equal, { '&&': (a, b) => a !== 0 && b !== 0 });
  const or = binary(and, { '||': (a, b) => a !== 0 || b !== 0 });
  const value = or();
  if (i !== tokens.length) throw new Error(`${where}: cannot read the condition "${text}"`);
  return value;
}
