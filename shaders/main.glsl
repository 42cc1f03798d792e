// The fragment shader of every variant. The host's generated root includes, in order,
// the warp chunk, the scene file and this file, and the preamble defines:
//   WARP_FN      the warp function: vec2 WARP_FN(vec2 p, out mat2 J)
//   AA_SOURCE    where the pixel-space gradient comes from (AA_SOURCE_* constants)
//   AA_FILTER    how a pixel distance becomes coverage (AA_FILTER_* constants)
//   REFERENCE_N  samples per side when AA_SOURCE is AA_SOURCE_REFERENCE
//   OUTPUT       colour, coverage mask or probe values (OUTPUT_* constants)
//   PROBE        which values a probe writes (PROBE_* constants), when OUTPUT is probe
// The scene provides vec3 sdgScene(vec2 u) (distance and gradient in warp space) and
// vec3 sceneColor(vec2 u) (ink colour, linear light).
//
// Per pixel:  p = V(px), u = W(p), (f, g) = S(u),
//             g_px = Jv^T Jw^T g      (chain rule: gradient per device pixel)
//             d_px = f / |g_px|       (first-order distance to the edge in device pixels)
#include "view/view.glsl"
#include "color/srgb.glsl"
#include "aa/step.glsl"
#include "aa/linear.glsl"
#include "aa/smoothstep.glsl"
#include "aa/box.glsl"
#include "aa/strip.glsl"

uniform float u_fadeWidth;   // device pixels, >= 0
uniform float u_strokeWidth; // device pixels, > 0 (strip filter)
uniform vec4 u_background;   // linear rgb and straight alpha
uniform float u_time;        // seconds; frozen in test mode

out vec4 outColor;

// Step of the finite-difference source, in device pixels: small enough to stay on one
// side of most kinks, large enough that float32 differences of f keep ~4 digits.
const float FD_STEP_PX = 0.25;

// The scene field at a device-pixel position, through the view and the warp.
vec3 fieldAtPixel(vec2 px, out vec2 u, out mat2 warpJacobian) {
  u = WARP_FN(viewWorld(px), warpJacobian);
  return sdgScene(u);
}

float fieldValueAtPixel(vec2 px) {
  vec2 u;
  mat2 jacobian;
  return fieldAtPixel(px, u, jacobian).x;
}

// The gradient of f per device pixel, from the selected derivative source.
vec2 pixelGradient(vec3 field, mat2 warpJacobian, vec2 px) {
#if AA_SOURCE == AA_SOURCE_NAIVE
  // The classic bug: warp-space distance taken as world distance.
  return transpose(u_viewJacobian) * field.yz;
#elif AA_SOURCE == AA_SOURCE_HARDWARE
  return vec2(dFdx(field.x), dFdy(field.x));
#elif AA_SOURCE == AA_SOURCE_FINITE_DIFFERENCE
  // Central differences of the whole chain; a loop keeps one inlined copy of the scene.
  float samples[4];
  for (int k = 0; k < 4; k++) {
    vec2 step = vec2(k < 2 ? FD_STEP_PX : 0.0, k < 2 ? 0.0 : FD_STEP_PX);
    samples[k] = fieldValueAtPixel(px + (k % 2 == 0 ? step : -step));
  }
  return vec2(samples[0] - samples[1], samples[2] - samples[3]) / (2.0 * FD_STEP_PX);
#else
  return transpose(u_viewJacobian) * (transpose(warpJacobian) * field.yz);
#endif
}

// Where the gradient vanishes the edge is infinitely far in pixels: fully in or out.
float pixelDistance(float f, vec2 gPx) {
  float slope = length(gPx);
  return slope > 0.0 ? f / slope : (f < 0.0 ? -1e30 : 1e30);
}

// Adaptive refinement: a pixel whose field bends by more than this many pixels inside its
// footprint (corners, junctions, features squeezed below a pixel) is split into
// ADAPTIVE_SPLIT x ADAPTIVE_SPLIT sub-squares, each with its own first-order box coverage.
const float ADAPTIVE_TOLERANCE_PX = 0.02;
const int ADAPTIVE_SPLIT = 4;

float filterCoverage(float f, vec2 gPx, float width) {
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
  return aaStrip(d, normal, width, u_strokeWidth);
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

float adaptiveCoverage(vec2 px, float f, vec2 gPx) {
  float base = filterCoverage(f, gPx, u_fadeWidth);
  float slope = length(gPx);
  float reach = 0.5 * u_fadeWidth;
  // Far from every edge the first-order answer is exact (0 or 1): no more samples.
  if (slope <= 0.0 || abs(f) > 1.5 * u_fadeWidth * slope) return base;
  // Samples 0-3 test the footprint's corners against the linear model; if it bends, samples
  // 4.. cover the sub-squares. One loop, one call site: the scene is inlined once here.
  const int CORNERS = 4;
  const int TOTAL = CORNERS + ADAPTIVE_SPLIT * ADAPTIVE_SPLIT;
  float sub = u_fadeWidth / float(ADAPTIVE_SPLIT);
  float bend = 0.0;
  float sum = 0.0;
  for (int k = 0; k < TOTAL; k++) {
    if (k == CORNERS && bend <= ADAPTIVE_TOLERANCE_PX * slope) return base;
    int cell = k - CORNERS;
    vec2 at = k < CORNERS
      ? px + reach * vec2(k == 0 || k == 2 ? -1.0 : 1.0, k < 2 ? -1.0 : 1.0)
      : px + (vec2(cell % ADAPTIVE_SPLIT, cell / ADAPTIVE_SPLIT) + 0.5) * sub - reach;
    vec2 u;
    mat2 warpJacobian;
    vec3 field = fieldAtPixel(at, u, warpJacobian);
    if (k < CORNERS) bend = max(bend, abs(field.x - (f + dot(gPx, at - px))));
    else sum += filterCoverage(field.x, subPixelGradient(field, warpJacobian, at, gPx), sub);
  }
  return sum / float(ADAPTIVE_SPLIT * ADAPTIVE_SPLIT);
}

float coverage(float f, vec2 gPx, vec2 px) {
#if AA_SOURCE == AA_SOURCE_NONE || AA_FILTER == AA_FILTER_STEP
  return aaStep(f);
#elif AA_FILTER == AA_FILTER_ADAPTIVE
  return adaptiveCoverage(px, f, gPx);
#else
  return filterCoverage(f, gPx, u_fadeWidth);
#endif
}

// Ink over the background, premultiplied, in linear light.
vec4 composite(vec3 ink, float alpha) {
  vec4 back = vec4(u_background.rgb * u_background.a, u_background.a);
  return vec4(ink * alpha, alpha) + back * (1.0 - alpha);
}

// Hash in [0, 1)^2 for jittering reference samples; deterministic per pixel and sample.
vec2 referenceJitter(vec2 cell) {
  vec3 q = fract(vec3(cell.xyx) * vec3(0.1031, 0.1030, 0.0973));
  q += dot(q, q.yzx + 33.33);
  return fract((q.xx + q.yz) * q.zy);
}

struct Shaded {
  vec4 color;     // premultiplied, linear light
  float coverage; // shape mask
};

Shaded shadePixel(vec2 px) {
#if AA_SOURCE == AA_SOURCE_REFERENCE
  // N x N jittered stratified samples of the hard-edged scene over the pixel square,
  // composited per sample in linear light.
  Shaded sum = Shaded(vec4(0.0), 0.0);
  for (int j = 0; j < REFERENCE_N; j++) {
    for (int i = 0; i < REFERENCE_N; i++) {
      vec2 cell = vec2(i, j);
      vec2 offset = (cell + referenceJitter(px * 17.0 + cell)) / float(REFERENCE_N) - 0.5;
      vec2 u;
      mat2 warpJacobian;
      vec3 field = fieldAtPixel(px + offset, u, warpJacobian);
      float inside = aaStep(field.x);
      sum.color += composite(sceneColor(u), inside);
      sum.coverage += inside;
    }
  }
  float n2 = float(REFERENCE_N * REFERENCE_N);
  return Shaded(sum.color / n2, sum.coverage / n2);
#else
  vec2 u;
  mat2 warpJacobian;
  vec3 field = fieldAtPixel(px, u, warpJacobian);
  float alpha = coverage(field.x, pixelGradient(field, warpJacobian, px), px);
  return Shaded(composite(sceneColor(u), alpha), alpha);
#endif
}

void main() {
  vec2 px = gl_FragCoord.xy;
#if OUTPUT == OUTPUT_PROBE
  vec2 u;
  mat2 warpJacobian;
  vec3 field = fieldAtPixel(px, u, warpJacobian);
  vec2 gPx = pixelGradient(field, warpJacobian, px);
#if PROBE == PROBE_FIELD
  outColor = vec4(field, coverage(field.x, gPx, px));
#elif PROBE == PROBE_PIXEL
  outColor = vec4(pixelDistance(field.x, gPx), gPx, coverage(field.x, gPx, px));
#elif PROBE == PROBE_WARP
  outColor = vec4(u, determinant(warpJacobian), 0.0);
#elif PROBE == PROBE_JACOBIAN
  // Row-major: du/dx, du/dy, dv/dx, dv/dy.
  outColor = vec4(warpJacobian[0][0], warpJacobian[1][0], warpJacobian[0][1], warpJacobian[1][1]);
#elif PROBE == PROBE_WORLD
  outColor = vec4(viewWorld(px), px);
#endif
#else
  Shaded shaded = shadePixel(px);
#if OUTPUT == OUTPUT_COLOR
  // Encode the straight colour, then premultiply again: the canvas expects premultiplied sRGB.
  vec4 linear = shaded.color;
  vec3 straight = linear.a > 0.0 ? linear.rgb / linear.a : vec3(0.0);
  outColor = vec4(srgbEncode(straight) * linear.a, linear.a);
#elif OUTPUT == OUTPUT_COVERAGE
  outColor = vec4(vec3(shaded.coverage), 1.0);
#endif
#endif
}
