// The optimisation lab's scene: contour lines of an objective f(u) typed as a formula
// (fieldAD, generated before this file is included), over a light height shading.
//   vec3 sdgScene(vec2 u)        vec3(F, dF/du): F = T - s * round(T / s), the distance in
//                                level units to the nearest contour, with
//                                T = asinh((f - u_labLevelRef) / u_labLevelScale)
//   float sceneStrokeScale(u)    index contours (every fifth level) twice as wide
//   vec3 sceneColor(vec2 u)      contour ink, linear light
//   vec3 sceneBackground(vec2 u) height shading, linear light
// asinh spaces levels evenly near the minimum and logarithmically far from it, so a bowl
// and Rosenbrock's 2500-high walls both get readable contours. dT/df = 1 / (scale *
// sqrt(1 + q^2)), q = (f - ref) / scale, so grad F = grad f * dT/df, and the strip filter
// draws every contour exactly strokeWidth device pixels wide, as the isolines scene does.
#define SCENE_STROKE_SCALE
#define SCENE_BACKGROUND
#include "color/srgb.glsl"

uniform float u_labLevelRef;   // f at the lowest minimum found (world units of f)
uniform float u_labLevelScale; // f units per asinh unit, > 0
uniform float u_labSpacing;    // asinh units between contours, > 0

// vec3(T, dT/du).
vec3 lab_level(vec2 u) {
  AD f;
  fieldAD(ad_x(u), ad_y(u), f);
  float q = (f.v - u_labLevelRef) / u_labLevelScale;
  // asinh, written so it stays accurate for q < 0 too (it is odd).
  float t = sign(q) * log(abs(q) + sqrt(q * q + 1.0));
  return vec3(t, f.g / (u_labLevelScale * sqrt(1.0 + q * q)));
}

vec3 sdgScene(vec2 u) {
  vec3 t = lab_level(u);
  return vec3(t.x - u_labSpacing * round(t.x / u_labSpacing), t.yz);
}

float sceneStrokeScale(vec2 u) {
  int n = int(round(lab_level(u).x / u_labSpacing));
  return abs(n) % 5 == 0 ? 2.0 : 1.0;
}

vec3 sceneColor(vec2 u) {
  return srgbDecode(vec3(0.16, 0.2, 0.28));
}

// Low ground pale blue, high ground warm sand: the shading says which way is down.
vec3 sceneBackground(vec2 u) {
  float h = tanh(lab_level(u).x / 6.0);
  vec3 low = vec3(0.8, 0.88, 0.96);
  vec3 high = vec3(0.98, 0.93, 0.82);
  return srgbDecode(mix(low, high, 0.5 + 0.5 * h));
}
