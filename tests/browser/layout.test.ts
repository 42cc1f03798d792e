import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { choose, control, settle } from './panel-driver';

/** The page as a person opens it: no test mode, the canvas sized by the window. */
async function openLive(browser: Browser, width: number, height: number): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.goto(inject('viewerUrl'));
  await page.waitForFunction(() => window.sdfReady === true, { timeout: 60_000 });
  return page;
}

/** Canvas and panel rectangles in CSS pixels, once a resize has reached the canvas. */
const layout = (page: Page) =>
  page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const canvas = document.querySelector('#view')!.getBoundingClientRect();
    const panel = document.querySelector('.lil-gui.lil-root')!;
    const box = panel.getBoundingClientRect();
    const shown = getComputedStyle(panel).display !== 'none';
    const open = !panel.classList.contains('lil-closed');
    return { canvas: { left: canvas.left, right: canvas.right }, panelLeft: box.left, shown, open };
  });

describe('the picture and the panel', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await puppeteer.connect({ browserWSEndpoint: inject('browserWSEndpoint') });
    page = await openLive(browser, 1280, 800);
  });
  afterAll(async () => {
    await page.close();
    await browser.disconnect();
  });

  it('keeps the canvas, and so the centre of the view, out from under the panel', async () => {
    for (const [w, h] of [
      [1280, 800],
      [900, 700],
      [1920, 1080],
      [700, 500],
    ] as const) {
      await page.setViewport({ width: w, height: h });
      const { canvas, panelLeft, shown, open } = await layout(page);
      expect([shown, open], `${w} x ${h}: panel shown and open`).toEqual([true, true]);
      expect(canvas.left).toBe(0);
      expect(canvas.right, `${w} x ${h}: canvas ends where the panel begins`).toBeLessThanOrEqual(
        panelLeft,
      );
      expect(panelLeft - canvas.right, `${w} x ${h}: no dead strip`).toBeLessThan(20);
      const backing = await page.$eval('#view', (c) => (c as HTMLCanvasElement).width);
      expect(backing, 'the backing store follows the narrower canvas').toBe(
        Math.round(canvas.right),
      );
    }
  });

  it('gives the whole window to the canvas while the panel is hidden (H) or closed', async () => {
    await page.setViewport({ width: 1280, height: 800 });
    await page.keyboard.press('h');
    let { canvas, shown } = await layout(page);
    expect([shown, canvas.right]).toEqual([false, 1280]);
    await page.keyboard.press('h');
    ({ canvas, shown } = await layout(page));
    expect(shown).toBe(true);
    expect(canvas.right).toBeLessThan(1280);
    await page.click('.lil-gui.lil-root > .lil-title');
    expect((await layout(page)).canvas.right, 'panel closed to its title').toBe(1280);
    await page.click('.lil-gui.lil-root > .lil-title');
    expect((await layout(page)).canvas.right).toBeLessThan(1280);
  });

  it('starts with the panel closed on a narrow window, over a full-width canvas', async () => {
    const narrow = await openLive(browser, 480, 720);
    const { canvas, open } = await layout(narrow);
    expect([open, canvas.right]).toEqual([false, 480]);
    await narrow.close();
  });

  it('runs the shortcuts right after a dropdown pick', async () => {
    await page.setViewport({ width: 1280, height: 800 });
    await choose(page, 'Scene', 'scene', 'Circle');
    await page.keyboard.press(']');
    expect(await page.evaluate(() => window.sdf!.getState().aa.fadeWidth)).toBe(1.25);
    await page.keyboard.press('[');
  });

  it('shows the help box above the compare divider', async () => {
    await page.evaluate(() => window.sdf!.setState({ compare: { enabled: true, split: 0.4 } }));
    await page.keyboard.press('?');
    await settle(page);
    const onTop = await page.evaluate(() => {
      const help = document.querySelector('.overlay-help')!.getBoundingClientRect();
      const line = document.querySelector('.compare-divider-line')!.getBoundingClientRect();
      const hit = document.elementFromPoint(line.left + 1, help.top + help.height / 2);
      return {
        crosses: line.left > help.left && line.left < help.right,
        hit: hit?.closest('.overlay-help') !== null,
      };
    });
    expect(onTop).toEqual({ crosses: true, hit: true });
    await page.keyboard.press('?');
    await page.evaluate(() => window.sdf!.setState({ compare: { enabled: false } }));
  });

  it('reads the zoom in its label and moves the zoom slider with the wheel', async () => {
    const fill = async () => {
      const row = await control(page, 'View', (await zoomName())!);
      return row.$eval('.lil-fill', (f) => (f as HTMLElement).style.width);
    };
    const zoomName = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('.zoom-control .lil-name')].map((n) => n.textContent)[0],
      );
    expect(await zoomName()).toBe('zoom 1.00x');
    const before = await fill();
    await page.mouse.move(400, 400);
    await page.mouse.wheel({ deltaY: -300 });
    await page.waitForFunction(() => window.sdf!.getState().view.zoom > 1.5);
    const zoom = await page.evaluate(() => window.sdf!.getState().view.zoom);
    expect(await zoomName()).toBe(`zoom ${zoom.toPrecision(3)}x`);
    expect(await fill()).not.toBe(before);
  });
});
