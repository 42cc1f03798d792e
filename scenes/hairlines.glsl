/*{
  "id": "hairlines",
  "name": "Hairlines",
  "description": "Six rows of lines, 0.25, 0.5, 0.75, 1, 1.5 and 2 device pixels wide from the top (times the stroke width, 1 by default): horizontal, nearly horizontal, 30 and 60 degree and vertical segments, and circles of radius 0.12, 0.05 and 0.02. Each is the zero set of an unsigned distance, drawn by the strip filter, whose stroke width this scene scales per row: thin lines keep their brightness instead of breaking up.",
  "params": [
    { "name": "ink", "type": "color", "default": [0.96, 0.95, 0.9] },
    { "name": "slant", "label": "shallow slant (radians)", "type": "float", "min": 0, "max": 0.5, "step": 0.005, "default": 0.06 }
  ],
  "defaults": {
    "warp": "identity",
    "view": { "center": [0, 0], "zoom": 1, "rotation": 0 },
    "aa": { "source": "analytic", "filter": "strip", "fadeWidth": 1, "strokeWidth": 1 }
  }
}*/
// Row i (0 at the top) is centred at y = HAIRLINES_TOP - i HAIRLINES_ROW and drawn
// HAIRLINES_WIDTHS[i] times the stroke width. Within a row every element is an unsigned
// distance (zero on the line, gradient pointing away from it): segments of zero radius and
// circle outlines |r - R|. The union is their minimum, and the stroke scale depends on the
// row alone, which changes halfway between rows, far from every line.
#define SCENE_STROKE_SCALE
#include "color/srgb.glsl"
#include "sdf/segment.glsl"
#include "sdf/circle.glsl"
#include "ops/union.glsl"

const int HAIRLINES_ROWS = 6;
const float HAIRLINES_TOP = 0.8;
const float HAIRLINES_ROW = 0.32;

int hairlines_row(vec2 u) {
  return int(clamp(round((HAIRLINES_TOP - u.y) / HAIRLINES_ROW), 0.0, float(HAIRLINES_ROWS - 1)));
}

vec3 hairlines_ring(vec2 p, float r) {
  vec3 c = sdgCircle(p, r);
  return c.x < 0.0 ? -c : c;
}

vec3 sdgScene(vec2 u) {
  vec2 p = vec2(u.x, u.y - (HAIRLINES_TOP - float(hairlines_row(u)) * HAIRLINES_ROW));
  float h = 0.11; // half height of the slanted and vertical segments
  vec2 slant = vec2(cos(u_slant), sin(u_slant));
  vec3 d = sdgSegment(p, vec2(-1.25, 0.0), vec2(-0.85, 0.0), 0.0);
  d = opUnion(d, sdgSegment(p, vec2(-0.55, 0.0) - 0.25 * slant, vec2(-0.55, 0.0) + 0.25 * slant, 0.0));
  d = opUnion(d, sdgSegment(p, vec2(-0.2, -h), vec2(-0.2 + 2.0 * h / tan(0.5236), h), 0.0));
  d = opUnion(d, sdgSegment(p, vec2(0.25, -h), vec2(0.25 + 2.0 * h / tan(1.0472), h), 0.0));
  d = opUnion(d, sdgSegment(p, vec2(0.47, -h), vec2(0.47, h), 0.0));
  d = opUnion(d, hairlines_ring(p - vec2(0.72, 0.0), 0.12));
  d = opUnion(d, hairlines_ring(p - vec2(1.0, 0.0), 0.05));
  d = opUnion(d, hairlines_ring(p - vec2(1.17, 0.0), 0.02));
  return d;
}

float sceneStrokeScale(vec2 u) {
  const float widths[HAIRLINES_ROWS] = float[](0.25, 0.5, 0.75, 1.0, 1.5, 2.0);
  return widths[hairlines_row(u)];
}

vec3 sceneColor(vec2 u) {
  return u_ink;
}
