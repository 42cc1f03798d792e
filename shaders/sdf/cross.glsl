// Plus-shaped cross centred at the origin: two bars with half length b.x and half
// thickness b.y, one horizontal and one vertical; r rounds the four inner (concave)
// corners by shrinking the shape (pass b + r to keep the outer size).
//   float sdCross(vec2 p, vec2 b, float r)   signed distance, d < 0 inside
//   vec3  sdgCross(vec2 p, vec2 b, float r)  vec3(d, dd/dx, dd/dy)
// p, b and r in warp-space units, b.x >= 2 b.y > 0 (exact; with shorter bars the field
// is approximate in the centre square), 0 <= r < b.y. p is folded into the octant
// 0 <= y <= x, where the horizontal bar is measured, with the inner corner c = (b.y, b.y)
// nearest from the centre square.
// The rounded cross E is the sharp cross S eroded by r, E = {d_S <= -r}, so:
//   inside E   d = d_S + r, exact (erosion moves every inner distance by r);
//   outside E  d_S + r is only a bound (too small past the convex corners, which erosion
//              keeps sharp): the nearest point is on the eroded bar, a box of half size
//              b - r, or, in the pocket |p - c| < r left of c, on the fillet arc of
//              radius r about c, at distance r - |p - c|.
// The gradient is the chain rule through the folds. It is undefined on the outline at
// corners (returned as the nearest side's normal or, exactly at a corner, (0, 0)) and on
// the medial axes, the diagonals included (one side's gradient is returned).
// Follows Inigo Quilez, "2D distance functions" (sdCross) and "2D SDF gradients"; the
// exact outside is this file's own.

vec3 sdgCross(vec2 p, vec2 b, float r) {
  vec2 s = vec2(p.x < 0.0 ? -1.0 : 1.0, p.y < 0.0 ? -1.0 : 1.0);
  vec2 q = abs(p);
  bool swapped = q.y > q.x;
  if (swapped) q = q.yx;
  vec2 e = q - b;
  float k = max(e.x, e.y);
  vec3 res;
  if (k > 0.0) {
    // Outside the bar: the nearest point is on its side or corner.
    vec2 o = max(e, 0.0);
    float len = length(o);
    res = vec3(len, len > 0.0 ? o / len : vec2(0.0));
  } else {
    // Inside: -k is the distance to the bar's nearer side; in the centre square the inner
    // corner may be nearer. d = -|max(w, 0)| with w = (b.y - q.x, -k).
    vec2 w = vec2(b.y - q.x, -k);
    vec2 o = max(w, 0.0);
    float len = length(o);
    vec2 gk = e.x > e.y ? vec2(1.0, 0.0) : vec2(0.0, 1.0); // dk/dq
    vec2 g = o.x * vec2(1.0, 0.0) + o.y * gk;
    res = vec3(-len, len > 0.0 ? g / len : vec2(0.0));
  }
  if (res.x + r > 0.0) {
    // Outside E: the fillet's pocket, else the eroded bar.
    vec2 fromCorner = q - vec2(b.y);
    float rc = length(fromCorner);
    if (q.x <= b.y && rc < r) {
      res = vec3(r - rc, rc > 0.0 ? -fromCorner / rc : vec2(0.0));
    } else {
      vec2 o = max(q - (b - r), 0.0);
      float len = length(o);
      res = vec3(len, len > 0.0 ? o / len : vec2(0.0));
    }
  } else {
    res.x += r;
  }
  vec2 g = swapped ? res.zy : res.yz;
  return vec3(res.x, s * g);
}

float sdCross(vec2 p, vec2 b, float r) {
  return sdgCross(p, b, r).x;
}
