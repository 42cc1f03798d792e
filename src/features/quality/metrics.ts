/**
 * Quality numbers for coverage images: one float per pixel, 0 = outside, 1 = inside,
 * rows top to bottom. Errors are fractions (0.01 = 1 % of full coverage).
 *
 * Edge pixels: those where the reference is strictly between 0 and 1 (the pixel square
 * meets the edge), plus those where method and reference differ by more than 0.5 (a
 * method that puts an edge where there is none). Interior pixels that every method gets
 * right would only dilute the mean, so they are left out.
 */
export interface EdgeErrors {
  readonly edgePixels: number;
  readonly mean: number;
  readonly p99: number;
  readonly max: number;
}

export function edgeErrors(method: Float32Array, reference: Float32Array): EdgeErrors {
  if (method.length !== reference.length) throw new Error('images differ in size');
  const errors: number[] = [];
  for (let i = 0; i < reference.length; i++) {
    const ref = reference[i]!;
    const err = Math.abs(method[i]! - ref);
    if ((ref > 0 && ref < 1) || err > 0.5) errors.push(err);
  }
  if (errors.length === 0) return { edgePixels: 0, mean: 0, p99: 0, max: 0 };
  errors.sort((a, b) => a - b);
  const mean = errors.reduce((s, e) => s + e, 0) / errors.length;
  return { edgePixels: errors.length, mean, p99: quantile(errors, 0.99), max: errors.at(-1)! };
}

/** Linear-interpolated quantile of sorted values, q in [0, 1]. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * Edge length in pixels, as the total variation of the coverage image: the sum over
 * pixels of |grad c| from forward differences. For a box-filtered straight edge it is its
 * length; it needs no knowledge of the scene.
 */
export function edgeLength(image: Float32Array, width: number, height: number): number {
  let total = 0;
  for (let y = 0; y < height - 1; y++)
    for (let x = 0; x < width - 1; x++) {
      const c = image[y * width + x]!;
      total += Math.hypot(image[y * width + x + 1]! - c, image[(y + 1) * width + x]! - c);
    }
  return total;
}

/**
 * The measured 10-90 % transition width in pixels: the area where coverage is between 0.1
 * and 0.9, divided by the edge length (taken from the reference, so a blurred method does
 * not shorten its own yardstick). A linear ramp of width w measures 0.8 w.
 */
export function transitionWidth(
  image: Float32Array,
  reference: Float32Array,
  width: number,
  height: number,
): number {
  let band = 0;
  for (const c of image) if (c >= 0.1 && c <= 0.9) band++;
  const length = edgeLength(reference, width, height);
  return length > 0 ? band / length : 0;
}

/** The red channel of RGBA pixels, as floats in [0, 1]. */
export function coverageChannel(rgba: Float32Array | Uint8Array): Float32Array {
  const out = new Float32Array(rgba.length / 4);
  const scale = rgba instanceof Uint8Array ? 1 / 255 : 1;
  for (let i = 0; i < out.length; i++) out[i] = rgba[i * 4]! * scale;
  return out;
}
