/**
 * Shader source files, keyed by their path relative to the repository root
 * (`shaders/sdf/circle.glsl`, `scenes/circle.glsl`). The viewer fills this from Vite's
 * `import.meta.glob`; node tools read the same folders from disk (see `disk-sources.ts`).
 */
export type SourceFiles = ReadonlyMap<string, string>;

/** Folders that hold GLSL, relative to the repository root. */
export const SOURCE_ROOTS = ['shaders', 'scenes'] as const;

/** `/shaders/a/b.glsl`, `./shaders\\a\\b.glsl` -> `shaders/a/b.glsl`. */
export function normalizeKey(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.?\//, '');
}

/**
 * Resolves `#include "path"` written in `fromFile`.
 * `./x` and `../x` are relative to the including file; anything else is looked up under
 * `shaders/` first, then from the repository root (so `scenes/circle.glsl` works too).
 * Returns undefined when no such file exists.
 */
export function resolveInclude(
  files: SourceFiles,
  fromFile: string,
  includePath: string,
): string | undefined {
  const candidates: string[] = [];
  if (includePath.startsWith('./') || includePath.startsWith('../')) {
    const dir = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/')) : '';
    candidates.push(joinPath(dir, includePath));
  } else {
    candidates.push(`shaders/${includePath}`, includePath);
  }
  return candidates.map(normalizeKey).find((key) => files.has(key));
}

function joinPath(dir: string, relative: string): string {
  const parts = dir ? dir.split('/') : [];
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
