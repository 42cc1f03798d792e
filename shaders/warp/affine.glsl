/*{
  "id": "affine",
  "name": "Affine",
  "description": "u = R(rotation) Shear(shear) diag(scale) p + translation: the whole scene scaled, sheared, turned and moved.",
  "fn": "warpAffine",
  "expr": "a = scale_x * x + shear * scale_y * y; b = scale_y * y; c = cos(rotation); s = sin(rotation); c * a - s * b + translation_x; s * a + c * b + translation_y",
  "params": [
    { "name": "scale", "uniform": "u_affineScale", "type": "point2D", "min": 0.1, "max": 4, "default": [1.2, 0.85] },
    { "name": "rotation", "uniform": "u_affineRotation", "type": "float", "min": -3.14159, "max": 3.14159, "default": 0.3 },
    { "name": "shear", "uniform": "u_affineShear", "type": "float", "min": -2, "max": 2, "default": 0.35 },
    { "name": "translation", "uniform": "u_affineTranslation", "type": "point2D", "min": -2, "max": 2, "default": [0, 0] }
  ]
}*/
// Affine map of the plane.
//   vec2 warpAffine(vec2 p, out mat2 J)
//   p: world point. Returns u = A p + t with
//   A = R(theta) [[1, k], [0, 1]] diag(sx, sy)
//   scale (sx, sy): warp-space units per world unit along x and y (> 0; the scene on
//   screen shrinks as the scale grows); rotation theta: radians, counter-clockwise in warp
//   space; shear k: du.x / dp.y before the rotation, dimensionless; translation t:
//   warp-space units.
// A is constant, so J = A everywhere (column-major, J[c][r] = du_r / dp_c). There is no
// singular point; det J = sx sy > 0, so the map never folds.
uniform vec2 u_affineScale;
uniform float u_affineRotation;
uniform float u_affineShear;
uniform vec2 u_affineTranslation;

vec2 warpAffine(vec2 p, out mat2 J) {
  float c = cos(u_affineRotation);
  float s = sin(u_affineRotation);
  mat2 rotation = mat2(c, s, -s, c);
  mat2 shear = mat2(1.0, 0.0, u_affineShear, 1.0);
  mat2 scale = mat2(u_affineScale.x, 0.0, 0.0, u_affineScale.y);
  J = rotation * shear * scale;
  return J * p + u_affineTranslation;
}
