/**
 * What each export target adds around the viewer's own shader code: how time and the view
 * come in, and the entry point. Both targets compute the view map of src/model/view.ts in GLSL,
 * so the exported shader draws at any canvas size.
 */
import { glslFloat } from '../../shader/glsl-float';
import type { ViewState } from '../../model/state';

export const SHADER_TARGETS = ['shadertoy', 'webgl2'] as const;
export type ShaderTarget = (typeof SHADER_TARGETS)[number];

export interface TargetParts {
  /** The first line, when the target needs one (`#version`). */
  readonly version?: string;
  /** Lines after the title comment, before the shader's own code. */
  readonly head: readonly string[];
  /** The entry point and the view, after everything else. */
  readonly entry: readonly string[];
}

const f = glslFloat;
const vec4Of = (v: ViewState) =>
  `vec4(${f(v.center[0])}, ${f(v.center[1])}, ${f(v.zoom)}, ${f(v.rotation)})`;

/** Sets u_viewOrigin and u_viewJacobian as the viewer does for a canvas of `size`. */
const SET_VIEW = [
  '// The view map: world = u_viewOrigin + u_viewJacobian * px, with the shorter side of the',
  '// canvas spanning 2 / zoom world units and the world turned by `rotation` radians.',
  'void sdfSetView(vec2 size, vec2 center, float zoom, float rotation) {',
  '  float s = 2.0 / (zoom * min(size.x, size.y));',
  '  float c = cos(rotation) * s;',
  '  float n = sin(rotation) * s;',
  '  u_viewJacobian = mat2(c, -n, n, c);',
  '  u_viewOrigin = center - u_viewJacobian * (0.5 * size);',
  '}',
];

export function targetParts(target: ShaderTarget, view: ViewState): TargetParts {
  if (target === 'webgl2')
    return {
      version: '#version 300 es',
      head: [
        'precision highp float;',
        'precision highp int;',
        '',
        'uniform float u_time;     // seconds',
        'uniform vec2 u_resolution; // canvas size in device pixels',
        `uniform vec4 u_view;       // centre x, centre y, zoom, rotation; exported as ${vec4Of(view)}`,
      ],
      entry: [
        ...SET_VIEW,
        '',
        'void main() {',
        '  sdfSetView(u_resolution, u_view.xy, u_view.z, u_view.w);',
        '  sdfMain();',
        '}',
      ],
    };
  return {
    head: ['#define u_time iTime // seconds'],
    entry: [
      `const vec4 SDF_VIEW = ${vec4Of(view)}; // centre x, centre y, zoom, rotation`,
      '',
      ...SET_VIEW,
      '',
      '// Drag with the mouse to pan.',
      'void mainImage(out vec4 fragColor, in vec2 fragCoord) {',
      '  sdfSetView(iResolution.xy, SDF_VIEW.xy, SDF_VIEW.z, SDF_VIEW.w);',
      '  if (iMouse.z > 0.0) {',
      '    vec2 center = SDF_VIEW.xy - u_viewJacobian * (iMouse.xy - iMouse.zw);',
      '    sdfSetView(iResolution.xy, center, SDF_VIEW.z, SDF_VIEW.w);',
      '  }',
      '  sdfMain();',
      '  fragColor = outColor;',
      '}',
    ],
  };
}
