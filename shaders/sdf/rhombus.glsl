// Rhombus centred at the origin with half diagonals b (corners at (+-b.x, 0), (0, +-b.y)).
//   float sdRhombus(vec2 p, vec2 b)   signed distance, d < 0 inside
//   vec3  sdgRhombus(vec2 p, vec2 b)  vec3(d, dd/dx, dd/dy)
// p and b in warp-space units, b > 0. Exact: after folding into the first quadrant, the
// distance to the side from (b.x, 0) to (0, b.y), signed by the side's line.
// The gradient is the unit vector from the nearest point of that side to p (negated
// inside). It is undefined on the outline (returned as (0, 0)) and on the axes inside (the
// medial axes; one side's gradient is returned).
// Follows Inigo Quilez, "2D distance functions" (sdRhombus) and "2D SDF gradients".

vec3 sdgRhombus(vec2 p, vec2 b) {
  vec2 s = vec2(p.x < 0.0 ? -1.0 : 1.0, p.y < 0.0 ? -1.0 : 1.0);
  vec2 q = abs(p);
  // Parameter h in [-1, 1] along the side: -1 at (b.x, 0), +1 at (0, b.y).
  float along = (b.x - 2.0 * q.x) * b.x - (b.y - 2.0 * q.y) * b.y;
  float h = clamp(along / max(dot(b, b), 1e-30), -1.0, 1.0);
  vec2 away = q - 0.5 * b * vec2(1.0 - h, 1.0 + h);
  float len = length(away);
  float side = q.x * b.y + q.y * b.x - b.x * b.y < 0.0 ? -1.0 : 1.0;
  return vec3(side * len, len > 0.0 ? side * s * away / len : vec2(0.0));
}

float sdRhombus(vec2 p, vec2 b) {
  return sdgRhombus(p, b).x;
}
