import { sceneCatalog } from './scenes/scene-catalog';
import type { SceneInfo } from './scenes/scene-header';
import type { HeaderError } from './shader/file-header';
import type { SourceFiles } from './shader/sources';
import { warpCatalog, type WarpInfo } from './warps/warp-catalog';

/** The shader files and what was discovered in them; replaced whole when a file changes. */
export interface ShaderLibrary {
  readonly files: SourceFiles;
  readonly scenes: ReadonlyMap<string, SceneInfo>;
  readonly warps: ReadonlyMap<string, WarpInfo>;
  /** Scene and warp files left out, with the reason (bad header, duplicate id). */
  readonly rejected: readonly HeaderError[];
}

export function createLibrary(files: SourceFiles): ShaderLibrary {
  const scenes = sceneCatalog(files);
  const warps = warpCatalog(files);
  return {
    files,
    scenes: scenes.scenes,
    warps: warps.warps,
    rejected: [...scenes.rejected, ...warps.rejected],
  };
}
