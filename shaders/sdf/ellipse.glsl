// Axis-aligned ellipse centred at the origin with semi-axes ab.
//   float sdEllipse(vec2 p, vec2 ab)   signed distance, d < 0 inside
//   vec3  sdgEllipse(vec2 p, vec2 ab)  vec3(d, dd/dx, dd/dy)
// p and ab in warp-space units, ab > 0. Exact: the nearest point of the ellipse is found
// in closed form (the quartic for the foot of the normal reduces to a resolvent cubic,
// solved analytically) in the first quadrant, after a swap that keeps the larger
// coordinate in y for precision, then polished by two Newton steps on the eccentric
// angle. Equal semi-axes are a circle and are handled as one.
// The gradient is the ellipse's outward unit normal at that nearest point, which is
// dd/dp on both sides and is less sensitive to rounding in the nearest point than the
// offset p - nearest near the outline. It is undefined on the segment between the foci
// (the medial axis; the normal of one of the two nearest points is returned) and, for a
// circle, at the centre (returned as (0, 0)).
// Follows Inigo Quilez, "2D distance functions" (sdEllipse) and "2D SDF gradients".

vec3 sdgEllipse(vec2 p, vec2 ab) {
  vec2 s = vec2(p.x < 0.0 ? -1.0 : 1.0, p.y < 0.0 ? -1.0 : 1.0);
  vec2 q = abs(p);
  bool swapped = q.x > q.y;
  if (swapped) {
    q = q.yx;
    ab = ab.yx;
  }
  float l = ab.y * ab.y - ab.x * ab.x;
  if (abs(l) < 1e-7 * dot(ab, ab)) {
    float len = length(p);
    return vec3(len - ab.x, len > 0.0 ? p / len : vec2(0.0));
  }
  float m = ab.x * q.x / l;
  float m2 = m * m;
  float n = ab.y * q.y / l;
  float n2 = n * n;
  float c = (m2 + n2 - 1.0) / 3.0;
  float c3 = c * c * c;
  float qq = c3 + m2 * n2 * 2.0;
  float disc = c3 + m2 * n2;
  float g = m + m * n2;
  float co; // cosine of the nearest point's eccentric angle
  if (disc < 0.0) {
    // Three real roots (c3 < 0 here, so the division is safe).
    float h = acos(clamp(qq / c3, -1.0, 1.0)) / 3.0;
    float cs = cos(h);
    float sn = sin(h) * 1.7320508075688772;
    float rx = sqrt(max(-c * (cs + sn + 2.0) + m2, 0.0));
    float ry = sqrt(max(-c * (cs - sn + 2.0) + m2, 0.0));
    co = (ry + sign(l) * rx + abs(g) / max(rx * ry, 1e-30) - m) / 2.0;
  } else {
    // One real root.
    float h = 2.0 * m * n * sqrt(disc);
    float sp = sign(qq + h) * pow(abs(qq + h), 1.0 / 3.0);
    float sm = sign(qq - h) * pow(abs(qq - h), 1.0 / 3.0);
    float rx = -sp - sm - c * 4.0 + 2.0 * m2;
    float ry = (sp - sm) * 1.7320508075688772;
    float rm = sqrt(rx * rx + ry * ry);
    co = (ry / sqrt(max(rm - rx, 1e-30)) + 2.0 * g / max(rm, 1e-30) - m) / 2.0;
  }
  // Two Newton steps on the eccentric angle t polish the root: the closed form loses
  // digits to cancellation in float32, enough to show in finite differences.
  //   f(t) = (q - e(t)) . e'(t),  e(t) = ab * (cos t, sin t)
  // The angle is carried as (cos t, sin t) and turned without trigonometric functions,
  // whose float32 error would move the nearest point off the ellipse.
  vec2 cs = vec2(clamp(co, 0.0, 1.0), 0.0);
  cs.y = sqrt(max(1.0 - cs.x * cs.x, 0.0));
  float ecc = ab.x * ab.x - ab.y * ab.y;
  for (int i = 0; i < 2; i++) {
    float f = ecc * cs.y * cs.x - q.x * ab.x * cs.y + q.y * ab.y * cs.x;
    float fp = ecc * (cs.x * cs.x - cs.y * cs.y) - q.x * ab.x * cs.x - q.y * ab.y * cs.y;
    // f' < 0 at a nearest point; elsewhere (on the evolute) keep the closed form.
    if (fp < -1e-12) {
      float dt = -clamp(f / fp, -0.1, 0.1);
      cs = clamp(normalize(cs + dt * vec2(-cs.y, cs.x)), 0.0, 1.0);
    }
  }
  vec2 near = ab * cs;
  float d = length(near - q) * (q.y < near.y ? -1.0 : 1.0);
  // Outward normal at the nearest point: (x / a^2, y / b^2), scaled by a^2 b^2.
  vec2 normal = near * ab.yx * ab.yx;
  float nl = length(normal);
  vec2 grad = nl > 0.0 ? normal / nl : vec2(0.0, 1.0);
  if (swapped) grad = grad.yx;
  return vec3(d, s * grad);
}

float sdEllipse(vec2 p, vec2 ab) {
  return sdgEllipse(p, ab).x;
}
