/*{
  "id": "composition",
  "name": "Composition",
  "description": "A small orrery: a sun with arcs of orbit and a planet knocked out of one, a ringed planet whose ring passes behind and in front of it, a cluster of metaballs and a wave of capsules joined by smooth unions that blend their colours too, and a few stars. Every piece is an exact distance with its gradient, so the edges stay one pixel soft under any warp (try swirl or fisheye).",
  "params": [
    { "name": "blend", "label": "blend radius", "type": "float", "min": 0, "max": 0.3, "step": 0.005, "default": 0.12 },
    { "name": "orbit", "label": "planet angle", "type": "float", "min": -3.14159, "max": 3.14159, "step": 0.01, "default": 0.55 },
    { "name": "ringTilt", "label": "ring tilt", "type": "float", "min": -1, "max": 1, "step": 0.01, "default": -0.38 }
  ],
  "defaults": {
    "warp": "identity",
    "view": { "center": [0, 0], "zoom": 1, "rotation": 0 },
    "aa": { "source": "analytic", "filter": "adaptive", "fadeWidth": 1 }
  }
}*/
// Pieces are combined two at a time with their colours: a union keeps the nearer piece's
// colour, a smooth union mixes both by the same weight h that mixes the distances
// (shaders/ops/smoothunion.glsl), so colours flow through the fillets. One coverage per
// pixel means no layers: the ringed planet's ring passes behind the planet (y > 0 in the
// ring's frame) by a gap cut out of the ring, and in front of it by a gap cut out of the
// planet. Rotated pieces evaluate at R(-t) p and rotate the gradient by
// R(t).
#include "color/srgb.glsl"
#include "sdf/circle.glsl"
#include "sdf/ellipse.glsl"
#include "sdf/segment.glsl"
#include "sdf/star.glsl"
#include "sdf/arc.glsl"
#include "ops/union.glsl"
#include "ops/subtraction.glsl"
#include "ops/smoothunion.glsl"
#include "ops/onion.glsl"

const vec2 COMPOSITION_SUN = vec2(-0.52, 0.1);

struct Piece {
  vec3 field; // vec3(d, grad d), warp space
  vec3 color; // linear light
};

Piece composition_union(Piece a, Piece b) {
  if (a.field.x < b.field.x) return a; // WebGL allows no ?: on structs
  return b;
}

Piece composition_smooth(Piece a, Piece b, float k) {
  if (k <= 0.0) return composition_union(a, b);
  float h = clamp(0.5 + 0.5 * (b.field.x - a.field.x) / k, 0.0, 1.0);
  return Piece(opSmoothUnion(a.field, b.field, k), mix(b.color, a.color, h));
}

mat2 composition_turn(float t) {
  return mat2(cos(t), sin(t), -sin(t), cos(t));
}

vec3 composition_ink(float r, float g, float b) {
  return srgbDecode(vec3(r, g, b));
}

// Sun, two orbit arcs (turned so their gaps face different ways) and the planet.
Piece composition_sun(vec2 u) {
  vec2 p = u - COMPOSITION_SUN;
  float warm = smoothstep(0.36, -0.36, p.y);
  Piece sun = Piece(sdgCircle(p, 0.34), mix(composition_ink(1.0, 0.82, 0.36), composition_ink(0.98, 0.4, 0.42), warm));
  vec2 planetAt = 0.5 * vec2(cos(u_orbit), sin(u_orbit));
  vec3 planet = sdgCircle(p - planetAt, 0.055);
  // Inner orbit: nearly whole, gap to the lower left; the planet knocks a gap out of it.
  mat2 t1 = composition_turn(2.4);
  vec3 orbit1 = sdgArc(transpose(t1) * p, vec2(sin(2.7), cos(2.7)), 0.5, 0.008);
  orbit1.yz = t1 * orbit1.yz;
  orbit1 = opSubtraction(orbit1, vec3(planet.x - 0.035, planet.yz));
  // Outer orbit: a half ring on the right, thinner.
  mat2 t2 = composition_turn(-0.9);
  vec3 orbit2 = sdgArc(transpose(t2) * p, vec2(sin(1.25), cos(1.25)), 0.64, 0.005);
  orbit2.yz = t2 * orbit2.yz;
  Piece arcs = Piece(opUnion(orbit1, orbit2), composition_ink(0.95, 0.72, 0.55));
  Piece world = Piece(planet, composition_ink(0.45, 0.8, 0.95));
  return composition_union(composition_union(sun, arcs), world);
}

// Ringed planet: a disc and a tilted elliptical ring, hidden behind the disc on its far half.
Piece composition_ringed(vec2 u) {
  vec2 p = u - vec2(0.78, 0.5);
  mat2 turn = composition_turn(u_ringTilt);
  vec2 q = transpose(turn) * p;
  vec3 disc = sdgCircle(p, 0.12);
  vec3 ring = opOnion(sdgEllipse(q, vec2(0.26, 0.065)), 0.011);
  ring.yz = turn * ring.yz;
  // A gap of 0.018 separates whichever is behind from whichever is in front.
  if (q.y > 0.0) ring = opSubtraction(ring, vec3(disc.x - 0.018, disc.yz));
  else disc = opSubtraction(disc, vec3(ring.x - 0.018, ring.yz));
  float band = 0.5 + 0.5 * sin(60.0 * q.y); // latitude stripes, colour only
  Piece planet = Piece(disc, mix(composition_ink(0.62, 0.5, 0.92), composition_ink(0.78, 0.64, 0.98), band));
  Piece halo = Piece(ring, composition_ink(0.98, 0.86, 0.62));
  return composition_union(planet, halo);
}

// Metaballs, their colours blending through the fillets.
Piece composition_blobs(vec2 u) {
  float k = u_blend;
  Piece a = Piece(sdgCircle(u - vec2(0.5, -0.22), 0.19), composition_ink(0.18, 0.78, 0.72));
  Piece b = Piece(sdgCircle(u - vec2(0.78, -0.06), 0.12), composition_ink(0.3, 0.55, 0.98));
  Piece c = Piece(sdgCircle(u - vec2(0.86, -0.4), 0.1), composition_ink(0.6, 0.42, 0.95));
  Piece d = Piece(sdgCircle(u - vec2(0.55, -0.55), 0.065), composition_ink(0.45, 0.9, 0.55));
  return composition_smooth(composition_smooth(composition_smooth(a, b, k), c, k), d, k);
}

// A wave of capsules along the bottom, coral to gold, joined smoothly.
Piece composition_wave(vec2 u) {
  Piece wave = Piece(vec3(1e9, 1.0, 0.0), vec3(0.0));
  for (int i = 0; i < 7; i++) {
    float x0 = -1.22 + 0.2 * float(i);
    vec2 a = vec2(x0, -0.7 + (i % 2 == 0 ? 0.06 : -0.06));
    vec2 b = vec2(x0 + 0.2, -0.7 + (i % 2 == 0 ? -0.06 : 0.06));
    float t = float(i) / 6.0;
    Piece seg = Piece(sdgSegment(u, a, b, 0.022), mix(composition_ink(0.98, 0.45, 0.4), composition_ink(1.0, 0.78, 0.35), t));
    wave = composition_smooth(wave, seg, 0.04);
  }
  return wave;
}

Piece composition_stars(vec2 u) {
  vec3 ink = composition_ink(1.0, 0.93, 0.7);
  Piece s = Piece(sdgStar(u - vec2(0.15, 0.72), 0.07, 0.45), ink);
  s = composition_union(s, Piece(sdgStar(u - vec2(0.32, 0.3), 0.04, 0.45), ink));
  s = composition_union(s, Piece(sdgStar(u - vec2(-1.12, 0.76), 0.05, 0.45), ink));
  return composition_union(s, Piece(sdgStar(u - vec2(1.15, -0.78), 0.045, 0.45), ink));
}

// The groups go through one switch in a loop rather than one long straight-line block:
// SwiftShader's compile time grows much faster than linearly with the size of a block
// (minutes for this scene inlined straight, seconds this way).
Piece composition_group(int i, vec2 u) {
  switch (i) {
    case 0: return composition_sun(u);
    case 1: return composition_ringed(u);
    case 2: return composition_blobs(u);
    case 3: return composition_wave(u);
    default: return composition_stars(u);
  }
}

Piece composition_scene(vec2 u) {
  Piece scene = composition_group(0, u);
  for (int i = 1; i < 5; i++) scene = composition_union(scene, composition_group(i, u));
  return scene;
}

vec3 sdgScene(vec2 u) {
  return composition_scene(u).field;
}

vec3 sceneColor(vec2 u) {
  return composition_scene(u).color;
}
