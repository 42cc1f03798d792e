/*{
  "id": "checker",
  "name": "Checkerboard",
  "description": "Squares of side 0.25 as a signed field (distance to the nearest cell edge, signed by cell parity). Under log-polar it is the moire test: cells shrink without bound towards the centre.",
  "params": [
    { "name": "cell", "label": "cell side", "type": "float", "min": 0.02, "max": 1, "step": 0.005, "default": 0.25 },
    { "name": "ink", "type": "color", "default": [0.92, 0.9, 0.84] }
  ]
}*/

// Inside a cell, the distance to its nearest edge; the sign flips with the cell's parity,
// so dark cells are inside. The gradient is the axis of that edge, pointing outward.
// Where four cells meet, the field is 0 along both lines: a saddle no first-order
// method resolves, which is why the checkerboard is a stress test.
vec3 sdgScene(vec2 u) {
  vec2 cell = floor(u / u_cell);
  vec2 q = u / u_cell - cell - 0.5; // in [-0.5, 0.5)
  vec2 toEdge = 0.5 - abs(q);
  float parity = mod(cell.x + cell.y, 2.0) < 0.5 ? 1.0 : -1.0;
  bool xNearer = toEdge.x < toEdge.y;
  float d = min(toEdge.x, toEdge.y) * u_cell;
  vec2 outward = xNearer ? vec2(sign(q.x), 0.0) : vec2(0.0, sign(q.y));
  // Inside (parity -1) d is negative and grows towards the edge, outside it shrinks.
  return parity < 0.0 ? vec3(-d, outward) : vec3(d, -outward);
}

vec3 sceneColor(vec2 u) {
  return u_ink;
}
