// Moon (crescent): the disc of radius ra at the origin minus the disc of radius rb at
// (d, 0).
//   float sdMoon(vec2 p, float d, float ra, float rb)   signed distance, d < 0 inside
//   vec3  sdgMoon(vec2 p, float d, float ra, float rb)  vec3(d, dd/dx, dd/dy)
// p, d, ra and rb in warp-space units, ra > 0, rb > 0, d != 0 (|d| is floored at 1e-6).
// Exact when the circles cross: inside the wedge beyond the horns the horn tip (a, b),
// where the circles meet, is nearest; elsewhere max(disc a, -disc b).
// The gradient is that of the chosen term: radial from the horn tip or from either
// circle's centre (negated for the cut disc). It is undefined at the horn tips and the
// centres (returned as (0, 0)) and on the medial axes (one term's gradient is returned).
// Follows Inigo Quilez, "2D distance functions" (sdMoon) and "2D SDF gradients".

vec3 sdgMoon(vec2 p, float d, float ra, float rb) {
  float sy = p.y < 0.0 ? -1.0 : 1.0;
  vec2 q = vec2(p.x, abs(p.y));
  d = abs(d) < 1e-6 ? (d < 0.0 ? -1e-6 : 1e-6) : d;
  float a = (ra * ra - rb * rb + d * d) / (2.0 * d);
  float b = sqrt(max(ra * ra - a * a, 0.0));
  if (d * (q.x * b - q.y * a) > d * d * max(b - q.y, 0.0)) {
    vec2 away = q - vec2(a, b);
    float len = length(away);
    vec2 g = len > 0.0 ? away / len : vec2(0.0);
    return vec3(len, g.x, sy * g.y);
  }
  float la = length(q);
  vec2 ob = q - vec2(d, 0.0);
  float lb = length(ob);
  float da = la - ra;
  float db = rb - lb;
  vec2 g = da > db
    ? (la > 0.0 ? q / la : vec2(0.0))
    : (lb > 0.0 ? -ob / lb : vec2(0.0));
  return vec3(max(da, db), g.x, sy * g.y);
}

float sdMoon(vec2 p, float d, float ra, float rb) {
  return sdgMoon(p, d, ra, rb).x;
}
