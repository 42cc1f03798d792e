// Union of two shapes given as vec3(d, grad): the nearer operand wins, gradient included.
//   vec3 opUnion(vec3 a, vec3 b)
// Exact outside and on the boundary; inside an overlap it is a bound, as min always is.
vec3 opUnion(vec3 a, vec3 b) {
  return a.x < b.x ? a : b;
}
