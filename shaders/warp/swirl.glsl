/*{
  "id": "swirl",
  "name": "Swirl",
  "description": "Turns the plane about a centre by an angle that falls off with radius, strength exp(-r^2 / radius^2): a whirlpool that leaves the far field alone.",
  "fn": "warpSwirl",
  "expr": "qx = x - center_x; qy = y - center_y; phi = strength * exp(-(qx^2 + qy^2) / radius^2); c = cos(phi); s = sin(phi); center_x + c * qx - s * qy; center_y + s * qx + c * qy",
  "params": [
    { "name": "center", "uniform": "u_swirlCenter", "type": "point2D", "min": -4, "max": 4, "default": [0, 0.1] },
    { "name": "strength", "uniform": "u_swirlStrength", "type": "float", "min": -12, "max": 12, "default": 2.5, "animate": { "amplitude": 2, "period": 12 } },
    { "name": "radius", "uniform": "u_swirlRadius", "type": "float", "min": 0.05, "max": 4, "default": 0.75 }
  ]
}*/
// Swirl about a centre c.
//   vec2 warpSwirl(vec2 p, out mat2 J)
//   q = p - c, phi(q) = strength exp(-|q|^2 / radius^2)
//   u = c + R(phi) q                    R(phi): counter-clockwise rotation by phi
//   J = R(phi) + (dR/dphi q) (grad phi)^T,   dR/dphi q = perp(R q) = (-v.y, v.x), v = R q,
//   grad phi = -2 phi q / radius^2.
// strength: radians of turn at the centre (negative turns clockwise); radius: world units
// where the turn has fallen to 1/e of it (>= 0.05 by its range). det J = 1 everywhere
// (the swirl preserves area). Smooth and finite everywhere; nothing is singular, not even
// the centre, where J = R(strength).
uniform vec2 u_swirlCenter;
uniform float u_swirlStrength;
uniform float u_swirlRadius;

vec2 warpSwirl(vec2 p, out mat2 J) {
  vec2 q = p - u_swirlCenter;
  float phi = u_swirlStrength * exp(-dot(q, q) / (u_swirlRadius * u_swirlRadius));
  float c = cos(phi);
  float s = sin(phi);
  mat2 rotation = mat2(c, s, -s, c);
  vec2 v = rotation * q;
  vec2 gradPhi = (-2.0 * phi / (u_swirlRadius * u_swirlRadius)) * q;
  // outerProduct(a, b)[c][r] = a[r] b[c]: du_r/dp_c gains perp(v)_r * dphi/dp_c.
  J = rotation + outerProduct(vec2(-v.y, v.x), gradPhi);
  return u_swirlCenter + v;
}
