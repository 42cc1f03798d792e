/**
 * The pixel's footprint in warp space: the parallelogram that one device pixel square
 * becomes under Jw Jv, magnified to fill a small diagram with u-space axes, and the
 * warp-space gradient's direction. Shows at a glance how the warp squeezes and shears.
 */
import type { PixelInspection } from '../features/inspect/inspect-pixel';

export const DIAGRAM_SIZE = 148;

const X_EDGE = '#ff8a5c';
const Y_EDGE = '#6cc6ff';
const GRADIENT = '#ffe066';

/** Draws into `canvas` (CSS size DIAGRAM_SIZE); returns a one-line caption with the numbers. */
export function drawFootprint(canvas: HTMLCanvasElement, report: PixelInspection): string {
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  if (canvas.width !== DIAGRAM_SIZE * dpr) canvas.width = canvas.height = DIAGRAM_SIZE * dpr;
  const g = canvas.getContext('2d');
  const [[a, b], [c, d]] = report.footprint;
  const ex: [number, number] = [a, c]; // u per device pixel to the right
  const ey: [number, number] = [b, d]; // u per device pixel up
  const lengthX = Math.hypot(...ex);
  const lengthY = Math.hypot(...ey);
  const angle = (Math.acos(clampUnit((a * b + c * d) / (lengthX * lengthY))) * 180) / Math.PI;
  const caption = `1 px edges: ${short(lengthX)}, ${short(lengthY)} u, ${angle.toFixed(1)}° apart`;
  if (!g) return caption;

  const size = DIAGRAM_SIZE;
  const mid = size / 2;
  g.setTransform(dpr, 0, 0, dpr, 0, 0);
  g.clearRect(0, 0, size, size);
  // Axes: u to the right, v up (the diagram's y is flipped to match).
  g.strokeStyle = 'rgba(255, 255, 255, 0.35)';
  g.fillStyle = 'rgba(255, 255, 255, 0.6)';
  g.lineWidth = 1;
  g.font = '10px ui-monospace, monospace';
  arrow(g, [8, mid], [size - 8, mid]);
  arrow(g, [mid, size - 8], [mid, 8]);
  g.fillText('u', size - 14, mid - 5);
  g.fillText('v', mid + 5, 14);

  const corners = [
    [-0.5, -0.5],
    [0.5, -0.5],
    [0.5, 0.5],
    [-0.5, 0.5],
  ].map(([s, t]) => [s! * ex[0] + t! * ey[0], s! * ex[1] + t! * ey[1]] as const);
  const extent = Math.max(...corners.flatMap(([u, v]) => [Math.abs(u), Math.abs(v)]));
  const scale = Number.isFinite(extent) && extent > 0 ? (size * 0.34) / extent : 0;
  const at = ([u, v]: readonly [number, number]): [number, number] => [
    mid + u * scale,
    mid - v * scale,
  ];
  if (scale > 0) {
    g.beginPath();
    corners.forEach((corner, i) => (i ? g.lineTo(...at(corner)) : g.moveTo(...at(corner))));
    g.closePath();
    g.fillStyle = 'rgba(255, 255, 255, 0.12)';
    g.fill();
    // The pixel's bottom edge (a step right) and left edge (a step up), in their own colours.
    g.lineWidth = 2;
    g.strokeStyle = X_EDGE;
    line(g, at(corners[0]!), at(corners[1]!));
    g.strokeStyle = Y_EDGE;
    line(g, at(corners[0]!), at(corners[3]!));
    g.fillStyle = X_EDGE;
    g.fillText('x', ...offset(at(corners[1]!), 4));
    g.fillStyle = Y_EDGE;
    g.fillText('y', ...offset(at(corners[3]!), 4));
  }
  const [gu, gv] = report.gradWarp;
  const gradLength = Math.hypot(gu, gv);
  if (gradLength > 0) {
    g.strokeStyle = GRADIENT;
    g.lineWidth = 1.5;
    const reach = size * 0.44;
    arrow(g, [mid, mid], [mid + (gu / gradLength) * reach, mid - (gv / gradLength) * reach]);
  }
  return `${caption}; drawn x${short(scale)}`;
}

const clampUnit = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(-1, x)) : 0);
const short = (x: number) => (Number.isFinite(x) ? x.toPrecision(3) : String(x));
const offset = ([x, y]: [number, number], by: number): [number, number] => [x + by, y - by];

function line(g: CanvasRenderingContext2D, from: [number, number], to: [number, number]): void {
  g.beginPath();
  g.moveTo(...from);
  g.lineTo(...to);
  g.stroke();
}

/** A line with a head at `to`, in the current stroke style. */
export function arrow(
  g: CanvasRenderingContext2D,
  from: [number, number],
  to: [number, number],
  head = 6,
): void {
  line(g, from, to);
  const angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
  for (const side of [-1, 1])
    line(g, to, [
      to[0] - head * Math.cos(angle + side * 0.45),
      to[1] - head * Math.sin(angle + side * 0.45),
    ]);
}
