// Capsule: the segment from a to b thickened by radius r.
//   float sdSegment(vec2 p, vec2 a, vec2 b, float r)   signed distance, d < 0 inside
//   vec3  sdgSegment(vec2 p, vec2 a, vec2 b, float r)  vec3(d, dd/dx, dd/dy)
// The gradient points from the nearest point of the segment to p; on the segment itself
// it is undefined and returned as (0, 0).
float sdSegment(vec2 p, vec2 a, vec2 b, float r) {
  vec2 ab = b - a;
  vec2 ap = p - a;
  float t = clamp(dot(ap, ab) / dot(ab, ab), 0.0, 1.0);
  return length(ap - t * ab) - r;
}

vec3 sdgSegment(vec2 p, vec2 a, vec2 b, float r) {
  vec2 ab = b - a;
  vec2 ap = p - a;
  float t = clamp(dot(ap, ab) / dot(ab, ab), 0.0, 1.0);
  vec2 away = ap - t * ab;
  float len = length(away);
  return vec3(len - r, len > 0.0 ? away / len : vec2(0.0));
}
