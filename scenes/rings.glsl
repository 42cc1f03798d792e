/*{
  "id": "rings",
  "name": "Zone plate",
  "description": "Concentric rings whose spacing shrinks with radius (phase t = r / period + chirp r^2): a zone plate, the classic aliasing test. The field is a triangle wave of the phase, a true distance across each ring up to the chirp, with kinks only midway inside and between rings. Raise the chirp until rings fall below a pixel and the moire shows; 'interference' XORs two plates side by side.",
  "params": [
    { "name": "period", "label": "period at the centre", "type": "float", "min": 0.02, "max": 0.5, "step": 0.005, "default": 0.16 },
    { "name": "chirp", "type": "float", "min": 0, "max": 60, "step": 0.1, "default": 7 },
    { "name": "interference", "type": "bool", "default": false },
    { "name": "separation", "type": "float", "min": 0, "max": 2, "step": 0.01, "default": 0.7 },
    { "name": "ink", "type": "color", "default": [0.93, 0.9, 0.82] },
    { "name": "ink2", "label": "outer colour", "type": "color", "default": [0.35, 0.62, 0.95] }
  ],
  "defaults": {
    "warp": "identity",
    "view": { "center": [0, 0], "zoom": 1, "rotation": 0 },
    "aa": { "source": "analytic", "filter": "adaptive", "fadeWidth": 1 }
  }
}*/
// About a centre c, with r = |u - c| and t(r) = r / period + chirp r^2 (rings per unit):
//   F = |fract(t) - 1/2| - 1/4          (< 0 on the rings: fract(t) in (1/4, 3/4))
//   grad F = sign(fract(t) - 1/2) t'(r) r_hat,   t'(r) = 1 / period + 2 chirp r
// so F / |grad F| is the distance to the nearest ring edge in r, to first order. The ring
// spacing at radius r is 1 / t'(r). Interference: the XOR of two plates,
// max(min(a, b), -max(a, b)), whose gradient is the selected operand's (negated for -max).
#include "color/srgb.glsl"

vec3 rings_plate(vec2 u, vec2 c) {
  vec2 q = u - c;
  float r = length(q);
  float t = r / u_period + u_chirp * r * r;
  float w = fract(t) - 0.5;
  float slope = (w < 0.0 ? -1.0 : 1.0) * (1.0 / u_period + 2.0 * u_chirp * r);
  return vec3(abs(w) - 0.25, r > 0.0 ? slope * q / r : vec2(0.0));
}

vec3 sdgScene(vec2 u) {
  if (!u_interference) return rings_plate(u, vec2(0.0));
  vec2 shift = vec2(0.5 * u_separation, 0.0);
  vec3 a = rings_plate(u, -shift);
  vec3 b = rings_plate(u, shift);
  vec3 lo = a.x < b.x ? a : b;
  vec3 hi = a.x < b.x ? b : a;
  return lo.x > -hi.x ? lo : -hi;
}

// Colour by radius: ink at the centre fading to ink2 at the view's edge.
vec3 sceneColor(vec2 u) {
  return mix(u_ink, u_ink2, smoothstep(0.2, 1.6, length(u)));
}
