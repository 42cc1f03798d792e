import { describe, expect, it } from 'vitest';
import { openViewer, readFloat, readRgba8, setState } from './viewer-page';

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const INK = [0.96, 0.62, 0.18]; // scenes/circle.glsl, sRGB
const BACKGROUND = [0.07, 0.08, 0.1];

describe('colour output', () => {
  it('encodes ink and background to sRGB exactly, and blends edges in linear light', async () => {
    const viewer = await openViewer();
    await setState(viewer.page, {
      scene: 'circle',
      background: [...BACKGROUND, 1],
      aa: { source: 'analytic', filter: 'linear', fadeWidth: 8 },
    });
    const colour = await readRgba8(viewer.page);
    const pixel = (col: number, row: number) =>
      Array.from(colour.data.subarray((row * 256 + col) * 4, (row * 256 + col) * 4 + 4));
    expect(pixel(128, 128)).toEqual([...INK.map((c) => Math.round(c * 255)), 255]);
    expect(pixel(2, 2)).toEqual([...BACKGROUND.map((c) => Math.round(c * 255)), 255]);

    await setState(viewer.page, { output: 'coverage' });
    const coverage = await readFloat(viewer.page);
    let compared = 0;
    for (let col = 128; col < 256; col++) {
      const alpha = coverage.data[(128 * 256 + col) * 4]!;
      if (alpha < 0.2 || alpha > 0.8) continue;
      const expected = INK.map((ink, k) =>
        Math.round(255 * toSrgb(alpha * toLinear(ink) + (1 - alpha) * toLinear(BACKGROUND[k]!))),
      );
      const got = pixel(col, 128).slice(0, 3);
      got.forEach((v, k) =>
        expect(
          Math.abs(v - expected[k]!),
          `column ${col} channel ${k} at coverage ${alpha}`,
        ).toBeLessThanOrEqual(1),
      );
      compared++;
    }
    expect(compared, 'edge pixels with partial coverage compared').toBeGreaterThanOrEqual(3);
    await viewer.close();
  });

  it('writes premultiplied colour on a transparent background', async () => {
    const viewer = await openViewer();
    await setState(viewer.page, { scene: 'circle', background: [0, 0, 0, 0] });
    const { data } = await readRgba8(viewer.page);
    expect(Array.from(data.subarray(0, 4)), 'corner is fully transparent').toEqual([0, 0, 0, 0]);
    let overAlpha = 0;
    for (let i = 0; i < data.length; i += 4)
      for (let k = 0; k < 3; k++) if (data[i + k]! > data[i + 3]!) overAlpha++;
    expect(overAlpha, 'colour channels above alpha (not premultiplied)').toBe(0);
    await viewer.close();
  });
});
