import type GUI from 'lil-gui';

/** Below this window width the canvas keeps the whole window and the panel starts closed. */
export const NARROW_WINDOW_PX = 640;

/**
 * Keeps the picture out from under the panel: while the panel is shown and open on a wide
 * window, the body gets `panel-beside` and the canvas ends where the panel begins (style.css),
 * so the view centres in what is visible. Hidden (H) or closed, the canvas takes the window.
 */
export function reservePanelSpace(
  gui: GUI,
  { fixedCanvas = false }: { fixedCanvas?: boolean } = {},
): { toggle(): void } {
  const narrow = matchMedia(`(max-width: ${NARROW_WINDOW_PX - 1}px)`);
  // Test mode's canvas has a fixed size beside the panel: the window width says nothing.
  if (narrow.matches && !fixedCanvas) gui.close();
  const place = (): void => {
    const beside = !gui._hidden && !gui._closed && !narrow.matches && !fixedCanvas;
    document.body.classList.toggle('panel-beside', beside);
  };
  gui.onOpenClose((changed) => {
    if (changed === gui) place();
  });
  narrow.addEventListener('change', place);
  place();
  return {
    toggle() {
      gui.show(gui._hidden);
      place();
    },
  };
}
