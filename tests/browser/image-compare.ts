/** Strict comparison of rendered images with committed ones (baselines, docs figures). */

/**
 * A channel may differ by this much (of 255) without counting. Reruns on SwiftShader are
 * bit-identical; the slack absorbs last-bit rounding of another Chromium build.
 */
export const CHANNEL_TOLERANCE = 2;
/** Share of pixels allowed past the tolerance: a few pixels of a 128 x 96 image, no more. */
export const MAX_EXCEEDING_FRACTION = 0.001;

export interface Difference {
  /** Pixels with some channel off by more than the tolerance. */
  readonly exceeding: number;
  /** Pixels that differ at all. */
  readonly differing: number;
  /** Largest channel difference, of 255. */
  readonly max: number;
  /** Differing pixels highlighted: red past the tolerance, yellow within it. */
  readonly image: Uint8Array;
}

/** Per-pixel comparison of two equally sized RGBA8 images, and a picture of it. */
export function compareImages(actual: Uint8Array, expected: Uint8Array): Difference {
  const image = new Uint8Array(actual.length);
  let exceeding = 0;
  let differing = 0;
  let max = 0;
  for (let i = 0; i < actual.length; i += 4) {
    let worst = 0;
    for (let c = 0; c < 4; c++)
      worst = Math.max(worst, Math.abs(actual[i + c]! - expected[i + c]!));
    max = Math.max(max, worst);
    if (worst > CHANNEL_TOLERANCE) exceeding++;
    if (worst > 0) differing++;
    if (worst > CHANNEL_TOLERANCE) image.set([255, 0, 0, 255], i);
    else if (worst > 0) image.set([255, 200, 0, 255], i);
    else {
      // Matching pixels as a faint grey copy of the expected image, for orientation.
      const luma = expected[i]! * 0.3 + expected[i + 1]! * 0.59 + expected[i + 2]! * 0.11;
      image.fill(160 + 0.37 * luma, i, i + 3);
      image[i + 3] = 255;
    }
  }
  return { exceeding, differing, max, image };
}
