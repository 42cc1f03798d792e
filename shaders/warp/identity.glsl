/*{
  "id": "identity",
  "name": "Identity",
  "description": "No warp: u = p.",
  "fn": "warpIdentity",
  "expr": "x; y"
}*/
// Identity warp.
//   vec2 warpIdentity(vec2 p, out mat2 J)
//   p: world point. Returns u = p and J = du/dp = I (column-major, J[c][r] = du_r / dp_c).
vec2 warpIdentity(vec2 p, out mat2 J) {
  J = mat2(1.0);
  return p;
}
