import { describe, expect, it } from 'vitest';
import { unpremultiply } from '../../src/features/export/straight-alpha';

describe('unpremultiply', () => {
  it('divides colour by alpha, rounding to nearest', () => {
    expect(Array.from(unpremultiply(new Uint8Array([64, 32, 0, 128, 255, 255, 255, 255])))).toEqual(
      [128, 64, 0, 128, 255, 255, 255, 255],
    );
  });

  it('writes fully transparent pixels as zeros and never exceeds 255', () => {
    expect(Array.from(unpremultiply(new Uint8Array([9, 9, 9, 0, 200, 0, 0, 100])))).toEqual([
      0, 0, 0, 0, 255, 0, 0, 100,
    ]);
  });
});
