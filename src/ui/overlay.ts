/**
 * On-page messages: one error panel (compile errors, with file:line context) and a list of
 * notices (context lost, rejected state fields). Text only: nothing is parsed as HTML.
 *
 * A message may be long (a hostile link can name thousands of bad fields), so each one is
 * clamped to a few lines with "more" to read it in a scrolling box, "copy" for the whole
 * text and "×" to dismiss it: the picture and the panel stay visible whatever arrives.
 */

/** Messages longer than this, or with several lines, offer "more". */
const SHORT_CHARS = 160;
/** How long a confirmation stays on screen. */
const CONFIRM_MS = 4000;

interface MessageBox {
  readonly root: HTMLDivElement;
  readonly text: HTMLElement;
  readonly more: HTMLButtonElement;
}

export class Overlay {
  private readonly error: MessageBox;
  private readonly noticeList: HTMLDivElement;
  private readonly notices = new Map<string, MessageBox>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The error text the user dismissed: it stays hidden until a different error arrives. */
  private dismissedError: string | null = null;

  constructor(parent: HTMLElement) {
    this.error = messageBox('overlay-error', 'pre', () => {
      this.dismissedError = this.error.text.textContent;
      this.error.root.hidden = true;
    });
    this.error.root.setAttribute('role', 'alert');
    this.error.root.hidden = true;
    this.noticeList = document.createElement('div');
    this.noticeList.className = 'overlay-notices';
    this.noticeList.setAttribute('aria-live', 'polite');
    parent.append(this.error.root, this.noticeList);
  }

  showError(text: string): void {
    if (text === this.dismissedError) return;
    this.dismissedError = null;
    setText(this.error, text);
    this.error.root.hidden = false;
  }

  clearError(): void {
    this.dismissedError = null;
    this.error.root.hidden = true;
    setText(this.error, '');
  }

  /** The error on screen, or null. */
  get errorText(): string | null {
    return this.error.root.hidden ? null : this.error.text.textContent;
  }

  notice(id: string, text: string): void {
    let box = this.notices.get(id);
    if (!box) {
      box = messageBox('overlay-notice', 'div', () => this.clearNotice(id));
      box.root.dataset.id = id;
      this.noticeList.append(box.root);
      this.notices.set(id, box);
    }
    setText(box, text);
  }

  /**
   * A notice that goes away on its own: the confirmation that something the user asked for
   * happened (a preset saved, a file downloaded). It stays while the pointer is over it.
   */
  confirm(id: string, text: string, ms = CONFIRM_MS): void {
    this.notice(id, text);
    const box = this.notices.get(id)!;
    box.root.classList.add('overlay-confirm');
    clearTimeout(this.timers.get(id));
    const expire = (): void => {
      if (this.notices.get(id) !== box) return;
      if (box.root.matches(':hover')) this.timers.set(id, setTimeout(expire, 500));
      else this.clearNotice(id);
    };
    this.timers.set(id, setTimeout(expire, ms));
  }

  clearNotice(id: string): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.notices.get(id)?.root.remove();
    this.notices.delete(id);
  }

  /** Every notice's whole text, however it is clamped on screen. */
  get noticeTexts(): string[] {
    return [...this.notices.values()].map((n) => n.text.textContent ?? '');
  }
}

function setText(box: MessageBox, text: string): void {
  box.text.textContent = text;
  box.root.classList.remove('expanded');
  box.more.textContent = 'more';
  box.more.hidden = text.length <= SHORT_CHARS && !text.includes('\n');
}

function messageBox(className: string, tag: 'pre' | 'div', dismiss: () => void): MessageBox {
  const root = document.createElement('div');
  root.className = `overlay-message ${className}`;
  const text = document.createElement(tag);
  text.className = 'overlay-message-text';
  const actions = document.createElement('div');
  actions.className = 'overlay-message-actions';
  const more = button('more', 'Show the whole message', () => {
    const expanded = root.classList.toggle('expanded');
    more.textContent = expanded ? 'less' : 'more';
  });
  const copy = button('copy', 'Copy the whole message', () => {
    const whole = text.textContent ?? '';
    navigator.clipboard?.writeText(whole).then(
      () => flash(copy, 'copied'),
      () => {
        // No clipboard (an insecure origin, a denied permission): select it for Ctrl+C.
        root.classList.add('expanded');
        getSelection()?.selectAllChildren(text);
        flash(copy, 'selected');
      },
    );
  });
  const close = button('×', 'Dismiss', dismiss);
  close.classList.add('overlay-message-close');
  actions.append(more, copy, close);
  root.append(text, actions);
  return { root, text, more };
}

function button(label: string, title: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.title = title;
  b.addEventListener('click', onClick);
  return b;
}

function flash(b: HTMLButtonElement, label: string): void {
  const before = b.textContent;
  b.textContent = label;
  setTimeout(() => (b.textContent = before), 1200);
}
