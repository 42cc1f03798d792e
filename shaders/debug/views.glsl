// Debug views: the derivatives behind the antialiasing, made visible. Each returns a
// straight sRGB-encoded colour in [0, 1] for one pixel.
//   vec3 debugBands(float dPx, float alpha)     isolines of the pixel distance every 8 px:
//        evenly spaced on screen wherever the chain rule is right, however the warp bends
//   vec3 debugSlope(vec2 gWorld)                |grad f| per world unit, log scale: 1 for a
//        true distance field (grey), > 1 compressed (orange), < 1 stretched (blue)
//   vec3 debugJacobian(float det)               det Jw: expand (det > 1, warm), shrink
//        (0 < det < 1, cool), flip (det < 0, magenta), singular (|det| < 1e-3, white),
//        grey within 1.4 % of 1 (area-preserving)
//   vec3 debugDirection(vec2 gPx, float alpha)  the gradient's screen direction as hue
//   vec3 debugError(float e)                    |coverage - reference coverage|, e in [0, 1],
//        on a log ramp: <= 0.1 % black, 1 % blue, 10 % yellow, >= 50 % white, linear in
//        log10(e) between those stops
// The det J thresholds (1e-3 singular, 0.02 in log2 neutral) also live in
// src/inspect/det-class.ts (the inspector's classes), and every colour stop in
// src/ui/debug-palette.ts (the legend); tests/browser/inspector.test.ts checks they agree.
const float DEBUG_BAND_PX = 8.0;
const float DEBUG_NEUTRAL_LOG2 = 0.02;

vec3 debug_hue(float turns) {
  return clamp(abs(fract(turns + vec3(0.0, 2.0 / 3.0, 1.0 / 3.0)) * 6.0 - 3.0) - 1.0, 0.0, 1.0);
}

vec3 debugBands(float dPx, float alpha) {
  // Distance to the nearest multiple of the band spacing, in pixels: a 1 px line.
  float toLine = abs(dPx - DEBUG_BAND_PX * floor(dPx / DEBUG_BAND_PX + 0.5));
  float line = clamp(1.0 - toLine, 0.0, 1.0);
  vec3 side = dPx < 0.0 ? vec3(0.95, 0.6, 0.25) : vec3(0.3, 0.55, 0.9);
  vec3 base = mix(vec3(0.1), side * 0.35, clamp(abs(dPx) / 64.0, 0.2, 1.0));
  return mix(mix(base, vec3(1.0), alpha * 0.85), side, line);
}

vec3 debugSlope(vec2 gWorld) {
  float t = clamp(log2(max(length(gWorld), 1e-12)) / 4.0, -1.0, 1.0);
  return t > 0.0 ? mix(vec3(0.5), vec3(1.0, 0.55, 0.1), t) : mix(vec3(0.5), vec3(0.15, 0.45, 1.0), -t);
}

vec3 debugJacobian(float det) {
  if (abs(det) < 1e-3) return vec3(1.0);
  if (det < 0.0) return mix(vec3(0.35, 0.05, 0.3), vec3(1.0, 0.2, 0.9), clamp(log2(-det) / 4.0 + 0.5, 0.0, 1.0));
  float t = log2(det);
  // Within 1.4 % of area-preserving: neutral grey. Beyond, at least a third of the tint, so
  // the classes stay distinct even where the warp barely moves.
  if (abs(t) < DEBUG_NEUTRAL_LOG2) return vec3(0.45);
  float k = mix(0.35, 1.0, clamp(abs(t) / 4.0, 0.0, 1.0));
  return mix(vec3(0.45), t > 0.0 ? vec3(1.0, 0.35, 0.15) : vec3(0.1, 0.75, 0.85), k);
}

vec3 debugDirection(vec2 gPx, float alpha) {
  float turns = dot(gPx, gPx) > 0.0 ? atan(gPx.y, gPx.x) / 6.28318530718 : 0.0;
  return debug_hue(turns) * mix(0.55, 1.0, alpha);
}

// Error ramp stops, as log10 of the error: 0.1 % (black), 1 % (blue), 10 % (yellow), 50 % (white).
const float DEBUG_ERROR_LOG10_50 = -0.30103;

vec3 debugError(float e) {
  float l = log2(max(e, 1e-6)) * 0.30103; // log10
  if (l <= -3.0) return vec3(0.0);
  if (l <= -2.0) return mix(vec3(0.0), vec3(0.1, 0.3, 1.0), l + 3.0);
  if (l <= -1.0) return mix(vec3(0.1, 0.3, 1.0), vec3(1.0, 0.85, 0.1), l + 2.0);
  return mix(vec3(1.0, 0.85, 0.1), vec3(1.0), clamp((l + 1.0) / (DEBUG_ERROR_LOG10_50 + 1.0), 0.0, 1.0));
}
