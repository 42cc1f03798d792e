import type { LineOrigin } from './assemble';
import type { SourceFiles } from './sources';

/** One compiler message, located in the project file that holds the offending line. */
export interface ShaderDiagnostic {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  /** 1-based line in `file`; 0 when the compiler gave no usable line. */
  readonly line: number;
  readonly message: string;
  /** The info log line as the browser wrote it. */
  readonly raw: string;
}

export interface ParsedInfoLog {
  readonly diagnostics: ShaderDiagnostic[];
  /** Log lines that matched no known format, kept verbatim so nothing is hidden. */
  readonly unparsed: string[];
}

// ANGLE / Chromium: `ERROR: 0:42: 'foo' : undeclared identifier`. Some drivers omit the
// source-string number (`ERROR: 42: ...`) or write `0(42) : error ...`; accept those too.
const ANGLE = /^(ERROR|WARNING):\s*(?:(\d+):)?(\d+):\s?(.*)$/i;
const PAREN = /^(?:\d+)\((\d+)\)\s*:\s*(error|warning)\b[^:]*:\s?(.*)$/i;

/** Turns every line of a browser info log into a diagnostic mapped through `lineMap`. */
export function parseInfoLog(log: string, lineMap: readonly LineOrigin[]): ParsedInfoLog {
  const diagnostics: ShaderDiagnostic[] = [];
  const unparsed: string[] = [];
  for (const raw of log.split(/\r?\n/)) {
    const text = raw.replace(/\0/g, '').trimEnd();
    if (!text.trim()) continue;
    const angle = ANGLE.exec(text);
    const paren = angle ? null : PAREN.exec(text);
    if (!angle && !paren) {
      unparsed.push(text);
      continue;
    }
    const severity = (angle ? angle[1]! : paren![2]!).toLowerCase() as 'error' | 'warning';
    const assembledLine = Number(angle ? angle[3] : paren![1]);
    const message = (angle ? angle[4]! : paren![3]!).trim();
    const origin = lineMap[assembledLine - 1];
    diagnostics.push({
      severity,
      file: origin?.file ?? '<shader>',
      line: origin?.line ?? 0,
      message,
      raw: text,
    });
  }
  return { diagnostics, unparsed };
}

/**
 * `file:line: message` followed by two lines of context either side and a caret under
 * the token the compiler quoted (`'foo' : ...`), or under the line's first character.
 */
export function formatDiagnostic(d: ShaderDiagnostic, files: SourceFiles): string {
  const head = `${d.file}:${d.line}: ${d.severity}: ${d.message}`;
  const lines = files.get(d.file)?.split(/\r?\n/);
  if (!lines || d.line < 1 || d.line > lines.length) return head;

  const first = Math.max(1, d.line - 2);
  const last = Math.min(lines.length, d.line + 2);
  const width = String(last).length;
  const out = [head];
  for (let n = first; n <= last; n++) {
    const text = lines[n - 1]!;
    out.push(`${n === d.line ? '>' : ' '} ${String(n).padStart(width)} | ${text}`);
    if (n === d.line) {
      const column = caretColumn(text, d.message);
      const span = Math.max(1, quotedToken(d.message)?.length ?? 1);
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(column)}${'^'.repeat(span)}`);
    }
  }
  return out.join('\n');
}

function quotedToken(message: string): string | undefined {
  const token = /'([^']+)'/.exec(message)?.[1];
  return token?.trim() ? token : undefined;
}

function caretColumn(text: string, message: string): number {
  const token = quotedToken(message);
  const at = token ? findToken(text, token) : -1;
  return at >= 0 ? at : text.length - text.trimStart().length;
}

/** First occurrence of `token` not embedded in a longer identifier. */
function findToken(text: string, token: string): number {
  const word = /^\w+$/.test(token);
  for (let i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + 1)) {
    if (!word) return i;
    const before = text[i - 1] ?? ' ';
    const after = text[i + token.length] ?? ' ';
    if (!/\w/.test(before) && !/\w/.test(after)) return i;
  }
  return -1;
}

/** All diagnostics and unparsed lines of a log as one readable block. */
export function formatInfoLog(parsed: ParsedInfoLog, files: SourceFiles): string {
  return [...parsed.diagnostics.map((d) => formatDiagnostic(d, files)), ...parsed.unparsed].join(
    '\n\n',
  );
}
