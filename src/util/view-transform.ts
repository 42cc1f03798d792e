/**
 * The view map from device pixels to world space, world = origin + J * px, where px is
 * `gl_FragCoord.xy` (origin bottom-left, pixel centres at +0.5) and
 * J = s * R(-rotation), s = 2 / (zoom * min(width, height)) world units per device pixel.
 * So the world origin sits at the canvas centre, y points up, and at zoom 1 the shorter
 * side spans [-1, 1].
 */
export interface ViewTransform {
  readonly origin: readonly [number, number];
  /** Column-major 2x2 (GLSL mat2 order): [dx/dpx, dy/dpx, dx/dpy, dy/dpy]. */
  readonly jacobian: readonly [number, number, number, number];
}
