/**
 * Temporal error: how a method's coverage changes from frame to frame under slow motion,
 * against how the reference's changes. A method whose edges crawl or shimmer moves its
 * coverage where the reference moves it smoothly. Per pixel and frame pair:
 *   e = |(c[k+1] - c[k]) - (r[k+1] - r[k])|
 * over the pixels where either reference frame is strictly between 0 and 1 (or the method
 * jumps by more than 0.5), as metrics.ts picks edge pixels.
 * `flicker` is the energy of the method's changes over the reference's, sum dc^2 / sum dr^2.
 * Under a pan both move an edge across a pixel by the same total; a method that does it
 * in jumps (a hard edge pops 0 -> 1 in one frame) has more energy: 1 is as smooth as the
 * reference, 7 a hard edge panned 1/7 px per frame.
 */
import { quantile } from './metrics';

export interface TemporalErrors {
  readonly mean: number;
  readonly p99: number;
  readonly max: number;
  readonly flicker: number;
}

export function temporalErrors(
  method: readonly Float32Array[],
  reference: readonly Float32Array[],
): TemporalErrors {
  if (method.length !== reference.length || method.length < 2)
    throw new Error('need the same number of frames, at least two, of method and reference');
  const errors: number[] = [];
  let energy = 0;
  let referenceEnergy = 0;
  const partial = (c: number) => c > 0 && c < 1;
  for (let k = 0; k + 1 < method.length; k++) {
    const [m0, m1, r0, r1] = [method[k]!, method[k + 1]!, reference[k]!, reference[k + 1]!];
    for (let i = 0; i < r0.length; i++) {
      const dm = m1[i]! - m0[i]!;
      const dr = r1[i]! - r0[i]!;
      if (!partial(r0[i]!) && !partial(r1[i]!) && Math.abs(dm) <= 0.5) continue;
      errors.push(Math.abs(dm - dr));
      energy += dm * dm;
      referenceEnergy += dr * dr;
    }
  }
  if (errors.length === 0) return { mean: 0, p99: 0, max: 0, flicker: 1 };
  errors.sort((a, b) => a - b);
  return {
    mean: errors.reduce((s, e) => s + e, 0) / errors.length,
    p99: quantile(errors, 0.99),
    max: errors.at(-1)!,
    flicker: referenceEnergy > 0 ? energy / referenceEnergy : 1,
  };
}
