/*{
  "id": "dots",
  "name": "Dot lattice",
  "description": "A lattice of discs, period 0.25 across and 0.2 up, each column shifted by a third of a row from the last. Wrapped by the polar warp with 9 columns, the columns on either side of the atan2 cut do not match: the field jumps there while every disc stays whole, which is exactly where dFdx(f) fails.",
  "params": [
    { "name": "radius", "type": "float", "min": 0.01, "max": 0.095, "step": 0.001, "default": 0.065 }
  ]
}*/
#include "color/srgb.glsl"
#include "sdf/circle.glsl"

const vec2 DOTS_PERIOD = vec2(0.25, 0.2);

// Column index and the point relative to its nearest disc; columns shift by thirds of a row.
// The wrap is a translation, so the gradient passes through unchanged.
vec2 dots_local(vec2 u, out float column) {
  column = floor(u.x / DOTS_PERIOD.x + 0.5);
  float shift = mod(column, 3.0) / 3.0 * DOTS_PERIOD.y;
  vec2 q = vec2(u.x - column * DOTS_PERIOD.x, u.y - shift);
  q.y -= DOTS_PERIOD.y * floor(q.y / DOTS_PERIOD.y + 0.5);
  return q;
}

vec3 sdgScene(vec2 u) {
  float column;
  return sdgCircle(dots_local(u, column), u_radius);
}

vec3 sceneColor(vec2 u) {
  float column;
  dots_local(u, column);
  float k = mod(column, 3.0);
  vec3 srgb = k < 0.5 ? vec3(0.96, 0.78, 0.3) : k < 1.5 ? vec3(0.35, 0.72, 0.95) : vec3(0.93, 0.42, 0.4);
  return srgbDecode(srgb);
}
