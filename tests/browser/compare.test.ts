import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openViewer, readRgba8, setState, type ViewerPage } from './viewer-page';

const SIZE = 256;
const MAIN = { source: 'analytic', filter: 'box' } as const;
const RIGHT = { source: 'none', filter: 'step' } as const;

describe('split-screen compare', () => {
  let viewer: ViewerPage;
  const state = () => viewer.page.evaluate(() => window.sdf!.getState());
  beforeAll(async () => {
    viewer = await openViewer();
  });
  afterAll(() => viewer.close());

  it('draws the main method left of the divider and the compare method right of it', async () => {
    const base = { scene: 'shapes', warp: 'swirl', output: 'color', debug: 'none' };
    await setState(viewer.page, { ...base, aa: MAIN, compare: { enabled: false } });
    const main = (await readRgba8(viewer.page)).data;
    await setState(viewer.page, { aa: RIGHT });
    const right = (await readRgba8(viewer.page)).data;
    await setState(viewer.page, { aa: MAIN, compare: { enabled: true, ...RIGHT, split: 0.4 } });
    const split = (await readRgba8(viewer.page)).data;

    const column = Math.round(0.4 * SIZE);
    const wrong = { left: 0, right: 0 };
    const differ = { left: 0, right: 0 };
    for (let row = 0; row < SIZE; row++)
      for (let col = 0; col < SIZE; col++) {
        const side = col < column ? 'left' : 'right';
        const expected = side === 'left' ? main : right;
        const other = side === 'left' ? right : main;
        const at = (row * SIZE + col) * 4;
        let same = true;
        let sameAsOther = true;
        for (let k = 0; k < 4; k++) {
          same &&= split[at + k] === expected[at + k];
          sameAsOther &&= split[at + k] === other[at + k];
        }
        if (!same) wrong[side]++;
        if (!sameAsOther) differ[side]++;
      }
    expect(wrong, 'pixels unlike the method of their side').toEqual({ left: 0, right: 0 });
    // The two methods really differ on both sides, so the split is visible, not vacuous.
    expect(differ.left, 'left pixels unlike the compare method').toBeGreaterThan(100);
    expect(differ.right, 'right pixels unlike the main method').toBeGreaterThan(100);
  });

  it('leaves probes to the main method', async () => {
    const points: [number, number][] = [];
    for (let col = 0; col < SIZE; col += 3) points.push([col, 120]);
    const probe = () => viewer.page.evaluate((p) => window.sdf!.probe('field', p), points);
    const on = await probe();
    await setState(viewer.page, { compare: { enabled: false } });
    expect(on).toEqual(await probe());
  });

  it('moves the divider when its handle is dragged, without panning the view', async () => {
    await setState(viewer.page, { compare: { enabled: true, split: 0.5 } });
    const before = await state();
    const handle = await viewer.page.$('.compare-divider-handle');
    const box = (await handle!.boundingBox())!;
    expect(box.x + box.width / 2).toBeCloseTo(SIZE / 2, 0);
    await viewer.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await viewer.page.mouse.down();
    await viewer.page.mouse.move(150, box.y + 30, { steps: 4 });
    await viewer.page.mouse.move(200, box.y + 60, { steps: 4 });
    await viewer.page.mouse.up();
    const after = await state();
    expect(after.compare.split).toBeCloseTo(200 / SIZE, 3);
    expect(after.view).toEqual(before.view);
    const line = await viewer.page.$eval('.compare-divider-line', (el) => {
      const r = el.getBoundingClientRect();
      return r.left + r.width / 2;
    });
    expect(line).toBeCloseTo(Math.round((200 / SIZE) * SIZE), 0);
    const labels = await viewer.page.$$eval('[class^="compare-label-"]', (els) =>
      els.map((el) => el.textContent),
    );
    expect(labels).toEqual(['analytic + box', 'none']);
  });

  it('turns on and off with the C key', async () => {
    await setState(viewer.page, { compare: { enabled: false } });
    const shown = () => viewer.page.$eval('.compare-divider', (el) => !(el as HTMLElement).hidden);
    expect(await shown()).toBe(false);
    await viewer.page.keyboard.press('c');
    expect((await state()).compare.enabled).toBe(true);
    expect(await shown()).toBe(true);
    await viewer.page.keyboard.press('c');
    expect((await state()).compare.enabled).toBe(false);
    expect(await shown()).toBe(false);
  });
});
