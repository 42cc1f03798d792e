import { z } from 'zod';
import { fieldExpressionContext } from '../expr/generated-sources';
import { MAX_EXPRESSION_CHARS } from '../expr/grammar';
import { formulaProblem } from '../expr/parse';
import { paramListSchema, withUniforms, type ParamSpec } from '../shader/params';
import { HeaderError, idSchema, parseHeader, textSchema } from '../shader/file-header';
import { AA_FILTERS, AA_SOURCES, FADE_RANGE, STROKE_RANGE, ZOOM_RANGE } from './aa-methods';

/** What a scene file says about itself in its leading `/*{ ... }*\/` JSON comment. */
export interface SceneInfo {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Repository-relative path of the scene file (or `scenes/external/<name>` when dropped in). */
  readonly file: string;
  readonly params: readonly ParamSpec[];
  /**
   * The field as an expression of u, v and the params (src/expr/): the host generates
   * sdgScene from it, with exact gradients and Hessians. The file then needs only sceneColor.
   */
  readonly field?: string;
  /** What picking the scene sets: its warp, view and antialiasing, when given. */
  readonly defaults: SceneDefaults;
}

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

const defaultsSchema = z.strictObject({
  warp: idSchema.optional(),
  warpParams: z.record(z.string(), z.unknown()).optional(),
  view: z
    .strictObject({
      center: z.tuple([finite, finite]).optional(),
      zoom: finite.min(ZOOM_RANGE[0]).max(ZOOM_RANGE[1]).optional(),
      rotation: finite.optional(),
    })
    .optional(),
  aa: z
    .strictObject({
      source: z.enum(AA_SOURCES).optional(),
      filter: z.enum(AA_FILTERS).optional(),
      fadeWidth: finite.min(FADE_RANGE[0]).max(FADE_RANGE[1]).optional(),
      strokeWidth: finite.min(STROKE_RANGE[0]).max(STROKE_RANGE[1]).optional(),
    })
    .optional(),
});
export type SceneDefaults = z.infer<typeof defaultsSchema>;

const sceneHeaderSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  description: textSchema.optional(),
  params: paramListSchema.optional(),
  field: z.string().min(1).max(MAX_EXPRESSION_CHARS).optional(),
  defaults: defaultsSchema.optional(),
});

/** Reads and checks the header of one scene file. Throws HeaderError naming the field. */
export function parseSceneHeader(file: string, text: string): SceneInfo {
  const header = parseHeader(file, text, sceneHeaderSchema);
  const params = withUniforms(header.params ?? []);
  const { field } = header;
  const problem =
    field === undefined ? undefined : formulaProblem(field, fieldExpressionContext(params));
  if (problem) throw new HeaderError(file, 'field', problem);
  if ((!field && !/\bsdgScene\b/.test(text)) || !/\bsceneColor\b/.test(text))
    throw new HeaderError(
      file,
      'source',
      field
        ? 'must define sceneColor(vec2)'
        : 'must define sdgScene(vec2) and sceneColor(vec2), or give a "field" expression',
    );
  return {
    ...(field ? { field } : {}),
    id: header.id,
    name: header.name,
    description: header.description ?? '',
    file,
    params,
    defaults: header.defaults ?? {},
  };
}
