/*{
  "id": "circle",
  "name": "Circle",
  "description": "A disc of radius 0.6: the simplest edge, and the one the tests measure."
}*/
#include "color/srgb.glsl"
#include "sdf/circle.glsl"

const float CIRCLE_RADIUS = 0.6;

vec3 sdgScene(vec2 u) {
  return sdgCircle(u, CIRCLE_RADIUS);
}

vec3 sceneColor(vec2 u) {
  return srgbDecode(vec3(0.96, 0.62, 0.18));
}
