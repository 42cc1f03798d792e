/*{
  "id": "moebius",
  "name": "Moebius",
  "description": "The disc automorphism w = e^(i theta) (z - a) / (1 - conj(a) z): the unit disc maps onto itself, a goes to the centre, circles stay circles.",
  "fn": "warpMoebius",
  "expr": "dx = 1 - (a_x * x + a_y * y); dy = a_y * x - a_x * y; d2 = dx^2 + dy^2; nx = x - a_x; ny = y - a_y; wx = (nx * dx + ny * dy) / d2; wy = (ny * dx - nx * dy) / d2; c = cos(theta); s = sin(theta); c * wx - s * wy; s * wx + c * wy",
  "params": [
    { "name": "a", "label": "pole a", "uniform": "u_moebiusA", "type": "point2D", "min": -2, "max": 2, "default": [0.25, -0.3] },
    { "name": "theta", "uniform": "u_moebiusTheta", "type": "float", "min": -3.14159, "max": 3.14159, "default": 0.3 }
  ]
}*/
// Moebius map of the complex plane, z = p.x + i p.y, u = (Re w, Im w).
//   vec2 warpMoebius(vec2 p, out mat2 J)
//   w = e^(i theta) (z - a) / (1 - conj(a) z)
//   f'(z) = e^(i theta) (1 - |a|^2) / (1 - conj(a) z)^2     (holomorphic, so conformal)
//   J = [[Re f', -Im f'], [Im f', Re f']]                      (rows u.x, u.y)
// a: complex, world units; |a| < 1 keeps the unit disc on itself (|a| > 1 swaps inside and
// outside, |a| = 1 collapses the plane to a point with f' = 0). theta: radians of turn.
// Singular point: the pole z = 1 / conj(a) = a / |a|^2, outside the unit disc for |a| < 1.
// |1 - conj(a) z|^2 is floored at 1e-12 there, so |w| and |f'| stay finite (w = 0 and
// f' = 0 exactly at the pole).
uniform vec2 u_moebiusA;
uniform float u_moebiusTheta;

const float MOEBIUS_DEN2_MIN = 1e-12;

vec2 moebius_mul(vec2 a, vec2 b) {
  return vec2(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x);
}

vec2 warpMoebius(vec2 p, out mat2 J) {
  vec2 a = u_moebiusA;
  vec2 turn = vec2(cos(u_moebiusTheta), sin(u_moebiusTheta));
  // 1 - conj(a) z, and its reciprocal conj(den) / |den|^2 with the floor.
  vec2 den = vec2(1.0 - dot(a, p), a.y * p.x - a.x * p.y);
  vec2 invDen = vec2(den.x, -den.y) / max(dot(den, den), MOEBIUS_DEN2_MIN);
  vec2 derivative = (1.0 - dot(a, a)) * moebius_mul(turn, moebius_mul(invDen, invDen));
  // Columns are d/dx and d/dy; rows are u.x and u.y.
  J = mat2(derivative.x, derivative.y, -derivative.y, derivative.x);
  return moebius_mul(turn, moebius_mul(p - a, invDen));
}
