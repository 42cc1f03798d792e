import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openViewer, readFloat, setState, type ViewerPage } from './viewer-page';

/** Radius of scenes/circle.glsl in world units. */
const RADIUS = 0.6;

interface EdgeStats {
  partial: number;
  /** Largest |distance from the centre - radius| of a partial pixel, in device pixels. */
  maxOffset: number;
  radiusPx: number;
}

/** Partial-coverage pixels of the coverage mask, and how far from the circle they lie. */
async function edgeStats(viewer: ViewerPage): Promise<EdgeStats> {
  const { width, height, data } = await readFloat(viewer.page);
  const radiusPx = (RADIUS * Math.min(width, height)) / 2;
  let partial = 0;
  let maxOffset = 0;
  for (let row = 0; row < height; row++)
    for (let col = 0; col < width; col++) {
      const coverage = data[(row * width + col) * 4]!;
      if (coverage <= 0 || coverage >= 1) continue;
      partial++;
      const r = Math.hypot(col + 0.5 - width / 2, row + 0.5 - height / 2);
      maxOffset = Math.max(maxOffset, Math.abs(r - radiusPx));
    }
  return { partial, maxOffset, radiusPx };
}

describe('the 1 px linear ramp on a circle', () => {
  let viewer: ViewerPage;
  beforeAll(async () => {
    viewer = await openViewer();
    await setState(viewer.page, {
      scene: 'circle',
      output: 'coverage',
      aa: { source: 'analytic', filter: 'linear', fadeWidth: 1 },
    });
  });
  afterAll(() => viewer.close());

  it('has partial pixels only in a band 1 px wide around the radius, about 2 pi r of them', async () => {
    const { partial, maxOffset, radiusPx } = await edgeStats(viewer);
    const circumference = 2 * Math.PI * radiusPx;
    // A ramp of width w is partial where |d| < w/2; pixel centres sample it.
    expect(maxOffset, 'partial pixels lie within half a pixel of the edge').toBeLessThan(
      0.5 + 1e-3,
    );
    expect(
      partial / circumference,
      `${partial} partial pixels for a circumference of ${circumference.toFixed(1)} px`,
    ).toBeGreaterThan(0.9);
    expect(partial / circumference).toBeLessThan(1.1);
  });

  it('widens the band with the fade width', async () => {
    await setState(viewer.page, { aa: { fadeWidth: 4 } });
    const { partial, maxOffset, radiusPx } = await edgeStats(viewer);
    expect(maxOffset).toBeLessThan(2 + 1e-3);
    expect(partial / (2 * Math.PI * radiusPx * 4)).toBeGreaterThan(0.9);
    expect(partial / (2 * Math.PI * radiusPx * 4)).toBeLessThan(1.1);
    await setState(viewer.page, { aa: { fadeWidth: 1 } });
  });

  it('has no partial pixels with AA off, or with fade width 0', async () => {
    await setState(viewer.page, { aa: { source: 'none' } });
    expect((await edgeStats(viewer)).partial).toBe(0);
    await setState(viewer.page, { aa: { source: 'analytic', fadeWidth: 0 } });
    const { data } = await readFloat(viewer.page);
    expect((await edgeStats(viewer)).partial).toBe(0);
    expect(data.every(Number.isFinite), 'fade width 0 gives no NaN').toBe(true);
    await setState(viewer.page, { aa: { fadeWidth: 1 } });
  });
});

describe('device pixel ratio 2', () => {
  it('doubles the backing store and keeps the ramp 1 device pixel wide', async () => {
    const viewer = await openViewer({
      query: { width: 128, height: 128, dpr: 'device' },
      deviceScaleFactor: 2,
    });
    await setState(viewer.page, {
      scene: 'circle',
      output: 'coverage',
      aa: { source: 'analytic', filter: 'linear', fadeWidth: 1 },
    });
    const info = await viewer.page.evaluate(() => window.sdf!.info());
    expect(info.canvas).toEqual({ width: 256, height: 256 });
    const { partial, maxOffset, radiusPx } = await edgeStats(viewer);
    expect(radiusPx).toBeCloseTo(76.8, 6);
    expect(maxOffset).toBeLessThan(0.5 + 1e-3);
    expect(partial / (2 * Math.PI * radiusPx)).toBeGreaterThan(0.9);
    expect(partial / (2 * Math.PI * radiusPx)).toBeLessThan(1.1);
    await viewer.close();
  });
});
