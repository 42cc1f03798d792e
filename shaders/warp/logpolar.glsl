/*{
  "id": "log-polar",
  "name": "Log-polar",
  "description": "u = scale (log r, angle) + (offset, 0) about a centre: the complex logarithm, so rings become columns and rays become rows, and the scene shrinks towards the centre.",
  "fn": "warpLogPolar",
  "expr": "qx = x - center_x; qy = y - center_y; scale * 0.5 * log(qx^2 + qy^2) + offset; scale * atan2(qy, qx)",
  "params": [
    { "name": "center", "uniform": "u_logPolarCenter", "type": "point2D", "min": -4, "max": 4, "default": [0, 0] },
    { "name": "scale", "uniform": "u_logPolarScale", "type": "float", "min": 0.05, "max": 4, "default": 0.8 },
    { "name": "offset", "uniform": "u_logPolarOffset", "type": "float", "min": -4, "max": 4, "default": 0.8 }
  ]
}*/
// Log-polar coordinates about a centre c (the complex log, scaled).
//   vec2 warpLogPolar(vec2 p, out mat2 J)
//   q = p - c, r = |q|, a = atan(q.y, q.x) in (-pi, pi]
//   u = s (log r, a) + (o, 0)       s = scale (warp units per e-fold and per radian),
//                                   o = offset (warp units; shifts the rings outwards)
//   d(log r)/dq = q / r^2,  da/dq = (-q.y, q.x) / r^2
//   J = s / r^2 [[q.x, q.y], [-q.y, q.x]]   (rows u.x, u.y): a scaled rotation, conformal.
// Singular points: at r = 0 log r is -inf and the angle undefined. r^2 is floored at 1e-12,
// so log r >= -13.8 and |J| <= s / 1e-6 (J = 0 exactly at q = 0), and atan(0, 0) is never
// called. The angle jumps by 2 pi s across the ray from c along -x (the atan2 cut); J is
// smooth there.
uniform vec2 u_logPolarCenter;
uniform float u_logPolarScale;
uniform float u_logPolarOffset;

const float LOGPOLAR_R2_MIN = 1e-12;

vec2 warpLogPolar(vec2 p, out mat2 J) {
  vec2 q = p - u_logPolarCenter;
  float r2 = max(dot(q, q), LOGPOLAR_R2_MIN);
  float k = u_logPolarScale / r2;
  // Columns are d/dx and d/dy; rows are u.x and u.y.
  J = mat2(k * q.x, -k * q.y, k * q.y, k * q.x);
  float angle = dot(q, q) > 0.0 ? atan(q.y, q.x) : 0.0;
  return u_logPolarScale * vec2(0.5 * log(r2), angle) + vec2(u_logPolarOffset, 0.0);
}
