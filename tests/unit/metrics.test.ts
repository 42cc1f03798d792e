import { describe, expect, it } from 'vitest';
import {
  edgeErrors,
  edgeLength,
  quantile,
  transitionWidth,
} from '../../src/features/quality/metrics';

/** Coverage of a vertical edge at x = edge, box-filtered over 1-px pixels, or ramped. */
function verticalEdge(width: number, height: number, edge: number, ramp = 1): Float32Array {
  const image = new Float32Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      image[y * width + x] = Math.min(1, Math.max(0, 0.5 - (x + 0.5 - edge) / ramp));
  return image;
}

describe('edgeErrors', () => {
  it('is zero for identical images', () => {
    const ref = verticalEdge(16, 8, 7.3);
    expect(edgeErrors(ref, ref)).toEqual({ edgePixels: 8, mean: 0, p99: 0, max: 0 });
  });

  it('counts pixels where the reference is partial and where the method is badly off', () => {
    const ref = verticalEdge(16, 8, 7.3);
    const method = ref.slice();
    method[0] = 0.75; // interior, error 0.25: not an edge pixel
    method[1] = 0; // interior, error 1: an edge pixel
    method[7] = ref[7]! + 0.1; // on the edge
    const e = edgeErrors(method, ref);
    expect(e.edgePixels).toBe(9);
    expect(e.max).toBeCloseTo(1, 6);
    expect(e.mean).toBeCloseTo((1 + 0.1) / 9, 6);
  });

  it('takes the 99th percentile with linear interpolation', () => {
    const values = Array.from({ length: 101 }, (_, i) => i / 100);
    expect(quantile(values, 0.99)).toBeCloseTo(0.99, 12);
    expect(quantile([0, 1], 0.5)).toBe(0.5);
  });
});

describe('edge length and transition width', () => {
  it('measures the length of a straight edge', () => {
    expect(edgeLength(verticalEdge(32, 20, 10.4), 32, 20)).toBeCloseTo(19, 6); // height - 1 rows differenced
  });

  it('measures 0.8 w for a linear ramp of width w', () => {
    const ref = verticalEdge(64, 64, 31.2);
    for (const w of [2, 4, 8]) {
      const ramp = verticalEdge(64, 64, 31.2, w);
      expect(transitionWidth(ramp, ref, 64, 64) * (63 / 64)).toBeCloseTo(0.8 * w, 0);
    }
  });
});
