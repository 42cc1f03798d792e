import { ZOOM_RANGE, type ViewState } from './state';
import type { ViewTransform } from '../util/view-transform';

export type { ViewTransform };

export type Vec2 = readonly [number, number];

export function viewTransform(view: ViewState, width: number, height: number): ViewTransform {
  const s = 2 / (view.zoom * Math.min(width, height));
  const c = Math.cos(view.rotation) * s;
  const n = Math.sin(view.rotation) * s;
  const jacobian = [c, -n, n, c] as const;
  const half = [width / 2, height / 2] as const;
  const origin = [
    view.center[0] - (jacobian[0] * half[0] + jacobian[2] * half[1]),
    view.center[1] - (jacobian[1] * half[0] + jacobian[3] * half[1]),
  ] as const;
  return { origin, jacobian };
}

/**
 * The view of the tile at `[x, y]` (top-left, image pixels) of a `fullWidth` x `fullHeight`
 * image, for a `width` x `height` tile: the full image's map, shifted so the tile's pixels
 * land where they sit in the full image. Tiles drawn this way join without seams.
 */
export function tileTransform(
  view: ViewState,
  tile: { x: number; y: number; width: number; height: number },
  fullWidth: number,
  fullHeight: number,
): ViewTransform {
  const full = viewTransform(view, fullWidth, fullHeight);
  // GL rows run bottom-up: the tile's first GL row is full-image row fullHeight - y - height.
  const origin = pixelToWorld(full, [tile.x, fullHeight - tile.y - tile.height]);
  return { origin, jacobian: full.jacobian };
}

export function pixelToWorld(t: ViewTransform, px: Vec2): Vec2 {
  const [a, b, c, d] = t.jacobian;
  return [t.origin[0] + a * px[0] + c * px[1], t.origin[1] + b * px[0] + d * px[1]];
}

/** Zooms by `factor` keeping the world point under `px` (device pixels, y up) fixed. */
export function zoomAbout(
  view: ViewState,
  px: Vec2,
  factor: number,
  width: number,
  height: number,
): ViewState {
  const zoom = Math.min(ZOOM_RANGE[1], Math.max(ZOOM_RANGE[0], view.zoom * factor));
  const anchor = pixelToWorld(viewTransform(view, width, height), px);
  const next = { ...view, zoom };
  const moved = pixelToWorld(viewTransform(next, width, height), px);
  return {
    ...next,
    center: [view.center[0] + anchor[0] - moved[0], view.center[1] + anchor[1] - moved[1]],
  };
}

/** Moves the view so that the content follows a drag of `delta` device pixels (y up). */
export function panBy(view: ViewState, delta: Vec2, width: number, height: number): ViewState {
  const [a, b, c, d] = viewTransform(view, width, height).jacobian;
  return {
    ...view,
    center: [
      view.center[0] - (a * delta[0] + c * delta[1]),
      view.center[1] - (b * delta[0] + d * delta[1]),
    ],
  };
}
