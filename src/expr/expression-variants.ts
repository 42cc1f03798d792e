/**
 * Where expressions enter a shader variant. The `custom` scene and warp are virtual
 * catalogue entries whose files are generated from the state's formulas; a built-in warp
 * with an `expr` header gets a generated autodiff form for the `autodiff` and
 * `second-order` sources; a scene with a `field` header gets a generated sdgScene.
 */
import type { SceneInfo } from '../scenes/scene-header';
import type { AaSource, ViewerState } from '../state';
import type { WarpInfo } from '../warps/warp-catalog';
import { warpExpressionContext } from '../warps/warp-catalog';
import {
  fieldExpressionContext,
  fieldFile,
  warpAdFile,
  type GeneratedFile,
} from './generated-sources';
import { ExprError } from './parse';

export const CUSTOM_ID = 'custom';

export const CUSTOM_SCENE: SceneInfo = {
  id: CUSTOM_ID,
  name: 'Custom field (formula)',
  description:
    'The field typed in the Scene folder, f(u, v), with autodiff gradients and Hessians.',
  file: 'generated/custom-field.glsl',
  params: [],
  defaults: {},
};

export const CUSTOM_WARP: WarpInfo = {
  id: CUSTOM_ID,
  name: 'Custom (formula)',
  description:
    'The warp typed in the Warp folder, u(x, y); v(x, y), with its Jacobian by autodiff.',
  fn: 'warpCustom',
  file: 'generated/custom-warp.glsl',
  params: [],
};

/** Orange ink of the custom scene, linear light. */
const CUSTOM_INK = 'vec3(0.913, 0.352, 0.0222)';

export interface ExpressionVariant {
  readonly scene: SceneInfo;
  readonly warp: WarpInfo;
  /** Generated files, in include order after the warp file: autodiff warp, then field. */
  readonly files: readonly GeneratedFile[];
}

/**
 * The scene and warp a variant includes, with their generated files. Throws ExprError
 * (from the parser) when a formula does not parse: the caller keeps the last good program.
 */
export function expressionVariant(
  scene: SceneInfo,
  warp: WarpInfo,
  source: AaSource,
  expressions: ViewerState['expressions'],
): ExpressionVariant {
  const files: GeneratedFile[] = [];
  let warpOut = warp;
  if (warp.id === CUSTOM_ID) {
    const ad = cached(`w|${expressions.warp}`, () =>
      warpAdFile(expressions.warp, warpExpressionContext([])),
    );
    const text = [
      ad.text,
      'vec2 warpCustom(vec2 p, out mat2 J) {',
      '  AD u, v;',
      '  warpAD(ad_x(p), ad_y(p), u, v);',
      '  J = mat2(u.g.x, v.g.x, u.g.y, v.g.y);',
      '  return vec2(u.v, v.v);',
      '}',
    ].join('\n');
    warpOut = { ...warp, file: ad.file.replace('warp-ad', 'custom-warp'), expr: expressions.warp };
    files.push({ file: warpOut.file, text });
  } else if (warp.expr && (source === 'autodiff' || source === 'second-order')) {
    const expr = warp.expr;
    files.push(
      cached(`a|${warp.id}|${expr}`, () => warpAdFile(expr, warpExpressionContext(warp.params))),
    );
  }
  let sceneOut = scene;
  if (scene.id === CUSTOM_ID) {
    const generated = cached(`c|${expressions.field}`, () =>
      fieldFile(expressions.field, fieldExpressionContext([]), CUSTOM_INK),
    );
    sceneOut = { ...scene, file: generated.file, field: expressions.field };
    files.push(generated);
  } else if (scene.field) {
    const field = scene.field;
    files.push(
      cached(`f|${scene.file}|${field}`, () =>
        fieldFile(field, fieldExpressionContext(scene.params)),
      ),
    );
  }
  return { scene: sceneOut, warp: warpOut, files };
}

/** Parsing and codegen run once per distinct formula, not once per frame. */
const cache = new Map<string, GeneratedFile>();
function cached(key: string, make: () => GeneratedFile): GeneratedFile {
  let file = cache.get(key);
  if (!file) {
    try {
      file = make();
    } catch (error) {
      if (!(error instanceof ExprError)) throw error;
      // Say which formula: the custom warp's, a warp header's, or a field's.
      const which = { w: 'warp formula', a: 'warp expr', c: 'field formula', f: 'field' }[key[0]!];
      throw new ExprError(`${which}: ${error.message}`, error.position, error.length);
    }
    if (cache.size > 64) cache.clear();
    cache.set(key, file);
  }
  return file;
}
