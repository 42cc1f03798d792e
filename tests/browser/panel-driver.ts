/**
 * Drives the lil-gui panel as a user does (native selects, buttons, sliders found by their
 * folder and label) and drops files on the page as DragEvents built in it.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { expect } from 'vitest';

/** The row of control `name` in the panel folder titled `folder` (or a folder inside it). */
export async function control(
  page: Page,
  folder: string,
  name: string,
): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle(
    (folder, name) => {
      const gui = [...document.querySelectorAll('.lil-gui')].find(
        (g) => g.querySelector(':scope > .lil-title')?.textContent === folder,
      );
      return [...(gui?.querySelectorAll('.lil-controller') ?? [])].find(
        (c) => c.querySelector('.lil-name')?.textContent === name,
      );
    },
    folder,
    name,
  );
  const element = handle.asElement() as ElementHandle<Element> | null;
  if (!element) throw new Error(`no control "${name}" in the ${folder} folder`);
  return element;
}

/** Picks `label` in a dropdown the way a user does: focus the native select, choose. */
export async function choose(
  page: Page,
  folder: string,
  name: string,
  label: string,
): Promise<void> {
  const select = (await (await control(page, folder, name)).$('select'))!;
  await select.focus();
  const picked = await select.select(label);
  expect(picked, `"${label}" is an option of ${folder} / ${name}`).toEqual([label]);
}

export async function press(page: Page, folder: string, name: string): Promise<void> {
  await (await (await control(page, folder, name)).$('button'))!.click();
}

export async function optionsOf(page: Page, folder: string, name: string): Promise<string[]> {
  const select = (await (await control(page, folder, name)).$('select'))!;
  return select.evaluate((s) => [...(s as HTMLSelectElement).options].map((o) => o.text));
}

/** Two animation frames: a state change has been drawn by then. */
export const settle = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Drops files on the canvas as a browser does: dragenter, dragover, drop, each a DragEvent
 * whose DataTransfer holds Files built in the page. Returns whether the page showed its
 * drop highlight while the files were over it, and whether it is gone after the drop.
 */
export async function dropFiles(
  page: Page,
  files: { name: string; text?: string; base64?: string; type?: string }[],
): Promise<{ highlighted: boolean; clearedAfter: boolean }> {
  return page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const f of files) {
      const bytes = f.base64 ? Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0)) : f.text!;
      transfer.items.add(new File([bytes], f.name, { type: f.type ?? '' }));
    }
    const canvas = document.querySelector('#view')!;
    const fire = (type: string) =>
      canvas.dispatchEvent(
        new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
      );
    fire('dragenter');
    fire('dragover');
    const highlighted = document.body.classList.contains('drop-active');
    fire('drop');
    return { highlighted, clearedAfter: !document.body.classList.contains('drop-active') };
  }, files);
}

export const waitForNotice = (page: Page, text: string) =>
  page.waitForFunction(
    (t) => window.sdf!.messages().notices.some((n) => n.includes(t)),
    { timeout: 20_000 },
    text,
  );
