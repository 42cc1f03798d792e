/**
 * GLSL files generated from expressions, named by a hash of their text so the program
 * cache keys on the generated source itself:
 *   warpAdFile      the autodiff form of a warp:   void warpAD(AD x, AD y, out AD u, out AD v)
 *   fieldFile       a field typed as an expression: void fieldAD(AD u, AD v, out AD f), plus
 *                   sdgScene / sceneColor built on it (a scene file with no GLSL of its own)
 * A parse problem throws ExprError; the caller reports it and keeps the last good program.
 */
import type { ParamSpec } from '../shader/params';
import { generateFunction } from './codegen';
import { expressionParams } from './expr-params';
import { parseExpression, type ExprContext } from './parse';

export interface GeneratedFile {
  readonly file: string;
  readonly text: string;
  /** Distinct autodiff operations generated: what the shader compiler's time grows with. */
  readonly operations: number;
}

export function fieldExpressionContext(params: readonly ParamSpec[]): ExprContext {
  return {
    variables: [
      ['u', 'x'],
      ['v', 'y'],
    ],
    params: expressionParams(params),
    outputs: 1,
  };
}

/** `generated/<kind>-<hash>.glsl` for `text`. */
function named(kind: string, text: string, operations: number): GeneratedFile {
  return { file: `generated/${kind}-${hash(text)}.glsl`, text, operations };
}

export function warpAdFile(expr: string, context: ExprContext): GeneratedFile {
  const fn = generateFunction('warpAD', parseExpression(expr, context));
  return named(
    'warp-ad',
    ['#include "ad/ad.glsl"', '#define WARP_AD', fn.glsl].join('\n'),
    fn.operations,
  );
}

/** The custom warp: its autodiff form plus `warpCustom`, the viewer's warp signature on it. */
export function customWarpFile(expr: string, context: ExprContext): GeneratedFile {
  const ad = warpAdFile(expr, context);
  return named(
    'custom-warp',
    [
      ad.text,
      'vec2 warpCustom(vec2 p, out mat2 J) {',
      '  AD u, v;',
      '  warpAD(ad_x(p), ad_y(p), u, v);',
      '  J = mat2(u.g.x, v.g.x, u.g.y, v.g.y);',
      '  return vec2(u.v, v.v);',
      '}',
    ].join('\n'),
    ad.operations,
  );
}

/**
 * A scene from a field expression: `fieldAD` for the jet pipeline, `sdgScene` for the rest.
 * `ink`, when given, is sceneColor's constant (a GLSL vec3 from trusted text, linear light);
 * a scene file with a `field` header defines sceneColor itself.
 */
export function fieldFile(expr: string, context: ExprContext, ink?: string): GeneratedFile {
  const fn = generateFunction('fieldAD', parseExpression(expr, context));
  return named(
    'field',
    [
      '#include "ad/ad.glsl"',
      '#define SCENE_AD',
      fn.glsl,
      'vec3 sdgScene(vec2 u) {',
      '  AD f;',
      '  fieldAD(ad_x(u), ad_y(u), f);',
      '  return vec3(f.v, f.g);',
      '}',
      ...(ink ? [`vec3 sceneColor(vec2 u) { return ${ink}; }`] : []),
    ].join('\n'),
    fn.operations,
  );
}

/**
 * The optimisation lab's scene: the objective's `fieldAD`, then shaders/lab/contours.glsl,
 * which draws its contours and height shading from it.
 */
export function labFieldFile(expr: string, context: ExprContext): GeneratedFile {
  const fn = generateFunction('fieldAD', parseExpression(expr, context));
  return named(
    'lab-field',
    ['#include "ad/ad.glsl"', fn.glsl, '#include "lab/contours.glsl"'].join('\n'),
    fn.operations,
  );
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell generated texts apart in a cache. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
