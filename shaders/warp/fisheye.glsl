/*{
  "id": "fisheye",
  "name": "Fisheye",
  "description": "Radial lens distortion u = c + q (1 + k |q|^2): barrel (fisheye) for k > 0, pincushion for k < 0.",
  "fn": "warpFisheye",
  "expr": "qx = x - center_x; qy = y - center_y; k = 1 + strength * (qx^2 + qy^2); center_x + k * qx; center_y + k * qy",
  "params": [
    { "name": "center", "uniform": "u_fisheyeCenter", "type": "point2D", "min": -4, "max": 4, "default": [0, 0] },
    { "name": "strength", "uniform": "u_fisheyeStrength", "type": "float", "min": -1, "max": 2, "default": 0.6 }
  ]
}*/
// Radial (Brown-Conrady, first term) lens distortion about a centre c.
//   vec2 warpFisheye(vec2 p, out mat2 J)
//   q = p - c, u = c + q (1 + k |q|^2)
//   J = (1 + k |q|^2) I + 2 k q q^T
// strength k: per world unit squared. k > 0 pulls the periphery of the scene inwards on
// screen (barrel); k < 0 pushes it out (pincushion), and the map folds over at
// |q| = 1 / sqrt(-3 k), where det J = (1 + k r^2)(1 + 3 k r^2) changes sign. A cubic
// polynomial: finite everywhere, no singular point.
uniform vec2 u_fisheyeCenter;
uniform float u_fisheyeStrength;

vec2 warpFisheye(vec2 p, out mat2 J) {
  vec2 q = p - u_fisheyeCenter;
  float stretch = 1.0 + u_fisheyeStrength * dot(q, q);
  J = stretch * mat2(1.0) + 2.0 * u_fisheyeStrength * outerProduct(q, q);
  return u_fisheyeCenter + stretch * q;
}
