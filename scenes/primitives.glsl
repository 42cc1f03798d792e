/*{
  "id": "primitives",
  "name": "Primitive contact sheet",
  "description": "Every 2D primitive in shaders/sdf with its exact gradient, in a 6 x 4 grid: circle, box, rounded box, capsule, triangle, concave quad; isosceles and equilateral triangles, pentagon, hexagon, star, rhombus; ellipse, vesica, arc, pie, moon, heart; cross, trapezoid, parabola (cut by a box), and three operators: smooth union, onion and subtraction.",
  "defaults": { "view": { "zoom": 0.68 } }
}*/
#include "color/srgb.glsl"
#include "sdf/circle.glsl"
#include "sdf/box.glsl"
#include "sdf/roundbox.glsl"
#include "sdf/segment.glsl"
#include "sdf/triangle.glsl"
#include "sdf/quad.glsl"
#include "sdf/isosceles.glsl"
#include "sdf/equilateral.glsl"
#include "sdf/pentagon.glsl"
#include "sdf/hexagon.glsl"
#include "sdf/star.glsl"
#include "sdf/rhombus.glsl"
#include "sdf/ellipse.glsl"
#include "sdf/vesica.glsl"
#include "sdf/arc.glsl"
#include "sdf/pie.glsl"
#include "sdf/moon.glsl"
#include "sdf/heart.glsl"
#include "sdf/cross.glsl"
#include "sdf/trapezoid.glsl"
#include "sdf/parabola.glsl"
#include "ops/union.glsl"
#include "ops/intersection.glsl"
#include "ops/subtraction.glsl"
#include "ops/smoothunion.glsl"
#include "ops/onion.glsl"

// Grid of cells over x in [-1.7, 1.7], y in [-0.95, 0.95]; cell i is column i % 6, row i / 6
// from the top left. Each shape fits in about 0.46 x 0.38 around its cell's centre.
const int PRIMITIVES_COUNT = 24;
const int PRIMITIVES_COLUMNS = 6;
const vec2 PRIMITIVES_CELL = vec2(3.4 / 6.0, 1.9 / 4.0);

vec2 primitivesCentre(int i) {
  vec2 cell = vec2(float(i % PRIMITIVES_COLUMNS), float(i / PRIMITIVES_COLUMNS)) + 0.5;
  return vec2(-1.7 + PRIMITIVES_CELL.x * cell.x, 0.95 - PRIMITIVES_CELL.y * cell.y);
}

// Pie turned a quarter turn so that its gap faces +x: q = R p, grad_p = R^T grad_q.
vec3 primitivesPacman(vec2 p) {
  float t = 2.4; // half aperture
  vec3 r = sdgPie(vec2(p.y, -p.x), vec2(sin(t), cos(t)), 0.19);
  return vec3(r.x, -r.z, r.y);
}

// Shape i in its cell's local coordinates p, as vec3(d, grad).
vec3 primitivesShape(int i, vec2 p) {
  switch (i) {
    // Row 1: the originals and the polygons given by vertices.
    case 0: return sdgCircle(p, 0.18);
    case 1: return sdgBox(p, vec2(0.22, 0.15));
    case 2: return sdgRoundBox(p, vec2(0.22, 0.15), 0.06);
    case 3: return sdgSegment(p, vec2(-0.17, -0.11), vec2(0.17, 0.11), 0.06);
    case 4: return sdgTriangle(p, vec2(-0.21, -0.16), vec2(0.22, -0.1), vec2(-0.04, 0.18));
    case 5: // concave: an arrowhead
      return sdgQuad(p, vec2(-0.2, -0.17), vec2(0.0, -0.05), vec2(0.2, -0.17), vec2(0.0, 0.18));
    // Row 2: regular and symmetric polygons.
    case 6: return sdgIsoscelesTriangle(p - vec2(0.0, 0.18), vec2(0.16, -0.35));
    case 7: return sdgEquilateralTriangle(p - vec2(0.0, -0.055), 0.2);
    case 8: return sdgPentagon(p - vec2(0.0, 0.019), 0.16);
    case 9: return sdgHexagon(p, 0.16);
    case 10: return sdgStar(p - vec2(0.0, -0.015), 0.2, 0.45);
    case 11: return sdgRhombus(p, vec2(0.22, 0.16));
    // Row 3: shapes made of circles and conics.
    case 12: return sdgEllipse(p, vec2(0.24, 0.13));
    case 13: return sdgVesica(p, 0.24, 0.12);
    case 14: return sdgArc(p - vec2(0.0, 0.01), vec2(sin(2.3), cos(2.3)), 0.14, 0.04);
    case 15: return primitivesPacman(p - vec2(0.02, 0.0));
    case 16: return sdgMoon(p - vec2(-0.04, 0.0), 0.09, 0.18, 0.15);
    case 17: return sdgHeart(p - vec2(0.0, -0.18), 0.33);
    // Row 4: the rest, then the operators.
    case 18: return sdgCross(p, vec2(0.21, 0.075), 0.02);
    case 19: return sdgTrapezoid(p, 0.22, 0.12, 0.15);
    case 20: // the parabola is unbounded: keep the part inside a box
      return opIntersection(sdgParabola(p - vec2(0.0, -0.16), 6.0), sdgBox(p, vec2(0.2, 0.16)));
    case 21: return opSmoothUnion(sdgCircle(p - vec2(-0.09, -0.05), 0.12),
                                  sdgBox(p - vec2(0.08, 0.05), vec2(0.11, 0.09)), 0.1);
    case 22: return opOnion(opOnion(sdgCircle(p, 0.12), 0.055), 0.018);
    default: return opSubtraction(sdgRoundBox(p, vec2(0.22, 0.15), 0.05),
                                  sdgCircle(p - vec2(0.11, 0.07), 0.11));
  }
}

vec3 sdgScene(vec2 u) {
  vec3 field = vec3(1e30, 0.0, 0.0);
  for (int i = 0; i < PRIMITIVES_COUNT; i++) {
    field = opUnion(field, primitivesShape(i, u - primitivesCentre(i)));
  }
  return field;
}

// Each shape keeps its own colour, picked by the nearest shape; hues walk the palette
// along the grid (a cosine palette, sRGB-encoded).
vec3 sceneColor(vec2 u) {
  float nearest = 1e30;
  int pick = 0;
  for (int i = 0; i < PRIMITIVES_COUNT; i++) {
    float d = primitivesShape(i, u - primitivesCentre(i)).x;
    if (d < nearest) {
      nearest = d;
      pick = i;
    }
  }
  float t = float(pick) / float(PRIMITIVES_COUNT);
  vec3 wave = cos(6.2831853 * (t + vec3(0.0, 0.33, 0.67)));
  vec3 srgb = vec3(0.62, 0.6, 0.58) + vec3(0.33, 0.32, 0.34) * wave;
  return srgbDecode(srgb);
}
