// Ring arc: the arc of radius ra centred at the origin, symmetric about the +y axis with
// half aperture angle t, thickened by rb (round caps).
//   float sdArc(vec2 p, vec2 sc, float ra, float rb)   signed distance, d < 0 inside
//   vec3  sdgArc(vec2 p, vec2 sc, float ra, float rb)  vec3(d, dd/dx, dd/dy)
// p, ra and rb in warp-space units; sc = (sin t, cos t) with t in [0, pi] the half
// aperture (t = pi is a full ring). Exact: past the arc's end the nearest point is the end
// point ra * sc, otherwise the circle of radius ra.
// The gradient is the unit vector from the nearest point of the arc's spine to p. It is
// undefined on the spine itself and at the centre (returned as (0, 0)), and on the bisector
// of the gap (x = 0 below the centre, one end's direction is returned).
// Follows Inigo Quilez, "2D distance functions" (sdArc) and "2D SDF gradients".

vec3 sdgArc(vec2 p, vec2 sc, float ra, float rb) {
  float sx = p.x < 0.0 ? -1.0 : 1.0;
  vec2 q = vec2(abs(p.x), p.y);
  if (sc.y * q.x > sc.x * q.y) {
    // Beyond the end of the arc: the end point is nearest.
    vec2 away = q - ra * sc;
    float len = length(away);
    vec2 g = len > 0.0 ? away / len : vec2(0.0);
    return vec3(len - rb, sx * g.x, g.y);
  }
  float len = length(p);
  float radial = len - ra;
  float s = radial < 0.0 ? -1.0 : 1.0;
  return vec3(abs(radial) - rb, len > 0.0 ? s * p / len : vec2(0.0));
}

float sdArc(vec2 p, vec2 sc, float ra, float rb) {
  return sdgArc(p, sc, ra, rb).x;
}
