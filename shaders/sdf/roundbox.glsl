// Rounded box: an axis-aligned box with half extents b, centred at the origin, whose four
// corners are rounded with the same radius r.
//   float sdRoundBox(vec2 p, vec2 b, float r)   signed distance, d < 0 inside
//   vec3  sdgRoundBox(vec2 p, vec2 b, float r)  vec3(d, dd/dx, dd/dy)
// p, b and r in warp-space units; b > 0 is the full half size (corners included) and
// 0 <= r <= min(b.x, b.y). The shape is the box with half extents b - r grown by r, so
// the field is exact everywhere and the gradient is that box's gradient.
// The gradient is undefined on the inner box's medial axis (the kinks inside), where one of
// the two sides is returned; it is never zero or NaN.
// Follows Inigo Quilez, "2D distance functions" (sdRoundedBox) and "2D SDF gradients".
#include "sdf/box.glsl"

float sdRoundBox(vec2 p, vec2 b, float r) {
  return sdBox(p, b - r) - r;
}

vec3 sdgRoundBox(vec2 p, vec2 b, float r) {
  vec3 inner = sdgBox(p, b - r);
  return vec3(inner.x - r, inner.yz);
}
