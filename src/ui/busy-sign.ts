import type { Viewer } from '../render/viewer';

/**
 * The corner sign of work in progress. "Compiling shader… 2.4 s" while a live frame waits
 * for a new program (the last good picture stays on screen; shown at once, since where the
 * browser cannot compile in the background the next frame blocks), and "Drawing at full
 * resolution… 40 %" while a heavy frame fills in band by band over its coarse preview.
 */
export function showBusySign(parent: HTMLElement, viewer: Viewer): void {
  const sign = document.createElement('div');
  sign.className = 'busy-sign';
  sign.setAttribute('role', 'status');
  sign.hidden = true;
  parent.append(sign);
  let compilingSince: number | undefined;
  let drawn: number | null = null;
  const show = () => {
    if (compilingSince !== undefined) {
      const seconds = (performance.now() - compilingSince) / 1000;
      sign.textContent = `Compiling shader… ${seconds.toFixed(1)} s`;
    } else if (drawn !== null)
      sign.textContent = `Drawing at full resolution… ${Math.floor(drawn * 100)} %`;
    sign.hidden = compilingSince === undefined && drawn === null;
  };
  let timer: ReturnType<typeof setInterval> | undefined;
  viewer.compilingChanged.on((compiling) => {
    clearInterval(timer);
    compilingSince = compiling ? performance.now() : undefined;
    if (compiling) timer = setInterval(show, 100);
    show();
  });
  viewer.drawProgress.on((fraction) => {
    drawn = fraction;
    show();
  });
}
