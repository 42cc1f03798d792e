import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openViewer, readRgba8, setState, type ViewerPage } from './viewer-page';

const SIZE = 256;

/** The class shaders/debug/views.glsl paints for a Jacobian determinant. */
function jacobianClass(det: number): string {
  if (Math.abs(det) < 1e-3) return 'singular';
  if (det < 0) return 'flip';
  if (Math.abs(Math.log2(det)) < 0.02) return 'neutral';
  return det > 1 ? 'expand' : 'shrink';
}

function colourClass([r, g, b]: number[]): string {
  if (r! > 250 && g! > 250 && b! > 250) return 'singular';
  if (r! > g! + 8 && b! > g! + 8) return 'flip';
  if (Math.abs(r! - b!) <= 8 && Math.abs(r! - g!) <= 8) return 'neutral';
  return r! > b! ? 'expand' : 'shrink';
}

describe('debug views', () => {
  let viewer: ViewerPage;
  beforeAll(async () => {
    viewer = await openViewer();
  });
  afterAll(() => viewer.close());

  it.each([
    ['identity', {}],
    ['fisheye', {}],
    ['inversion', {}],
    ['sine', { sine: { amplitude: 0.1, frequency: 12 } }],
  ])(
    'det J under %s: every probed pixel has the colour of its determinant class',
    async (warp, warpParams) => {
      await setState(viewer.page, {
        scene: 'shapes',
        warp,
        warpParams,
        debug: 'jacobian',
        view: { center: [0, 0], zoom: 1 },
      });
      const points: [number, number][] = [];
      for (let row = 4; row < SIZE; row += 12)
        for (let col = 4; col < SIZE; col += 12) points.push([col, row]);
      const probes = await viewer.page.evaluate((p) => window.sdf!.probe('warp', p), points);
      const { data } = await readRgba8(viewer.page);
      const seen = new Set<string>();
      const wrong: string[] = [];
      points.forEach(([col, row], i) => {
        const det = probes[i]![2]!;
        // Skip the blend zone around the class boundaries, where rounding decides.
        if (Math.abs(Math.abs(Math.log2(Math.abs(det))) - 0.05) < 0.03 || Math.abs(det) < 2e-3)
          return;
        const at = (row * SIZE + col) * 4;
        const expected = jacobianClass(det);
        const got = colourClass([data[at]!, data[at + 1]!, data[at + 2]!]);
        seen.add(expected);
        if (got !== expected)
          wrong.push(`[${col}, ${row}] det ${det.toFixed(4)}: ${got}, expected ${expected}`);
      });
      expect(wrong.slice(0, 5), `${wrong.length} pixels in the wrong class`).toEqual([]);
      if (warp === 'identity') expect([...seen]).toEqual(['neutral']);
      if (warp === 'inversion') expect([...seen]).toEqual(['flip']);
      if (warp === 'sine')
        expect(seen.size, `classes seen: ${[...seen].join(', ')}`).toBeGreaterThanOrEqual(3);
    },
  );

  it('draws distance bands 8 px apart on screen through the polar warp', async () => {
    await setState(viewer.page, {
      scene: 'circle',
      warp: 'polar',
      warpParams: {},
      debug: 'bands',
      aa: { source: 'analytic' },
    });
    // Along the row through the centre, pixel distance to the edge from the probe; band
    // lines sit where it crosses multiples of 8.
    const points = Array.from({ length: SIZE }, (_, col) => [col, SIZE / 2] as [number, number]);
    const distances = (
      await viewer.page.evaluate((p) => window.sdf!.probe('pixel', p), points)
    ).map((v) => v[0]!);
    const { data } = await readRgba8(viewer.page);
    let lines = 0;
    let matched = 0;
    distances.forEach((d, col) => {
      const nearLine = Math.abs(d - 8 * Math.round(d / 8)) < 0.25;
      if (!nearLine) return;
      lines++;
      const at = ((SIZE / 2) * SIZE + col) * 4;
      // A line pixel is at least 75 % line colour (the line is 1 px wide, |d - 8k| < 0.25).
      const side = d < 0 ? [242, 153, 64] : [77, 140, 230];
      if (side.every((c, k) => Math.abs(data[at + k]! - c) <= 64)) matched++;
    });
    expect(lines, 'band lines crossed along the row').toBeGreaterThan(10);
    expect(
      matched / lines,
      `${matched} of ${lines} line pixels drawn in the line colour`,
    ).toBeGreaterThan(0.9);
  });

  it('renders slope and direction views, and the scene again after', async () => {
    for (const debug of ['slope', 'direction', 'none']) {
      await setState(viewer.page, { scene: 'shapes', warp: 'swirl', debug });
      const frame = await viewer.page.evaluate(() => window.sdf!.render());
      expect(frame.error, debug).toBeNull();
      expect(frame.key.endsWith(`:${debug}`), frame.key).toBe(debug !== 'none');
    }
  });
});
