/*{
  "id": "isolines",
  "name": "Isolines",
  "description": "Contour lines of a smooth terrain (five Gaussian hills and hollows on a gentle swell): the field is h minus its nearest level, with gradient grad h, so each contour is exactly one stroke width on screen, dense on the steep flanks and sparse on the plateaus. Every n-th (index) contour is drawn twice as wide; colours follow the height.",
  "params": [
    { "name": "spacing", "label": "level spacing", "type": "float", "min": 0.02, "max": 0.5, "step": 0.005, "default": 0.08 },
    { "name": "indexEvery", "label": "index contour every", "type": "int", "min": 0, "max": 10, "default": 5 },
    { "name": "relief", "type": "float", "min": 0.2, "max": 2, "step": 0.01, "default": 1 },
    { "name": "palette", "type": "enum", "options": ["terrain", "thermal", "mono"], "default": "terrain" }
  ],
  "defaults": {
    "warp": "identity",
    "view": { "center": [0, 0], "zoom": 1, "rotation": 0 },
    "aa": { "source": "analytic", "filter": "strip", "fadeWidth": 1, "strokeWidth": 1.25 }
  }
}*/
// Height h(u) = relief * (sum_i a_i exp(-|u - c_i|^2 / s_i^2) + w(u)), w a slow swell:
//   grad of a_i exp(-|q|^2 / s^2) = -2 q / s^2 times the term,
//   w = 0.18 sin(1.3 x + 0.4) cos(1.1 y - 0.3),
//   grad w = 0.18 (1.3 cos(1.3 x + 0.4) cos(1.1 y - 0.3), -1.1 sin(1.3 x + 0.4) sin(1.1 y - 0.3)).
// Level n = round(h / spacing); F = h - n spacing, grad F = grad h. F jumps (from +spacing/2
// to -spacing/2) halfway between levels, far from any line; its zero set is the contours.
// Where grad h vanishes (peaks, pits, saddles) |F| / |grad h| is large unless F is 0 too.
#define SCENE_STROKE_SCALE
#include "color/srgb.glsl"

const int ISOLINES_HILLS = 5;

// Height and its gradient: vec3(h, dh/dx, dh/dy).
vec3 isolines_height(vec2 u) {
  const vec3 hills[ISOLINES_HILLS] = vec3[](
    vec3(-0.62, 0.28, 0.42), // centre x, y and width s
    vec3(0.48, -0.22, 0.36),
    vec3(0.05, 0.55, 0.3),
    vec3(-0.3, -0.52, 0.28),
    vec3(0.98, 0.48, 0.33)
  );
  const float amplitude[ISOLINES_HILLS] = float[](0.95, 0.8, -0.55, -0.45, 0.5);
  vec3 h = vec3(0.0);
  for (int i = 0; i < ISOLINES_HILLS; i++) {
    vec2 q = u - hills[i].xy;
    float s2 = hills[i].z * hills[i].z;
    float term = amplitude[i] * exp(-dot(q, q) / s2);
    h += vec3(term, -2.0 * term * q / s2);
  }
  float sx = sin(1.3 * u.x + 0.4);
  float cx = cos(1.3 * u.x + 0.4);
  float sy = sin(1.1 * u.y - 0.3);
  float cy = cos(1.1 * u.y - 0.3);
  h += 0.18 * vec3(sx * cy, 1.3 * cx * cy, -1.1 * sx * sy);
  return u_relief * h;
}

float isolines_level(float h) {
  return round(h / u_spacing);
}

vec3 sdgScene(vec2 u) {
  vec3 h = isolines_height(u);
  return vec3(h.x - isolines_level(h.x) * u_spacing, h.yz);
}

// Index contours (every indexEvery-th level, counted from 0) are twice as wide.
float sceneStrokeScale(vec2 u) {
  if (u_indexEvery <= 0) return 1.0;
  int n = int(isolines_level(isolines_height(u).x));
  return abs(n) % u_indexEvery == 0 ? 2.0 : 1.0; // % is undefined for negatives
}

// Colour of a level by its height t in [0, 1] (low to high), sRGB stops mixed piecewise.
vec3 isolines_palette(float t) {
  vec3 stops[5];
  if (u_palette == 0) { // terrain: sea blue, green, ochre, rust, snow
    stops = vec3[](vec3(0.2, 0.45, 0.85), vec3(0.3, 0.75, 0.55), vec3(0.9, 0.8, 0.4), vec3(0.85, 0.45, 0.3), vec3(0.96, 0.94, 0.92));
  } else if (u_palette == 1) { // thermal: indigo, magenta, orange, yellow, white
    stops = vec3[](vec3(0.25, 0.2, 0.7), vec3(0.75, 0.25, 0.6), vec3(0.98, 0.45, 0.25), vec3(1.0, 0.8, 0.3), vec3(1.0, 0.97, 0.85));
  } else {
    stops = vec3[](vec3(0.55), vec3(0.65), vec3(0.75), vec3(0.85), vec3(0.95));
  }
  float x = clamp(t, 0.0, 1.0) * 4.0;
  int i = min(int(x), 3);
  return srgbDecode(mix(stops[i], stops[i + 1], x - float(i)));
}

vec3 sceneColor(vec2 u) {
  float level = isolines_level(isolines_height(u).x) * u_spacing;
  return isolines_palette(0.5 + 0.45 * level / u_relief);
}
