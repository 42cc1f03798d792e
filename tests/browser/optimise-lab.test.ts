import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OBJECTIVE_EXAMPLES } from '../../src/model/lab-examples';
import { labRun } from '../../src/lab/lab-run';
import { METHOD_COLORS } from '../../src/lab/lab-marks';
import { seedWalks, WALK_COLORS } from '../../src/lab/walk-marks';
import { DEFAULT_STATE, type ViewerState } from '../../src/model/state';
import { viewTransform } from '../../src/model/view';
import { openViewer, readRgba8, setState, type ViewerPage } from './viewer-page';

const SIZE = { width: 320, height: 240 };
const srgb8 = (c: readonly number[]) => c.slice(0, 3).map((v) => Math.round(v * 255));

/** The device pixel (image rows top-down) showing world point `p`. */
function pixelOf(state: ViewerState, p: readonly [number, number]): [number, number] {
  const t = viewTransform(state.view, SIZE.width, SIZE.height);
  const [a, b, c, d] = t.jacobian;
  const [x, y] = [p[0] - t.origin[0], p[1] - t.origin[1]];
  const det = a * d - b * c;
  const px = (d * x - c * y) / det;
  const py = (-b * x + a * y) / det;
  return [Math.floor(px), SIZE.height - 1 - Math.floor(py)];
}

/** Whether a pixel within `radius` of (x, y) has `color` (sRGB 8-bit) within `tolerance`. */
function near(
  image: { width: number; height: number; data: Uint8Array },
  [x, y]: [number, number],
  color: number[],
  { radius = 1, tolerance = 40 } = {},
): boolean {
  for (let dy = -radius; dy <= radius; dy++)
    for (let dx = -radius; dx <= radius; dx++) {
      const [px, py] = [x + dx, y + dy];
      if (px < 0 || py < 0 || px >= image.width || py >= image.height) continue;
      const i = (py * image.width + px) * 4;
      if (color.every((v, k) => Math.abs(image.data[i + k]! - v) <= tolerance)) return true;
    }
  return false;
}

/** Distance from p to the segment ab, pixels. */
function segmentDistance(p: [number, number], a: [number, number], b: [number, number]): number {
  const ab = [b[0] - a[0], b[1] - a[1]];
  const len2 = ab[0]! ** 2 + ab[1]! ** 2;
  const t = len2
    ? Math.max(0, Math.min(1, ((p[0] - a[0]) * ab[0]! + (p[1] - a[1]) * ab[1]!) / len2))
    : 0;
  return Math.hypot(p[0] - a[0] - ab[0]! * t, p[1] - a[1] - ab[1]! * t);
}

describe('the optimisation lab', () => {
  let viewer: ViewerPage;
  const himmelblau = OBJECTIVE_EXAMPLES.Himmelblau!;
  const lab = {
    ...DEFAULT_STATE.lab,
    objective: himmelblau.text,
    start: [0.5, 0.5] as const,
    iterate: 0,
  };
  beforeAll(async () => {
    viewer = await openViewer({ query: SIZE });
    await setState(viewer.page, {
      scene: 'optimise',
      warp: 'identity',
      view: { ...himmelblau.view, rotation: 0 },
      aa: { source: 'analytic', filter: 'strip', strokeWidth: 1.25 },
      lab,
    });
  });
  afterAll(() => viewer.close());

  it('draws every method’s path in its colour, through the iterates the TypeScript run computes', async () => {
    const frame = await viewer.page.evaluate(() => window.sdf!.render());
    expect(frame.error).toBeNull();
    const state = await viewer.page.evaluate(() => window.sdf!.getState());
    const image = await readRgba8(viewer.page);
    const outcome = labRun(state.lab);
    if ('error' in outcome) throw new Error(outcome.error);
    const pixelPaths = outcome.run.paths.map((path) =>
      path.points.map((p) => pixelOf(state, [p.x, p.y])),
    );
    const inside = ([x, y]: [number, number]) =>
      x > 2 && y > 2 && x < SIZE.width - 3 && y < SIZE.height - 3;
    pixelPaths.forEach((points, i) => {
      const method = outcome.run.paths[i]!.method;
      // Iterates on screen and not under a later method's path (drawn over this one).
      const later = pixelPaths.slice(i + 1);
      const uncovered = (p: [number, number]) =>
        later.every((path) =>
          path.every((q, k) => k === 0 || segmentDistance(p, path[k - 1]!, q) > 5),
        );
      const shown = points.filter((p) => inside(p) && uncovered(p));
      const color = srgb8(METHOD_COLORS[method]);
      const found = shown.filter((p) => near(image, p, color, { radius: 2 })).length;
      expect(found, `${method}: ${found} of ${shown.length} uncovered iterates`).toBe(shown.length);
      if (i === pixelPaths.length - 1) expect(shown.length, method).toBeGreaterThan(3);
    });
  });

  it('puts the start where a click lands, and the paths move with it', async () => {
    const before = await viewer.page.evaluate(() => window.sdf!.getState().lab.start);
    const box = (await viewer.page.$('#view'))!;
    const rect = (await box.boundingBox())!;
    await viewer.page.mouse.click(rect.x + rect.width * 0.75, rect.y + rect.height * 0.25);
    const state = await viewer.page.evaluate(() => window.sdf!.getState());
    expect(state.lab.start).not.toEqual(before);
    const [x, y] = pixelOf(state, state.lab.start);
    expect(Math.abs(x - SIZE.width * 0.75)).toBeLessThanOrEqual(1);
    expect(Math.abs(y - SIZE.height * 0.25)).toBeLessThanOrEqual(1);
  });

  it('shows a bad objective at its input and keeps drawing the last good one', async () => {
    const before = await readRgba8(viewer.page);
    await setState(viewer.page, { lab: { objective: 'x^2 + * y' } });
    const frame = await viewer.page.evaluate(() => window.sdf!.render());
    expect(frame.drawn).toBe(true);
    expect(frame.error).toMatch(/^objective: /);
    const readout = await viewer.page.$eval('.lab-readout', (el) => el.textContent ?? '');
    expect(readout).toMatch(/^objective: /);
    const after = await readRgba8(viewer.page);
    expect(after.data.length).toBe(before.data.length);
    await setState(viewer.page, { lab: { objective: himmelblau.text } });
  });

  it('ends a divergent run with a message on the page, never a hang or a blank canvas', async () => {
    await setState(viewer.page, { lab: { step: 1.5, methods: ['gd'], selected: 'gd' } });
    const frame = await viewer.page.evaluate(() => window.sdf!.render());
    expect(frame.drawn).toBe(true);
    expect(frame.error).toBeNull();
    const readout = await viewer.page.$eval('.lab-readout', (el) => el.textContent ?? '');
    expect(readout).toMatch(/diverged/);
    await setState(viewer.page, { lab });
  });

  it("draws the seed's 1D walk on the plot scene: halving steps into x = 3, Newton there at once", async () => {
    const { walk, newton } = seedWalks();
    expect(Math.abs(walk.xs.at(-1)! - 3)).toBeLessThan(1e-6);
    expect(newton.xs).toEqual([1, 3]);
    await setState(viewer.page, {
      scene: 'plot',
      view: { center: [0, 0], zoom: 1, rotation: 0 },
      sceneParams: { plot: { showWalk: true } },
    });
    const state = await viewer.page.evaluate(() => window.sdf!.getState());
    const image = await readRgba8(viewer.page);
    // Plot coordinates to warp units, as scenes/plot.glsl maps them.
    const world = (x: number, f = x * x - 6 * x + 13): [number, number] => [
      (x - 3) / 2.6,
      (f - 5.5) / 9.5,
    ];
    const at = (x: number) => pixelOf(state, world(x));
    // Newton's one step is the chord from (1, 8) to (3, 4): its middle is (2, 6).
    const chord = pixelOf(state, world(2, 6));
    expect(near(image, chord, srgb8(WALK_COLORS.newton), { radius: 1 })).toBe(true);
    expect(near(image, at(2.5), srgb8(WALK_COLORS.walk), { radius: 1 })).toBe(true);
    expect(near(image, at(4), srgb8(WALK_COLORS.walk), { radius: 1 })).toBe(true);
    await setState(viewer.page, { sceneParams: { plot: { showWalk: false } } });
    const plain = await readRgba8(viewer.page);
    expect(near(plain, at(4), srgb8(WALK_COLORS.walk), { radius: 1, tolerance: 20 })).toBe(false);
  });
});
