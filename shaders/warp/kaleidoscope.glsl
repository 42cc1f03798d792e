/*{
  "id": "kaleidoscope",
  "name": "Kaleidoscope",
  "description": "Polar repetition about a centre: every sector of 2 pi / n shows the same wedge of the scene, mirrored in alternate halves like a kaleidoscope.",
  "fn": "warpKaleidoscope",
  "expr": "qx = x - center_x; qy = y - center_y; a = atan2(qy, qx); w = 2 * pi / max(floor(segments + 0.5), 2); sector = floor(a / w); s = sign(a - w * sector - 0.5 * w); turn = angle - s * w * (sector + 0.5); cos(turn) * qx - s * sin(turn) * qy; sin(turn) * qx + s * cos(turn) * qy",
  "params": [
    { "name": "center", "uniform": "u_kaleidoscopeCenter", "type": "point2D", "min": -4, "max": 4, "default": [0, 0] },
    { "name": "segments", "uniform": "u_kaleidoscopeSegments", "type": "float", "min": 2, "max": 32, "default": 6 },
    { "name": "angle", "uniform": "u_kaleidoscopeAngle", "type": "float", "min": -3.14159, "max": 3.14159, "default": 0.15, "animate": { "rate": 0.1 } }
  ]
}*/
// Kaleidoscope: fold the angle about a centre c into one mirrored wedge.
//   vec2 warpKaleidoscope(vec2 p, out mat2 J)
//   q = p - c, r = |q|, a = atan(q.y, q.x), w = 2 pi / n, n = round(segments) >= 2
//   t = mod(a, w) in [0, w),  a' = |t - w / 2| in [0, w / 2],  b = a' + angle
//   u = r (cos b, sin b)
//   Within a half-sector a' = s a + const with s = sign(t - w / 2) = +-1, so u is a rotation
//   of q (s = +1) or a rotation of its mirror image (s = -1):
//   J = R(b - s a) diag(1, s)      (constant per half-sector; det J = s), and u = J q,
//   b - s a = angle - s w (floor(a / w) + 1 / 2)
// segments: mirrored sectors per turn (rounded; 2 to 32); angle: radians, which wedge of
// the scene, [angle, angle + pi / n] in warp space, is repeated.
// Singular points: u is continuous everywhere, across the mirror seams (t = 0 and
// t = w / 2, where J switches between rotation and reflection) and across the atan2 cut
// (2 pi is a whole number of sectors). At r = 0, u = 0 and atan(0, 0) is never called: the
// angle is taken as 0, so J there is that of the sector just above a = 0, finite.
uniform vec2 u_kaleidoscopeCenter;
uniform float u_kaleidoscopeSegments;
uniform float u_kaleidoscopeAngle;

const float KALEIDOSCOPE_PI = 3.14159265358979;

vec2 warpKaleidoscope(vec2 p, out mat2 J) {
  vec2 q = p - u_kaleidoscopeCenter;
  float a = dot(q, q) > 0.0 ? atan(q.y, q.x) : 0.0;
  float n = max(floor(u_kaleidoscopeSegments + 0.5), 2.0);
  float w = 2.0 * KALEIDOSCOPE_PI / n;
  float sector = floor(a / w);
  float s = a - w * sector < 0.5 * w ? -1.0 : 1.0;
  // b - s a with the angle cancelled by hand: atan's rounding then only picks the
  // half-sector, and u = J q is as exact as q itself.
  float turn = u_kaleidoscopeAngle - s * w * (sector + 0.5);
  float c = cos(turn);
  float sn = sin(turn);
  // R(turn) diag(1, s): columns are d/dx and d/dy; rows are u.x and u.y.
  J = mat2(c, sn, -s * sn, s * c);
  return J * q;
}
