// Rounding: grows a shape given as vec3(d, grad) by r, rounding its convex corners.
//   vec3 opRound(vec3 a, float r)
// r in the operand's units (warp space); d - r, gradient unchanged. Exact outside where the
// operand is exact.
vec3 opRound(vec3 a, float r) {
  return vec3(a.x - r, a.yz);
}
