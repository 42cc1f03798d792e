/**
 * Exact primitives against the true distance to their own outline. The outline comes from
 * the field's zero set alone (marching squares on a 400 x 400 probe of world [-1, 1]^2,
 * the crossings interpolated linearly), so the check does not trust the distance formula:
 * at random pixels, f must equal the signed distance from the pixel to those segments.
 * The polyline cuts corners by at most about half a cell, so TOL is one cell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIMITIVES, probeScene } from './primitive-cases';
import { openViewer, setState, type ViewerPage } from './viewer-page';

const SIZE = 400;
/** World units per pixel: the view spans [-1, 1]. */
const CELL = 2 / SIZE;
const TOL = CELL;
const POINTS = 300;
/** The distance fields whose headers say exact (the operators' are bounds in places). */
const EXACT = Object.keys(PRIMITIVES).filter((name) => !name.startsWith('op'));

type Segment = readonly [number, number, number, number];

interface View {
  readonly center: readonly [number, number];
  readonly zoom: number;
}

/** The world point of pixel (x, y) (fractional; rows top to bottom) in `view`. */
const worldOf = (view: View, x: number, y: number): [number, number] => [
  view.center[0] + ((x + 0.5) * CELL - 1) / view.zoom,
  view.center[1] + (1 - (y + 0.5) * CELL) / view.zoom,
];

/** The zero set of f (pixel centres, rows top to bottom) as segments in world units. */
function outline(f: Float32Array, view: View): Segment[] {
  const world = (x: number, y: number) => worldOf(view, x, y);
  const at = (x: number, y: number) => f[y * SIZE + x]!;
  const segments: Segment[] = [];
  for (let y = 0; y + 1 < SIZE; y++)
    for (let x = 0; x + 1 < SIZE; x++) {
      const corners: [number, number][] = [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
      ];
      const crossings: [number, number][] = [];
      for (let k = 0; k < 4; k++) {
        const [ax, ay] = corners[k]!;
        const [bx, by] = corners[(k + 1) % 4]!;
        const fa = at(ax, ay);
        const fb = at(bx, by);
        if (fa < 0 === fb < 0) continue;
        const t = fa / (fa - fb);
        const [wx, wy] = world(ax + t * (bx - ax), ay + t * (by - ay));
        crossings.push([wx, wy]);
      }
      // Two crossings: one segment; four (a saddle): two, either pairing is within a cell.
      for (let k = 0; k + 1 < crossings.length; k += 2)
        segments.push([...crossings[k]!, ...crossings[k + 1]!]);
    }
  return segments;
}

/** The distance from (px, py) to the segments, and the nearest point on them. */
function nearest(segments: readonly Segment[], px: number, py: number) {
  let best = { distance: Infinity, at: [0, 0] as [number, number] };
  for (const [ax, ay, bx, by] of segments) {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(
      0,
      Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)),
    );
    const [qx, qy] = [ax + t * dx, ay + t * dy];
    const distance = Math.hypot(px - qx, py - qy);
    if (distance < best.distance) best = { distance, at: [qx, qy] };
  }
  return best;
}

/** Fine probes are this much closer: a sharp tip thinner than a cell is cut short. */
const REFINE_ZOOM = 16;

describe('exact primitives are the distance to their own outline', () => {
  let viewer: ViewerPage;
  beforeAll(async () => {
    viewer = await openViewer({ query: { width: SIZE, height: SIZE } });
  });
  afterAll(() => viewer.close());

  it.each(EXACT)('%s', async (name) => {
    const id = `exact-${name.replace(/[^a-z0-9]+/g, '-').replace(/-$/, '')}`;
    await viewer.page.evaluate(
      (path, text) => window.sdf!.setSource(path, text),
      `scenes/${id}.glsl`,
      probeScene(id, PRIMITIVES[name]!),
    );
    const probeView = async (view: View): Promise<Float32Array> => {
      await setState(viewer.page, { scene: id, view: { ...view, rotation: 0 } });
      return Float32Array.from(
        await viewer.page.evaluate(() => {
          const all: [number, number][] = [];
          for (let y = 0; y < 400; y++) for (let x = 0; x < 400; x++) all.push([x, y]);
          return window.sdf!.probe('field', all).map((v) => v[0]!);
        }),
      );
    };
    const whole: View = { center: [0, 0], zoom: 1 };
    const f = await probeView(whole);
    const segments = outline(f, whole);
    expect(segments.length, 'an outline in view').toBeGreaterThan(100);
    const failures: string[] = [];
    let checked = 0;
    for (let i = 0; i < POINTS; i++) {
      const x = (i * 7919) % SIZE;
      const y = (i * 104729 + 13) % SIZE;
      const [wx, wy] = [-1 + (x + 0.5) * CELL, 1 - (y + 0.5) * CELL];
      const value = f[y * SIZE + x]!;
      const found = nearest(segments, wx, wy);
      let distance = found.distance;
      // The nearest outline point may lie outside the view: only a point whose circle of
      // that radius stays in view can be judged.
      if (1 - Math.max(Math.abs(wx), Math.abs(wy)) < distance) continue;
      checked++;
      // Below the sampled outline's distance: it may have cut a sharp tip short. Look again
      // at the nearest outline point, REFINE_ZOOM times closer.
      if (Math.abs(value) < distance - TOL) {
        const close: View = { center: found.at, zoom: REFINE_ZOOM };
        distance = Math.min(
          distance,
          nearest(outline(await probeView(close), close), wx, wy).distance,
        );
      }
      const truth = Math.sign(value) * distance;
      if (Math.abs(value - truth) > TOL)
        failures.push(
          `(${wx.toFixed(4)}, ${wy.toFixed(4)}): f ${value.toFixed(5)}, distance ${truth.toFixed(5)}`,
        );
    }
    expect(failures, failures.slice(0, 4).join('\n')).toEqual([]);
    expect(checked, 'points whose nearest outline is in view').toBeGreaterThan(100);
  });

  // The case that showed the old field was a bound: past a convex corner of the rounded
  // cross, d_S + r said 0.62481 where the outline is 0.67451 away.
  it('cross b = (0.8, 0.3), r = 0.12 at (0.6555, -1.1584)', async () => {
    const id = 'exact-cross-corner';
    await viewer.page.evaluate(
      (path, text) => window.sdf!.setSource(path, text),
      `scenes/${id}.glsl`,
      probeScene(id, 'sdgCross(u, vec2(0.8, 0.3), 0.12)'),
    );
    // Pixel (200, 199)'s centre sits half a cell right of and above the view's centre.
    const center = [0.6555 - CELL / 2, -1.1584 - CELL / 2];
    await setState(viewer.page, { scene: id, view: { center, zoom: 1, rotation: 0 } });
    const probed = await viewer.page.evaluate(() => window.sdf!.probe('field', [[200, 199]]));
    const [f, gx, gy] = probed[0]!;
    expect(f).toBeCloseTo(0.67451, 4);
    expect(Math.hypot(gx!, gy!)).toBeCloseTo(1, 5);
  });
});
