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
  "defaults": { "view": { "zoom": 0.55 } }
}*/
// f(r, a) = r - 1 + A sin(k a + t r^2), with r = |u| and a = atan2(u.y, u.x).
//   df/dr = 1 + 2 A t r cos(k a + t r^2)       df/da = A k cos(k a + t r^2)
//   grad f = df/dr r_hat + (1 / r) df/da a_hat  (r_hat = u / r, a_hat = perp(r_hat))
// The 1/r term is bounded near the centre by the floor on r; f is far from 0 there.
#include "color/srgb.glsl"

vec3 sdgScene(vec2 u) {
  float r = max(length(u), 1e-6);
  float a = atan(u.y, u.x);
  float k = float(u_lobes);
  float phase = k * a + u_twist * r * r;
  float c = cos(phase);
  float f = r - 1.0 + u_amplitude * sin(phase);
  vec2 radial = u / r;
  vec2 angular = vec2(-radial.y, radial.x);
  vec2 g = (1.0 + 2.0 * u_amplitude * u_twist * r * c) * radial + (u_amplitude * k * c / r) * angular;
  return vec3(f, g);
}

vec3 sceneColor(vec2 u) {
  return u_ink;
}
