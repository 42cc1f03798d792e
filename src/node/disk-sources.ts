import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { normalizeKey, SOURCE_ROOTS } from '../shader/sources';

/** The same file set as `bundledSources()`, read from disk for node tools and tests. */
export function diskSources(repoRoot: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.glsl'))
        files.set(normalizeKey(relative(repoRoot, path)), readFileSync(path, 'utf8'));
    }
  };
  for (const root of SOURCE_ROOTS) walk(join(repoRoot, root));
  return files;
}
