/**
 * On-page messages: one error panel (compile errors, with file:line context) and a list of
 * notices (context lost, rejected state fields). Text only: nothing is parsed as HTML.
 */
export class Overlay {
  private readonly errorBox: HTMLPreElement;
  private readonly noticeList: HTMLDivElement;
  private readonly notices = new Map<string, HTMLDivElement>();

  constructor(parent: HTMLElement) {
    this.errorBox = document.createElement('pre');
    this.errorBox.className = 'overlay-error';
    this.errorBox.setAttribute('role', 'alert');
    this.errorBox.hidden = true;
    this.noticeList = document.createElement('div');
    this.noticeList.className = 'overlay-notices';
    this.noticeList.setAttribute('aria-live', 'polite');
    parent.append(this.errorBox, this.noticeList);
  }

  showError(text: string): void {
    this.errorBox.textContent = text;
    this.errorBox.hidden = false;
  }

  clearError(): void {
    this.errorBox.hidden = true;
    this.errorBox.textContent = '';
  }

  get error(): string | null {
    return this.errorBox.hidden ? null : this.errorBox.textContent;
  }

  notice(id: string, text: string): void {
    let item = this.notices.get(id);
    if (!item) {
      item = document.createElement('div');
      item.className = 'overlay-notice';
      item.dataset.id = id;
      this.noticeList.append(item);
      this.notices.set(id, item);
    }
    item.textContent = text;
  }

  clearNotice(id: string): void {
    this.notices.get(id)?.remove();
    this.notices.delete(id);
  }

  get noticeTexts(): string[] {
    return [...this.notices.values()].map((n) => n.textContent ?? '');
  }
}
