import { HeaderError, idField, readHeader, stringField } from '../shader/file-header';

/** What a scene file says about itself in its leading `/*{ ... }*\/` JSON comment. */
export interface SceneInfo {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Repository-relative path of the scene file. */
  readonly file: string;
}

/** Reads and checks the header of one scene file. Throws HeaderError naming the field. */
export function parseSceneHeader(file: string, text: string): SceneInfo {
  const header = readHeader(file, text, ['id', 'name', 'description']);
  const id = idField(file, header);
  const name = stringField(file, header, 'name');
  const description = stringField(file, header, 'description', { optional: true });
  if (!/\bsdgScene\b/.test(text) || !/\bsceneColor\b/.test(text))
    throw new HeaderError(file, 'source', 'must define sdgScene(vec2) and sceneColor(vec2)');
  return { id, name, description, file };
}
