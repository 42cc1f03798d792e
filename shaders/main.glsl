// The fragment shader of every variant. The host's generated root includes, in order,
// the warp chunk, the scene file and this file, and the preamble defines:
//   WARP_FN      the warp function: vec2 WARP_FN(vec2 p, out mat2 J)
//   AA_SOURCE    where the pixel-space gradient comes from (AA_SOURCE_* constants)
//   AA_FILTER    how a pixel distance becomes coverage (AA_FILTER_* constants)
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

uniform float u_fadeWidth; // device pixels, >= 0
uniform vec4 u_background; // linear rgb and straight alpha
uniform float u_time;      // seconds; frozen in test mode

out vec4 outColor;

// Where the gradient vanishes the edge is infinitely far in pixels: fully in or out.
float pixelDistance(float f, vec2 gPx) {
  float slope = length(gPx);
  return slope > 0.0 ? f / slope : (f < 0.0 ? -1e30 : 1e30);
}

float coverage(float f, vec2 gPx) {
#if AA_SOURCE == AA_SOURCE_NONE || AA_FILTER == AA_FILTER_STEP
  return aaStep(f);
#elif AA_FILTER == AA_FILTER_LINEAR
  return aaLinear(pixelDistance(f, gPx), u_fadeWidth);
#else
#error unknown AA_FILTER
#endif
}

// Ink over the background, premultiplied, in linear light.
vec4 composite(vec3 ink, float alpha) {
  vec4 back = vec4(u_background.rgb * u_background.a, u_background.a);
  return vec4(ink * alpha, alpha) + back * (1.0 - alpha);
}

void main() {
  vec2 px = gl_FragCoord.xy;
  vec2 p = viewWorld(px);
  mat2 warpJacobian;
  vec2 u = WARP_FN(p, warpJacobian);
  vec3 field = sdgScene(u);
  vec2 gPx = transpose(u_viewJacobian) * (transpose(warpJacobian) * field.yz);
  float alpha = coverage(field.x, gPx);

#if OUTPUT == OUTPUT_COLOR
  vec4 linear = composite(sceneColor(u), alpha);
  // Encode the straight colour, then premultiply again: the canvas expects premultiplied sRGB.
  vec3 straight = linear.a > 0.0 ? linear.rgb / linear.a : vec3(0.0);
  outColor = vec4(srgbEncode(straight) * linear.a, linear.a);
#elif OUTPUT == OUTPUT_COVERAGE
  outColor = vec4(vec3(alpha), 1.0);
#elif OUTPUT == OUTPUT_PROBE
#if PROBE == PROBE_FIELD
  outColor = vec4(field, alpha);
#elif PROBE == PROBE_PIXEL
  outColor = vec4(pixelDistance(field.x, gPx), gPx, alpha);
#elif PROBE == PROBE_WARP
  outColor = vec4(u, determinant(warpJacobian), 0.0);
#elif PROBE == PROBE_JACOBIAN
  // Row-major: du/dx, du/dy, dv/dx, dv/dy.
  outColor = vec4(warpJacobian[0][0], warpJacobian[1][0], warpJacobian[0][1], warpJacobian[1][1]);
#elif PROBE == PROBE_WORLD
  outColor = vec4(p, px);
#endif
#endif
}
