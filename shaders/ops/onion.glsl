// Onion: turns a shape given as vec3(d, grad) into a shell of half thickness r around its
// outline.
//   vec3 opOnion(vec3 a, float r)
// r in the operand's units (warp space); abs(d) - r. The gradient flips with the sign of d;
// on the outline (d == 0, a kink in the middle of the shell) +grad is returned.
vec3 opOnion(vec3 a, float r) {
  float s = a.x < 0.0 ? -1.0 : 1.0;
  return vec3(abs(a.x) - r, s * a.yz);
}
