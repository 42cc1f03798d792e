// Linear ramp `width` device pixels wide, centred on the edge.
//   float aaLinear(float dPx, float width)
//   dPx: signed distance to the edge in device pixels (d < 0 inside).
//   width: fade width in device pixels, >= 0; 0 gives a hard edge (no division by zero).
// Returns coverage in [0, 1]: 1 at dPx <= -width/2, 0 at dPx >= width/2.
#include "aa/step.glsl"

float aaLinear(float dPx, float width) {
  return width > 0.0 ? clamp(0.5 - dPx / width, 0.0, 1.0) : aaStep(dPx);
}
