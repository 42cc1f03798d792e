// Smooth union of two shapes given as vec3(d, grad): Inigo Quilez's polynomial smooth
// minimum, with its exact gradient.
//   vec3 opSmoothUnion(vec3 a, vec3 b, float k)
// k: blend radius in the operands' units (warp space); k <= 0 is the plain union.
//   h = clamp(1/2 + (b - a) / 2k, 0, 1),  d = mix(b, a, h) - k h (1 - h)
//   grad d = mix(gb, ga, h) + dh [(a - b) - k (1 - 2h)]
// and inside the blend k (1 - 2h) = a - b, so the bracket vanishes: grad d = mix(gb, ga, h),
// which also holds where h is clamped (dh = 0). Smooth wherever a and b are.
// Follows Inigo Quilez, "Smooth minimum" (polynomial smin) and "2D SDF gradients".
vec3 opSmoothUnion(vec3 a, vec3 b, float k) {
  if (k <= 0.0) return a.x < b.x ? a : b;
  float h = clamp(0.5 + 0.5 * (b.x - a.x) / k, 0.0, 1.0);
  return vec3(mix(b.x, a.x, h) - k * h * (1.0 - h), mix(b.yz, a.yz, h));
}
