/*{
  "id": "shapes",
  "name": "Three shapes",
  "description": "A disc, a box and a capsule, each with its exact gradient, joined by union.",
  "params": [
    { "name": "capsuleRadius", "label": "capsule radius", "type": "float", "min": 0.01, "max": 0.3, "step": 0.005, "default": 0.12 },
    { "name": "discInk", "label": "disc colour", "type": "color", "default": [0.93, 0.36, 0.33] },
    { "name": "boxInk", "label": "box colour", "type": "color", "default": [0.26, 0.6, 0.87] },
    { "name": "capsuleInk", "label": "capsule colour", "type": "color", "default": [0.98, 0.78, 0.25] }
  ]
}*/
#include "sdf/circle.glsl"
#include "sdf/box.glsl"
#include "sdf/segment.glsl"
#include "ops/union.glsl"

vec3 shapesDisc(vec2 u) { return sdgCircle(u - vec2(-0.95, 0.15), 0.38); }
vec3 shapesBox(vec2 u) { return sdgBox(u - vec2(0.0, 0.2), vec2(0.3, 0.42)); }
vec3 shapesCapsule(vec2 u) { return sdgSegment(u, vec2(0.55, -0.45), vec2(1.2, 0.55), u_capsuleRadius); }

vec3 sdgScene(vec2 u) {
  return opUnion(opUnion(shapesDisc(u), shapesBox(u)), shapesCapsule(u));
}

// Each shape keeps its own colour: pick the nearest one.
vec3 sceneColor(vec2 u) {
  float disc = shapesDisc(u).x;
  float box = shapesBox(u).x;
  float capsule = shapesCapsule(u).x;
  return disc < min(box, capsule) ? u_discInk : box < capsule ? u_boxInk : u_capsuleInk;
}
