/** The primitives and operators the field tests probe, each as a one-primitive scene. */

/** Every chunk a probe may call; include-once makes the unused ones free. */
const SDF_FILES = (
  'circle box segment roundbox triangle isosceles equilateral pentagon hexagon star arc pie ' +
  'ellipse vesica moon heart cross trapezoid parabola quad rhombus'
).split(' ');
const OP_FILES = 'union intersection subtraction smoothunion round onion repeat'.split(' ');

/** A scene whose field is one primitive, added through the source override path. */
export const probeScene = (id: string, call: string) =>
  [
    `/*{ "id": "${id}", "name": "${id}" }*/`,
    ...SDF_FILES.map((name) => `#include "sdf/${name}.glsl"`),
    ...OP_FILES.map((name) => `#include "ops/${name}.glsl"`),
    `vec3 sdgScene(vec2 u) { return ${call}; }`,
    'vec3 sceneColor(vec2 u) { return vec3(1.0); }',
  ].join('\n');

/**
 * Each field placed to cover a good part of the 200 x 200 view (world [-1, 1]^2), so the
 * random pixels fall inside and outside.
 */
export const PRIMITIVES: Record<string, string> = {
  circle: 'sdgCircle(u - vec2(0.1, -0.2), 0.55)',
  box: 'sdgBox(u - vec2(-0.1, 0.05), vec2(0.6, 0.35))',
  segment: 'sdgSegment(u, vec2(-0.5, -0.4), vec2(0.6, 0.3), 0.15)',
  roundbox: 'sdgRoundBox(u - vec2(0.05, -0.1), vec2(0.65, 0.45), 0.18)',
  triangle: 'sdgTriangle(u, vec2(-0.7, -0.55), vec2(0.7, -0.35), vec2(-0.1, 0.75))',
  'triangle (clockwise)': 'sdgTriangle(u, vec2(-0.6, 0.6), vec2(0.75, 0.2), vec2(-0.2, -0.7))',
  isosceles: 'sdgIsoscelesTriangle(u - vec2(0.0, 0.65), vec2(0.6, -1.3))',
  'isosceles (pointing down)': 'sdgIsoscelesTriangle(u - vec2(0.05, -0.7), vec2(0.5, 1.3))',
  equilateral: 'sdgEquilateralTriangle(u - vec2(0.05, -0.1), 0.75)',
  pentagon: 'sdgPentagon(u - vec2(-0.05, 0.05), 0.55)',
  hexagon: 'sdgHexagon(u - vec2(0.05, 0.0), 0.55)',
  star: 'sdgStar(u - vec2(0.02, 0.05), 0.9, 0.45)',
  arc: 'sdgArc(u - vec2(0.0, -0.1), vec2(sin(2.2), cos(2.2)), 0.6, 0.18)',
  pie: 'sdgPie(u - vec2(0.0, -0.25), vec2(sin(1.0), cos(1.0)), 0.85)',
  ellipse: 'sdgEllipse(u - vec2(0.05, -0.05), vec2(0.75, 0.4))',
  'ellipse (tall)': 'sdgEllipse(u - vec2(-0.05, 0.0), vec2(0.3, 0.8))',
  'ellipse (thin)': 'sdgEllipse(u - vec2(0.0, 0.1), vec2(0.9, 0.12))',
  'ellipse (nearly round)': 'sdgEllipse(u - vec2(0.05, 0.0), vec2(0.6, 0.57))',
  'ellipse (round)': 'sdgEllipse(u - vec2(0.05, 0.0), vec2(0.6, 0.6))',
  vesica: 'sdgVesica(u - vec2(0.0, 0.05), 0.8, 0.45)',
  moon: 'sdgMoon(u - vec2(-0.1, 0.0), 0.35, 0.7, 0.55)',
  heart: 'sdgHeart(u - vec2(0.0, -0.6), 1.05)',
  cross: 'sdgCross(u - vec2(0.05, 0.0), vec2(0.75, 0.25), 0.05)',
  trapezoid: 'sdgTrapezoid(u, 0.7, 0.35, 0.45)',
  parabola: 'sdgParabola(u - vec2(0.0, -0.5), 1.5)',
  'quad (concave)':
    'sdgQuad(u, vec2(-0.7, -0.6), vec2(0.7, -0.5), vec2(0.1, -0.05), vec2(-0.2, 0.75))',
  'quad (convex)':
    'sdgQuad(u, vec2(-0.6, -0.5), vec2(0.65, -0.6), vec2(0.5, 0.55), vec2(-0.45, 0.7))',
  rhombus: 'sdgRhombus(u, vec2(0.75, 0.5))',
  opIntersection:
    'opIntersection(sdgCircle(u - vec2(-0.2, 0.0), 0.7), sdgCircle(u - vec2(0.3, 0.05), 0.6))',
  opSubtraction: 'opSubtraction(sdgBox(u, vec2(0.65, 0.45)), sdgCircle(u - vec2(0.4, 0.3), 0.4))',
  opSmoothUnion:
    'opSmoothUnion(sdgCircle(u - vec2(-0.4, 0.0), 0.4), sdgCircle(u - vec2(0.35, 0.1), 0.35), 0.3)',
  opRound: 'opRound(sdgBox(u, vec2(0.45, 0.25)), 0.2)',
  opOnion: 'opOnion(sdgCircle(u - vec2(0.05, 0.0), 0.55), 0.15)',
  opRepeat: 'sdgCircle(opRepeat(u - vec2(0.1, 0.05), vec2(0.5, 0.6)), 0.17)',
};
