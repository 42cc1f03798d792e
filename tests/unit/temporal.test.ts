import { describe, expect, it } from 'vitest';
import { temporalErrors } from '../../src/features/quality/temporal';

const frames = (...rows: number[][]) => rows.map((r) => Float32Array.from(r));

describe('temporalErrors', () => {
  it('is 0 for a method that changes exactly as the reference does, whatever its offset', () => {
    const reference = frames([0, 0.2, 1], [0, 0.4, 1], [0, 0.6, 1]);
    const biased = frames([0, 0.3, 1], [0, 0.5, 1], [0, 0.7, 1]);
    const e = temporalErrors(biased, reference);
    // float32 frames: 0.5 - 0.3 and 0.4 - 0.2 differ in their last bits.
    expect(e.max).toBeLessThan(1e-6);
    expect(e.flicker).toBeCloseTo(1, 6);
  });

  it('counts a hard edge that jumps while the reference glides, and its flicker', () => {
    const reference = frames([0.2, 0], [0.4, 0], [0.6, 0]);
    const step = frames([0, 0], [0, 0], [1, 0]);
    const e = temporalErrors(step, reference);
    // Pairs on the edge pixel: |0 - 0.2| and |1 - 0.2|.
    expect(e.mean).toBeCloseTo(0.5, 6);
    expect(e.max).toBeCloseTo(0.8, 6);
    // Energy: 1^2 against 0.2^2 + 0.2^2.
    expect(e.flicker).toBeCloseTo(1 / 0.08, 5);
  });

  it('refuses frames that do not pair up', () => {
    expect(() => temporalErrors(frames([0]), frames([0]))).toThrow(/at least two/);
  });
});
