import type { SourceFiles } from '../shader/sources';
import { parseSceneHeader, SceneHeaderError, type SceneInfo } from './scene-header';

export interface SceneCatalog {
  readonly scenes: ReadonlyMap<string, SceneInfo>;
  /** Files that were left out, with the reason (bad header, duplicate id). */
  readonly rejected: readonly SceneHeaderError[];
}

/** Every `scenes/**.glsl` file with a valid header, by id. No central list to edit. */
export function sceneCatalog(files: SourceFiles): SceneCatalog {
  const scenes = new Map<string, SceneInfo>();
  const rejected: SceneHeaderError[] = [];
  for (const [file, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (!file.startsWith('scenes/')) continue;
    try {
      const info = parseSceneHeader(file, text);
      const clash = scenes.get(info.id);
      if (clash)
        throw new SceneHeaderError(file, 'id', `"${info.id}" is already used by ${clash.file}`);
      scenes.set(info.id, info);
    } catch (error) {
      if (!(error instanceof SceneHeaderError)) throw error;
      rejected.push(error);
    }
  }
  return { scenes, rejected };
}
