/** Size of the canvas's backing store in device pixels. */
export interface DeviceSize {
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
}

/**
 * Keeps `canvas.width/height` = CSS size x devicePixelRatio and reports changes.
 * `devicePixelContentBoxSize` gives exact device pixels (no rounding guess) and also fires
 * when only the DPR changes; where it is missing, a resolution media query covers DPR moves.
 * `fixedDpr` pins the ratio (test mode), ignoring the display's.
 */
export function watchCanvasSize(
  canvas: HTMLCanvasElement,
  onChange: (size: DeviceSize) => void,
  fixedDpr?: number,
): void {
  const apply = (width: number, height: number, dpr: number): void => {
    width = Math.max(1, Math.round(width));
    height = Math.max(1, Math.round(height));
    if (canvas.width === width && canvas.height === height) return;
    canvas.width = width;
    canvas.height = height;
    onChange({ width, height, dpr });
  };

  const observer = new ResizeObserver(([entry]) => {
    if (!entry) return;
    const dpr = fixedDpr ?? window.devicePixelRatio;
    const css = entry.contentRect;
    const exact = fixedDpr === undefined ? entry.devicePixelContentBoxSize?.[0] : undefined;
    // Under DevTools device emulation Chrome reports the device box in CSS pixels; trust it
    // only where it agrees with CSS size x DPR to within the one pixel that snapping moves.
    const consistent = exact && Math.abs(exact.inlineSize - css.width * dpr) <= 1.01;
    if (exact && consistent) apply(exact.inlineSize, exact.blockSize, dpr);
    else apply(css.width * dpr, css.height * dpr, dpr);
  });
  try {
    observer.observe(canvas, { box: 'device-pixel-content-box' });
  } catch {
    observer.observe(canvas);
  }

  if (fixedDpr === undefined) {
    const watchDpr = (): void => {
      const query = matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
      query.addEventListener(
        'change',
        () => {
          const dpr = window.devicePixelRatio;
          apply(canvas.clientWidth * dpr, canvas.clientHeight * dpr, dpr);
          watchDpr();
        },
        { once: true },
      );
    };
    watchDpr();
  }
}
