import { sceneCatalog, type SceneCatalog } from './scenes/scene-catalog';
import type { SourceFiles } from './shader/sources';
import { WARPS } from './warps/warp-catalog';

/** The shader files and what was discovered in them; replaced whole when a file changes. */
export interface ShaderLibrary extends SceneCatalog {
  readonly files: SourceFiles;
}

export function createLibrary(files: SourceFiles): ShaderLibrary {
  return { files, ...sceneCatalog(files) };
}

export function knownIds(library: ShaderLibrary): { scenes: Set<string>; warps: Set<string> } {
  return { scenes: new Set(library.scenes.keys()), warps: new Set(WARPS.map((w) => w.id)) };
}
