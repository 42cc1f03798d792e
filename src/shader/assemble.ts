import { generatePreamble, type Defines } from './preamble';
import { resolveInclude, type SourceFiles } from './sources';

/** Where one line of an assembled shader came from (1-based line). */
export interface LineOrigin {
  readonly file: string;
  readonly line: number;
}

export interface AssembledShader {
  readonly source: string;
  /** `lineMap[n - 1]` is the origin of assembled line `n`. */
  readonly lineMap: readonly LineOrigin[];
  /** Every file that went in, in first-inclusion order (the root first). */
  readonly files: readonly string[];
  /** Number of generated lines before the root file's first line. */
  readonly preambleLines: number;
}

/** A problem found while assembling, located in the file that caused it. */
export class ShaderAssemblyError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'ShaderAssemblyError';
  }
}

export const PREAMBLE_FILE = '<preamble>';
const INCLUDE = /^\s*#\s*include\b(.*)$/;
const INCLUDE_ARG = /^\s*"([^"]+)"\s*(\/\/.*)?$/;

export interface AssembleOptions {
  /** Every file that may be included, keyed by repository-relative path. */
  files: SourceFiles;
  /** The root: a file key, or a generated file given by name and text. */
  root: string | { name: string; text: string };
  defines?: Defines;
}

/**
 * Expands `#include "path"` recursively behind a generated preamble. Each file goes in
 * once (later includes of it become a comment); an include of a file that is still being
 * expanded is a cycle and an error, as is an include that names no file.
 */
export function assembleShader({ files, root, defines = {} }: AssembleOptions): AssembledShader {
  const rootName = typeof root === 'string' ? root : root.name;
  const rootText = typeof root === 'string' ? files.get(root) : root.text;
  if (rootText === undefined) throw new ShaderAssemblyError(rootName, 0, 'no such shader file');

  const preamble = generatePreamble(defines);
  const out: string[] = [...preamble];
  const lineMap: LineOrigin[] = preamble.map((_, i) => ({ file: PREAMBLE_FILE, line: i + 1 }));
  const included: string[] = [];
  const stack: string[] = [];

  const expand = (name: string, text: string): void => {
    included.push(name);
    stack.push(name);
    text.split(/\r?\n/).forEach((lineText, index) => {
      const line = index + 1;
      const include = INCLUDE.exec(lineText);
      if (!include) {
        out.push(lineText);
        lineMap.push({ file: name, line });
        return;
      }
      const arg = INCLUDE_ARG.exec(include[1]!);
      if (!arg) throw new ShaderAssemblyError(name, line, 'expected #include "path"');
      const target = resolveInclude(files, name, arg[1]!);
      if (target === undefined)
        throw new ShaderAssemblyError(name, line, `unknown include "${arg[1]}"`);
      if (stack.includes(target)) {
        const chain = [...stack.slice(stack.indexOf(target)), target].join(' -> ');
        throw new ShaderAssemblyError(name, line, `include cycle: ${chain}`);
      }
      if (!included.includes(target)) expand(target, files.get(target)!);
      else {
        // Keep the line so the assembled text reads like the source.
        out.push(`// ${lineText.trim()}: already included`);
        lineMap.push({ file: name, line });
      }
    });
    stack.pop();
  };
  expand(rootName, rootText);

  return { source: out.join('\n'), lineMap, files: included, preambleLines: preamble.length };
}
