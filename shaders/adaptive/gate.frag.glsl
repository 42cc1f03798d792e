// The adaptive filter's gate, second of its three passes (src/gl/adaptive-pass.ts): one
// fragment per 2x2 quad of the frame, writing in .r, as a byte, the split its pixels need
// (0: box holds; else sub-squares per side). The first pass drew box coverage and kept,
// per pixel, (f, g_px, footprint reach) in u_marks; here each pixel is checked against its
// four axial neighbours n, d = n - pixel. Unlike dFdx, this looks across quad edges.
//   kink  = max |f_n - f - (g + g_n) / 2 . d|: the trapezoid rule's residual, 0 for any
//           quadratic field, large across a kink, a cut or a fold
//   H     from the gradients' one-sided differences, the smaller side (across a kink one
//         side is flat, and the kink term sees it); its bend at the footprint's corners
//         (s, s), s = half the footprint, is at most s^2 (|hxx| + 2 |hxy| + |hyy|) / 2
// A pixel may hold the edge in its footprint when a neighbour has the other sign, or |f|
// is within the footprint's reach plus those bends. Then:
//  - a smooth curve's bend falls with the square of the split: the least split that
//    brings it under ADAPTIVE_TOLERANCE_PX;
//  - a kink's falls linearly, but into one sub-square of many: ADAPTIVE_KINK_SPLIT;
//  - a fold (a kink past ADAPTIVE_FOLD_PX), kinks and curves at once (corners packed closer
//    than a pixel), a warp that squeezes the footprint far more across the gradient than
//    along it, or a kink where the footprint is stretched ADAPTIVE_STRETCH times more one
//    way than the other (a corner drawn out into a sliver: the reach's sign says so), hide
//    detail below the pixel: ADAPTIVE_FINE_SPLIT, which the refining pass may spend on
//    strips across the stretch (adaptive/refine.glsl).
#include "adaptive/level.glsl"

const int ADAPTIVE_KINK_SPLIT = 3;
const float ADAPTIVE_FOLD_PX = 0.5;
// Footprint reach in warp space over its extent along the gradient.
const float ADAPTIVE_SQUEEZE = 2.0;

uniform highp sampler2D u_marks; // RGBA32F: f, g_px.x, g_px.y, footprint reach (< 0: stretched)
uniform ivec4 u_rect;            // pixels drawn: [x0, x1) x [y0, y1); others hold stale values
uniform float u_fadeWidth;       // device pixels

out vec4 outSplit;

float kink(vec4 c, vec4 n, vec2 d) {
  return abs(n.x - c.x - 0.5 * dot(c.yz + n.yz, d));
}

// The split one pixel needs, from its mark c and its neighbours (y up).
int pixelSplit(vec4 s, vec4 w, vec4 c, vec4 e, vec4 n) {
  vec2 alongX = min(abs(e.yz - c.yz), abs(c.yz - w.yz));
  vec2 alongY = min(abs(n.yz - c.yz), abs(c.yz - s.yz));
  float hessian = alongX.x + alongY.y + 2.0 * max(alongX.y, alongY.x);
  float kinks = max(max(kink(c, e, vec2(1.0, 0.0)), kink(c, w, vec2(-1.0, 0.0))),
                    max(kink(c, n, vec2(0.0, 1.0)), kink(c, s, vec2(0.0, -1.0))));
  bool signChange = min(min(c.x * e.x, c.x * w.x), min(c.x * n.x, c.x * s.x)) < 0.0;
  float slope = length(c.yz);
  // markReach (pipeline/coverage.glsl): negative where the footprint is stretched.
  bool stretched = c.w < 0.0;
  float footprint = abs(c.w);
  float width = u_fadeWidth;
  float reach = 0.5 * width;
  float kinkBend = 2.0 * reach * kinks;
  float curveBend = 0.5 * reach * reach * hessian;
  bool near = signChange || abs(c.x) <= max(width * slope, footprint) + kinkBend + curveBend;
  if (!(slope > 0.0) || width <= 0.0 || !near) return 0;
  if (footprint > ADAPTIVE_SQUEEZE * width * slope) return ADAPTIVE_FINE_SPLIT;
  float tolerance = ADAPTIVE_TOLERANCE_PX * slope;
  int curveSplit = int(ceil(sqrt(curveBend / tolerance)));
  if (kinkBend > ADAPTIVE_FOLD_PX * slope) return ADAPTIVE_FINE_SPLIT;
  if (kinkBend > tolerance && stretched) return ADAPTIVE_FINE_SPLIT;
  if (kinkBend > tolerance && curveSplit >= 4) return ADAPTIVE_FINE_SPLIT;
  int split = kinkBend > tolerance ? max(curveSplit, ADAPTIVE_KINK_SPLIT) : curveSplit;
  split = min(split, ADAPTIVE_FINE_SPLIT);
  return split > 1 ? split : 0;
}

// Texel (i, j) of the quad's 4 x 4 block, clamped into the drawn rect. Past the rect's
// edge a neighbour is then the pixel itself, which reads as a kink: the edge's pixels
// only ever refine more (cheaper here than a test per texel).
#define BLOCK(i, j) texelFetch(u_marks, clamp(o + ivec2(i, j), u_rect.xy, u_rect.zw - 1), 0)

void main() {
  ivec2 o = 2 * ivec2(gl_FragCoord.xy) - 1;
  vec4 t10 = BLOCK(1, 0), t20 = BLOCK(2, 0);
  vec4 t01 = BLOCK(0, 1), t11 = BLOCK(1, 1), t21 = BLOCK(2, 1), t31 = BLOCK(3, 1);
  vec4 t02 = BLOCK(0, 2), t12 = BLOCK(1, 2), t22 = BLOCK(2, 2), t32 = BLOCK(3, 2);
  vec4 t13 = BLOCK(1, 3), t23 = BLOCK(2, 3);
  int split = max(
    max(pixelSplit(t10, t01, t11, t21, t12), pixelSplit(t20, t11, t21, t31, t22)),
    max(pixelSplit(t11, t02, t12, t22, t13), pixelSplit(t21, t12, t22, t32, t23)));
  outSplit = vec4(float(split) / 255.0, 0.0, 0.0, 1.0);
}
