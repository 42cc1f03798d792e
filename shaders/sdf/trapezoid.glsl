// Isosceles trapezoid centred at the origin: bottom side of half width r1 at y = -he, top
// side of half width r2 at y = +he.
//   float sdTrapezoid(vec2 p, float r1, float r2, float he)   signed distance, d < 0 inside
//   vec3  sdgTrapezoid(vec2 p, float r1, float r2, float he)  vec3(d, dd/dx, dd/dy)
// p, r1, r2 and he in warp-space units, r1 >= 0, r2 >= 0, he > 0. Exact: after folding
// about x = 0, the smaller of the distances to the horizontal sides and to the slanted side.
// The gradient is the unit vector from the nearest point of the outline to p (negated
// inside). It is undefined on the outline (returned as (0, 0)) and on the medial axes,
// x = 0 included (one side's gradient is returned).
// Follows Inigo Quilez, "2D distance functions" (sdTrapezoid) and "2D SDF gradients".

vec3 sdgTrapezoid(vec2 p, float r1, float r2, float he) {
  float sx = p.x < 0.0 ? -1.0 : 1.0;
  float sy = p.y < 0.0 ? -1.0 : 1.0;
  vec2 k1 = vec2(r2, he);
  vec2 k2 = vec2(r2 - r1, 2.0 * he);
  vec2 q = vec2(abs(p.x), p.y);
  // From the nearer horizontal side (bottom below y = 0, top above); d/dq = diag(., sy).
  vec2 ca = vec2(q.x - min(q.x, q.y < 0.0 ? r1 : r2), abs(q.y) - he);
  // From the slanted side (r2, he) -> (r1, -he).
  float kk = dot(k2, k2);
  vec2 cb = q - k1 + k2 * (kk > 0.0 ? clamp(dot(k1 - q, k2) / kk, 0.0, 1.0) : 0.0);
  float side = cb.x < 0.0 && ca.y < 0.0 ? -1.0 : 1.0;
  float la = dot(ca, ca);
  float lb = dot(cb, cb);
  vec2 away = la < lb ? vec2(ca.x, sy * ca.y) : cb;
  float len = sqrt(min(la, lb));
  vec2 g = len > 0.0 ? side * away / len : vec2(0.0);
  return vec3(side * len, sx * g.x, g.y);
}

float sdTrapezoid(vec2 p, float r1, float r2, float he) {
  return sdgTrapezoid(p, r1, r2, he).x;
}
