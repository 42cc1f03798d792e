// Isosceles triangle with its apex at the origin and its base, of half width q.x, on the
// line y = q.y (q.y > 0: the base is above the apex, the triangle points down; q.y < 0
// points up).
//   float sdIsoscelesTriangle(vec2 p, vec2 q)   signed distance, d < 0 inside
//   vec3  sdgIsoscelesTriangle(vec2 p, vec2 q)  vec3(d, dd/dx, dd/dy)
// p and q in warp-space units, q.x > 0, q.y != 0. Exact distance: the shape is folded about
// x = 0 and measured against the right slanted side and the right half of the base.
// The gradient is the unit vector from the nearest point of the outline to p (negated
// inside); undefined on the outline (returned as (0, 0)) and on the medial axis, the axis
// x = 0 included (one side's normal is returned).
// Follows Inigo Quilez, "2D distance functions" (sdTriangleIsosceles) and "2D SDF gradients".

vec3 sdgIsoscelesTriangle(vec2 p, vec2 q) {
  float sx = p.x < 0.0 ? -1.0 : 1.0;
  p.x = abs(p.x);
  // Nearest points on the slanted side (apex to (q.x, q.y)) and on the half base.
  vec2 slant = p - q * clamp(dot(p, q) / max(dot(q, q), 1e-30), 0.0, 1.0);
  vec2 base = p - q * vec2(clamp(p.x / max(q.x, 1e-30), 0.0, 1.0), 1.0);
  float k = q.y < 0.0 ? -1.0 : 1.0;
  // Inside: on the inner side of the slanted side and on the apex side of the base.
  bool inside = k * (q.x * p.y - q.y * p.x) > 0.0 && k * (q.y - p.y) > 0.0;
  float ls = dot(slant, slant);
  float lb = dot(base, base);
  vec2 away = ls < lb ? slant : base;
  float len = sqrt(min(ls, lb));
  float side = inside ? -1.0 : 1.0;
  vec2 g = len > 0.0 ? side * away / len : vec2(0.0);
  return vec3(side * len, sx * g.x, g.y);
}

float sdIsoscelesTriangle(vec2 p, vec2 q) {
  return sdgIsoscelesTriangle(p, q).x;
}
