// Regular hexagon centred at the origin with inradius (apothem) r and flat top and bottom
// sides (corners on the x axis).
//   float sdHexagon(vec2 p, float r)   signed distance, d < 0 inside
//   vec3  sdgHexagon(vec2 p, float r)  vec3(d, dd/dx, dd/dy)
// p and r in warp-space units, r > 0. Exact: p is folded into the first quadrant and
// reflected across the 60-degree mirror into the sector of the top side.
// The gradient is pulled back through the reflection and the two folds. It is undefined on
// the outline (returned as (0, 0)) and on the medial axes (one side's normal is returned).
// Follows Inigo Quilez, "2D distance functions" (sdHexagon) and "2D SDF gradients".

vec3 sdgHexagon(vec2 p, float r) {
  const vec3 k = vec3(-0.866025403784, 0.5, 0.577350269190); // -cos 30, sin 30, tan 30
  vec2 s = vec2(p.x < 0.0 ? -1.0 : 1.0, p.y < 0.0 ? -1.0 : 1.0);
  vec2 q = abs(p);
  bool folded = dot(k.xy, q) < 0.0;
  if (folded) q = reflect(q, k.xy);
  q -= vec2(clamp(q.x, -k.z * r, k.z * r), r);
  float len = length(q);
  float side = q.y < 0.0 ? -1.0 : 1.0;
  vec2 g = len > 0.0 ? side * q / len : vec2(0.0);
  if (folded) g = reflect(g, k.xy);
  return vec3(side * len, s * g);
}

float sdHexagon(vec2 p, float r) {
  return sdgHexagon(p, r).x;
}
