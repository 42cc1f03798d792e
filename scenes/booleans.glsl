/*{
  "id": "booleans",
  "name": "Boolean operators",
  "description": "One disc A and one rounded square B combined six ways, left to right: top row union, intersection, subtraction A - B; bottom row the smooth versions with blend radius k (smooth union, smooth intersection, smooth subtraction). Thin outlines show the operands. Every result keeps its exact gradient (shaders/ops).",
  "params": [
    { "name": "k", "label": "blend radius k", "type": "float", "min": 0, "max": 0.3, "step": 0.005, "default": 0.09 },
    { "name": "offset", "label": "B offset", "type": "point2D", "min": -0.3, "max": 0.3, "default": [0.13, -0.07] },
    { "name": "outlines", "label": "operand outlines", "type": "bool", "default": true },
    { "name": "tilt", "label": "B tilt", "type": "float", "min": -1.6, "max": 1.6, "step": 0.01, "default": 0.35 }
  ],
  "defaults": {
    "warp": "identity",
    "view": { "center": [0, 0], "zoom": 1, "rotation": 0 },
    "aa": { "source": "analytic", "filter": "adaptive", "fadeWidth": 1 }
  }
}*/
// Panels on a 3 x 2 grid, BOOLEANS_CELL apart, centred on the origin. In each panel A is a
// disc and B a rounded square turned by `tilt`, p = R(-tilt) q, grad_q = R(tilt) grad_p.
// Smooth intersection and subtraction come from the smooth union by negation:
//   smax(a, b) = -smin(-a, -b),   a - b (smooth) = smax(a, -b) = -smin(-a, b).
// The outlines are onions of A and B (half thickness BOOLEANS_LINE, warp units), unioned
// with the result minus a margin around it; they scale with zoom, unlike the edges' AA.
#include "color/srgb.glsl"
#include "sdf/circle.glsl"
#include "sdf/roundbox.glsl"
#include "ops/union.glsl"
#include "ops/intersection.glsl"
#include "ops/subtraction.glsl"
#include "ops/smoothunion.glsl"
#include "ops/onion.glsl"

const vec2 BOOLEANS_CELL = vec2(0.86, 0.9);
const float BOOLEANS_LINE = 0.0035;

// Panel index 0..5 (row-major from the top left) and the point relative to its centre.
int booleans_panel(vec2 u, out vec2 local) {
  vec2 cell = clamp(floor(u / BOOLEANS_CELL + vec2(1.5, 1.0)), vec2(0.0), vec2(2.0, 1.0));
  local = u - (cell - vec2(1.0, 0.5)) * BOOLEANS_CELL;
  return int(cell.x) + 3 * (1 - int(cell.y));
}

vec3 booleans_a(vec2 p) {
  return sdgCircle(p - vec2(-0.08, 0.05), 0.25);
}

vec3 booleans_b(vec2 p) {
  float c = cos(u_tilt);
  float s = sin(u_tilt);
  mat2 turn = mat2(c, s, -s, c);
  vec3 b = sdgRoundBox(transpose(turn) * (p - u_offset), vec2(0.19), 0.05);
  return vec3(b.x, turn * b.yz);
}

vec3 booleans_result(int panel, vec3 a, vec3 b) {
  float k = u_k;
  switch (panel) {
    case 0: return opUnion(a, b);
    case 1: return opIntersection(a, b);
    case 2: return opSubtraction(a, b);
    case 3: return opSmoothUnion(a, b, k);
    case 4: return -opSmoothUnion(-a, -b, k);
    default: return -opSmoothUnion(-a, b, k);
  }
}

// The result, or an operand's outline where that is nearer; which = 0 result, 1 outline.
vec3 booleans_field(vec2 u, out int which, out int panel) {
  vec2 p;
  panel = booleans_panel(u, p);
  vec3 a = booleans_a(p);
  vec3 b = booleans_b(p);
  vec3 result = booleans_result(panel, a, b);
  which = 0;
  if (!u_outlines) return result;
  // Outlines stop short of the result (a gap of two line widths), so they never rim it.
  vec3 lines = opUnion(opOnion(a, BOOLEANS_LINE), opOnion(b, BOOLEANS_LINE));
  lines = opSubtraction(lines, vec3(result.x - 4.0 * BOOLEANS_LINE, result.yz));
  if (lines.x < result.x) which = 1;
  return opUnion(result, lines);
}

vec3 sdgScene(vec2 u) {
  int which;
  int panel;
  return booleans_field(u, which, panel);
}

// Sharp operators warm, smooth ones cool; outlines grey.
vec3 sceneColor(vec2 u) {
  int which;
  int panel;
  booleans_field(u, which, panel);
  if (which == 1) return srgbDecode(vec3(0.5, 0.52, 0.58));
  const vec3 inks[6] = vec3[](
    vec3(0.96, 0.5, 0.36), vec3(0.98, 0.72, 0.3), vec3(0.92, 0.38, 0.52),
    vec3(0.33, 0.72, 0.9), vec3(0.4, 0.85, 0.7), vec3(0.58, 0.55, 0.95)
  );
  return srgbDecode(inks[panel]);
}
