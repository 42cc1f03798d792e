/**
 * A 2D canvas laid over the WebGL canvas for the inspector's marks: a crosshair at the
 * pixel and the gradient g_px as an arrow in screen space. A UI layer: it takes no
 * pointer events and never reaches an export (exports render offscreen).
 */
import type { PixelInspection } from '../features/inspect/inspect-pixel';
import { arrow } from './footprint-diagram';

/** Length of the gradient arrow, CSS pixels: a direction, not a magnitude. */
const ARROW = 56;

export class InspectorOverlay {
  readonly element = document.createElement('canvas');

  constructor(private readonly target: HTMLCanvasElement) {
    this.element.className = 'inspector-overlay';
    this.element.setAttribute('aria-hidden', 'true');
    this.element.hidden = true;
    target.after(this.element);
  }

  /** The pixel's centre in client (CSS) coordinates. */
  clientPoint(px: readonly [number, number]): [number, number] {
    const rect = this.target.getBoundingClientRect();
    return [
      rect.left + ((px[0] + 0.5) * rect.width) / this.target.width,
      rect.top + ((px[1] + 0.5) * rect.height) / this.target.height,
    ];
  }

  draw(report: PixelInspection): void {
    const rect = this.target.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    const overlay = this.element;
    overlay.hidden = false;
    Object.assign(overlay.style, {
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
    const [w, h] = [Math.round(rect.width * dpr), Math.round(rect.height * dpr)];
    if (overlay.width !== w || overlay.height !== h) [overlay.width, overlay.height] = [w, h];
    const g = overlay.getContext('2d');
    if (!g) return;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, rect.width, rect.height);
    const [cx, cy] = this.clientPoint(report.px).map((v, i) => v - (i ? rect.top : rect.left));
    const cell = rect.width / this.target.width;
    // Crosshair with a gap the size of the pixel (at least 4 px), so the pixel stays visible.
    const gap = Math.max(4, cell);
    g.lineWidth = 3;
    g.strokeStyle = 'rgba(0, 0, 0, 0.6)';
    this.crosshair(g, cx!, cy!, gap);
    g.lineWidth = 1;
    g.strokeStyle = '#ffffff';
    this.crosshair(g, cx!, cy!, gap);
    if (cell >= 6) g.strokeRect(cx! - cell / 2, cy! - cell / 2, cell, cell);

    const [gx, gy] = report.gradPixel;
    const length = Math.hypot(gx, gy);
    if (!(length > 0)) return;
    // g_px has y up; the screen's y points down.
    const tip: [number, number] = [cx! + (gx / length) * ARROW, cy! - (gy / length) * ARROW];
    g.lineWidth = 4;
    g.strokeStyle = 'rgba(0, 0, 0, 0.6)';
    arrow(g, [cx!, cy!], tip, 9);
    g.lineWidth = 2;
    g.strokeStyle = '#ffe066';
    arrow(g, [cx!, cy!], tip, 9);
  }

  hide(): void {
    this.element.hidden = true;
  }

  private crosshair(g: CanvasRenderingContext2D, x: number, y: number, gap: number): void {
    const reach = gap + 14;
    g.beginPath();
    for (const [dx, dy] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ] as const) {
      g.moveTo(x + dx * gap, y + dy * gap);
      g.lineTo(x + dx * reach, y + dy * reach);
    }
    g.stroke();
  }
}
