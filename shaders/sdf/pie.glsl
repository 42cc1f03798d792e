// Pie (circular sector) of radius r centred at the origin, symmetric about the +y axis,
// with half aperture angle t.
//   float sdPie(vec2 p, vec2 c, float r)   signed distance, d < 0 inside
//   vec3  sdgPie(vec2 p, vec2 c, float r)  vec3(d, dd/dx, dd/dy)
// p and r in warp-space units; c = (sin t, cos t) with t in (0, pi]. Exact: the larger of
// the distance to the circle and the signed distance to the sector's straight side.
// The gradient is that of the chosen term: radial for the circle, the unit vector from
// the nearest point of the side otherwise. It is undefined on the outline and at the
// centre (returned as (0, 0)) and on the medial axes (one term's gradient is returned).
// Follows Inigo Quilez, "2D distance functions" (sdPie) and "2D SDF gradients".

vec3 sdgPie(vec2 p, vec2 c, float r) {
  float sx = p.x < 0.0 ? -1.0 : 1.0;
  vec2 q = vec2(abs(p.x), p.y);
  float len = length(q);
  float l = len - r;
  vec2 away = q - c * clamp(dot(q, c), 0.0, r);
  float m = length(away);
  float side = c.y * q.x - c.x * q.y < 0.0 ? -1.0 : 1.0; // +1 outside the aperture
  vec3 res = l > m * side
    ? vec3(l, len > 0.0 ? q / len : vec2(0.0))
    : vec3(m * side, m > 0.0 ? side * away / m : vec2(0.0));
  return vec3(res.x, sx * res.y, res.z);
}

float sdPie(vec2 p, vec2 c, float r) {
  return sdgPie(p, c, r).x;
}
