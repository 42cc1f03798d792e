/**
 * The export's progress bar and cancel button, and the reason when an export fails. DOM
 * outside the canvas, so it never shows up in what is exported. Text only, no HTML.
 */
import { exportFileName, type Exporter } from '../features/export/exporter';

/** How long the line naming the downloaded file stays. */
const SAVED_MS = 5000;

const STYLE: Partial<CSSStyleDeclaration> = {
  position: 'fixed',
  // In the picture's corner, clear of the panel.
  right: 'calc(var(--panel-space, 0px) + 12px)',
  bottom: '12px',
  width: '300px',
  padding: '10px 12px',
  background: 'rgba(20, 23, 30, 0.96)',
  color: '#e6e8ee',
  border: '1px solid #3a4152',
  borderRadius: '4px',
  font: '12px/1.4 system-ui, sans-serif',
  zIndex: '10',
};

export function attachExportProgress(
  exporter: Exporter,
  parent: HTMLElement = document.body,
): void {
  const box = document.createElement('div');
  box.className = 'export-progress';
  Object.assign(box.style, STYLE);
  box.hidden = true;
  const label = document.createElement('div');
  label.className = 'export-progress-label';
  label.setAttribute('aria-live', 'polite');
  const bar = document.createElement('progress');
  bar.className = 'export-progress-bar';
  Object.assign(bar.style, { width: '100%', margin: '6px 0' });
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'export-progress-cancel';
  box.append(label, bar, button);
  parent.append(box);

  // After a failure or a download the button closes the box; while exporting it cancels.
  let finished = false;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', () => {
    if (finished) box.hidden = true;
    else exporter.cancel();
  });
  exporter.onEvent((event) => {
    switch (event.type) {
      case 'start':
      case 'progress': {
        const { width, height, tilesDone, tiles } = event.progress;
        finished = false;
        clearTimeout(hideTimer);
        box.hidden = false;
        box.removeAttribute('role');
        label.textContent = `Exporting ${width}x${height} PNG: tile ${tilesDone} of ${tiles}`;
        bar.hidden = false;
        bar.max = tiles;
        bar.value = tilesDone;
        button.textContent = 'Cancel';
        break;
      }
      case 'done': {
        const { result } = event;
        const bytes = result.parts.reduce((n, part) => n + part.length, 0);
        finished = true;
        box.hidden = false;
        box.removeAttribute('role');
        label.textContent = `Saved ${exportFileName(result)} (${result.width}x${result.height}, ${kilobytes(bytes)}) to your downloads.`;
        bar.hidden = true;
        button.textContent = 'Close';
        hideTimer = setTimeout(() => (box.hidden = true), SAVED_MS);
        break;
      }
      case 'failed':
        finished = true;
        box.hidden = false;
        box.setAttribute('role', 'alert');
        label.textContent = `Export failed: ${event.message}`;
        bar.hidden = true;
        button.textContent = 'Close';
        break;
      default:
        box.hidden = true;
    }
  });
}

function kilobytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
