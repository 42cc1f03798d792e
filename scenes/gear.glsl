/*{
  "id": "gear",
  "name": "Gear pair",
  "description": "Two meshing gears, each the polar implicit field F = r - R(a) with R(a) = pitch + height tanh(k cos(n a)) / tanh(k): smooth, flat-topped teeth whose exact gradient r_hat - R'(a) / r a_hat gets steep on the flanks. A keyed bore and lightening holes are subtracted. Turning the angle turns both gears, in mesh.",
  "params": [
    { "name": "teeth", "type": "int", "min": 6, "max": 40, "default": 18 },
    { "name": "teeth2", "label": "teeth (small gear)", "type": "int", "min": 6, "max": 40, "default": 11 },
    { "name": "sharpness", "type": "float", "min": 0.5, "max": 4, "step": 0.05, "default": 2.2 },
    { "name": "holes", "type": "int", "min": 0, "max": 8, "default": 5 },
    { "name": "angle", "type": "float", "min": -3.14159, "max": 3.14159, "step": 0.005, "default": 0, "animate": { "rate": 0.25 } },
    { "name": "ink", "label": "gear colour", "type": "color", "default": [0.9, 0.7, 0.32] },
    { "name": "ink2", "label": "small gear colour", "type": "color", "default": [0.5, 0.68, 0.86] }
  ],
  "defaults": {
    "warp": "identity",
    "view": { "center": [0, 0], "zoom": 1, "rotation": 0 },
    "aa": { "source": "analytic", "filter": "adaptive", "fadeWidth": 1 }
  }
}*/
// One gear with n teeth and pitch radius R0, turned by theta, in its own frame p = R(-theta) q:
//   r = |p|, a = atan2(p.y, p.x), s = n a
//   R(a)  = R0 - c + H T(s),  T(s) = tanh(k cos s) / tanh(k)    (teeth at s = 0 mod 2 pi;
//                                               H = 1.1 and clearance c = 0.15 module)
//   R'(a) = -H n k sin(s) (1 - tanh^2(k cos s)) / tanh(k)
//   F = r - R(a),  grad_p F = p / r - R'(a) / r * perp(p / r)    (perp(v) = (-v.y, v.x))
// and grad_q F = R(theta) grad_p F. Both gears share the module (pitch radius per tooth),
// so they mesh for any tooth counts; the centre distance is fixed and the module follows.
// The bore (with a key slot) and the lightening holes are true distances, subtracted.
#include "color/srgb.glsl"
#include "sdf/circle.glsl"
#include "sdf/box.glsl"
#include "ops/union.glsl"
#include "ops/subtraction.glsl"

// Centre distance of the pair (sum of pitch radii) and the direction from gear 1 to gear 2.
const float GEAR_SPAN = 1.1;
const float GEAR_DIRECTION = -0.32; // radians
const float GEAR_PI = 3.14159265;
const vec2 GEAR_SHIFT = vec2(0.0, -0.08); // centres the pair vertically

mat2 gear_rotation(float t) {
  return mat2(cos(t), sin(t), -sin(t), cos(t));
}

// Gear with n teeth, pitch radius r0, turned by theta, at q from its centre.
vec3 gear_wheel(vec2 q, float n, float r0, float theta) {
  mat2 turn = gear_rotation(theta);
  vec2 p = transpose(turn) * q; // R(-theta) q
  float r = max(length(p), 1e-6);
  float a = r > 1e-6 ? atan(p.y, p.x) : 0.0; // atan(0, 0) is undefined; the bore is there
  float s = n * a;
  float height = 1.1 * r0 / n; // tooth half-height, 1.1 module
  float k = u_sharpness;
  float t = tanh(k * cos(s));
  // Offset inwards by 0.15 module, so tips clear the other gear's roots and flanks.
  float radius = r0 + height * t / tanh(k) - 0.15 * r0 / n;
  float dRadius = -height * n * k * sin(s) * (1.0 - t * t) / tanh(k);
  vec2 radial = p / r;
  vec2 g = radial - dRadius / r * vec2(-radial.y, radial.x);
  vec3 wheel = vec3(r - radius, turn * g);

  // Bore with a key slot at the top, both in the gear's frame, then holes on a ring.
  vec3 bore = sdgCircle(p, 0.2 * r0);
  vec3 key = sdgBox(p - vec2(0.0, 0.2 * r0), vec2(0.05 * r0, 0.06 * r0));
  vec3 cut = opUnion(bore, key);
  if (u_holes > 0) {
    float sector = 2.0 * GEAR_PI / float(u_holes);
    float centre = (round(a / sector - 0.5) + 0.5) * sector; // holes between the key and spokes
    vec2 c = 0.58 * r0 * vec2(cos(centre), sin(centre));
    cut = opUnion(cut, sdgCircle(p - c, 0.17 * r0 * min(1.0, 5.0 / float(u_holes))));
  }
  cut.yz = turn * cut.yz;
  return opSubtraction(wheel, cut);
}

// The two gears: index 0 (large) and 1 (small), with their fields.
vec3 gear_pair(vec2 u, out int which) {
  float n1 = float(u_teeth);
  float n2 = float(u_teeth2);
  float perTooth = GEAR_SPAN / (n1 + n2); // pitch radius per tooth
  float r1 = perTooth * n1;
  float r2 = perTooth * n2;
  vec2 dir = vec2(cos(GEAR_DIRECTION), sin(GEAR_DIRECTION));
  // Centre the pair's bounding extent along its axis.
  vec2 c1 = -dir * r2 + GEAR_SHIFT;
  vec2 c2 = dir * r1 + GEAR_SHIFT;
  // Gear 1's tooth faces gear 2 at angle = direction; gear 2 shows a gap there and turns
  // back by the tooth ratio.
  float theta1 = GEAR_DIRECTION + u_angle;
  float theta2 = GEAR_DIRECTION + GEAR_PI - GEAR_PI / n2 - u_angle * n1 / n2;
  vec3 a = gear_wheel(u - c1, n1, r1, theta1);
  vec3 b = gear_wheel(u - c2, n2, r2, theta2);
  which = a.x < b.x ? 0 : 1;
  return opUnion(a, b);
}

vec3 sdgScene(vec2 u) {
  int which;
  return gear_pair(u, which);
}

vec3 sceneColor(vec2 u) {
  int which;
  gear_pair(u, which);
  return which == 0 ? u_ink : u_ink2;
}
