import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParamValue } from '../../src/shader/params';
import { diskSources } from '../../src/node/disk-sources';
import { warpCatalog, type WarpInfo } from '../../src/catalog/warp-catalog';
import { REPO_ROOT } from '../tools/assemble-case';
import { openViewer, readFloat, setState, type ViewerPage } from './viewer-page';

/**
 * Every warp's hand-derived Jacobian against central finite differences of its own u, at
 * random pixels. The whole view is shifted by +-H world units, so every pixel's world point
 * moves by exactly that much: FD = (u(p + H e) - u(p - H e)) / 2H. The warp files are read
 * from disk, so a new file in shaders/warp/ is tested without editing this one.
 */
const SIZE = 200;
const H = 1e-3;
/**
 * |analytic - FD| <= TOL * max(1, max |J_ij|), entry by entry. Float32 rounding of u ~ 1
 * over 2H gives ~5e-5 and the H^2 u''' / 6 truncation stays below 1e-4 away from the poles,
 * but SwiftShader's sin, cos and exp are approximations (sin is off by ~5e-5 near 0 and
 * ~2e-4 at 12 rad): the slope of that error, times A k, reaches ~3e-3 in the FD of the sine
 * and swirl warps. A wrong Jacobian (a missing term, a sign, a factor 2) is off by > 1e-1.
 */
const TOL = 5e-3;
const POINTS = 240;
const MIN_CHECKED = 200;

const { warps, rejected } = warpCatalog(diskSources(REPO_ROOT));

/** One non-default setting per warp with a strength-like parameter: harder bends, folds. */
const STRONGER: Record<string, Record<string, ParamValue>> = {
  polar: { angularScale: 3, radiusOffset: -0.2, center: [-0.3, 0.0153] },
  affine: { scale: [0.4, 2.5], rotation: -2, shear: -1.2 },
  'log-polar': { scale: 2, center: [0.2, -0.1045] },
  swirl: { strength: -7, radius: 0.4 },
  sine: { amplitude: 0.1, frequency: 12, phase: 1 },
  fisheye: { strength: -0.5 },
  inversion: { radius: 1.6, center: [0.3, 0.2] },
  moebius: { a: [-0.6, 0.5], theta: 2 },
  kaleidoscope: { segments: 3.4, angle: -1, center: [-0.2, 0.1047] },
};

/** A pixel of the 200x200 page and its world point (pixel centre, zoom 1, y up). */
const SINGULAR_PIXEL: [number, number] = [160, 70];
const SINGULAR_WORLD: [number, number] = [
  (SINGULAR_PIXEL[0] + 0.5 - SIZE / 2) / (SIZE / 2),
  (SIZE / 2 - SINGULAR_PIXEL[1] - 0.5) / (SIZE / 2),
];

/**
 * Parameters that put a warp's singular point on SINGULAR_PIXEL. By default every point2D
 * parameter (the centres) goes there; the Moebius pole sits at a / |a|^2 instead.
 */
const SINGULAR: Record<string, (z: [number, number]) => Record<string, ParamValue>> = {
  moebius: ([x, y]) => ({ a: [x / (x * x + y * y), y / (x * x + y * y)] }),
};

function singularValues(warp: WarpInfo): Record<string, ParamValue> {
  const values: Record<string, ParamValue> = {};
  for (const p of warp.params) if (p.type === 'point2D') values[p.name] = SINGULAR_WORLD;
  return { ...values, ...SINGULAR[warp.id]?.(SINGULAR_WORLD) };
}

/** Every parameter of `warp`: the defaults with `overrides` on top (the state merges). */
function fullValues(warp: WarpInfo, overrides: Record<string, ParamValue> = {}) {
  return Object.fromEntries(warp.params.map((p) => [p.name, overrides[p.name] ?? p.default]));
}

interface Case {
  label: string;
  warp: WarpInfo;
  values: Record<string, ParamValue>;
}

const CASES: Case[] = [...warps.values()].flatMap((warp) => {
  const cases = [{ label: `${warp.id} (defaults)`, warp, values: fullValues(warp) }];
  const stronger = STRONGER[warp.id];
  if (stronger)
    cases.push({
      label: `${warp.id} ${JSON.stringify(stronger)}`,
      warp,
      values: fullValues(warp, stronger),
    });
  return cases;
});

function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('warp catalogue', () => {
  it('reads every file in shaders/warp/ without a rejected header', () => {
    expect(rejected.map((e) => e.message)).toEqual([]);
    expect(warps.size, 'identity, polar and the catalogue').toBeGreaterThanOrEqual(10);
  });
});

describe('hand-derived warp Jacobians', () => {
  let viewer: ViewerPage;
  beforeAll(async () => {
    viewer = await openViewer({ query: { width: SIZE, height: SIZE } });
  });
  afterAll(() => viewer.close());

  const useWarp = (c: { warp: WarpInfo; values: Record<string, ParamValue> }, scene = 'circle') =>
    setState(viewer.page, {
      scene,
      warp: c.warp.id,
      warpParams: { [c.warp.id]: c.values },
      view: { center: [0, 0], zoom: 1, rotation: 0 },
      output: 'color',
    });

  /** Probe values at `points`; fails if the variant did not compile. */
  const probe = async (kind: 'warp' | 'jacobian', points: [number, number][]) => {
    const { values, error } = await viewer.page.evaluate(
      (k, pts) => ({
        values: window.sdf!.probe(k, pts),
        error: window.sdf!.messages().error,
      }),
      kind,
      points,
    );
    expect(error, 'the warp compiles').toBeNull();
    return values;
  };

  it.each(CASES)(
    '$label: hand J = autodiff J = central differences at 240 random pixels',
    async (c) => {
      await useWarp(c);
      const random = seededRandom(c.label.length * 7919 + 17);
      const points = Array.from(
        { length: POINTS },
        () => [Math.floor(random() * SIZE), Math.floor(random() * SIZE)] as [number, number],
      );
      const warpAt = async (center: [number, number]) => {
        await setState(viewer.page, { view: { center } });
        return probe('warp', points);
      };
      const [xp, xm, yp, ym, base] = [
        await warpAt([H, 0]),
        await warpAt([-H, 0]),
        await warpAt([0, H]),
        await warpAt([0, -H]),
        await warpAt([0, 0]),
      ];
      const jacobian = await probe('jacobian', points);
      // The same Jacobian from dual numbers of the warp's header expression.
      await setState(viewer.page, { aa: { source: 'autodiff' } });
      const autodiff = await probe('jacobian', points);
      await setState(viewer.page, { aa: { source: 'analytic' } });

      let checked = 0;
      let worst = 0;
      const failures: string[] = [];
      points.forEach((pt, i) => {
        // Row-major: du/dx, du/dy, dv/dx, dv/dy.
        const J = jacobian[i]!;
        const scale = Math.max(1, ...J.map(Math.abs));
        const column = (plus: number[][], minus: number[][]) =>
          [0, 1].map((r) => ({
            central: (plus[i]![r]! - minus[i]![r]!) / (2 * H),
            // One-sided slopes disagree only within H of a jump or a kink (the atan2 cut,
            // sector seams) or where the warp bends at the scale of H (near poles).
            kink: Math.abs(plus[i]![r]! - 2 * base[i]![r]! + minus[i]![r]!) / H > TOL * 10 * scale,
          }));
        const dx = column(xp, xm);
        const dy = column(yp, ym);
        if ([...dx, ...dy].some((d) => d.kink)) return;
        checked++;
        const fd = [dx[0]!.central, dy[0]!.central, dx[1]!.central, dy[1]!.central];
        const A = autodiff[i]!;
        const err = Math.max(...J.map((v, k) => Math.abs(v - fd[k]!))) / scale;
        const errAd = Math.max(...A.map((v, k) => Math.abs(v - fd[k]!))) / scale;
        worst = Math.max(worst, err, errAd);
        if (err > TOL || errAd > TOL)
          failures.push(
            `pixel ${pt}: analytic (${J.map((v) => v.toFixed(5))}), autodiff (${A.map((v) => v.toFixed(5))}) vs FD (${fd.map((v) => v.toFixed(5))})`,
          );
      });
      expect(failures, failures.slice(0, 5).join('\n')).toEqual([]);
      expect(
        checked,
        `${checked} of ${POINTS} points away from seams (worst error ${worst.toExponential(2)})`,
      ).toBeGreaterThanOrEqual(MIN_CHECKED);
    },
  );

  it.each([...warps.values()])(
    '$id: finite u, det J and J with the singular point on a pixel centre, and no NaN in colour',
    async (warp) => {
      await useWarp({ warp, values: fullValues(warp, singularValues(warp)) });
      const all = Array.from({ length: SIZE * SIZE }, (_, i) => [i % SIZE, Math.floor(i / SIZE)]);
      for (const kind of ['warp', 'jacobian'] as const) {
        const values = await probe(kind, all as [number, number][]);
        const bad = values.flatMap((v, i) =>
          v.every(Number.isFinite) ? [] : [`pixel ${all[i]}: ${v.join(', ')}`],
        );
        expect(bad, `${kind} probe: ${bad.slice(0, 5).join('; ')}`).toEqual([]);
        const at = values[SINGULAR_PIXEL[1] * SIZE + SINGULAR_PIXEL[0]]!;
        expect(at.every(Number.isFinite), `${kind} at the singular pixel: ${at}`).toBe(true);
      }
      for (const values of [singularValues(warp), {}]) {
        await useWarp({ warp, values: fullValues(warp, values) }, 'shapes');
        const { data } = await readFloat(viewer.page);
        const firstBad = data.findIndex((v) => !Number.isFinite(v));
        expect(
          firstBad,
          `colour pixel ${Math.floor(firstBad / 4) % SIZE}, ${Math.floor(firstBad / 4 / SIZE)} is ${data[firstBad]}`,
        ).toBe(-1);
        expect(await viewer.page.evaluate(() => window.sdf!.messages().error)).toBeNull();
      }
    },
  );
});
