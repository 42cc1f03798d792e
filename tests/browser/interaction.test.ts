import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from '../../src/model/state';
import { pixelToWorld, viewTransform } from '../../src/model/view';
import { choose } from './panel-driver';
import { openViewer, setState, type ViewerPage } from './viewer-page';

const SIZE = 256;
/** World point under a CSS-pixel position of the 256 x 256 test canvas (DPR 1). */
const worldAt = (view: ViewState, x: number, y: number) =>
  pixelToWorld(viewTransform(view, SIZE, SIZE), [x, SIZE - y]);

describe('view interaction', () => {
  let viewer: ViewerPage;
  const view = () => viewer.page.evaluate(() => window.sdf!.getState().view);
  beforeAll(async () => {
    viewer = await openViewer();
  });
  afterAll(() => viewer.close());

  it('pans with a drag: the point under the pointer follows it', async () => {
    const before = await view();
    const grabbed = worldAt(before, 100, 100);
    await viewer.page.mouse.move(100, 100);
    await viewer.page.mouse.down();
    await viewer.page.mouse.move(120, 110, { steps: 4 });
    await viewer.page.mouse.move(140, 120, { steps: 4 });
    await viewer.page.mouse.up();
    const after = await view();
    const under = worldAt(after, 140, 120);
    expect(under[0]).toBeCloseTo(grabbed[0], 9);
    expect(under[1]).toBeCloseTo(grabbed[1], 9);
  });

  it('zooms about the cursor with the wheel', async () => {
    const before = await view();
    const anchor = worldAt(before, 60, 200);
    await viewer.page.mouse.move(60, 200);
    await viewer.page.mouse.wheel({ deltaY: -200 });
    await viewer.page.waitForFunction(
      (zoom) => window.sdf!.getState().view.zoom > zoom,
      {},
      before.zoom,
    );
    const after = await view();
    expect(after.zoom / before.zoom).toBeCloseTo(Math.exp(0.3), 9);
    const under = worldAt(after, 60, 200);
    expect(under[0]).toBeCloseTo(anchor[0], 9);
    expect(under[1]).toBeCloseTo(anchor[1], 9);
  });

  it('resets with a double-click and with the R key', async () => {
    await viewer.page.mouse.click(128, 128, { clickCount: 2 });
    expect(await view()).toEqual(DEFAULT_VIEW);
    await setState(viewer.page, { view: { zoom: 3, center: [0.5, 0.5] } });
    await viewer.page.keyboard.press('r');
    expect(await view()).toEqual(DEFAULT_VIEW);
  });

  it('draws on demand: no frames while nothing changes', async () => {
    const frames = () => viewer.page.evaluate(() => window.sdf!.info().framesDrawn);
    const settle = () =>
      viewer.page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
    await settle();
    const idle = await frames();
    for (let i = 0; i < 5; i++) await settle();
    expect(await frames(), 'no frames drawn while idle').toBe(idle);
    await setState(viewer.page, { aa: { fadeWidth: 2 } });
    await settle();
    expect(await frames()).toBe(idle + 1);
  });
});

describe('the panel', () => {
  it('switches the warp from its dropdown and shows that warp parameters, which drive the state', async () => {
    const viewer = await openViewer();
    const page = viewer.page;
    await page.evaluate(() => {
      const pickers = [...document.querySelectorAll<HTMLSelectElement>('.lil-gui select')];
      const warp = pickers.find((s) => [...s.options].some((o) => o.textContent === 'Swirl'))!;
      warp.selectedIndex = [...warp.options].findIndex((o) => o.textContent === 'Swirl');
      warp.dispatchEvent(new Event('change'));
    });
    expect(await page.evaluate(() => window.sdf!.getState().warp)).toBe('swirl');
    const names = await page.$$eval('.lil-gui .lil-controller .lil-name', (els) =>
      els.map((e) => e.textContent),
    );
    expect(names).toEqual(expect.arrayContaining(['strength', 'radius', 'center x', 'center y']));
    await choose(page, 'Warp', 'warp', 'Polar');
    const polar = await page.$$eval('.lil-gui .lil-controller .lil-name', (els) =>
      els.map((e) => e.textContent),
    );
    expect(polar, 'parameter names in words').toEqual(
      expect.arrayContaining(['angular scale', 'radius offset']),
    );
    await choose(page, 'Warp', 'warp', 'Swirl');

    // Type a new strength into its number box, as a user would.
    const box = await page.evaluateHandle(() => {
      const row = [...document.querySelectorAll('.lil-gui .lil-controller')].find(
        (c) => c.querySelector('.lil-name')?.textContent === 'strength',
      )!;
      return row.querySelector('input')!;
    });
    await box.click({ clickCount: 3 });
    await page.keyboard.type('-4');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.sdf!.getState().warpParams.swirl)).toEqual({
      strength: -4,
    });
    await viewer.close();
  });
});

describe('keyboard', () => {
  it('steps the fade width with [ and ], and ? lists every shortcut', async () => {
    const viewer = await openViewer();
    const fade = () => viewer.page.evaluate(() => window.sdf!.getState().aa.fadeWidth);
    await viewer.page.keyboard.press(']');
    await viewer.page.keyboard.press(']');
    expect(await fade()).toBe(1.5);
    for (let i = 0; i < 10; i++) await viewer.page.keyboard.press('[');
    expect(await fade(), 'clamped at 0').toBe(0);
    await viewer.page.keyboard.press('?');
    const help = await viewer.page.$eval('.overlay-help', (el) => ({
      shown: !(el as HTMLElement).hidden,
      keys: [...el.querySelectorAll('dt')].map((dt) => dt.textContent),
    }));
    expect(help).toEqual({ shown: true, keys: ['R', 'H', '[', ']', 'S', 'G', 'P', 'C', 'I', '?'] });
    await viewer.page.keyboard.press('?');
    expect(await viewer.page.$eval('.overlay-help', (el) => (el as HTMLElement).hidden)).toBe(true);
    await viewer.close();
  });
});
