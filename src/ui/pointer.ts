import type { ViewState } from '../model/state';
import { panBy, zoomAbout, type Vec2 } from '../model/view';

export interface PointerTarget {
  readonly canvas: HTMLCanvasElement;
  view(): ViewState;
  setView(view: ViewState): void;
  /** Where a double-click goes back to: the scene's own view. */
  homeView(): ViewState;
  /**
   * Something on the canvas a pointer can grab and move instead of panning (the lab's
   * start point), and what a click (a press and release without a drag) does. Points in
   * device pixels, y up.
   */
  handle?: {
    hit(px: Vec2): boolean;
    move(px: Vec2): void;
    click(px: Vec2): void;
  };
}

/** A press that moves less than this (device pixels) before release is a click. */
const CLICK_SLOP = 4;

/**
 * Pan by dragging, zoom about the cursor with the wheel, pinch with two touches, reset on
 * double-click. Positions are converted to device pixels with y up, the shader's frame.
 */
export function attachPointer(target: PointerTarget): void {
  const { canvas } = target;
  const pointers = new Map<number, Vec2>();
  let grabbed = false;
  let pressedAt: Vec2 | null = null;

  const devicePoint = (event: { clientX: number; clientY: number }): Vec2 => {
    const rect = canvas.getBoundingClientRect();
    const sx = canvas.width / Math.max(1, rect.width);
    const sy = canvas.height / Math.max(1, rect.height);
    return [(event.clientX - rect.left) * sx, canvas.height - (event.clientY - rect.top) * sy];
  };
  const centroid = (): Vec2 => {
    const all = [...pointers.values()];
    return [
      all.reduce((s, p) => s + p[0], 0) / all.length,
      all.reduce((s, p) => s + p[1], 0) / all.length,
    ];
  };
  const spread = (): number => {
    const [a, b] = [...pointers.values()];
    return a && b ? Math.hypot(a[0] - b[0], a[1] - b[1]) : 0;
  };

  canvas.addEventListener('pointerdown', (event) => {
    canvas.setPointerCapture(event.pointerId);
    const at = devicePoint(event);
    pointers.set(event.pointerId, at);
    pressedAt = pointers.size === 1 ? at : null;
    grabbed = pointers.size === 1 && (target.handle?.hit(at) ?? false);
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!pointers.has(event.pointerId)) return;
    const at = devicePoint(event);
    if (pressedAt && Math.hypot(at[0] - pressedAt[0], at[1] - pressedAt[1]) > CLICK_SLOP)
      pressedAt = null;
    if (grabbed) {
      pointers.set(event.pointerId, at);
      target.handle!.move(at);
      return;
    }
    const beforeCentre = centroid();
    const beforeSpread = spread();
    pointers.set(event.pointerId, devicePoint(event));
    const afterCentre = centroid();
    const { width, height } = canvas;
    let view = panBy(
      target.view(),
      [afterCentre[0] - beforeCentre[0], afterCentre[1] - beforeCentre[1]],
      width,
      height,
    );
    const afterSpread = spread();
    if (beforeSpread > 0 && afterSpread > 0)
      view = zoomAbout(view, afterCentre, afterSpread / beforeSpread, width, height);
    target.setView(view);
  });
  const release = (event: PointerEvent): void => {
    pointers.delete(event.pointerId);
    grabbed = false;
  };
  canvas.addEventListener('pointerup', (event) => {
    if (pressedAt && event.button === 0) target.handle?.click(pressedAt);
    pressedAt = null;
    release(event);
  });
  canvas.addEventListener('pointercancel', (event) => {
    pressedAt = null;
    release(event);
  });

  canvas.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      // Trackpads send small pixel deltas, mice large line deltas: normalise to pixels.
      const pixels =
        event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 16 : event.deltaY;
      const factor = Math.exp(-pixels * 0.0015);
      target.setView(
        zoomAbout(target.view(), devicePoint(event), factor, canvas.width, canvas.height),
      );
    },
    { passive: false },
  );
  canvas.addEventListener('dblclick', () => target.setView(target.homeView()));
}
