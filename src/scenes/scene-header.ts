/** What a scene file says about itself in its leading `/*{ ... }*\/` JSON comment. */
export interface SceneInfo {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Repository-relative path of the scene file. */
  readonly file: string;
}

export class SceneHeaderError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field}: ${detail}`);
    this.name = 'SceneHeaderError';
  }
}

const HEADER = /^\s*\/\*\s*(\{[\s\S]*?\})\s*\*\//;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Reads and checks the header of one scene file. Throws SceneHeaderError naming the field. */
export function parseSceneHeader(file: string, text: string): SceneInfo {
  const match = HEADER.exec(text);
  if (!match) throw new SceneHeaderError(file, 'header', 'expected a leading /*{ JSON }*/ comment');
  let json: unknown;
  try {
    json = JSON.parse(match[1]!);
  } catch (error) {
    throw new SceneHeaderError(file, 'header', `invalid JSON (${(error as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new SceneHeaderError(file, 'header', 'must be a JSON object');
  const header = json as Record<string, unknown>;
  const known = new Set(['id', 'name', 'description']);
  for (const key of Object.keys(header))
    if (!known.has(key)) throw new SceneHeaderError(file, key, 'unknown field');

  const id = stringField(file, header, 'id');
  if (!ID.test(id))
    throw new SceneHeaderError(file, 'id', 'use lower-case letters, digits and dashes (max 64)');
  const name = stringField(file, header, 'name');
  const description =
    header.description === undefined ? '' : stringField(file, header, 'description');
  if (!/\bsdgScene\b/.test(text) || !/\bsceneColor\b/.test(text))
    throw new SceneHeaderError(file, 'source', 'must define sdgScene(vec2) and sceneColor(vec2)');
  return { id, name, description, file };
}

function stringField(file: string, header: Record<string, unknown>, key: string): string {
  const value = header[key];
  if (typeof value !== 'string' || !value.trim())
    throw new SceneHeaderError(file, key, 'must be a non-empty string');
  if (value.length > 500) throw new SceneHeaderError(file, key, 'longer than 500 characters');
  return value;
}
