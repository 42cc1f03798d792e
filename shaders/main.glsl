// The fragment shader of every variant. The host's generated root includes, in order,
// the warp chunk, the scene file and this file, and the preamble defines:
//   WARP_FN      the warp function: vec2 WARP_FN(vec2 p, out mat2 J)
//   AA_SOURCE    where the pixel-space gradient comes from (AA_SOURCE_* constants)
//   AA_FILTER    how a pixel distance becomes coverage (AA_FILTER_* constants)
//   REFERENCE_N  samples per side of the reference (AA_SOURCE_REFERENCE, DEBUG_VIEW_ERROR)
//   OUTPUT       colour, coverage mask or probe values (OUTPUT_* constants)
//   PROBE        which values a probe writes (PROBE_* constants), when OUTPUT is probe
//   DEBUG_VIEW   a view of the derivatives instead of the scene (DEBUG_VIEW_* constants)
//   ADAPTIVE_STAGE  which pass of the adaptive filter this is (pipeline/coverage.glsl)
// The scene provides vec3 sdgScene(vec2 u) (distance and gradient in warp space) and
// vec3 sceneColor(vec2 u) (ink colour, linear light). Optionally, a scene that
// #defines SCENE_STROKE_SCALE and provides float sceneStrokeScale(vec2 u) (> 0) has the
// `strip` filter's stroke width multiplied by it at u (pipeline/coverage.glsl): one image
// can then hold strokes of several widths.
//
// Per pixel (shaders/pipeline/): p = V(px), u = W(p), (f, g) = S(u),
//             g_px = Jv^T Jw^T g      (chain rule: gradient per device pixel)
//             d_px = f / |g_px|       (first-order distance to the edge in device pixels)
#include "color/srgb.glsl"
#include "pipeline/field.glsl"
#include "pipeline/gradient.glsl"
#include "pipeline/coverage.glsl"
#include "debug/views.glsl"

uniform vec4 u_background; // linear rgb and straight alpha
uniform float u_time;      // seconds; frozen in test mode

#if ADAPTIVE_STAGE == ADAPTIVE_STAGE_MARK
// The adaptive filter's first pass keeps each pixel's linear model for the gate
// (adaptive/gate.frag.glsl): f, g_px and the footprint's reach (signed, markReach).
layout(location = 0) out vec4 outColor;
layout(location = 1) out vec4 outMark;
#else
out vec4 outColor;
#endif

// Ink over the background, premultiplied, in linear light. A scene may paint its own background under the ink (the
// optimisation lab's height shading) by defining SCENE_BACKGROUND and sceneBackground(u).
vec4 composite(vec3 ink, float alpha, vec2 u) {
#ifdef SCENE_BACKGROUND
  vec4 back = vec4(sceneBackground(u), 1.0);
#else
  vec4 back = vec4(u_background.rgb * u_background.a, u_background.a);
#endif
  return vec4(ink * alpha, alpha) + back * (1.0 - alpha);
}

#include "pipeline/reference.glsl"

struct Shaded {
  vec4 color;     // premultiplied, linear light
  float coverage; // shape mask
};

Shaded shadePixel(vec2 px) {
#if AA_SOURCE == AA_SOURCE_REFERENCE
  float alpha;
  vec4 color = referenceColor(px, alpha);
  return Shaded(color, alpha);
#else
  vec2 u;
  mat2 warpJacobian;
  vec3 field = fieldAtPixel(px, u, warpJacobian);
  vec2 gPx = pixelGradient(field, warpJacobian, px);
  float alpha = coverage(field, warpJacobian, gPx, px);
#if ADAPTIVE_STAGE == ADAPTIVE_STAGE_MARK
  outMark = vec4(sourceValue(field.x, gPx, px), gPx, markReach(field, warpJacobian));
#endif
  return Shaded(composite(sceneColor(u), alpha, u), alpha);
#endif
}

// One function per output; main() picks one, so no branch nests more than a level deep.

#if OUTPUT == OUTPUT_PROBE && PROBE == PROBE_HESSIAN
// The field's Hessian in warp space (hxx, hxy, hyy) and f, for scenes given by a formula.
// Its own function: the field is evaluated once, as a jet, not also through sdgScene.
vec4 probeOutput(vec2 px) {
  mat2 warpJacobian;
  vec2 u = WARP_FN(viewWorld(px), warpJacobian);
#ifdef SCENE_AD
  AD jet;
  fieldAD(ad_x(u), ad_y(u), jet);
  return vec4(jet.h, jet.v);
#else
  return vec4(0.0);
#endif
}
#elif OUTPUT == OUTPUT_PROBE
// The values the host reads back to check each stage of the chain rule.
vec4 probeOutput(vec2 px) {
  vec2 u;
  mat2 warpJacobian;
  vec3 field = fieldAtPixel(px, u, warpJacobian);
  vec2 gPx = pixelGradient(field, warpJacobian, px);
#if PROBE == PROBE_FIELD
  return vec4(field, coverage(field, warpJacobian, gPx, px));
#elif PROBE == PROBE_PIXEL
  return vec4(pixelDistance(field.x, gPx), gPx, coverage(field, warpJacobian, gPx, px));
#elif PROBE == PROBE_WARP
  return vec4(u, determinant(warpJacobian), 0.0);
#elif PROBE == PROBE_JACOBIAN
  // Row-major: du/dx, du/dy, dv/dx, dv/dy.
  return vec4(warpJacobian[0][0], warpJacobian[1][0], warpJacobian[0][1], warpJacobian[1][1]);
#elif PROBE == PROBE_WORLD
  return vec4(viewWorld(px), px);
#endif
}
#endif

#if OUTPUT == OUTPUT_COLOR && DEBUG_VIEW != DEBUG_VIEW_NONE
// A view of the derivatives behind the edge instead of the scene; `alpha` is its coverage.
vec4 debugOutput(vec2 px, float alpha) {
  vec2 u;
  mat2 warpJacobian;
  vec3 field = fieldAtPixel(px, u, warpJacobian);
  vec2 gPx = pixelGradient(field, warpJacobian, px);
#if DEBUG_VIEW == DEBUG_VIEW_BANDS
  return vec4(debugBands(pixelDistance(field.x, gPx), alpha), 1.0);
#elif DEBUG_VIEW == DEBUG_VIEW_SLOPE
  return vec4(debugSlope(transpose(warpJacobian) * field.yz), 1.0);
#elif DEBUG_VIEW == DEBUG_VIEW_JACOBIAN
  return vec4(debugJacobian(determinant(warpJacobian)), 1.0);
#elif DEBUG_VIEW == DEBUG_VIEW_DIRECTION
  return vec4(debugDirection(gPx, alpha), 1.0);
#elif DEBUG_VIEW == DEBUG_VIEW_ERROR
  // The same per-pixel error the quality numbers use: this method's mask against the
  // REFERENCE_N x REFERENCE_N supersampled one (exactly 0 when the method is that reference).
  float referenceCoverage;
  referenceColor(px, referenceCoverage);
  return vec4(debugError(abs(alpha - referenceCoverage)), 1.0);
#endif
}
#endif

// Encode the straight colour, then premultiply again: the canvas expects premultiplied sRGB.
vec4 colorOutput(vec4 linear) {
  vec3 straight = linear.a > 0.0 ? linear.rgb / linear.a : vec3(0.0);
  return vec4(srgbEncode(straight) * linear.a, linear.a);
}

void main() {
  vec2 px = gl_FragCoord.xy;
#if OUTPUT == OUTPUT_PROBE
  outColor = probeOutput(px);
#else
  Shaded shaded = shadePixel(px);
#if OUTPUT == OUTPUT_COVERAGE
  outColor = vec4(vec3(shaded.coverage), 1.0);
#elif DEBUG_VIEW != DEBUG_VIEW_NONE
  outColor = debugOutput(px, shaded.coverage);
#else
  outColor = colorOutput(shaded.color);
#endif
#endif
}
