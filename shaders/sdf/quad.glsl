// Quadrilateral with vertices v0, v1, v2, v3 in order (either winding, convex or not, but
// not self-intersecting).
//   float sdQuad(vec2 p, vec2 v0, vec2 v1, vec2 v2, vec2 v3)   signed distance, d < 0 inside
//   vec3  sdgQuad(vec2 p, vec2 v0, vec2 v1, vec2 v2, vec2 v3)  vec3(d, dd/dx, dd/dy)
// p and the vertices in warp-space units. The distance is the smallest distance to the four
// edges (exact); the sign comes from the crossing number of a ray from p (the polygon
// winding method), so concave quads work too.
// The gradient is the unit vector from the nearest point of the outline to p (negated
// inside). It is undefined on the outline (returned as (0, 0)) and on the medial axis (one
// edge's normal is returned). A degenerate edge counts as its vertex.
// Follows Inigo Quilez, "2D distance functions" (sdPolygon) and "2D SDF gradients".

vec3 sdgQuad(vec2 p, vec2 v0, vec2 v1, vec2 v2, vec2 v3) {
  vec2 v[4] = vec2[4](v0, v1, v2, v3);
  vec3 best = vec3(0.0, 0.0, 1e30); // nearest offset, its squared length
  float side = 1.0;
  for (int i = 0, j = 3; i < 4; j = i, i++) {
    vec2 e = v[j] - v[i];
    vec2 w = p - v[i];
    float ee = dot(e, e);
    vec2 away = w - e * (ee > 0.0 ? clamp(dot(w, e) / ee, 0.0, 1.0) : 0.0);
    float dd = dot(away, away);
    if (dd < best.z) best = vec3(away, dd);
    // The edge crosses the horizontal line through p on p's right-hand side: flip the sign.
    bvec3 c = bvec3(p.y >= v[i].y, p.y < v[j].y, e.x * w.y > e.y * w.x);
    if (all(c) || all(not(c))) side = -side;
  }
  float len = sqrt(best.z);
  return vec3(side * len, len > 0.0 ? side * best.xy / len : vec2(0.0));
}

float sdQuad(vec2 p, vec2 v0, vec2 v1, vec2 v2, vec2 v3) {
  return sdgQuad(p, v0, v1, v2, v3).x;
}
