// Axis-aligned box with half extents b, centred at the origin.
//   float sdBox(vec2 p, vec2 b)    signed distance, d < 0 inside
//   vec3  sdgBox(vec2 p, vec2 b)   vec3(d, dd/dx, dd/dy)
// Outside, the nearest feature is an edge or a corner (gradient along the clamped
// excess); inside, the nearest edge is the axis with the larger excess.
// Follows Inigo Quilez, "2D distance functions" and "2D SDF gradients".
float sdBox(vec2 p, vec2 b) {
  vec2 excess = abs(p) - b;
  return length(max(excess, 0.0)) + min(max(excess.x, excess.y), 0.0);
}

vec3 sdgBox(vec2 p, vec2 b) {
  vec2 excess = abs(p) - b;
  vec2 side = vec2(p.x < 0.0 ? -1.0 : 1.0, p.y < 0.0 ? -1.0 : 1.0);
  float inner = max(excess.x, excess.y);
  if (inner > 0.0) {
    vec2 outside = max(excess, 0.0);
    float len = length(outside);
    return vec3(len, side * outside / len);
  }
  return vec3(inner, side * (excess.x > excess.y ? vec2(1.0, 0.0) : vec2(0.0, 1.0)));
}
