// Intersection of two shapes given as vec3(d, grad): the farther operand wins, gradient
// included.
//   vec3 opIntersection(vec3 a, vec3 b)
// d < 0 inside both. Exact inside and on the boundary; outside it is a bound, as max
// always is. Where a.x == b.x the gradient is undefined (a kink); b's is returned.
vec3 opIntersection(vec3 a, vec3 b) {
  return a.x > b.x ? a : b;
}
