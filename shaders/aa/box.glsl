// Exact box-filter coverage of a straight edge.
//   float aaBox(float dPx, vec2 normal, float width)
//   float aaBoxRect(float dPx, vec2 normal, vec2 size)   a width x height rectangle instead
//   dPx:    signed distance from the pixel centre to the edge, device pixels (d < 0 inside)
//   normal: unit screen-space normal of the edge (direction of increasing d)
//   width:  side of the filter square in device pixels (1 = the pixel itself); 0 = hard edge
// Returns the fraction of the square on the inside of the edge's tangent line.
//
// A point x of the square (relative to the centre) is inside when dPx + n.x < 0. For x
// uniform on the square, n.x is the sum of two uniforms of widths a = w|n_x| and
// b = w|n_y|, whose density is a trapezoid:
//
//        ____________
//       /            \         ramps (a+b)/2 - (a-b)/2 = b wide, plateau a - b wide
//   ___/              \___
//   -(a+b)/2         (a+b)/2
//
// so coverage = CDF(-dPx), piecewise quadratic-linear-quadratic (aa_box_cdf).
#include "aa/step.glsl"

// CDF at t of the trapezoid for widths a >= b >= 0, a > 0.
float aaBox_cdf(float t, float a, float b) {
  float outer = 0.5 * (a + b);
  float inner = 0.5 * (a - b);
  if (t <= -outer) return 0.0;
  if (t >= outer) return 1.0;
  if (t <= -inner) return (t + outer) * (t + outer) / (2.0 * a * b);
  if (t >= inner) return 1.0 - (outer - t) * (outer - t) / (2.0 * a * b);
  return (t + 0.5 * a) / a;
}

// The same for a w x h rectangle (size = (w, h), axis-aligned): its projection onto the
// normal is again the sum of two uniforms, of widths w |n_x| and h |n_y|.
float aaBoxRect(float dPx, vec2 normal, vec2 size) {
  vec2 extent = abs(normal) * size;
  float a = max(extent.x, extent.y);
  float b = min(extent.x, extent.y);
  if (a <= 0.0) return aaStep(dPx);
  // An edge within float noise of an axis has no ramp worth the division by b.
  if (b < 1e-6 * a) return clamp(0.5 - dPx / a, 0.0, 1.0);
  return aaBox_cdf(-dPx, a, b);
}

float aaBox(float dPx, vec2 normal, float width) {
  return aaBoxRect(dPx, normal, vec2(width));
}
