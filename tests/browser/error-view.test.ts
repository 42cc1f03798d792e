import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeErrors } from '../../src/features/quality/metrics';
import { coverageOf } from './coverage-helpers';
import { openViewer, readRgba8, setState, type ViewerPage } from './viewer-page';

const SIZE = 256;
const brightness = (data: Uint8Array, i: number) =>
  Math.max(data[i * 4]!, data[i * 4 + 1]!, data[i * 4 + 2]!);

describe('error view', () => {
  let viewer: ViewerPage;
  beforeAll(async () => {
    viewer = await openViewer();
  });
  afterAll(() => viewer.close());

  it('is black everywhere when the method is the reference itself', async () => {
    await setState(viewer.page, {
      scene: 'shapes',
      warp: 'swirl',
      aa: { source: 'reference', referenceN: 8 },
      output: 'color',
      debug: 'error',
    });
    const { data } = await readRgba8(viewer.page);
    let lit = 0;
    for (let i = 0; i < SIZE * SIZE; i++) if (brightness(data, i) > 0) lit++;
    expect(lit, 'pixels with any error').toBe(0);
  });

  it('is bright on the edges and black away from them for a hard edge', async () => {
    await setState(viewer.page, { scene: 'shapes', warp: 'identity', debug: 'none' });
    const reference = await coverageOf(viewer.page, { source: 'reference', referenceN: 8 });
    await setState(viewer.page, { aa: { source: 'none' }, output: 'color', debug: 'error' });
    const { data } = await readRgba8(viewer.page);
    const edge = { pixels: 0, bright: 0 };
    const flat = { pixels: 0, dark: 0 };
    for (let i = 0; i < SIZE * SIZE; i++) {
      const ref = reference[i]!;
      // Half-covered pixels: a hard edge is off by at least 25 %, yellow to white on the ramp.
      if (ref >= 0.25 && ref <= 0.75) {
        edge.pixels++;
        if (data[i * 4]! > 200 && data[i * 4 + 1]! > 180) edge.bright++;
      } else if (ref === 0 || ref === 1) {
        flat.pixels++;
        if (brightness(data, i) === 0) flat.dark++;
      }
    }
    expect(edge.pixels, 'half-covered pixels').toBeGreaterThan(200);
    expect(edge.bright / edge.pixels, `${edge.bright} of ${edge.pixels} bright`).toBeGreaterThan(
      0.98,
    );
    expect(flat.dark / flat.pixels, `${flat.dark} of ${flat.pixels} dark`).toBeGreaterThan(0.99);
  });

  it('measures analytic + box below hardware + linear, as the bench does', async () => {
    await setState(viewer.page, {
      scene: 'shapes',
      warp: 'swirl',
      aa: { source: 'analytic', filter: 'box', referenceN: 16, fadeWidth: 1 },
      compare: { enabled: true, source: 'hardware', filter: 'linear' },
      debug: 'error',
    });
    const stats = await viewer.page.evaluate(() => window.sdf!.errorStats());
    expect(stats.reference).toBe('reference 16x16');
    expect(stats.method.method).toBe('analytic + box');
    expect(stats.compare?.method).toBe('hardware + linear');
    const [box, hardware] = [stats.method, stats.compare!];
    expect(box.mean, 'mean').toBeLessThan(hardware.mean);
    expect(box.p99, 'p99').toBeLessThan(hardware.p99);
    expect(box.mean, 'analytic + box mean').toBeLessThan(0.01);

    // The same numbers as the bench's measurement of those masks (src/features/quality/metrics.ts).
    await setState(viewer.page, { compare: { enabled: false }, debug: 'none' });
    const reference = await coverageOf(viewer.page, { source: 'reference', filter: 'step' });
    const own = edgeErrors(
      await coverageOf(viewer.page, { source: 'analytic', filter: 'box' }),
      reference,
    );
    expect({ ...box, method: undefined }).toEqual({ ...own, method: undefined });
  });

  it('shows the numbers in the Debug folder once the state settles', async () => {
    await setState(viewer.page, {
      aa: { source: 'analytic', filter: 'box', referenceN: 8 },
      output: 'color',
      compare: { enabled: false },
      debug: 'error',
    });
    const readout = await viewer.page.waitForSelector('.error-readout[data-state="done"]');
    const text = await readout!.evaluate((el) => el.textContent!);
    const stats = await viewer.page.evaluate(() => window.sdf!.errorStats());
    expect(text).toContain('vs reference 8x8');
    expect(text).toMatch(/analytic \+ box\n mean \d+\.\d+% {2}p99 \d+\.\d+% {2}max \d+\.\d+%/);
    expect(text).toContain(`mean ${(stats.method.mean * 100).toFixed(2)}%`);
    await setState(viewer.page, { debug: 'none' });
    expect(await readout!.evaluate((el) => (el as HTMLElement).dataset.state)).toBe('idle');
  });
});
