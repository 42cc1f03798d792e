import type GUI from 'lil-gui';
import { measureErrors, type ErrorStats, type MethodErrors } from '../features/quality/error-stats';
import type { Viewer } from '../render/viewer';

/** How long the state must rest before the errors are measured again. */
const SETTLE_MS = 300;

/**
 * A small table in the Debug folder: mean / p99 / max coverage error against the reference,
 * for the method (and the compare method). Measured only while the `error` view is shown,
 * once the state has rested: the reference render is the costly part, so never per frame.
 */
export function createErrorReadout(folder: GUI, viewer: Viewer): HTMLElement {
  const box = document.createElement('pre');
  box.className = 'error-readout';
  Object.assign(box.style, {
    margin: '2px var(--padding, 4px) 6px',
    font: '11px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace',
    color: 'var(--text-color, #ebebeb)',
    whiteSpace: 'pre',
    overflowX: 'auto',
  });
  folder.$children.append(box);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    if (viewer.state.debug !== 'error') {
      box.textContent = 'error numbers: pick view "error"';
      box.dataset.state = 'idle';
      return;
    }
    box.textContent = 'measuring ...';
    box.dataset.state = 'pending';
    timer = setTimeout(() => {
      try {
        box.textContent = formatStats(measureErrors(viewer));
        box.dataset.state = 'done';
      } catch (error) {
        box.textContent = `cannot measure: ${(error as Error).message}`;
        box.dataset.state = 'failed';
      }
    }, SETTLE_MS);
  };
  viewer.changed.on(schedule);
  viewer.libraryChanged.on(schedule);
  window.addEventListener('resize', schedule);
  schedule();
  return box;
}

const pct = (x: number): string => `${(x * 100).toFixed(x < 0.1 ? 2 : 1)}%`;

/** A block per method (names can be long; the panel is narrow), errors over edge pixels. */
export function formatStats(stats: ErrorStats): string {
  const block = (m: MethodErrors) =>
    `${m.method}\n mean ${pct(m.mean)}  p99 ${pct(m.p99)}  max ${pct(m.max)}`;
  const methods = [stats.method, ...(stats.compare ? [stats.compare] : [])];
  return [`edge error vs ${stats.reference}`, ...methods.map(block)].join('\n');
}
