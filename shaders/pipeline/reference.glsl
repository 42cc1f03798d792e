// The reference: N x N jittered stratified samples of the hard-edged scene per pixel.
//   vec2 referenceJitter(vec2 cell)   deterministic hash in [0, 1)^2 per pixel and sample
//   vec4 referenceColor(vec2 px, out float coverage)   premultiplied linear colour and the
//        shape mask, averaged over the pixel square (N = REFERENCE_N, a compile-time bound)
// Needs composite() and sceneColor() to be defined before it is included.
#include "pipeline/field.glsl"
#include "aa/step.glsl"

// Where this draw's pixels sit in the whole image (an export tile's offset; 0 on screen),
// so a tiled export jitters each pixel exactly as an untiled render does.
uniform vec2 u_pixelOffset;

// Hash in [0, 1)^2 for jittering reference samples; deterministic per pixel and sample.
vec2 referenceJitter(vec2 cell) {
  vec3 q = fract(vec3(cell.xyx) * vec3(0.1031, 0.1030, 0.0973));
  q += dot(q, q.yzx + 33.33);
  return fract((q.xx + q.yz) * q.zy);
}

vec4 referenceColor(vec2 px, out float coverage) {
  vec4 color = vec4(0.0);
  coverage = 0.0;
  for (int j = 0; j < REFERENCE_N; j++) {
    for (int i = 0; i < REFERENCE_N; i++) {
      vec2 cell = vec2(i, j);
      vec2 offset = (cell + referenceJitter((px + u_pixelOffset) * 17.0 + cell)) / float(REFERENCE_N) - 0.5;
      vec2 u;
      mat2 warpJacobian;
      vec3 field = fieldAtPixel(px + offset, u, warpJacobian);
      float inside = aaStep(field.x);
      color += composite(sceneColor(u), inside, u);
      coverage += inside;
    }
  }
  float n2 = float(REFERENCE_N * REFERENCE_N);
  coverage /= n2;
  return color / n2;
}
