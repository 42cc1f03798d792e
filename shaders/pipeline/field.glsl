// The scene field seen from a device pixel: view, then warp, then scene.
//   vec3  fieldAtPixel(vec2 px, out vec2 u, out mat2 warpJacobian)
//         px: device pixels (gl_FragCoord frame); returns vec3(f, df/du) in warp space,
//         the warped point u and the warp Jacobian du/dp.
//   float fieldValueAtPixel(vec2 px)   f alone
// Needs WARP_FN (preamble), sdgScene (the scene file) and viewWorld (view/view.glsl).
// With WARP_AD (a generated autodiff form of the warp, for the autodiff and second-order
// sources) the Jacobian comes from dual numbers instead of the hand-derived one.
#include "view/view.glsl"

vec3 fieldAtPixel(vec2 px, out vec2 u, out mat2 warpJacobian) {
#ifdef WARP_AD
  vec2 p = viewWorld(px);
  AD wu, wv;
  warpAD(ad_x(p), ad_y(p), wu, wv);
  u = vec2(wu.v, wv.v);
  // Columns are d/dx and d/dy; rows are u.x and u.y.
  warpJacobian = mat2(wu.g.x, wv.g.x, wu.g.y, wv.g.y);
#else
  u = WARP_FN(viewWorld(px), warpJacobian);
#endif
  return sdgScene(u);
}

float fieldValueAtPixel(vec2 px) {
  vec2 u;
  mat2 jacobian;
  return fieldAtPixel(px, u, jacobian).x;
}
