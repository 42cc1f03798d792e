/**
 * The pixel inspector: hover the canvas to see what the shader computes at the pixel under
 * the cursor (src/features/inspect/inspect-pixel.ts), click to pin it, click again or Escape to let
 * go. One inspection per animation frame at most; nothing runs while it is off.
 */
import type GUI from 'lil-gui';
import { inspectPixel } from '../features/inspect/inspect-pixel';
import type { Viewer } from '../render/viewer';
import { InspectorBox } from './inspector-box';
import { InspectorOverlay } from './inspector-overlay';

/** A press that moves less than this (CSS pixels) before release is a click, not a drag. */
const CLICK_SLOP = 4;

export interface Inspector {
  enabled: boolean;
  toggle(): void;
  /** Called after every change of `enabled`. */
  onToggle(listener: (enabled: boolean) => void): void;
}

export function createInspector({
  viewer,
  canvas,
  avoid,
}: {
  viewer: Viewer;
  canvas: HTMLCanvasElement;
  /** Elements the box must not cover (the panel). */
  avoid: () => readonly Element[];
}): Inspector {
  const box = new InspectorBox(document.body);
  const overlay = new InspectorOverlay(canvas);
  const listeners: ((enabled: boolean) => void)[] = [];
  let enabled = false;
  let hover: [number, number] | null = null;
  let pinned: [number, number] | null = null;
  let pressedAt: [number, number] | null = null;
  let frameRequested = false;

  const pixelAt = (event: MouseEvent): [number, number] | null => {
    const rect = canvas.getBoundingClientRect();
    const x = Math.floor(((event.clientX - rect.left) * canvas.width) / Math.max(1, rect.width));
    const y = Math.floor(((event.clientY - rect.top) * canvas.height) / Math.max(1, rect.height));
    return x >= 0 && y >= 0 && x < canvas.width && y < canvas.height ? [x, y] : null;
  };

  const refresh = (): void => {
    frameRequested = false;
    const px = pinned ?? hover;
    if (!enabled || !px || px[0] >= canvas.width || px[1] >= canvas.height) {
      box.hide();
      overlay.hide();
      return;
    }
    try {
      const report = inspectPixel(viewer, px);
      box.show(report, pinned !== null);
      overlay.draw(report);
    } catch (error) {
      box.showError(px, (error as Error).message);
      overlay.hide();
    }
    const rects = avoid()
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => e.getBoundingClientRect());
    box.place(overlay.clientPoint(px), rects);
  };
  const schedule = (): void => {
    if (frameRequested || !enabled) return;
    frameRequested = true;
    requestAnimationFrame(refresh);
  };

  // Tracked while off too, so turning it on with the key shows the pixel under the cursor.
  canvas.addEventListener('pointermove', (event) => {
    hover = pixelAt(event);
    if (!pinned) schedule();
  });
  canvas.addEventListener('pointerleave', () => {
    hover = null;
    if (!pinned) schedule();
  });
  canvas.addEventListener('pointerdown', (event) => {
    pressedAt = [event.clientX, event.clientY];
  });
  canvas.addEventListener('click', (event) => {
    const press = pressedAt;
    pressedAt = null;
    if (!enabled || event.button !== 0 || !press) return;
    if (Math.hypot(event.clientX - press[0], event.clientY - press[1]) > CLICK_SLOP) return;
    pinned = pinned ? null : pixelAt(event);
    hover = pixelAt(event);
    schedule();
  });
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !enabled || !pinned) return;
    pinned = null;
    schedule();
  });
  // The numbers under a still pixel change with the state (a pan, another warp).
  viewer.changed.on(schedule);
  window.addEventListener('resize', schedule);

  const inspector: Inspector = {
    get enabled() {
      return enabled;
    },
    set enabled(on: boolean) {
      if (on === enabled) return;
      enabled = on;
      document.body.classList.toggle('inspecting', on);
      if (!on) pinned = null;
      listeners.forEach((listener) => listener(on));
      if (on) schedule();
      else refresh();
    },
    toggle: () => (inspector.enabled = !enabled),
    onToggle: (listener) => listeners.push(listener),
  };
  return inspector;
}

/** The Debug folder's checkbox, kept in step with the `I` key. */
export function addInspectorToggle(folder: GUI, inspector: Inspector): void {
  const controller = folder.add(inspector, 'enabled').name('inspector (I)');
  inspector.onToggle(() => controller.updateDisplay());
}
