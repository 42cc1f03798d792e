import { z } from 'zod';
import { expressionParams } from '../expr/expr-params';
import { formulaProblem, type ExprContext } from '../expr/parse';
import { paramListSchema, withUniforms, type ParamSpec } from '../shader/params';
import { HeaderError, idSchema, parseHeader, textSchema } from '../shader/file-header';
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
  /** A warp declares its own uniforms, so each names its uniform explicitly. */
  readonly params: readonly ParamSpec[];
  /** `u; v` as an expression of x, y and the params: the autodiff form of the warp. */
  readonly expr?: string;
}

const warpHeaderSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  description: textSchema.optional(),
  fn: z.string().refine(isGlslIdentifier, 'must be a GLSL identifier'),
  expr: z.string().min(1).max(8000).optional(),
  params: paramListSchema
    .refine((list) => list.every((p) => p.uniform), 'every warp parameter names its uniform')
    .optional(),
});

export function parseWarpHeader(file: string, text: string): WarpInfo {
  const header = parseHeader(file, text, warpHeaderSchema);
  const { id, name, fn } = header;
  if (!new RegExp(`\\bvec2\\s+${fn}\\s*\\(`).test(text))
    throw new HeaderError(file, 'fn', `no function "vec2 ${fn}(vec2 p, out mat2 J)" in the file`);
  const params = withUniforms(header.params ?? []);
  const { expr } = header;
  const problem =
    expr === undefined ? undefined : formulaProblem(expr, warpExpressionContext(params));
  if (problem) throw new HeaderError(file, 'expr', problem);
  return { id, name, description: header.description ?? '', fn, file, params, expr };
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

/** What a warp expression may name: x, y and the warp's parameters; it has two outputs. */
export function warpExpressionContext(params: readonly ParamSpec[]): ExprContext {
  return { variables: [['x'], ['y']], params: expressionParams(params), outputs: 2 };
}
