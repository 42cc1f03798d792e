import type { Shortcut } from './keyboard';

/** The `?` overlay: every shortcut, generated from the same list the keyboard handler uses. */
export function createHelp(
  parent: HTMLElement,
  shortcuts: readonly Shortcut[],
): { toggle(): void } {
  const box = document.createElement('div');
  box.className = 'overlay-help';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', 'Keyboard shortcuts');
  box.hidden = true;
  const title = document.createElement('h2');
  title.textContent = 'Keyboard shortcuts';
  const list = document.createElement('dl');
  for (const s of shortcuts) {
    const key = document.createElement('dt');
    key.textContent = s.key === ' ' ? 'Space' : s.key.toUpperCase();
    const what = document.createElement('dd');
    what.textContent = s.description;
    list.append(key, what);
  }
  const more = document.createElement('p');
  more.textContent =
    'Drag to pan, wheel or pinch to zoom about the cursor, double-click to reset the view.';
  box.append(title, list, more);
  box.addEventListener('click', () => (box.hidden = true));
  parent.append(box);
  return { toggle: () => (box.hidden = !box.hidden) };
}
