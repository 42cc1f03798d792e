/** One keyboard shortcut: the key as `KeyboardEvent.key`, what it does, and the action. */
export interface Shortcut {
  readonly key: string;
  readonly description: string;
  readonly run: () => void;
}

/** Shortcuts are ignored while typing into an input, so GUI text fields keep their keys. */
export function attachKeyboard(shortcuts: readonly Shortcut[]): void {
  window.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const element = event.target as HTMLElement | null;
    if (
      element &&
      (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName))
    )
      return;
    const shortcut = shortcuts.find(
      (s) => s.key === event.key.toLowerCase() || s.key === event.key,
    );
    if (!shortcut) return;
    event.preventDefault();
    shortcut.run();
  });
}
