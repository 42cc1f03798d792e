// Coverage of one pixel from its field value and pixel-space gradient.
//   float coverage(vec3 field, mat2 warpJacobian, vec2 gPx, vec2 px)   selected by AA_SOURCE and
//         AA_FILTER, in [0, 1]; field and warpJacobian as fieldAtPixel gives them
//   float filterCoverage(float f, vec2 gPx, float width, vec2 px)   the filter alone, footprint
//         `width` px, at device pixel px
// `adaptive` refines `box` where the field bends inside the footprint (see below).
// Scene hook: a scene that #defines SCENE_STROKE_SCALE and defines
// float sceneStrokeScale(vec2 u) (u in warp space, result > 0) gets the `strip` stroke
// width multiplied by it, so one image can hold strokes of several widths.
#include "pipeline/gradient.glsl"
#include "aa/step.glsl"
#include "aa/linear.glsl"
#include "aa/smoothstep.glsl"
#include "aa/box.glsl"
#include "aa/strip.glsl"

uniform float u_fadeWidth;   // device pixels, >= 0
uniform float u_strokeWidth; // device pixels, > 0 (strip filter)

// Adaptive refinement: a pixel whose field bends by more than ADAPTIVE_TOLERANCE_PX inside
// its footprint (corners, junctions, cuts, features squeezed below a pixel) is split into
// split x split sub-squares, each with its own first-order box coverage
// (adaptive/level.glsl). Frames are drawn in three passes (src/gl/adaptive-pass.ts):
// ADAPTIVE_STAGE mark draws box coverage and keeps each pixel's linear model, a gate marks
// the quads that need refining, and ADAPTIVE_STAGE refine shades only those again
// (adaptive/refine.glsl). Stage
// single (shader export, probes, debug views) decides and refines in one loop.
#include "adaptive/level.glsl"

// Stroke width of the strip filter at device pixel px, device pixels.
float coverage_stroke(vec2 px) {
#ifdef SCENE_STROKE_SCALE
  mat2 warpJacobian;
  return u_strokeWidth * sceneStrokeScale(WARP_FN(viewWorld(px), warpJacobian));
#else
  return u_strokeWidth;
#endif
}

float filterCoverage(float f, vec2 gPx, float width, vec2 px) {
  float d = pixelDistance(f, gPx);
  float slope = length(gPx);
  vec2 normal = slope > 0.0 ? gPx / slope : vec2(1.0, 0.0);
#if AA_FILTER == AA_FILTER_STEP
  return aaStep(f);
#elif AA_FILTER == AA_FILTER_LINEAR
  return aaLinear(d, width);
#elif AA_FILTER == AA_FILTER_SMOOTHSTEP
  return aaSmoothstep(d, width);
#elif AA_FILTER == AA_FILTER_BOX || AA_FILTER == AA_FILTER_ADAPTIVE
  return aaBox(d, normal, width);
#elif AA_FILTER == AA_FILTER_STRIP
  return aaStrip(d, normal, width, coverage_stroke(px));
#else
#error unknown AA_FILTER
#endif
}

// The pixel-space gradient at a sub-pixel position. Hardware derivatives exist only per
// pixel (and only in uniform control flow), so that source reuses the pixel's gradient.
vec2 subPixelGradient(vec3 field, mat2 warpJacobian, vec2 px, vec2 pixelGPx) {
#if AA_SOURCE == AA_SOURCE_HARDWARE
  return pixelGPx;
#else
  return pixelGradient(field, warpJacobian, px);
#endif
}

// The first-order distance of the selected source, as coverage() takes it.
float sourceValue(float f, vec2 gPx, vec2 px) {
#ifdef SECOND_ORDER_DISTANCE
  // The value whose first-order distance f / |g_px| is the second-order one. Where the
  // gradient vanishes (a centre of symmetry) f keeps its sign: fully in or out.
  float slopePx = length(gPx);
  if (slopePx > 0.0) f = secondOrderDistance(px) * slopePx;
#endif
  return f;
}

// Centre of sub-square `cell` (row by row) of a split x split grid over the footprint of
// width w centred on px: the one-pass form samples there (the refining pass cuts the same
// grid, column by column, in adaptive/refine.glsl).
vec2 subSquareCentre(vec2 px, int cell, int split, float w) {
  return px + (vec2(cell % split, cell / split) + 0.5) * (w / float(split)) - 0.5 * w;
}

// The adaptive filter. Samples 0-3 test the footprint's corners against the pixel's
// linear model; if the field bends there, the rest cover split x split sub-squares, each
// with its own first-order box. One loop, one call site: the scene is inlined once.
// SwiftShader runs every `if` for every lane of a 2x2 quad and every loop one step more
// than its lanes need, so the loop holds all the samples and nothing else costly.
// How far the field may change across the footprint, in units of f: the footprint's
// half-diagonal mapped into warp space by A = Jw Jv (its operator norm, bounded by the
// Frobenius norm) times the field's slope there. Unlike f / |g_px|, which measures along
// the gradient only, it sees a warp that squeezes the other way (a strong swirl).
float footprintReach(vec3 field, mat2 warpJacobian) {
  mat2 a = warpJacobian * u_viewJacobian;
  float norm = sqrt(dot(a[0], a[0]) + dot(a[1], a[1]));
  return 0.7071 * u_fadeWidth * norm * length(field.yz);
}

// sigma_1 / sigma_2 of A = Jw Jv, how many times more the view and warp stretch one
// direction than the other: A^T A = [[p, q], [q, r]] has the larger eigenvalue sigma_1^2,
// and sigma_2 = |det A| / sigma_1. Without bound (1e30) where A is singular.
float stretchOf(mat2 a) {
  float p = dot(a[0], a[0]);
  float r = dot(a[1], a[1]);
  float sigma1Sq = 0.5 * (p + r + length(vec2(p - r, 2.0 * dot(a[0], a[1]))));
  float det = abs(determinant(a));
  return det > 0.0 ? sigma1Sq / det : (sigma1Sq > 0.0 ? 1e30 : 1.0);
}

// The mark pass's fourth channel: the footprint's reach, negative where the footprint is
// stretched ADAPTIVE_STRETCH times or more. There a corner of the scene becomes a sliver:
// the gate gives its kinks the fine split (adaptive/gate.frag.glsl).
float markReach(vec3 field, mat2 warpJacobian) {
  float reach = footprintReach(field, warpJacobian);
  return stretchOf(warpJacobian * u_viewJacobian) >= ADAPTIVE_STRETCH ? -reach : reach;
}

float adaptiveCoverage(vec2 px, float f, vec2 gPx, float reachF) {
  float base = filterCoverage(f, gPx, u_fadeWidth, px);
  float slope = length(gPx);
  float w = u_fadeWidth;
  float reach = 0.5 * w;
  // The corners are tested wherever the footprint may reach an edge:
  //  - within w px by the first-order distance (with an exact distance, a footprint of
  //    half-diagonal 0.71 w farther away holds none of it; the margin is for warps);
  //  - within the footprint's reach in warp space, which a hard squeeze makes far larger
  //    than f / |g_px| says (it measures along the gradient only);
  //  - farther by twice what a neighbour's value misses the pair's mean gradient by (the
  //    trapezoid rule's residual: 0 for any quadratic field, large where it folds);
  //  - where the 2x2 quad sees a sign change to a neighbour.
  // The quad is shaded as one, so if one pixel tests its corners the other three do so
  // at no extra cost: all four test.
  vec2 side = vec2(mod(floor(px.x), 2.0) < 0.5 ? 1.0 : -1.0, mod(floor(px.y), 2.0) < 0.5 ? 1.0 : -1.0);
  vec2 toNeighbour = vec2(dFdx(f), dFdy(f));
  vec2 meanGradient = gPx + 0.5 * side * vec2(dFdx(gPx).x, dFdy(gPx).y);
  bool edgeInQuad = f * (f + side.x * toNeighbour.x) <= 0.0 || f * (f + side.y * toNeighbour.y) <= 0.0;
  vec2 residual = abs(toNeighbour - meanGradient);
  float reachAll = max(w * slope, reachF) + 2.0 * max(residual.x, residual.y);
  float near = (abs(f) <= reachAll || edgeInQuad) ? 1.0 : 0.0;
  near = max(near, abs(dFdx(near)));
  near = max(near, abs(dFdy(near)));
  if (slope <= 0.0 || w <= 0.0 || near == 0.0) return base;
  const int CORNERS = 4;
  int split = ADAPTIVE_SPLIT;
  int steps = CORNERS;
  float bend = 0.0;
  float sum = 0.0;
  for (int k = 0; k < steps; k++) {
    int cell = k - CORNERS;
    float sub = w / float(split);
    vec2 at = k < CORNERS
      ? px + reach * vec2(k == 0 || k == 2 ? -1.0 : 1.0, k < 2 ? -1.0 : 1.0)
      : subSquareCentre(px, cell, split, w);
    vec2 u;
    mat2 warpJacobian;
    vec3 field = fieldAtPixel(at, u, warpJacobian);
    if (k < CORNERS) bend = max(bend, abs(field.x - (f + dot(gPx, at - px))));
    else sum += filterCoverage(field.x, subPixelGradient(field, warpJacobian, at, gPx), sub, at);
    if (k == CORNERS - 1) {
      float level = adaptiveLevel(bend, slope);
      split = level > 1.5 ? ADAPTIVE_FINE_SPLIT : ADAPTIVE_SPLIT;
      steps = level > 0.0 ? CORNERS + split * split : CORNERS;
    }
  }
  return steps > CORNERS ? sum / float(steps - CORNERS) : base;
}

#if ADAPTIVE_STAGE == ADAPTIVE_STAGE_REFINE
#include "adaptive/refine.glsl"
#endif

float coverage(vec3 field, mat2 warpJacobian, vec2 gPx, vec2 px) {
  float f = sourceValue(field.x, gPx, px);
#if AA_SOURCE == AA_SOURCE_NONE || AA_FILTER == AA_FILTER_STEP
  return aaStep(f);
#elif AA_FILTER == AA_FILTER_ADAPTIVE && ADAPTIVE_STAGE == ADAPTIVE_STAGE_MARK
  return filterCoverage(f, gPx, u_fadeWidth, px);
#elif AA_FILTER == AA_FILTER_ADAPTIVE && ADAPTIVE_STAGE == ADAPTIVE_STAGE_REFINE
  return refineCoverage(px, gPx, warpJacobian, int(v_split));
#elif AA_FILTER == AA_FILTER_ADAPTIVE
  return adaptiveCoverage(px, f, gPx, footprintReach(field, warpJacobian));
#else
  return filterCoverage(f, gPx, u_fadeWidth, px);
#endif
}
