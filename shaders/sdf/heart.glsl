// Heart with its bottom tip at the origin, symmetric about x = 0, of height about
// 1.104 * size (lobe tops at y = (0.75 + sqrt(2) / 4) size) and half width about
// 0.604 * size.
//   float sdHeart(vec2 p, float size)   signed distance, d < 0 inside
//   vec3  sdgHeart(vec2 p, float size)  vec3(d, dd/dx, dd/dy)
// p and size in warp-space units, size > 0 (floored at 1e-30). The outline is two
// straight sides from the tip at 45 degrees, each continued by a circular lobe of radius
// sqrt(2) / 4 centred at (+-0.25, 0.75) (unit size) that is tangent to it and meets the
// other lobe in the cusp (0, 1). The distance is exact outside and inside.
// The gradient is radial from the lobe's centre, the unit normal of the side, or the unit
// vector from the tip or the cusp to p. It is undefined at the tip and the cusp on the
// outline (returned as (0, 0)), at the lobe centres (returned as (0, 0)) and on the
// medial axes, x = 0 included (one side's gradient is returned).
// Follows Inigo Quilez, "2D distance functions" (sdHeart) and "2D SDF gradients".

vec3 sdgHeart(vec2 p, float size) {
  float sx = p.x < 0.0 ? -1.0 : 1.0;
  size = max(size, 1e-30);
  vec2 q = vec2(abs(p.x), p.y) / size;
  vec3 res;
  if (q.x + q.y > 1.0) {
    vec2 away = q - vec2(0.25, 0.75);
    float len = length(away);
    res = vec3(len - 0.35355339059327373, len > 0.0 ? away / len : vec2(0.0));
  } else {
    vec2 toCusp = q - vec2(0.0, 1.0);
    vec2 toSide = q - 0.5 * max(q.x + q.y, 0.0); // from the side (or the tip) to q
    float lc = dot(toCusp, toCusp);
    float ls = dot(toSide, toSide);
    vec2 away = lc < ls ? toCusp : toSide;
    float len = sqrt(min(lc, ls));
    float side = q.x > q.y ? 1.0 : -1.0;
    res = vec3(side * len, len > 0.0 ? side * away / len : vec2(0.0));
  }
  return vec3(res.x * size, sx * res.y, res.z);
}

float sdHeart(vec2 p, float size) {
  return sdgHeart(p, size).x;
}
