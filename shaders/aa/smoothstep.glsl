// Smoothstep ramp `width` device pixels wide, centred on the edge.
//   float aaSmoothstep(float dPx, float width)
//   dPx: signed distance to the edge in device pixels (d < 0 inside); width >= 0.
// Returns coverage in [0, 1]; width 0 gives a hard edge. Its 10-90 % width is ~0.6 x
// width (the linear ramp's is 0.8 x width).
#include "aa/step.glsl"

float aaSmoothstep(float dPx, float width) {
  return width > 0.0 ? 1.0 - smoothstep(-0.5 * width, 0.5 * width, dPx) : aaStep(dPx);
}
