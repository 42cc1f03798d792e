import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { packHash } from './url-fuzz-cases';
import { openViewer, type ViewerPage } from './viewer-page';

/** A notice may take this many lines of text (plus its padding) before it clamps. */
const MAX_NOTICE_PX = 4 * 13 * 1.4 + 24;

/** 60,000 characters of a link that is no state at all. */
const HUGE_HASH = `#s1.${'QUJD<img src=x onerror=alert(1)>'.repeat(1875)}`;

/** A valid link whose JSON names thousands of long, hostile unknown fields. */
function manyBadFields(): string {
  const fields: Record<string, number> = {};
  for (let i = 0; i < 600; i++) fields[`<b>${i}</b>\u202e${'x'.repeat(60)}`] = i;
  return packHash(JSON.stringify({ scene: 'circle', ...fields }));
}

interface Layout {
  noticeHeights: number[];
  noticeListHeight: number;
  errorHeight: number;
  canvasOnTop: boolean;
  viewportHeight: number;
}

/** Heights of what the page shows, and whether the canvas's centre is uncovered. */
function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const canvas = document.querySelector('#view')!.getBoundingClientRect();
    const hit = document.elementFromPoint(
      canvas.x + canvas.width / 2,
      canvas.y + canvas.height / 2,
    );
    const box = (el: Element | null) => (el ? el.getBoundingClientRect().height : 0);
    return {
      noticeHeights: [...document.querySelectorAll('.overlay-notice')].map(box),
      noticeListHeight: box(document.querySelector('.overlay-notices')),
      errorHeight: box(document.querySelector('.overlay-error:not([hidden])')),
      canvasOnTop: hit?.id === 'view',
      viewportHeight: innerHeight,
    };
  });
}

describe('notices under hostile input', () => {
  let viewer: ViewerPage;
  const console: string[] = [];
  beforeAll(async () => {
    viewer = await openViewer({ query: { width: 480, height: 360 } });
    viewer.page.on('console', (m) => console.push(`${m.type()}: ${m.text().slice(0, 120)}`));
  });
  afterAll(() => viewer.close());

  for (const [what, hash, expected] of [
    ['a 60,000-character link', HUGE_HASH, /longer than 8192 characters/],
    ['a link naming 600 long hostile fields', manyBadFields(), /unknown field/],
  ] as const)
    it(`stay a few lines tall for ${what}, with the canvas drawn and the console quiet`, async () => {
      console.length = 0;
      await viewer.page.evaluate(async (hash) => {
        const read = new Promise((r) => addEventListener('hashchange', r, { once: true }));
        location.hash = hash;
        await read;
        // The page's own listener decodes asynchronously: wait for its notice.
        for (let i = 0; i < 200 && !document.querySelector('.overlay-notice'); i++)
          await new Promise((r) => setTimeout(r, 10));
      }, hash);
      const texts = await viewer.page.evaluate(() => window.sdf!.messages().notices);
      expect(texts.join(' ')).toMatch(expected);
      for (const text of texts) expect(text).not.toMatch(/x{81}/);
      const shown = await layout(viewer.page);
      for (const height of shown.noticeHeights) expect(height).toBeLessThanOrEqual(MAX_NOTICE_PX);
      expect(shown.noticeListHeight).toBeLessThanOrEqual(shown.viewportHeight / 3 + 1);
      expect(shown.canvasOnTop, 'nothing covers the picture').toBe(true);
      const frame = await viewer.page.evaluate(() => window.sdf!.render());
      expect(frame.drawn).toBe(true);
      expect(console, 'a notice is not a console message').toEqual([]);
      await viewer.page.click('.overlay-notice .overlay-message-close');
      expect(await viewer.page.$('.overlay-notice')).toBeNull();
    });

  it('show a long bad formula as a short excerpt and one console line, however many frames', async () => {
    console.length = 0;
    const formula = `${'sin(u) + '.repeat(700)}u @ v + ${'cos(v) + '.repeat(180)}1`;
    expect(formula.length).toBeGreaterThan(7000);
    await viewer.page.evaluate(
      (field) => window.sdf!.setState({ scene: 'custom', expressions: { field } }),
      formula,
    );
    for (let i = 0; i < 5; i++) await viewer.page.evaluate(() => window.sdf!.render());
    await viewer.page.evaluate(() => new Promise(requestAnimationFrame));
    const frame = await viewer.page.evaluate(() => window.sdf!.render());
    expect(frame.drawn, 'the last good program keeps drawing').toBe(true);
    expect(frame.error).toMatch(/at character/);
    expect(frame.error!.length).toBeLessThan(400);
    const shown = await layout(viewer.page);
    expect(shown.errorHeight).toBeGreaterThan(0);
    expect(shown.errorHeight).toBeLessThanOrEqual(8 * 12 * 1.45 + 24);
    expect(shown.canvasOnTop).toBe(true);
    const panelLine = await viewer.page.$eval('.formula-error[data-formula="field"]', (el) => ({
      text: el.textContent ?? '',
    }));
    expect(panelLine.text.split('\n')[0]!.length).toBeLessThanOrEqual(36);
    expect(console.length, console.join('\n')).toBeLessThanOrEqual(1);
  });

  it('refuse a formula whose shader would take seconds to compile, naming the cap', async () => {
    const chain = ['a0 = u*u + v*v - 0.25'];
    for (let i = 1; i < 60; i++)
      chain.push(`a${i} = sin(a${i - 1} * 1.1 + ${i % 7}) * 0.5 + a${i - 1}`);
    const field = [...chain, 'a59'].join('; ');
    const frame = await viewer.page.evaluate((field) => {
      window.sdf!.setState({
        scene: 'custom',
        expressions: { field },
        aa: { source: 'second-order', filter: 'box' },
      });
      return window.sdf!.render();
    }, field);
    expect(frame.drawn).toBe(true);
    expect(frame.error).toMatch(
      /field formula: the generated shader needs \d+ operations; the limit is 125 with the second-order source/,
    );
  });
});
