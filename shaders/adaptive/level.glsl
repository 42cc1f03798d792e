// The adaptive filter's tolerances, shared by its one-pass form (pipeline/coverage.glsl)
// and its gate (adaptive/gate.frag.glsl).
//   float adaptiveLevel(float bend, float slope)   0: box holds, 1: refine, 2: refine finely
// bend is in units of f and slope = |g_px|, so bend / slope is the bend in device pixels.
// Past ADAPTIVE_FINE_PX the linear model means nothing at the pixel's scale (a warp's
// singular point, a feature squeezed below a pixel) and the split is ADAPTIVE_FINE_SPLIT.
const float ADAPTIVE_TOLERANCE_PX = 0.02;
const float ADAPTIVE_FINE_PX = 0.25;
const int ADAPTIVE_SPLIT = 4;
const int ADAPTIVE_FINE_SPLIT = 8;
// A footprint stretched this many times more one way than the other (a strong shear).
const float ADAPTIVE_STRETCH = 4.0;

float adaptiveLevel(float bend, float slope) {
  return bend > ADAPTIVE_FINE_PX * slope ? 2.0 : bend > ADAPTIVE_TOLERANCE_PX * slope ? 1.0 : 0.0;
}
