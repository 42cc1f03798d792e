import type { ParamValue } from '../../shader/params';
import { methodLabel } from '../../model/compare';
import type { AaFilter, AaSource } from '../../model/state';

/** A scene drawn through a warp: one block of rows in the bench table. */
export interface BenchCase {
  readonly scene: string;
  readonly warp: string;
  readonly warpParams?: Readonly<Record<string, ParamValue>>;
  readonly sceneParams?: Readonly<Record<string, ParamValue>>;
  /** View zoom (default 1). */
  readonly zoom?: number;
}

/** An AA method: derivative source x coverage filter (or N x N supersampling). */
export interface BenchMethod {
  readonly source: AaSource;
  readonly filter: AaFilter;
  /** For `reference` only. */
  readonly referenceN?: number;
}

export const BENCH_CASES: readonly BenchCase[] = [
  // 8.6 lattice columns around the circle: the cut runs 0.01 outside a column of discs on
  // one side and between discs on the other, so the field jumps there. The centre sits off
  // the pixel grid so the cut crosses 2x2 quads at every size.
  {
    scene: 'dots',
    warp: 'polar',
    warpParams: { angularScale: 1.075, radiusOffset: 0.55, center: [0, 0.0043] },
  },
  { scene: 'checker', warp: 'log-polar' },
  { scene: 'shapes', warp: 'swirl' },
  // An implicit field whose edge bends within a few pixels (7 lobes, twist 6): where first
  // order is visibly off and the Hessian pays for itself. Its field is a formula, so the
  // second-order source applies.
  { scene: 'fan', warp: 'identity', sceneParams: { lobes: 7, twist: 6 }, zoom: 0.55 },
  // The strongest swirl: about its radius the shear is 2 strength / e = 8.8, so cells of
  // 0.025 (3.2 px at 512x512, 6.8 px at 1920x1080, zoom 0.5) are squeezed to 0.36 px and
  // 0.77 px across: a grid below a pixel, where only the average coverage is right.
  {
    scene: 'checker',
    warp: 'swirl',
    warpParams: { strength: 12, radius: 0.75 },
    sceneParams: { cell: 0.025 },
    zoom: 0.5,
  },
];

export const BENCH_METHODS: readonly BenchMethod[] = [
  { source: 'none', filter: 'step' },
  { source: 'naive', filter: 'linear' },
  { source: 'hardware', filter: 'linear' },
  { source: 'hardware', filter: 'box' },
  { source: 'analytic', filter: 'linear' },
  { source: 'analytic', filter: 'smoothstep' },
  { source: 'analytic', filter: 'box' },
  { source: 'analytic', filter: 'adaptive' },
  { source: 'autodiff', filter: 'box' },
  { source: 'second-order', filter: 'box' },
  { source: 'finite-difference', filter: 'box' },
  { source: 'reference', filter: 'step', referenceN: 4 },
  { source: 'reference', filter: 'step', referenceN: 8 },
];

/** The state a case is measured in: its scene, warp and parameters, coverage output. */
export function casePatch(benchCase: BenchCase, fade: number): Record<string, unknown> {
  const { scene, warp, warpParams, sceneParams, zoom = 1 } = benchCase;
  return {
    scene,
    warp,
    warpParams: warpParams ? { [warp]: warpParams } : undefined,
    sceneParams: sceneParams ? { [scene]: sceneParams } : undefined,
    output: 'coverage',
    // Frozen at t = 0: a parameter tied to time holds the value the case sets.
    time: 0,
    view: { center: [0, 0], zoom, rotation: 0 },
    aa: { fadeWidth: fade },
  };
}

/**
 * Errors are measured against this many samples per side. Its own floor: an edge crossing
 * a pixel meets about N strata, each off by up to 1 / N^2, so the reference's error has a
 * standard deviation near sqrt(N / 4) / N^2 = 0.10 % and a mean near 0.08 % (0.5 % at 16).
 */
export const REFERENCE_N = 64;
/** That floor, as a fraction: the mean error of an N x N jittered reference (above). */
export const REFERENCE_FLOOR_MEAN = (0.8 * Math.sqrt(REFERENCE_N / 4)) / REFERENCE_N ** 2;

/** The method as every label names it (src/model/compare.ts): `analytic + box`, `reference 8x8`. */
export function benchMethodLabel(m: BenchMethod): string {
  return methodLabel(m.source, m.filter, m.referenceN ?? REFERENCE_N);
}

/** A row's `source` field: the source, or `supersample-N` for N x N supersampling. */
export function rowSource(m: BenchMethod): string {
  return m.source === 'reference' ? `supersample-${m.referenceN}` : m.source;
}

/** The method a row was measured with (the inverse of rowSource). */
export function rowMethod(row: Pick<BenchRow, 'source' | 'filter'>): BenchMethod {
  const n = /^supersample-(\d+)$/.exec(row.source);
  return n
    ? { source: 'reference', filter: row.filter as AaFilter, referenceN: Number(n[1]) }
    : { source: row.source as AaSource, filter: row.filter as AaFilter };
}

/** One row of `npm run bench --json`; times in ms, errors as fractions 0-1. */
export interface BenchRow {
  scene: string;
  warp: string;
  source: string;
  filter: string;
  fade: number;
  width: number;
  height: number;
  msPerFrame: number;
  msP10: number;
  msP90: number;
  ratioToNone: number;
  meanErr: number;
  p99Err: number;
  maxErr: number;
}
