/*{
  "id": "plot",
  "name": "Function plot",
  "description": "f(x) = x^2 - 6x + 13, its derivative f'(x) = 2x - 6 and the tangent at x0, drawn as implicit curves F = y - f(x) with gradient (-f'(x), 1): the strip filter divides by the pixel-space gradient, so every curve keeps one width in device pixels however steep it gets. Grid, axes and the point (x0, f(x0)) are strokes of their own widths through the stroke-scale hook.",
  "params": [
    { "name": "x0", "label": "tangent at x0", "type": "float", "min": -0.5, "max": 6.5, "step": 0.01, "default": 4.6 },
    { "name": "showDerivative", "label": "derivative", "type": "bool", "default": true },
    { "name": "showTangent", "label": "tangent", "type": "bool", "default": true },
    { "name": "showGrid", "label": "grid", "type": "bool", "default": true },
    { "name": "showWalk", "label": "seed's 1D walk", "type": "bool", "default": false },
    { "name": "curveInk", "label": "f colour", "type": "color", "default": [1.0, 0.62, 0.2] },
    { "name": "derivativeInk", "label": "f' colour", "type": "color", "default": [0.36, 0.66, 1.0] },
    { "name": "tangentInk", "label": "tangent colour", "type": "color", "default": [0.45, 0.88, 0.55] }
  ],
  "defaults": {
    "warp": "identity",
    "view": { "center": [0, 0], "zoom": 1, "rotation": 0 },
    "aa": { "source": "analytic", "filter": "strip", "fadeWidth": 1, "strokeWidth": 2 }
  }
}*/
// Plot coordinates (x, y) = PLOT_ORIGIN + PLOT_SCALE * u: x in [-0.5, 6.5] and y in [-4, 15]
// fill a 4:3 view at zoom 1. Each curve y = c(x) is the implicit field, in warp units
// (vertical distance),
//   F(u) = u.y - (c(x) - PLOT_ORIGIN.y) / PLOT_SCALE.y,  grad F = (-c'(x) sx / sy, 1),
// whose zero set is the curve. A stroke is drawn where |F| / |grad F| (pixels) is below half
// the stroke width, so the scene returns |F| with sign(F) grad F: exact off the curve,
// a kink on it. The features are grid, axes, f, f', tangent and the point; a pixel takes
// the one whose first-order distance divided by its stroke scale is smallest (the stroke it
// lies deepest in). The point is a ring with a dot inside; the curves stop at the ring.
#define SCENE_STROKE_SCALE
#include "color/srgb.glsl"

const vec2 PLOT_ORIGIN = vec2(3.0, 5.5);
const vec2 PLOT_SCALE = vec2(2.6, 9.5);
const int PLOT_FEATURES = 8;
// Radius of the ring that marks the point (x0, f(x0)), warp units.
const float PLOT_MARKER = 0.03;

float plot_f(float x) { return x * x - 6.0 * x + 13.0; }
float plot_df(float x) { return 2.0 * x - 6.0; }

// Field of the line or curve y = c with slope dc at this x, signed (F < 0 below it).
vec3 plot_curve(vec2 u, float c, float dc) {
  return vec3(u.y - (c - PLOT_ORIGIN.y) / PLOT_SCALE.y, -dc * PLOT_SCALE.x / PLOT_SCALE.y, 1.0);
}

// The point (x0, f(x0)) in warp units.
vec2 plot_point() {
  return (vec2(u_x0, plot_f(u_x0)) - PLOT_ORIGIN) / PLOT_SCALE;
}

// Feature i as a signed implicit field vec3(F, grad F) in warp units; unused ones are far.
vec3 plot_feature(int i, vec2 u) {
  vec2 p = PLOT_ORIGIN + PLOT_SCALE * u;
  vec2 q = u - plot_point();
  float len = length(q);
  vec3 far = vec3(1e9, 1.0, 0.0);
  // Inside the marker ring only the marker is drawn: the curves pass behind it.
  if (i < 6 && len < PLOT_MARKER) return far;
  switch (i) {
    case 0: // vertical grid lines at integer x
      return u_showGrid ? vec3((p.x - round(p.x)) / PLOT_SCALE.x, 1.0, 0.0) : far;
    case 1: // horizontal grid lines every 2 in y
      return u_showGrid ? vec3(2.0 * (0.5 * p.y - round(0.5 * p.y)) / PLOT_SCALE.y, 0.0, 1.0) : far;
    case 2: { // axes: x = 0 and y = 0, whichever is nearer
      vec3 yAxis = vec3(p.x / PLOT_SCALE.x, 1.0, 0.0);
      vec3 xAxis = vec3(p.y / PLOT_SCALE.y, 0.0, 1.0);
      return abs(yAxis.x) < abs(xAxis.x) ? yAxis : xAxis;
    }
    case 3: return plot_curve(u, plot_f(p.x), plot_df(p.x));
    case 4: return u_showDerivative ? plot_curve(u, plot_df(p.x), 2.0) : far;
    case 5:
      return u_showTangent ? plot_curve(u, plot_f(u_x0) + plot_df(u_x0) * (p.x - u_x0), plot_df(u_x0)) : far;
    case 6: // the marker ring around the point
      return vec3(len - PLOT_MARKER, len > 0.0 ? q / len : vec2(0.0));
    default: // the point itself: distance to it, zero only at the point
      return vec3(len, len > 0.0 ? q / len : vec2(0.0));
  }
}

// Stroke width of each feature as a multiple of the strip filter's stroke width.
float plot_scale(int i) {
  const float scales[PLOT_FEATURES] = float[](0.35, 0.35, 0.6, 1.25, 1.25, 0.8, 1.0, 2.5);
  return scales[i];
}

// The feature whose stroke is nearest to covering u, and its signed field.
int plot_pick(vec2 u, out vec3 field) {
  int pick = 0;
  float best = 1e30;
  field = vec3(1e9, 1.0, 0.0);
  for (int i = 0; i < PLOT_FEATURES; i++) {
    vec3 f = plot_feature(i, u);
    float slope = length(f.yz);
    float reach = abs(f.x) / max(slope, 1e-9) / plot_scale(i);
    if (reach < best) {
      best = reach;
      pick = i;
      field = f;
    }
  }
  return pick;
}

vec3 sdgScene(vec2 u) {
  vec3 f;
  plot_pick(u, f);
  return f.x < 0.0 ? -f : f;
}

float sceneStrokeScale(vec2 u) {
  vec3 f;
  return plot_scale(plot_pick(u, f));
}

vec3 sceneColor(vec2 u) {
  vec3 f;
  switch (plot_pick(u, f)) {
    case 0:
    case 1: return srgbDecode(vec3(0.24, 0.26, 0.31));
    case 2: return srgbDecode(vec3(0.62, 0.64, 0.7));
    case 3: return u_curveInk;
    case 4: return u_derivativeInk;
    case 5: return u_tangentInk;
    default: return srgbDecode(vec3(0.98, 0.96, 0.92));
  }
}
