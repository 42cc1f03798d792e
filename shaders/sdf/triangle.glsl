// General triangle with vertices a, b, c (either winding).
//   float sdTriangle(vec2 p, vec2 a, vec2 b, vec2 c)   signed distance, d < 0 inside
//   vec3  sdgTriangle(vec2 p, vec2 a, vec2 b, vec2 c)  vec3(d, dd/dx, dd/dy)
// p and the vertices in warp-space units. The distance is the smallest distance to the
// three edges (exact); the sign says whether p is on the inner side of all three edges.
// The gradient is the unit vector from the nearest point of the outline to p (negated
// inside). It is undefined on the outline itself (returned as (0, 0)) and on the interior
// medial axis (one edge's normal is returned). A degenerate edge counts as its first vertex.
// Follows Inigo Quilez, "2D distance functions" (sdTriangle) and "2D SDF gradients".

float triangle_cross(vec2 u, vec2 v) {
  return u.x * v.y - u.y * v.x;
}

// Folds the edge v0 -> v1 into the running nearest offset (xy), its squared length (z)
// and the smallest signed inside test (w: > 0 means on the inner side of every edge so far).
void triangle_edge(vec2 p, vec2 v0, vec2 v1, float winding, inout vec4 best) {
  vec2 e = v1 - v0;
  vec2 w = p - v0;
  float ee = dot(e, e);
  vec2 away = w - e * (ee > 0.0 ? clamp(dot(w, e) / ee, 0.0, 1.0) : 0.0);
  float dd = dot(away, away);
  if (dd < best.z) best.xyz = vec3(away, dd);
  best.w = min(best.w, winding * triangle_cross(e, w));
}

vec3 sdgTriangle(vec2 p, vec2 a, vec2 b, vec2 c) {
  float winding = triangle_cross(b - a, c - a) < 0.0 ? -1.0 : 1.0;
  vec4 best = vec4(0.0, 0.0, 1e30, 1e30);
  triangle_edge(p, a, b, winding, best);
  triangle_edge(p, b, c, winding, best);
  triangle_edge(p, c, a, winding, best);
  float len = sqrt(best.z);
  float side = best.w > 0.0 ? -1.0 : 1.0;
  return vec3(side * len, len > 0.0 ? side * best.xy / len : vec2(0.0));
}

float sdTriangle(vec2 p, vec2 a, vec2 b, vec2 c) {
  return sdgTriangle(p, a, b, c).x;
}
