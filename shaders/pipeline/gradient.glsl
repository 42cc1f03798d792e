// The derivative sources: the gradient of f per device pixel, and the distance it implies.
//   vec2  pixelGradient(vec3 field, mat2 warpJacobian, vec2 px)   selected by AA_SOURCE
//   float pixelDistance(float f, vec2 gPx)   first-order distance to the edge, device px
// analytic: g_px = Jv^T Jw^T g, the chain rule; naive drops Jw; hardware is dFdx/dFdy of f
// (call it in uniform control flow); finite-difference differences the whole chain.
// autodiff and second-order use the analytic formula with Jw from dual numbers
// (pipeline/field.glsl); second-order also moves the distance (secondOrderDistance).
#include "pipeline/field.glsl"

// Step of the finite-difference source, in device pixels: small enough to stay on one
// side of most kinks, large enough that float32 differences of f keep ~4 digits.
const float FD_STEP_PX = 0.25;

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

#if AA_SOURCE == AA_SOURCE_SECOND_ORDER && defined(SCENE_AD) && defined(WARP_AD)
#define SECOND_ORDER_DISTANCE
// Distance to the edge in device pixels along the screen-space normal n, to second order.
// Jets seeded with the view's rows carry f, g_px and H_px through warp and field at once
// (the view is linear, so its Hessian is 0). Along n: f + |g| t + k t^2 / 2 = 0 with
// k = n^T H_px n; the root nearest 0 in the stable form -2f / (|g| + sqrt(|g|^2 - 2 k f)),
// and the first-order f / |g| where no real root exists.
float secondOrderDistance(vec2 px) {
  vec2 p = viewWorld(px);
  AD x = AD(p.x, vec2(u_viewJacobian[0][0], u_viewJacobian[1][0]), vec3(0.0));
  AD y = AD(p.y, vec2(u_viewJacobian[0][1], u_viewJacobian[1][1]), vec3(0.0));
  AD wu, wv;
  warpAD(x, y, wu, wv);
  AD f;
  fieldAD(wu, wv, f);
  float slope = length(f.g);
  if (slope <= 0.0) return f.v < 0.0 ? -1e30 : 1e30;
  vec2 n = f.g / slope;
  float k = n.x * n.x * f.h.x + 2.0 * n.x * n.y * f.h.y + n.y * n.y * f.h.z;
  float disc = slope * slope - 2.0 * k * f.v;
  return disc >= 0.0 ? 2.0 * f.v / (slope + sqrt(disc)) : f.v / slope;
}
#endif

// Where the gradient vanishes the edge is infinitely far in pixels: fully in or out.
float pixelDistance(float f, vec2 gPx) {
  float slope = length(gPx);
  return slope > 0.0 ? f / slope : (f < 0.0 ? -1e30 : 1e30);
}

