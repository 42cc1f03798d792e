import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeErrors } from '../../src/features/quality/metrics';
import { coverageOf, percent, referenceOf } from './coverage-helpers';
import { openViewer, readFloat, readRgba8, setState, type ViewerPage } from './viewer-page';

const SIZE = 256;
const ADAPTIVE = { source: 'analytic', filter: 'adaptive' } as const;
const BOX = { source: 'analytic', filter: 'box' } as const;
const SHAPES = {
  scene: 'shapes',
  warp: 'swirl',
  output: 'color',
  debug: 'none',
  view: { center: [0, 0], zoom: 1 },
  compare: { enabled: false },
};

describe('adaptive refinement in passes (box, gate, refine)', () => {
  let viewer: ViewerPage;
  const refined = () => viewer.page.evaluate(() => window.sdf!.info().refinedQuads);
  beforeAll(async () => {
    viewer = await openViewer();
  });
  afterAll(() => viewer.close());

  it('refines a few quads, and there reaches the reference where box does not', async () => {
    await setState(viewer.page, SHAPES);
    const reference = await referenceOf(viewer.page);
    const box = edgeErrors(await coverageOf(viewer.page, BOX), reference);
    const adaptive = edgeErrors(await coverageOf(viewer.page, ADAPTIVE), reference);
    const { quads, of, subBoxes } = await refined();
    const numbers =
      `box ${percent(box.mean)} / ${percent(box.max)} max, adaptive ${percent(adaptive.mean)} / ` +
      `${percent(adaptive.max)} max, ${quads} of ${of} quads refined (${subBoxes} sub-boxes)`;
    expect(of, numbers).toBe((SIZE / 2) ** 2);
    expect(quads, numbers).toBeGreaterThan(10);
    expect(quads / of, numbers).toBeLessThan(0.05);
    expect(subBoxes, numbers).toBeGreaterThanOrEqual(4 * 4 * quads);
    // The 16 x 16 reference's own floor is about 0.5 % mean, 2-3 % max.
    expect(adaptive.max, numbers).toBeLessThan(0.06);
    expect(adaptive.max, numbers).toBeLessThan(box.max / 3);
    expect(adaptive.mean, numbers).toBeLessThanOrEqual(box.mean);
  });

  it('refines nothing where no edge bends: a disc 600 px across, seen close', async () => {
    await setState(viewer.page, {
      ...SHAPES,
      scene: 'circle',
      warp: 'identity',
      view: { center: [0.6, 0.1], zoom: 8 },
      aa: ADAPTIVE,
    });
    await coverageOf(viewer.page, ADAPTIVE);
    const { quads } = await refined();
    // Only the quads where the edge meets the image's border (no neighbours past it).
    expect(quads).toBeLessThanOrEqual(4);
  });

  it('shows on the canvas what it draws offscreen', async () => {
    await setState(viewer.page, { ...SHAPES, aa: ADAPTIVE });
    const canvas = await readRgba8(viewer.page);
    const offscreen = await readFloat(viewer.page);
    let worst = 0;
    for (let i = 0; i < canvas.data.length; i++)
      worst = Math.max(worst, Math.abs(canvas.data[i]! - offscreen.data[i]! * 255));
    expect(worst, 'largest difference, in 1/255').toBeLessThanOrEqual(0.5 + 1e-3);
    expect((await refined()).quads).toBeGreaterThan(10);
  });

  it('keeps each side of a compare divider to its own method', async () => {
    await setState(viewer.page, { ...SHAPES, aa: ADAPTIVE });
    const alone = (await readRgba8(viewer.page)).data;
    await setState(viewer.page, { aa: BOX });
    const box = (await readRgba8(viewer.page)).data;
    await setState(viewer.page, {
      aa: ADAPTIVE,
      compare: { enabled: true, ...BOX, split: 129 / SIZE },
    });
    const split = (await readRgba8(viewer.page)).data;
    // An odd column, so the divider runs through 2x2 quads.
    const column = 129;
    const wrong = { left: 0, right: 0 };
    for (let row = 0; row < SIZE; row++)
      for (let col = 0; col < SIZE; col++)
        for (let k = 0; k < 4; k++) {
          const at = (row * SIZE + col) * 4 + k;
          const expected = col < column ? alone : box;
          if (split[at] !== expected[at]) wrong[col < column ? 'left' : 'right']++;
        }
    // Up to the divider's column, as if the other method were not there.
    expect(wrong, 'values unlike the method of their side').toEqual({ left: 0, right: 0 });
  });

  it('follows a strong swirl: corners drawn out into slivers stay within 5 % of the reference', async () => {
    // The bench's strong swirl at its 512 x 512 scale (cells 3.2 px, sheared 8.8 times at
    // its radius), the middle 256 x 256: there the footprint is stretched 60-80 times more
    // one way than the other, and square sub-boxes missed corners by up to 8.7 %.
    await setState(viewer.page, {
      ...SHAPES,
      scene: 'checker',
      sceneParams: { checker: { cell: 0.025 } },
      warpParams: { swirl: { strength: 12, radius: 0.75 } },
    });
    // 32 x 32: its own floor is about 0.2 % mean, 1-2 % max.
    const reference = await coverageOf(viewer.page, { source: 'reference', referenceN: 32 });
    const adaptive = edgeErrors(await coverageOf(viewer.page, ADAPTIVE), reference);
    const numbers = `mean ${percent(adaptive.mean)}, p99 ${percent(adaptive.p99)}, max ${percent(adaptive.max)}`;
    expect(adaptive.max, numbers).toBeLessThan(0.05);
    expect(adaptive.p99, numbers).toBeLessThan(0.025);
    expect(adaptive.mean, numbers).toBeLessThan(0.005);
  });
});
