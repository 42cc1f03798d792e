// View map from device pixels to world space.
//   vec2 viewWorld(vec2 px)   px: gl_FragCoord.xy (device pixels, origin bottom-left)
//                             returns the world point (origin at the canvas centre, y up,
//                             the shorter side spans [-1, 1] at zoom 1).
// Affine, so its Jacobian d(world)/d(px) is the constant u_viewJacobian.

uniform vec2 u_viewOrigin;   // world position of device pixel (0, 0)
uniform mat2 u_viewJacobian; // world units per device pixel, with rotation

vec2 viewWorld(vec2 px) {
  return u_viewOrigin + u_viewJacobian * px;
}
