/*{
  "id": "circle",
  "name": "Circle",
  "description": "A disc of radius 0.6: the simplest edge, and the one the tests measure.",
  "params": [
    { "name": "radius", "type": "float", "min": 0.05, "max": 1.5, "step": 0.01, "default": 0.6 },
    { "name": "ink", "type": "color", "default": [0.96, 0.62, 0.18] }
  ]
}*/
#include "sdf/circle.glsl"

vec3 sdgScene(vec2 u) {
  return sdgCircle(u, u_radius);
}

vec3 sceneColor(vec2 u) {
  return u_ink;
}
