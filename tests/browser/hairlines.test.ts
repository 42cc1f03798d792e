import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverageOf } from './coverage-helpers';
import { openViewer, setState, type ViewerPage } from './viewer-page';

const WIDTH = 320;
const HEIGHT = 240;
/** Device pixels per world unit at zoom 1 (the shorter side spans [-1, 1]). */
const SCALE = HEIGHT / 2;
/** scenes/hairlines.glsl: row centres, widths, and the x of its horizontal segments. */
const ROWS = [0.8, 0.48, 0.16, -0.16, -0.48, -0.8];
const WIDTHS = [0.25, 0.5, 0.75, 1, 1.5, 2];
const SEGMENT_X = -1.05;

/**
 * The stroke-scale hook (SCENE_STROKE_SCALE, pipeline/coverage.glsl): the hairlines scene
 * draws its rows 0.25 to 2 times the strip filter's stroke width. Box-filtered coverage
 * sampled at pixel centres sums to the stroke's width across a line (a 1 px box is a
 * partition of unity), so each column sum measures the width actually drawn.
 */
describe('the hairlines scene scales the strip stroke per row', () => {
  let viewer: ViewerPage;
  beforeAll(async () => {
    viewer = await openViewer({ query: { width: WIDTH, height: HEIGHT } });
  });
  afterAll(() => viewer.close());

  const columnSums = async (stroke: number) => {
    await setState(viewer.page, {
      scene: 'hairlines',
      warp: 'identity',
      view: { center: [0, 0], zoom: 1, rotation: 0 },
    });
    const mask = await coverageOf(viewer.page, {
      source: 'analytic',
      filter: 'strip',
      fadeWidth: 1,
      strokeWidth: stroke,
    });
    const column = Math.floor(WIDTH / 2 + SEGMENT_X * SCALE);
    return ROWS.map((y) => {
      const centre = HEIGHT / 2 - y * SCALE;
      let sum = 0;
      for (let row = Math.ceil(centre - 15); row <= centre + 15; row++)
        sum += mask[row * WIDTH + column]!;
      return sum;
    });
  };

  it.each([1, 1.5])(
    'at stroke width %s px, each row is drawn its width times that',
    async (stroke) => {
      const sums = await columnSums(stroke);
      sums.forEach((sum, i) =>
        expect(sum, `row ${i}: ${sum.toFixed(4)} px of ink across the line`).toBeCloseTo(
          WIDTHS[i]! * stroke,
          2,
        ),
      );
    },
  );
});
