// The scene field seen from a device pixel: view, then warp, then scene.
//   vec3  fieldAtPixel(vec2 px, out vec2 u, out mat2 warpJacobian)
//         px: device pixels (gl_FragCoord frame); returns vec3(f, df/du) in warp space,
//         the warped point u and the warp Jacobian du/dp.
//   float fieldValueAtPixel(vec2 px)   f alone
// Needs WARP_FN (preamble), sdgScene (the scene file) and viewWorld (view/view.glsl).
#include "view/view.glsl"

vec3 fieldAtPixel(vec2 px, out vec2 u, out mat2 warpJacobian) {
  u = WARP_FN(viewWorld(px), warpJacobian);
  return sdgScene(u);
}

float fieldValueAtPixel(vec2 px) {
  vec2 u;
  mat2 jacobian;
  return fieldAtPixel(px, u, jacobian).x;
}

