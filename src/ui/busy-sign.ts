/**
 * "Compiling shader… 2.4 s" in the corner while a live frame waits for a new program: the
 * last good picture stays on screen, and this says why it has not changed yet. Shown at
 * once: where the browser cannot compile in the background, the next frame blocks.
 */
export function createBusySign(parent: HTMLElement): (compiling: boolean) => void {
  const sign = document.createElement('div');
  sign.className = 'busy-sign';
  sign.setAttribute('role', 'status');
  sign.hidden = true;
  parent.append(sign);
  let since = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const tick = () => {
    const elapsed = performance.now() - since;
    sign.textContent = `Compiling shader… ${(elapsed / 1000).toFixed(1)} s`;
  };
  return (compiling) => {
    clearInterval(timer);
    timer = undefined;
    sign.hidden = !compiling;
    if (!compiling) return;
    since = performance.now();
    tick();
    timer = setInterval(tick, 100);
  };
}
