// Equilateral triangle centred on its centroid at the origin, pointing up (+y), with
// half side length r (inradius r / sqrt(3), circumradius 2 r / sqrt(3)).
//   float sdEquilateralTriangle(vec2 p, float r)   signed distance, d < 0 inside
//   vec3  sdgEquilateralTriangle(vec2 p, float r)  vec3(d, dd/dx, dd/dy)
// p and r in warp-space units, r > 0. Exact: p is folded about x = 0 and then reflected
// across the line through the right corner at 60 degrees, so only the base is measured.
// The gradient is pulled back through the reflections (each its own inverse and
// transpose). It is undefined on the outline (returned as (0, 0)) and on the three medial
// axes (one side's normal is returned).
// Follows Inigo Quilez, "2D distance functions" (sdEquilateralTriangle) and "2D SDF
// gradients".

const float EQUILATERAL_K = 1.7320508075688772; // sqrt(3)

vec3 sdgEquilateralTriangle(vec2 p, float r) {
  const float k = EQUILATERAL_K;
  float sx = p.x < 0.0 ? -1.0 : 1.0;
  vec2 q = vec2(abs(p.x) - r, p.y + r / k);
  bool reflected = q.x + k * q.y > 0.0;
  // Reflection matrix M = [[1, -k], [-k, -1]] / 2: symmetric, so M^T g = M g.
  if (reflected) q = vec2(q.x - k * q.y, -k * q.x - q.y) * 0.5;
  q.x -= clamp(q.x, -2.0 * r, 0.0);
  float len = length(q);
  float side = q.y > 0.0 ? -1.0 : 1.0; // above the base line: inside
  vec2 g = len > 0.0 ? side * q / len : vec2(0.0);
  if (reflected) g = vec2(g.x - k * g.y, -k * g.x - g.y) * 0.5;
  return vec3(side * len, sx * g.x, g.y);
}

float sdEquilateralTriangle(vec2 p, float r) {
  return sdgEquilateralTriangle(p, r).x;
}
