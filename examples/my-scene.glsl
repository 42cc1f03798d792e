/*{
  "id": "my-scene",
  "name": "My scene",
  "description": "What it shows.",
  "params": [
    { "name": "radius", "type": "float", "min": 0.1, "max": 1, "step": 0.01, "default": 0.5 },
    { "name": "ink", "type": "color", "default": [0.9, 0.4, 0.2] },
    { "name": "hollow", "type": "bool", "default": false }
  ],
  "defaults": { "warp": "swirl", "view": { "zoom": 1.2 }, "aa": { "filter": "box" } }
}*/
#include "sdf/circle.glsl"
#include "ops/onion.glsl"

// Distance and gradient in warp space: vec3(d, dd/dx, dd/dy), d < 0 inside.
vec3 sdgScene(vec2 u) {
  vec3 disc = sdgCircle(u, u_radius);
  return u_hollow ? opOnion(disc, 0.05) : disc;
}

// Ink colour in linear light (colour parameters arrive already linear).
vec3 sceneColor(vec2 u) { return u_ink; }
