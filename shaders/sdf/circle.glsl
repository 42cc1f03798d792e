// Circle of radius r centred at the origin.
//   float sdCircle(vec2 p, float r)   signed distance, d < 0 inside
//   vec3  sdgCircle(vec2 p, float r)  vec3(d, dd/dx, dd/dy)
// p and r in the caller's space (warp space); the gradient is the unit radial direction.
// At the centre the gradient is undefined; it is returned as (0, 0) there.
float sdCircle(vec2 p, float r) {
  return length(p) - r;
}

vec3 sdgCircle(vec2 p, float r) {
  float len = length(p);
  vec2 radial = len > 0.0 ? p / len : vec2(0.0);
  return vec3(len - r, radial);
}
