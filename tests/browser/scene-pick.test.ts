import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { choose, control } from './panel-driver';
import { openViewer, readRgba8, setState, type ViewerPage } from './viewer-page';

const state = (page: Page) => page.evaluate(() => window.sdf!.getState());
const notices = (page: Page) => page.evaluate(() => window.sdf!.messages().notices.join('\n'));

/** Picking a scene opens it as its header says, whatever was on screen before. */
describe('picking a scene from the panel', () => {
  let viewer: ViewerPage;
  beforeAll(async () => {
    viewer = await openViewer({ query: { width: 160, height: 160 } });
  });
  afterAll(() => viewer.close());

  it('does not keep the strip filter of Hairlines for the Checkerboard', async () => {
    await choose(viewer.page, 'Scene', 'scene', 'Hairlines');
    expect((await state(viewer.page)).aa.filter).toBe('strip');
    await choose(viewer.page, 'Scene', 'scene', 'Checkerboard');
    const s = await state(viewer.page);
    expect([s.warp, s.aa.source, s.aa.filter, s.aa.strokeWidth]).toEqual([
      'identity',
      'analytic',
      'adaptive',
      1,
    ]);
  });

  it('draws a typed circle as a circle after Dot lattice under the polar warp', async () => {
    await choose(viewer.page, 'Scene', 'scene', 'Dot lattice');
    await choose(viewer.page, 'Warp', 'warp', 'Polar');
    await choose(viewer.page, 'Scene', 'scene', 'Custom field (formula)');
    const input = (await (await control(viewer.page, 'Scene', 'f(u, v) =')).$('textarea'))!;
    await input.click({ count: 3 });
    await viewer.page.keyboard.press('Backspace');
    await input.type('sqrt(u^2+v^2) - 0.5');
    await input.evaluate((el) => (el as HTMLElement).blur());
    const s = await state(viewer.page);
    expect([s.warp, s.expressions.field]).toEqual(['identity', 'sqrt(u^2+v^2) - 0.5']);
    // Coverage at radius 0.4 (inside) and 0.6 (outside) of the unit view, in eight
    // directions: a circle is the same in all of them, a bean cut by the polar warp is not.
    await setState(viewer.page, { output: 'coverage' });
    await viewer.page.evaluate(() => window.sdf!.render());
    const { width, height, data } = await readRgba8(viewer.page);
    const at = (r: number, angle: number) => {
      const x = Math.round(width / 2 + (r * Math.cos(angle) * height) / 2 - 0.5);
      const y = Math.round(height / 2 - (r * Math.sin(angle) * height) / 2 - 0.5);
      return data[(y * width + x) * 4]! / 255;
    };
    for (let k = 0; k < 8; k++) {
      const angle = (k * Math.PI) / 4 + 0.1;
      expect(at(0.4, angle), `inside at angle ${angle.toFixed(2)}`).toBeGreaterThan(0.99);
      expect(at(0.6, angle), `outside at angle ${angle.toFixed(2)}`).toBeLessThan(0.01);
    }
    await setState(viewer.page, { output: 'color' });
  });

  it('gives the custom scene an ink colour control that recolours it', async () => {
    const ink = await control(viewer.page, 'parameters', 'ink');
    const centre = async () => {
      await viewer.page.evaluate(() => window.sdf!.render());
      const { width, height, data } = await readRgba8(viewer.page);
      const i = ((height / 2) * width + width / 2) * 4;
      return [...data.slice(i, i + 3)];
    };
    expect(await centre()).toEqual([245, 161, 41]);
    await ink.$eval('input[type="color"]', (el) => {
      const input = el as HTMLInputElement;
      input.value = '#3366ff';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await viewer.page.evaluate(() => window.sdf!.getState().sceneParams.custom)).toEqual({
      ink: [0.2, 0.4, 1],
    });
    expect(await centre()).toEqual([51, 102, 255]);
  });

  it('keeps the fade width and says so, with a debug view left on', async () => {
    await setState(viewer.page, { aa: { fadeWidth: 2.5 }, debug: 'bands' });
    await choose(viewer.page, 'Scene', 'scene', 'Circle');
    const s = await state(viewer.page);
    expect([s.aa.fadeWidth, s.debug]).toEqual([2.5, 'bands']);
    expect(await notices(viewer.page)).toContain(
      'Circle opened with its own warp, view and method; kept from before: fade width 2.5 px, debug view "bands".',
    );
    await setState(viewer.page, { aa: { fadeWidth: 1 }, debug: 'none' });
    await choose(viewer.page, 'Scene', 'scene', 'Zone plate');
    expect(await notices(viewer.page)).not.toContain('kept from before');
  });

  it("resets the view to the scene's own with R and a double-click", async () => {
    await choose(viewer.page, 'Scene', 'scene', 'Optimisation lab (formula)');
    const home = (await state(viewer.page)).view;
    expect(home.zoom).toBe(0.45);
    await setState(viewer.page, { view: { center: [3, 3], zoom: 2 } });
    await viewer.page.keyboard.press('r');
    expect((await state(viewer.page)).view).toEqual(home);
    await setState(viewer.page, { view: { zoom: 5 } });
    await viewer.page.click('#view', { count: 2 });
    expect((await state(viewer.page)).view).toEqual(home);
  });
});
