// The adaptive filter's last pass: coverage of a quad the gate marked, from the split it
// set (pipeline/coverage.glsl includes this in ADAPTIVE_STAGE refine).
//   float refineCoverage(vec2 px, vec2 pixelGPx, mat2 warpJacobian, int split)   warpJacobian
//         at px, as fieldAtPixel gives it
// Within a budget of split x split cells, each with its own first-order box: square
// sub-boxes, or where the view and warp stretch one way far more than the other, strips
// across that way. Needs fieldAtPixel, subPixelGradient, stretchOf and aaBoxRect.

flat in float v_split; // sub-squares per side, from the gate (adaptive/refine.vert.glsl)

// Box coverage of a w x h rectangle (size) about `at` whose sides run along v and perp(v),
// by the first-order model of the field there.
float cellCoverage(vec2 at, vec2 v, vec2 size, vec2 pixelGPx) {
  vec2 u;
  mat2 warpJacobian;
  vec3 field = fieldAtPixel(at, u, warpJacobian);
  vec2 g = subPixelGradient(field, warpJacobian, at, pixelGPx);
  float slope = length(g);
  vec2 n = slope > 0.0 ? g / slope : vec2(1.0, 0.0);
  return aaBoxRect(pixelDistance(field.x, g), vec2(dot(n, v), n.y * v.x - n.x * v.y), size);
}

// The footprint, a w x w square about px, cut into `along` strips across v (the direction
// the view and warp stretch most, a unit vector) and each strip into `across` cells along
// its chord; a cell is taken as the rectangle of its strip's width and its share of the
// chord through the strip's middle. Like an anisotropic texture filter's probes along the
// major axis: where A = Jw Jv stretches v s times more than perp(v), a corner of the scene
// is a sliver along perp(v), which square sub-boxes cut across and strips follow.
float stripCoverage(vec2 px, vec2 pixelGPx, vec2 v, int along, int across) {
  float h = 0.5 * u_fadeWidth;
  vec2 perp = vec2(-v.y, v.x);
  float halfExtent = h * (abs(v.x) + abs(v.y)); // of the square along v
  float width = 2.0 * halfExtent / float(along);
  vec2 safe = vec2(abs(perp.x) > 1e-6 ? perp.x : 1e-6, abs(perp.y) > 1e-6 ? perp.y : 1e-6);
  float sum = 0.0;
  float area = 0.0;
  for (int k = 0; k < along * across; k++) {
    float t = -halfExtent + (float(k / across) + 0.5) * width;
    // The chord {t v + s perp} inside the square: s in [lo, hi].
    vec2 centre = t * v;
    vec2 s0 = (-h - centre) / safe;
    vec2 s1 = (h - centre) / safe;
    float lo = max(min(s0.x, s1.x), min(s0.y, s1.y));
    float hi = min(max(s0.x, s1.x), max(s0.y, s1.y));
    float cell = max(hi - lo, 0.0) / float(across);
    float s = lo + (float(k % across) + 0.5) * cell;
    float weight = width * cell;
    if (weight > 0.0) sum += weight * cellCoverage(px + centre + s * perp, v, vec2(width, cell), pixelGPx);
    area += weight;
  }
  return area > 0.0 ? sum / area : 0.0;
}

// Where strips pay: a stretch of 24 and more. Below it square sub-boxes do as well, and
// near a singular point (a polar warp's centre, where the stretch grows without bound and
// the field bends within the pixel) long strip cells do worse.
const float STRIP_STRETCH = 24.0;
// How far the stretch direction may turn across the footprint for strips to follow it.
const float STRIP_STEADY_COS = 0.97; // 14 degrees

// The unit direction (device pixels) that A = Jw Jv stretches most: the eigenvector of
// A^T A = [[p, q], [q, r]] for its larger eigenvalue.
vec2 stretchDirection(mat2 a) {
  float angle = 0.5 * atan(2.0 * dot(a[0], a[1]), dot(a[0], a[0]) - dot(a[1], a[1]));
  return vec2(cos(angle), sin(angle));
}

// Whether the warp stretches the same way at the footprint's corners as at its centre: not
// so about a singular point (the centre of a polar warp), where strips would follow one
// direction across a pixel that holds them all.
bool steadyStretch(vec2 px, vec2 direction) {
  bool steady = true;
  for (int k = 0; k < 4; k++) {
    vec2 at = px + 0.5 * u_fadeWidth * vec2(k % 2 == 0 ? -1.0 : 1.0, k < 2 ? -1.0 : 1.0);
    mat2 warpJacobian;
    WARP_FN(viewWorld(at), warpJacobian);
    mat2 a = warpJacobian * u_viewJacobian;
    steady = steady && stretchOf(a) >= 0.5 * STRIP_STRETCH &&
             abs(dot(stretchDirection(a), direction)) >= STRIP_STEADY_COS;
  }
  return steady;
}

// The refining pass's coverage over the split x split budget: square sub-boxes (strips
// across x, cut as often as there are strips), or where A = Jw Jv stretches one way
// STRIP_STRETCH times more than the other, steadily, strips across that way (as many
// more strips than cells per strip as the stretch, in the budget). One loop either way,
// so the scene is inlined once.
float refineCoverage(vec2 px, vec2 pixelGPx, mat2 warpJacobian, int split) {
  mat2 a = warpJacobian * u_viewJacobian;
  float stretch = stretchOf(a);
  vec2 direction = stretchDirection(a);
  bool strips = stretch >= STRIP_STRETCH && steadyStretch(px, direction);
  int across = strips ? clamp(int(floor(sqrt(float(split * split) / stretch) + 0.5)), 2, split) : split;
  return stripCoverage(px, pixelGPx, strips ? direction : vec2(1.0, 0.0), split * split / across, across);
}
