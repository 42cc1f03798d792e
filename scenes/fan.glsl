/*{
  "id": "fan",
  "name": "Three-lobe fan",
  "description": "Inigo Quilez's polar fan f(r, a) = r - 1 + A sin(k a + t r^2): an implicit field, not a distance. Its edge stays exactly fade-width soft because the gradient, not the value, sets the pixel distance.",
  "params": [
    { "name": "lobes", "type": "int", "min": 1, "max": 12, "default": 3 },
    { "name": "twist", "type": "float", "min": -6, "max": 6, "step": 0.01, "default": 2 },
    { "name": "amplitude", "type": "float", "min": 0, "max": 0.9, "step": 0.01, "default": 0.5 },
    { "name": "ink", "type": "color", "default": [0.35, 0.78, 0.62] }
  ],
  "field": "r = hypot(u, v); a = atan2(v, u); r - 1 + amplitude * sin(lobes * a + twist * r^2)",
  "defaults": { "view": { "zoom": 0.55 } }
}*/
// f(r, a) = r - 1 + A sin(k a + t r^2), with r = |u| and a = atan2(u.y, u.x), given as the
// header's "field" formula: the host generates sdgScene from it with exact gradients and
// Hessians by automatic differentiation, so the `second-order` source can bend the edge by
// the field's curvature. Near r = 0 the 1/r in the angular derivative grows without
// bound, but f is far from 0 there (r - 1 + A sin < 0 for A < 1).
#include "color/srgb.glsl"

vec3 sceneColor(vec2 u) {
  return u_ink;
}
