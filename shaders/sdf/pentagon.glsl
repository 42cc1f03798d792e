// Regular pentagon centred at the origin with inradius (apothem) r, one side on top
// (y = r) and a corner pointing down.
//   float sdPentagon(vec2 p, float r)   signed distance, d < 0 inside
//   vec3  sdgPentagon(vec2 p, float r)  vec3(d, dd/dx, dd/dy)
// p and r in warp-space units, r > 0. Exact: p is folded about x = 0 and reflected across
// two mirror lines into the sector of the top side, which is then measured as a segment.
// The gradient is pulled back through the reflections (GLSL reflect is its own transpose).
// It is undefined on the outline (returned as (0, 0)) and on the medial axes (one side's
// normal is returned).
// Follows Inigo Quilez, "2D distance functions" (sdPentagon) and "2D SDF gradients".

vec3 sdgPentagon(vec2 p, float r) {
  const vec3 k = vec3(0.809016994375, 0.587785252292, 0.726542528005); // cos, sin 36, tan 36
  const vec2 n1 = vec2(-k.x, k.y);
  const vec2 n2 = vec2(k.x, k.y);
  float sx = p.x < 0.0 ? -1.0 : 1.0;
  vec2 q = vec2(abs(p.x), p.y);
  bool f1 = dot(n1, q) < 0.0;
  if (f1) q = reflect(q, n1);
  bool f2 = dot(n2, q) < 0.0;
  if (f2) q = reflect(q, n2);
  q -= vec2(clamp(q.x, -r * k.z, r * k.z), r);
  float len = length(q);
  float side = q.y < 0.0 ? -1.0 : 1.0;
  vec2 g = len > 0.0 ? side * q / len : vec2(0.0);
  if (f2) g = reflect(g, n2);
  if (f1) g = reflect(g, n1);
  return vec3(side * len, sx * g.x, g.y);
}

float sdPentagon(vec2 p, float r) {
  return sdgPentagon(p, r).x;
}
