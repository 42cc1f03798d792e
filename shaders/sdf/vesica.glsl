// Vesica (lens): the intersection of two equal discs, centred at the origin, with its tips
// on the x axis at (+-w, 0) and its widest points at (0, +-h).
//   float sdVesica(vec2 p, float w, float h)   signed distance, d < 0 inside
//   vec3  sdgVesica(vec2 p, float w, float h)  vec3(d, dd/dx, dd/dy)
// p, w and h in warp-space units, w > 0, h > 0. Each arc is part of a circle of radius
// (w^2 + h^2) / 2h centred on the y axis; past the line from that centre through a tip the
// tip itself is nearest. Exact.
// The gradient is the unit vector from the arc's centre (or the tip) to p, negated for the
// circle's inside. It is undefined at the tips (returned as (0, 0)) and on the axes inside
// the lens (the medial axis; one side's gradient is returned).
// Follows Inigo Quilez, "2D distance functions" (sdVesica, width and height form) and
// "2D SDF gradients".

vec3 sdgVesica(vec2 p, float w, float h) {
  vec2 s = vec2(p.x < 0.0 ? -1.0 : 1.0, p.y < 0.0 ? -1.0 : 1.0);
  vec2 q = abs(p);
  float dc = 0.5 * (w * w - h * h) / max(h, 1e-30); // the arc's centre is (0, -dc)
  // Centre and radius of the nearest feature: the tip (radius 0) or the arc's circle.
  vec3 c = w * q.y < dc * (q.x - w) ? vec3(w, 0.0, 0.0) : vec3(0.0, -dc, dc + h);
  vec2 away = q - c.xy;
  float len = length(away);
  return vec3(len - c.z, len > 0.0 ? s * away / len : vec2(0.0));
}

float sdVesica(vec2 p, float w, float h) {
  return sdgVesica(p, w, h).x;
}
