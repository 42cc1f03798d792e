/*{
  "id": "inversion",
  "name": "Circle inversion",
  "description": "Inversion in a circle: u = c + R^2 q / |q|^2. The circle stays put, inside and outside swap, lines become circles through the centre.",
  "fn": "warpInversion",
  "expr": "qx = x - center_x; qy = y - center_y; k = radius^2 / (qx^2 + qy^2); center_x + k * qx; center_y + k * qy",
  "params": [
    { "name": "center", "uniform": "u_inversionCenter", "type": "point2D", "min": -4, "max": 4, "default": [0, -0.75] },
    { "name": "radius", "uniform": "u_inversionRadius", "type": "float", "min": 0.05, "max": 4, "default": 0.9 }
  ]
}*/
// Circle inversion about centre c with radius R.
//   vec2 warpInversion(vec2 p, out mat2 J)
//   q = p - c, u = c + R^2 q / |q|^2
//   J = R^2 / |q|^2 (I - 2 q q^T / |q|^2)
//   (a scaled reflection: conformal but orientation-reversing, det J = -R^4 / |q|^4).
// center: world units; radius R: world units, the circle of fixed points.
// Singular point: the centre maps to infinity. |q|^2 is floored at 1e-12, so |u - c| is at
// most R^2 1e6 and |J| at most R^2 1e12: large but finite (and u = c exactly at q = 0).
uniform vec2 u_inversionCenter;
uniform float u_inversionRadius;

const float INVERSION_R2_MIN = 1e-12;

vec2 warpInversion(vec2 p, out mat2 J) {
  vec2 q = p - u_inversionCenter;
  float r2 = max(dot(q, q), INVERSION_R2_MIN);
  float k = u_inversionRadius * u_inversionRadius / r2;
  J = k * (mat2(1.0) - (2.0 / r2) * outerProduct(q, q));
  return u_inversionCenter + k * q;
}
