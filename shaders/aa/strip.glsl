// Box-filtered coverage of a stroke centred on the edge.
//   float aaStrip(float dPx, vec2 normal, float width, float stroke)
//   dPx, normal, width: as in aaBox (width = filter square side, device pixels)
//   stroke: full stroke width in device pixels, > 0
// The stroke is the band |d| < stroke / 2, so its coverage is
// C(d - h) - C(d + h) with C = aaBox and h = stroke / 2. Summed across the line it
// gives `stroke` however thin the line is: a 0.25 px hairline stays a quarter-bright
// line instead of flickering between on and off.
#include "aa/box.glsl"

float aaStrip(float dPx, vec2 normal, float width, float stroke) {
  float h = 0.5 * stroke;
  return clamp(aaBox(dPx - h, normal, width) - aaBox(dPx + h, normal, width), 0.0, 1.0);
}
