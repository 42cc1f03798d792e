// The reference: N x N jittered stratified samples of the hard-edged scene per pixel.
//   vec2 referenceJitter(vec2 cell)   deterministic hash in [0, 1)^2 per pixel and sample
//   vec4 referenceColor(vec2 px, out float coverage)   premultiplied linear colour and the
//        shape mask, averaged over the pixel square (N = REFERENCE_N, a compile-time bound)
// Above REFERENCE_PROBE_N samples per side a pixel first takes a PROBE_N x PROBE_N probe
// (its own jitter). Where the probe is all inside or all outside, and so are the probes of
// the other pixels of its 2x2 quad, no edge is near and the probe is the answer; only the
// rest take all N x N samples. That makes 64 x 64 affordable: most pixels touch no edge.
// Needs composite() and sceneColor() to be defined before it is included.
#include "pipeline/field.glsl"
#include "aa/step.glsl"

// Where this draw's pixels sit in the whole image (an export tile's offset; 0 on screen),
// so a tiled export jitters each pixel exactly as an untiled render does.
uniform vec2 u_pixelOffset;

#define REFERENCE_PROBE_N 16

// Hash in [0, 1)^2 for jittering reference samples; deterministic per pixel and sample.
vec2 referenceJitter(vec2 cell) {
  vec3 q = fract(vec3(cell.xyx) * vec3(0.1031, 0.1030, 0.0973));
  q += dot(q, q.yzx + 33.33);
  return fract((q.xx + q.yz) * q.zy);
}

// n x n stratified samples; `seed` separates the probe's jitter from the full grid's.
vec4 referenceGrid(vec2 px, int n, float seed, out float coverage) {
  vec4 color = vec4(0.0);
  coverage = 0.0;
  for (int j = 0; j < n; j++) {
    for (int i = 0; i < n; i++) {
      vec2 cell = vec2(i, j);
      vec2 jitter = referenceJitter((px + u_pixelOffset) * 17.0 + cell + seed);
      vec2 offset = (cell + jitter) / float(n) - 0.5;
      vec2 u;
      mat2 warpJacobian;
      vec3 field = fieldAtPixel(px + offset, u, warpJacobian);
      float inside = aaStep(field.x);
      color += composite(sceneColor(u), inside, u);
      coverage += inside;
    }
  }
  float n2 = float(n * n);
  coverage /= n2;
  return color / n2;
}

vec4 referenceColor(vec2 px, out float coverage) {
#if REFERENCE_N > REFERENCE_PROBE_N
  // Called in uniform control flow, so the quad's derivatives of the probe exist here.
  vec4 probe = referenceGrid(px, REFERENCE_PROBE_N, 0.5, coverage);
  bool uniformQuad = dFdx(coverage) == 0.0 && dFdy(coverage) == 0.0;
  if (uniformQuad && (coverage == 0.0 || coverage == 1.0)) return probe;
#endif
  return referenceGrid(px, REFERENCE_N, 0.0, coverage);
}
