import { HeaderError } from '../shader/file-header';
import type { SourceFiles } from '../shader/sources';
import { parseSceneHeader, type SceneInfo } from './scene-header';

/** Every `scenes/**.glsl` file with a valid header, by id. No central list to edit. */
export function sceneCatalog(files: SourceFiles): {
  scenes: Map<string, SceneInfo>;
  rejected: HeaderError[];
} {
  const scenes = new Map<string, SceneInfo>();
  const rejected: HeaderError[] = [];
  for (const [file, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (!file.startsWith('scenes/')) continue;
    try {
      const info = parseSceneHeader(file, text);
      const clash = scenes.get(info.id);
      if (clash) throw new HeaderError(file, 'id', `"${info.id}" is already used by ${clash.file}`);
      scenes.set(info.id, info);
    } catch (error) {
      if (!(error instanceof HeaderError)) throw error;
      rejected.push(error);
    }
  }
  return { scenes, rejected };
}
