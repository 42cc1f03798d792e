// Parabola y = k x^2 through the origin; the inside is the region the parabola opens into
// (above it for k > 0, below for k < 0).
//   float sdParabola(vec2 p, float k)   signed distance, d < 0 inside
//   vec3  sdgParabola(vec2 p, float k)  vec3(d, dd/dx, dd/dy)
// p in warp-space units, k in 1 / units, k != 0 (|k| is floored at 1e-6). Exact: after
// folding about x = 0 the foot of the normal, x in [0, inf), solves the cubic
// 2 k^2 x^3 + (1 - 2 k y) x - px = 0, solved in closed form (Cardano or the trigonometric
// form for three real roots), then polished by two Newton steps.
// The gradient is the curve's outward unit normal at the nearest point, sign(k) (2 k x, -1)
// normalised, which is dd/dp on both sides. It is undefined on the medial axis (x = 0
// above the focus, one side's normal is returned).
// Follows Inigo Quilez, "2D distance functions" (sdParabola) and "2D SDF gradients".

vec3 sdgParabola(vec2 p, float k) {
  float sx = p.x < 0.0 ? -1.0 : 1.0;
  vec2 q = vec2(abs(p.x), p.y);
  k = abs(k) < 1e-6 ? (k < 0.0 ? -1e-6 : 1e-6) : k;
  float ik = 1.0 / k;
  float a = ik * (q.y - 0.5 * ik) / 3.0;
  float b = 0.25 * ik * ik * q.x;
  float h = b * b - a * a * a;
  float r = sqrt(abs(h));
  float x = h >= 0.0 // Cardano at h = 0 too: atan(0, 0) is undefined
    ? pow(b + r, 1.0 / 3.0) - pow(abs(b - r), 1.0 / 3.0) * sign(r - b)
    : 2.0 * cos(atan(r, b) / 3.0) * sqrt(max(a, 0.0));
  // Two Newton steps on f(x) = (q - c(x)) . c'(x), c(x) = (x, k x^2), polish the root: the
  // closed form loses digits to cancellation in float32.
  for (int i = 0; i < 2; i++) {
    float f = q.x - x + 2.0 * k * x * (q.y - k * x * x);
    float fp = 2.0 * k * q.y - 1.0 - 6.0 * k * k * x * x;
    // f' < 0 at a nearest point; elsewhere (on the evolute) keep the closed form.
    if (fp < -1e-12) x = max(x - f / fp, 0.0);
  }
  vec2 near = vec2(x, k * x * x);
  float sk = k < 0.0 ? -1.0 : 1.0;
  // Inside where the parabola opens: sk (y - k x^2) > 0.
  float d = length(q - near) * (sk * (q.y - k * q.x * q.x) > 0.0 ? -1.0 : 1.0);
  vec2 normal = sk * vec2(2.0 * k * x, -1.0);
  vec2 g = normal / length(normal);
  return vec3(d, sx * g.x, g.y);
}

float sdParabola(vec2 p, float k) {
  return sdgParabola(p, k).x;
}
