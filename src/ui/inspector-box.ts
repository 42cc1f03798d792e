/**
 * The inspector's box: the numbers of one pixel in an aligned monospace grid (label, two
 * values, unit) and the footprint diagram, placed beside a point on screen and kept clear
 * of the panel and inside the window. Text goes in through textContent only.
 */
import type { PixelInspection } from '../features/inspect/inspect-pixel';
import { DIAGRAM_SIZE, drawFootprint } from './footprint-diagram';

type Row = [label: string, first: string, second: string, unit: string];

/** Gap between the point and the box, CSS pixels. */
const GAP = 18;

export class InspectorBox {
  readonly element = document.createElement('div');
  private readonly heading = document.createElement('div');
  private readonly grid = document.createElement('div');
  private readonly diagram = document.createElement('canvas');
  private readonly caption = document.createElement('div');

  constructor(parent: HTMLElement) {
    this.element.className = 'inspector-box';
    this.element.setAttribute('role', 'status');
    this.element.hidden = true;
    this.heading.className = 'inspector-heading';
    this.grid.className = 'inspector-grid';
    this.diagram.className = 'inspector-diagram';
    this.diagram.style.width = this.diagram.style.height = `${DIAGRAM_SIZE}px`;
    this.diagram.setAttribute('role', 'img');
    this.diagram.setAttribute('aria-label', 'pixel footprint in warp space');
    this.caption.className = 'inspector-caption';
    this.element.append(this.heading, this.grid, this.diagram, this.caption);
    parent.append(this.element);
  }

  show(report: PixelInspection, pinned: boolean): void {
    this.element.hidden = false;
    this.element.classList.toggle('pinned', pinned);
    this.element.dataset.state = 'ok';
    this.heading.textContent = `pixel ${report.px[0]}, ${report.px[1]}  ${
      pinned ? 'pinned (click or Esc: unpin)' : 'click: pin'
    }`;
    this.grid.replaceChildren(...rowsOf(report).flatMap(cells));
    this.diagram.hidden = false;
    this.caption.textContent = `footprint in u: ${drawFootprint(this.diagram, report)}`;
  }

  showError(px: readonly [number, number], message: string): void {
    this.element.hidden = false;
    this.element.dataset.state = 'error';
    this.heading.textContent = `pixel ${px[0]}, ${px[1]}`;
    this.grid.replaceChildren(...cells(['cannot inspect', message, '', '']));
    this.diagram.hidden = true;
    this.caption.textContent = '';
  }

  hide(): void {
    this.element.hidden = true;
  }

  /**
   * Beside `point` (client pixels): below right if it fits, else another corner; never
   * over the `avoid` rectangles (the panel) and never past the window's edges.
   */
  place(point: readonly [number, number], avoid: readonly DOMRect[]): void {
    const { width, height } = this.element.getBoundingClientRect();
    const [x, y] = point;
    const inWindow = (left: number, top: number) =>
      left >= 0 && top >= 0 && left + width <= innerWidth && top + height <= innerHeight;
    const clear = (left: number, top: number) =>
      avoid.every(
        (r) =>
          left >= r.right || left + width <= r.left || top >= r.bottom || top + height <= r.top,
      );
    const candidates: [number, number][] = [
      [x + GAP, y + GAP],
      [x - GAP - width, y + GAP],
      [x + GAP, y - GAP - height],
      [x - GAP - width, y - GAP - height],
    ];
    let [left, top] = candidates.find(([l, t]) => inWindow(l, t) && clear(l, t)) ?? candidates[1]!;
    // Nothing fits as is: pull it into the window, then left of whatever it still covers.
    left = Math.min(Math.max(0, left), Math.max(0, innerWidth - width));
    top = Math.min(Math.max(0, top), Math.max(0, innerHeight - height));
    for (const r of avoid)
      if (!clear(left, top) && left + width > r.left && left < r.right)
        left = Math.max(0, r.left - width - 4);
    this.element.style.left = `${left}px`;
    this.element.style.top = `${top}px`;
  }
}

/** Short, fixed-width-friendly numbers: 5 significant digits, exponent when far from 1. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const size = Math.abs(x);
  if (size !== 0 && (size >= 1e5 || size < 1e-3)) return x.toExponential(3);
  return x.toFixed(Math.max(0, 4 - Math.max(0, Math.floor(Math.log10(size || 1)))));
}

function rowsOf(r: PixelInspection): Row[] {
  const n = formatNumber;
  const rows: Row[] = [
    ['world p', n(r.world[0]), n(r.world[1]), 'world units'],
    ['warp u', n(r.warp[0]), n(r.warp[1]), 'warp units'],
    ['J du/dp', n(r.jacobian[0][0]), n(r.jacobian[0][1]), ''],
    ['', n(r.jacobian[1][0]), n(r.jacobian[1][1]), ''],
    ['det J', n(r.det), r.detClass, ''],
    ['f', n(r.f), '', 'warp units'],
    ['grad_u f', n(r.gradWarp[0]), n(r.gradWarp[1]), 'per warp unit'],
    ['g_px', n(r.gradPixel[0]), n(r.gradPixel[1]), 'per px (y up)'],
    ['d_px', n(r.distancePx), '', 'px'],
    ['coverage', n(r.coverage), '', ''],
  ];
  const h = r.hessian;
  if (h)
    rows.push(
      ['Hessian', n(h.hxx), n(h.hxy), 'in u'],
      ['', n(h.hxy), n(h.hyy), ''],
      ['eigen', n(h.eigenvalues[0]), n(h.eigenvalues[1]), h.kind],
    );
  return rows;
}

function cells(row: Row): HTMLSpanElement[] {
  return row.map((text, i) => {
    const cell = document.createElement('span');
    cell.className = i === 0 ? 'label' : i === 3 ? 'unit' : 'value';
    cell.textContent = text;
    return cell;
  });
}
