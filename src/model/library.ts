import { sceneCatalog } from '../catalog/scene-catalog';
import type { SceneInfo } from '../catalog/scene-header';
import { CUSTOM_SCENE, CUSTOM_WARP, OPTIMISE_SCENE } from '../variant/expression-variants';
import { sceneDefaultsProblems } from './scene-defaults';
import { HeaderError } from '../shader/file-header';
import { DEFAULT_STATE } from './state';
import type { SourceFiles } from '../shader/sources';
import { warpCatalog, type WarpInfo } from '../catalog/warp-catalog';

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
  const rejected: HeaderError[] = [...scenes.rejected, ...warps.rejected];
  // The formula-driven entries are always there; a file cannot take their id.
  for (const [catalogue, entry, kind] of [
    [scenes.scenes, CUSTOM_SCENE, 'scene'],
    [scenes.scenes, OPTIMISE_SCENE, 'scene'],
    [warps.warps, CUSTOM_WARP, 'warp'],
  ] as const) {
    const taken = catalogue.get(entry.id);
    if (taken)
      rejected.push(
        new HeaderError(taken.file, 'id', `"${entry.id}" is reserved for the formula ${kind}`),
      );
    (catalogue as Map<string, typeof entry>).set(entry.id, entry);
  }
  // A scene's defaults name a warp and its parameters: check them once both catalogues exist.
  const known = { scenes: scenes.scenes, warps: warps.warps };
  for (const scene of [...scenes.scenes.values()]) {
    const problem = sceneDefaultsProblems(scene, known, DEFAULT_STATE)[0];
    if (!problem) continue;
    scenes.scenes.delete(scene.id);
    // `warp: unknown warp ...` -> field `defaults.warp`, detail `unknown warp ...`.
    const colon = problem.indexOf(': ');
    rejected.push(
      new HeaderError(scene.file, `defaults.${problem.slice(0, colon)}`, problem.slice(colon + 2)),
    );
  }
  return { files, scenes: scenes.scenes, warps: warps.warps, rejected };
}
