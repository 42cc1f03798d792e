import type { Vec2 } from '../model/view';
import { pixelToWorld, viewTransform } from '../model/view';
import type { Viewer } from '../render/viewer';
import type { PointerTarget } from '../ui/pointer';

/** How near the start point (device pixels) a press grabs it instead of panning. */
const GRAB_PX = 12;

/**
 * In the optimisation lab a click on the canvas starts every method there, and the start
 * point can be dragged; elsewhere the pointer only pans and zooms.
 */
export function labPointerHandle(viewer: Viewer): NonNullable<PointerTarget['handle']> {
  const world = (px: Vec2): [number, number] => {
    const { width, height } = viewer.canvasSize;
    const [x, y] = pixelToWorld(viewTransform(viewer.state.view, width, height), px);
    return [x, y];
  };
  const active = () => viewer.state.scene === 'optimise' && viewer.state.warp === 'identity';
  const moveStart = (px: Vec2) => viewer.update({ lab: { start: world(px), iterate: 0 } });
  return {
    hit: (px) => {
      if (!active()) return false;
      const { width, height } = viewer.canvasSize;
      const t = viewTransform(viewer.state.view, width, height);
      const worldPerPixel = Math.hypot(t.jacobian[0], t.jacobian[1]);
      const [sx, sy] = viewer.state.lab.start;
      const [x, y] = world(px);
      return Math.hypot(x - sx, y - sy) / worldPerPixel <= GRAB_PX;
    },
    move: moveStart,
    click: (px) => {
      if (active()) moveStart(px);
    },
  };
}
