// Five-pointed star centred at the origin, one point straight up.
//   float sdStar(vec2 p, float r, float rf)   signed distance, d < 0 inside
//   vec3  sdgStar(vec2 p, float r, float rf)  vec3(d, dd/dx, dd/dy)
// p and r in warp-space units: r is the outer radius (centre to tip), rf in (0, 1) the
// inner radius as a fraction of r (0.38 is a classic pentagram). Exact: p is folded about
// x = 0, reflected twice into the sector of the top point and folded again, leaving one
// segment from the tip to an inner corner to measure.
// The gradient is pulled back through the folds and reflections. It is undefined on the
// outline (returned as (0, 0)) and on the medial axes (one side's normal is returned).
// Follows Inigo Quilez, "2D distance functions" (sdStar5) and "2D SDF gradients".

vec3 sdgStar(vec2 p, float r, float rf) {
  const vec2 k1 = vec2(0.809016994375, -0.587785252292); // (cos 36, -sin 36)
  const vec2 k2 = vec2(-k1.x, k1.y);
  float s0 = p.x < 0.0 ? -1.0 : 1.0;
  vec2 q = vec2(abs(p.x), p.y);
  bool f1 = dot(k1, q) > 0.0;
  if (f1) q = reflect(q, k1);
  bool f2 = dot(k2, q) > 0.0;
  if (f2) q = reflect(q, k2);
  float s1 = q.x < 0.0 ? -1.0 : 1.0;
  q.x = abs(q.x);
  q.y -= r;
  // Edge from the tip (0, 0 after the shift) along ba; h in [0, r] reaches the inner corner.
  vec2 ba = rf * vec2(-k1.y, k1.x) - vec2(0.0, 1.0);
  float h = clamp(dot(q, ba) / dot(ba, ba), 0.0, r);
  vec2 away = q - ba * h;
  float len = length(away);
  float side = q.y * ba.x - q.x * ba.y < 0.0 ? -1.0 : 1.0;
  vec2 g = len > 0.0 ? side * away / len : vec2(0.0);
  g.x *= s1;
  if (f2) g = reflect(g, k2);
  if (f1) g = reflect(g, k1);
  return vec3(side * len, s0 * g.x, g.y);
}

float sdStar(vec2 p, float r, float rf) {
  return sdgStar(p, r, rf).x;
}
