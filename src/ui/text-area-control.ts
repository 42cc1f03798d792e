import type { Controller } from 'lil-gui';

/**
 * Turns a lil-gui text controller into a wrapping, several-line box under its name, so a
 * formula of a hundred characters reads whole instead of through a 130 px slit. It keeps
 * the controller's behaviour: typing sets the value, Enter or leaving commits (Shift+Enter
 * breaks the line; formulas take any whitespace), and updateDisplay and enable work on it.
 */
export function asTextArea(controller: Controller, rows = 3): HTMLTextAreaElement {
  const c = controller as Controller & { $input: HTMLElement; $disable: HTMLElement };
  const area = document.createElement('textarea');
  area.rows = rows;
  area.spellcheck = false;
  area.className = 'text-area-control';
  area.setAttribute('aria-labelledby', c.$name.id);
  area.addEventListener('input', () => c.setValue(area.value));
  area.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey) return;
    event.preventDefault();
    area.blur();
  });
  area.addEventListener('blur', () =>
    (c as unknown as { _callOnFinishChange(): void })._callOnFinishChange(),
  );
  c.$input.replaceWith(area);
  c.$input = area;
  c.$disable = area;
  c.domElement.classList.add('text-area-row');
  c.updateDisplay();
  return area;
}
