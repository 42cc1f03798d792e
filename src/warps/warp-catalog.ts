import { parseParamSpecs, type ParamSpec } from '../params';
import { HeaderError, idField, readHeader, stringField } from '../shader/file-header';
import { isGlslIdentifier } from '../shader/preamble';
import type { SourceFiles } from '../shader/sources';

/** A coordinate warp, read from the JSON header of its file under `shaders/warp/`. */
export interface WarpInfo {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** `vec2 fn(vec2 p, out mat2 J)`, defined in `file`. */
  readonly fn: string;
  /** Repository-relative path. */
  readonly file: string;
  readonly params: readonly ParamSpec[];
}

export function parseWarpHeader(file: string, text: string): WarpInfo {
  const header = readHeader(file, text, ['id', 'name', 'description', 'fn', 'params']);
  const id = idField(file, header);
  const name = stringField(file, header, 'name');
  const description = stringField(file, header, 'description', { optional: true });
  const fn = stringField(file, header, 'fn');
  if (!isGlslIdentifier(fn)) throw new HeaderError(file, 'fn', 'must be a GLSL identifier');
  if (!new RegExp(`\\bvec2\\s+${fn}\\s*\\(`).test(text))
    throw new HeaderError(file, 'fn', `no function "vec2 ${fn}(vec2 p, out mat2 J)" in the file`);
  return { id, name, description, fn, file, params: parseParamSpecs(file, header.params) };
}

/** Every warp file with a valid header, identity first, then by name. */
export function warpCatalog(files: SourceFiles): {
  warps: Map<string, WarpInfo>;
  rejected: HeaderError[];
} {
  const found: WarpInfo[] = [];
  const rejected: HeaderError[] = [];
  for (const [file, text] of files) {
    if (!file.startsWith('shaders/warp/')) continue;
    try {
      const info = parseWarpHeader(file, text);
      const clash = found.find((w) => w.id === info.id);
      if (clash) throw new HeaderError(file, 'id', `"${info.id}" is already used by ${clash.file}`);
      found.push(info);
    } catch (error) {
      if (!(error instanceof HeaderError)) throw error;
      rejected.push(error);
    }
  }
  found.sort((a, b) =>
    a.id === 'identity' ? -1 : b.id === 'identity' ? 1 : a.name.localeCompare(b.name),
  );
  return { warps: new Map(found.map((w) => [w.id, w])), rejected };
}
