/*{
  "id": "polar",
  "name": "Polar",
  "description": "u = (angle / pi * angularScale, radius - radiusOffset) about a centre: a strip of the scene wraps into an annulus.",
  "fn": "warpPolar",
  "expr": "qx = x - center_x; qy = y - center_y; atan2(qy, qx) * angularScale / pi; hypot(qx, qy) - radiusOffset",
  "params": [
    { "name": "center", "uniform": "u_polarCenter", "type": "point2D", "min": -4, "max": 4, "default": [0, 0] },
    { "name": "angularScale", "uniform": "u_polarAngularScale", "type": "float", "min": 0.05, "max": 20, "default": 1 },
    { "name": "radiusOffset", "uniform": "u_polarRadiusOffset", "type": "float", "min": -4, "max": 4, "default": 0.6 }
  ]
}*/
// Polar coordinates about a centre c.
//   vec2 warpPolar(vec2 p, out mat2 J)
//   q = p - c, r = |q|, a = atan(q.y, q.x) in (-pi, pi]
//   u = (a / pi * s, r - r0)          s = angularScale, r0 = radiusOffset
//   du.x/dq = s / pi * (-q.y, q.x) / r^2,   du.y/dq = q / r
// The angle jumps by 2 s across the negative x axis (the atan2 cut); the Jacobian is
// smooth there, which is why analytic derivatives have no seam while dFdx(f) does.
// At r = 0 the angle is undefined: r^2 is floored at 1e-12, so J is large but finite.
uniform vec2 u_polarCenter;
uniform float u_polarAngularScale;
uniform float u_polarRadiusOffset;

const float POLAR_PI = 3.14159265358979;

vec2 warpPolar(vec2 p, out mat2 J) {
  vec2 q = p - u_polarCenter;
  float r2 = max(dot(q, q), 1e-12);
  float r = sqrt(r2);
  float k = u_polarAngularScale / POLAR_PI;
  // Columns are d/dx and d/dy; rows are u.x and u.y.
  J = mat2(-k * q.y / r2, q.x / r, k * q.x / r2, q.y / r);
  float angle = dot(q, q) > 0.0 ? atan(q.y, q.x) : 0.0;
  return vec2(angle * k, r - u_polarRadiusOffset);
}
