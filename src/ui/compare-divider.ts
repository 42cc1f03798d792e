import { methodLabel, splitColumn } from '../model/compare';
import type { ViewerState } from '../model/state';
import type { Viewer } from '../render/viewer';

/**
 * The split-screen divider, drawn in the DOM over the canvas (so exports and readbacks never
 * contain it): a thin line at the column where the compare method starts, a handle to drag
 * it, and the two methods' names above each side. Hidden while compare is off.
 *
 *   analytic + adaptive |  hardware + linear
 *                       |
 *                      [=]   <- drag: compare.split = pointer x / canvas width
 *                       |
 */
export function attachCompareDivider(canvas: HTMLCanvasElement, viewer: Viewer): HTMLElement {
  const root = element('div', 'compare-divider', {
    position: 'fixed',
    pointerEvents: 'none',
    zIndex: '10',
    font: '12px/1.3 system-ui, sans-serif',
  });
  const line = element('div', 'compare-divider-line', {
    position: 'absolute',
    top: '0',
    width: '2px',
    height: '100%',
    background: 'rgba(255, 255, 255, 0.85)',
    boxShadow: '0 0 0 1px rgba(0, 0, 0, 0.45)',
  });
  const handle = element('div', 'compare-divider-handle', {
    position: 'absolute',
    top: '50%',
    width: '16px',
    height: '40px',
    margin: '-20px 0 0 -8px',
    borderRadius: '8px',
    background: 'rgba(240, 242, 248, 0.95)',
    boxShadow: '0 1px 4px rgba(0, 0, 0, 0.6)',
    cursor: 'ew-resize',
    pointerEvents: 'auto',
    touchAction: 'none',
  });
  handle.setAttribute('role', 'slider');
  handle.setAttribute('aria-label', 'compare divider');
  const label = (side: 'left' | 'right') =>
    element('div', `compare-label-${side}`, {
      position: 'absolute',
      top: '8px',
      padding: '2px 6px',
      borderRadius: '3px',
      background: 'rgba(20, 23, 30, 0.8)',
      color: '#e6e8ee',
      whiteSpace: 'nowrap',
    });
  const left = label('left');
  const right = label('right');
  root.append(line, handle, left, right);
  document.body.append(root);

  const layout = (state: ViewerState): void => {
    root.hidden = !state.compare.enabled;
    if (root.hidden) return;
    const rect = canvas.getBoundingClientRect();
    Object.assign(root.style, {
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
    // The line sits on the device-pixel column where the renderer switches methods.
    const x = (splitColumn(state.compare.split, canvas.width) / canvas.width) * rect.width;
    line.style.left = `${x - 1}px`;
    handle.style.left = `${x}px`;
    handle.setAttribute('aria-valuenow', String(state.compare.split));
    left.textContent = methodLabel(state.aa.source, state.aa.filter, state.aa.referenceN);
    right.textContent = methodLabel(
      state.compare.source,
      state.compare.filter,
      state.aa.referenceN,
    );
    left.style.right = `${rect.width - x + 8}px`;
    right.style.left = `${x + 8}px`;
    // A side too narrow for its name shows none rather than one spilling off the canvas.
    left.hidden = right.hidden = false;
    left.hidden = left.offsetWidth + 8 > x;
    right.hidden = right.offsetWidth + 8 > rect.width - x;
  };

  // Captured, so the drag keeps its grip off the handle and never reaches the canvas's pan.
  handle.addEventListener('pointerdown', (event) => {
    event.preventDefault();
    event.stopPropagation();
    handle.setPointerCapture(event.pointerId);
  });
  handle.addEventListener('pointermove', (event) => {
    if (!handle.hasPointerCapture(event.pointerId)) return;
    const rect = canvas.getBoundingClientRect();
    const split = Math.min(1, Math.max(0, (event.clientX - rect.left) / rect.width));
    viewer.update({ compare: { split: Math.round(split * 1e4) / 1e4 } });
  });
  const release = (event: PointerEvent): void => {
    if (handle.hasPointerCapture(event.pointerId)) handle.releasePointerCapture(event.pointerId);
  };
  handle.addEventListener('pointerup', release);
  handle.addEventListener('pointercancel', release);

  viewer.changed.on(layout);
  new ResizeObserver(() => layout(viewer.state)).observe(canvas);
  window.addEventListener('resize', () => layout(viewer.state));
  layout(viewer.state);
  return root;
}

function element(tag: string, className: string, style: Partial<CSSStyleDeclaration>): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  Object.assign(el.style, style);
  return el;
}
