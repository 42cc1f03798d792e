// Subtraction of shape b from shape a, both given as vec3(d, grad): max(a, -b), where -b
// is b's complement with its gradient negated.
//   vec3 opSubtraction(vec3 a, vec3 b)
// d < 0 inside a and outside b. A bound, exact on the boundary. Where a.x == -b.x the
// gradient is undefined (a kink); -b's is returned.
vec3 opSubtraction(vec3 a, vec3 b) {
  return a.x > -b.x ? a : -b;
}
