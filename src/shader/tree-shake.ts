/**
 * Keeps only what a shader uses. The folded text (fold-conditionals.ts) is cut into its
 * top-level items (functions, structs, declarations, `#define`s), each with the comment
 * lines just above it; starting from the roots, every item that defines a name a kept
 * item mentions is kept too. A file's leading comment block is its header: it stays when
 * anything of that file does. JSON headers (`/*{ ... }*\/`) are metadata and go.
 */
import type { SourceLine } from './fold-conditionals';

export interface ShaderItem {
  readonly file: string;
  /** Comment lines just above the item. */
  readonly comments: readonly string[];
  readonly lines: string[];
  /** The names it defines: a function's, a struct's, a declaration's, a macro's. */
  readonly names: readonly string[];
  readonly kind: 'function' | 'struct' | 'declaration' | 'directive';
}

export interface ShakenShader {
  readonly items: ShaderItem[];
  /** Each file's leading comment block, by file. */
  readonly headers: ReadonlyMap<string, readonly string[]>;
}

const IDENT = /[A-Za-z_]\w*/g;
const ALREADY_INCLUDED = /^\/\/ #include .*: already included$/;

/** Code with comments removed, for names and structure (strings do not occur in GLSL). */
function stripComments(text: string, inBlock: boolean): { code: string; inBlock: boolean } {
  let code = '';
  let i = 0;
  while (i < text.length) {
    if (inBlock) {
      const end = text.indexOf('*/', i);
      if (end < 0) return { code, inBlock: true };
      i = end + 2;
      inBlock = false;
    } else if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end;
    } else if (text.startsWith('/*', i)) {
      inBlock = true;
      i += 2;
    } else code += text[i++];
  }
  return { code, inBlock };
}

function namesOf(code: string, kind: ShaderItem['kind']): string[] {
  if (kind === 'directive') {
    const define = /^\s*#\s*define\s+(\w+)/.exec(code);
    return define ? [define[1]!] : [];
  }
  if (kind === 'struct') return [/struct\s+(\w+)/.exec(code)![1]!];
  if (kind === 'function') return [/(\w+)\s*\(/.exec(code)![1]!];
  // A declaration: the identifier before each declarator's `=`, `[` or end.
  const body = code.replace(/\([^()]*\)/g, '()');
  return body
    .replace(/;\s*$/, '')
    .split(',')
    .map((part) => /(\w+)\s*(\[[^\]]*\])?\s*(=.*)?$/.exec(part.split('=')[0]!.trim())?.[1])
    .filter((n): n is string => n !== undefined);
}

function kindOf(code: string): ShaderItem['kind'] {
  if (/^\s*(#|precision\b)/.test(code)) return 'directive';
  if (/^\s*struct\b/.test(code)) return 'struct';
  // A function: `type name(` before any `=` or `;` (a prototype counts as one too).
  return /^[^=;]*\b\w+\s*\([^;]*(\{|\)\s*;)/s.test(code) ? 'function' : 'declaration';
}

/** Cuts folded lines into items; comments between items attach to the next one. */
export function splitItems(lines: readonly SourceLine[]): ShakenShader {
  const items: ShaderItem[] = [];
  const headers = new Map<string, string[]>();
  const filesWithCode = new Set<string>();
  let comments: string[] = [];
  let inBlock = false;
  let jsonHeader = false;
  let current: { file: string; lines: string[]; code: string; depth: number } | undefined;
  for (const { text, origin } of lines) {
    if (current) {
      const stripped = stripComments(text, inBlock);
      inBlock = stripped.inBlock;
      current.lines.push(text);
      current.code += `\n${stripped.code}`;
      current.depth += depthChange(stripped.code);
      if (current.depth <= 0 && /[;}]\s*$/.test(current.code)) {
        const kind = kindOf(current.code);
        items.push({ ...current, comments, names: namesOf(current.code, kind), kind });
        comments = [];
        current = undefined;
      }
      continue;
    }
    const trimmed = text.trim();
    if (jsonHeader || (!inBlock && trimmed.startsWith('/*{'))) {
      jsonHeader = !trimmed.endsWith('}*/');
      continue;
    }
    const stripped = stripComments(text, inBlock);
    inBlock = stripped.inBlock;
    if (stripped.code.trim() === '') {
      if (trimmed === '' || ALREADY_INCLUDED.test(trimmed)) {
        // A blank line ends a file's header block.
        if (!filesWithCode.has(origin.file) && headers.has(origin.file))
          filesWithCode.add(origin.file);
        continue;
      }
      if (!filesWithCode.has(origin.file)) {
        const header = headers.get(origin.file) ?? [];
        headers.set(origin.file, [...header, text]);
      } else comments.push(text);
      continue;
    }
    filesWithCode.add(origin.file);
    const code = stripped.code;
    const directive = /^\s*#/.test(code);
    current = { file: origin.file, lines: [text], code, depth: depthChange(code) };
    if (directive || (current.depth <= 0 && /[;}]\s*$/.test(code))) {
      const kind = kindOf(code);
      items.push({ ...current, comments, names: namesOf(code, kind), kind });
      comments = [];
      current = undefined;
    }
  }
  return { items, headers };
}

function depthChange(code: string): number {
  let depth = 0;
  for (const c of code) depth += c === '{' ? 1 : c === '}' ? -1 : 0;
  return depth;
}

/** The identifiers an item's code mentions (not member names after a `.`). */
function mentions(item: ShaderItem): Set<string> {
  const code = stripComments(item.lines.join('\n'), false).code;
  const found = new Set<string>();
  for (const match of code.matchAll(IDENT)) if (code[match.index - 1] !== '.') found.add(match[0]);
  return found;
}

/**
 * The items reachable from `roots` (names) and from items that define no name (precision
 * statements, `#version`), in their original order.
 */
export function shake(shader: ShakenShader, roots: readonly string[]): ShakenShader {
  const byName = new Map<string, ShaderItem[]>();
  for (const item of shader.items)
    for (const name of item.names) byName.set(name, [...(byName.get(name) ?? []), item]);
  const kept = new Set<ShaderItem>(
    shader.items.filter((item) => item.names.length === 0 && item.kind !== 'declaration'),
  );
  const queue = [...kept, ...roots.flatMap((name) => byName.get(name) ?? [])];
  while (queue.length) {
    const item = queue.pop()!;
    kept.add(item);
    for (const name of mentions(item))
      for (const other of byName.get(name) ?? []) if (!kept.has(other)) queue.push(other);
  }
  const items = shader.items.filter((item) => kept.has(item));
  const files = new Set(items.map((item) => item.file));
  const headers = new Map([...shader.headers].filter(([file]) => files.has(file)));
  return { items, headers };
}
