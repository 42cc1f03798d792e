import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sceneCatalog } from '../../src/catalog/scene-catalog';
import { diskSources } from '../../src/node/disk-sources';
import { REPO_ROOT } from '../tools/assemble-case';
import { openViewer, setState, type ViewerPage } from './viewer-page';

/**
 * Every scene's analytic gradient against central finite differences of its own field, at
 * seeded pixels of its default view (identity warp, so warp space is world space). As in
 * gradients.test.ts the whole view shifts by +-h world units, so every pixel's sample point
 * moves by exactly that much: C(h) = (f(p + h e) - f(p - h e)) / 2h. The catalogue is read
 * from disk, so a new scene file is covered without touching this test.
 */
const H = 1e-3;
/** |analytic - C(H)| <= TOL * max(1, |g|), as in gradients.test.ts. */
const TOL = 2e-3;
/**
 * Where the platform, not the gradient, limits the check. SwiftShader's sin is accurate to
 * about 2e-4 with an error that drifts smoothly (up to ~5e-3 per unit of its argument), so
 * differences of a value built on sin(3a + 2r^2) carry that drift, while the analytic
 * gradient matches a float64 evaluation to 1e-5 (measured at the failing pixels).
 */
const PLATFORM_TOL: Record<string, number> = { fan: 1e-2 };
/**
 * Points where finite differences say nothing are skipped, by two tests:
 * - the one-sided slopes (f(p + H e) - f(p)) / H and (f(p) - f(p - H e)) / H disagree by
 *   more than KINK * max(1, |g|): a kink (union switch, medial axis, the centre line of an
 *   unsigned stroke field, a level jump) within H. On smooth ground they differ by H f''.
 * - C(2H) and C(H) disagree by more than TOL * max(1, |g|) / 2: the field is not smooth to
 *   third order within 2H (a curvature jump where a segment's end cap meets its side, a
 *   smooth union's blend edge), so C(H) cannot be trusted to TOL either. On smooth ground
 *   they differ by H^2 f'''/2, however large f'' is.
 */
const KINK = 0.02;
const POINTS = 150;
const WIDTH = 160;
const HEIGHT = 120;

const scenes = [...sceneCatalog(diskSources(REPO_ROOT)).scenes.values()];

function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const seedOf = (name: string) =>
  [...name].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);

describe('every scene gradient matches central finite differences', () => {
  let viewer: ViewerPage;
  beforeAll(async () => {
    viewer = await openViewer({ query: { width: WIDTH, height: HEIGHT } });
  });
  afterAll(() => viewer.close());

  it.each(scenes.map((s) => [s.id, s] as const))('%s at 150 seeded pixels', async (_, scene) => {
    const view = scene.defaults.view ?? {};
    const center = view.center ?? [0, 0];
    await setState(viewer.page, {
      scene: scene.id,
      warp: 'identity',
      view: { center, zoom: view.zoom ?? 1, rotation: 0 },
      // The probe also reports coverage; the linear filter keeps that variant small.
      aa: { source: 'analytic', filter: 'linear' },
    });
    const random = seededRandom(seedOf(scene.id));
    const points = Array.from(
      { length: POINTS },
      () => [Math.floor(random() * WIDTH), Math.floor(random() * HEIGHT)] as [number, number],
    );
    const probeAt = async (dx: number, dy: number) => {
      await setState(viewer.page, { view: { center: [center[0] + dx, center[1] + dy] } });
      return viewer.page.evaluate((pts) => window.sdf!.probe('field', pts), points);
    };
    const base = await probeAt(0, 0);
    // Field values at p + step e for each axis e and step +-H, +-2H.
    const at: Record<string, number[][]> = {};
    for (const k of [1, -1, 2, -2]) {
      at[`x${k}`] = await probeAt(k * H, 0);
      at[`y${k}`] = await probeAt(0, k * H);
    }

    const tol = PLATFORM_TOL[scene.id] ?? TOL;
    let checked = 0;
    let worst = 0;
    const failures: string[] = [];
    points.forEach((pt, i) => {
      const f = base[i]![0]!;
      const g = [base[i]![1]!, base[i]![2]!] as const;
      const scale = Math.max(1, Math.hypot(g[0], g[1]));
      const along = (axis: 'x' | 'y') => {
        const [p, m, p2, m2] = [1, -1, 2, -2].map((k) => at[`${axis}${k}`]![i]![0]!) as [
          number,
          number,
          number,
          number,
        ];
        const central = (p - m) / (2 * H);
        const kink = Math.abs(p - 2 * f + m) / H > KINK * scale;
        const rough = Math.abs((p2 - m2) / (4 * H) - central) > (TOL * scale) / 2;
        return { central, skip: kink || rough };
      };
      const [sx, sy] = [along('x'), along('y')];
      if (sx.skip || sy.skip || !Number.isFinite(f)) return;
      checked++;
      const err = Math.max(Math.abs(g[0] - sx.central), Math.abs(g[1] - sy.central)) / scale;
      worst = Math.max(worst, err);
      if (err > tol)
        failures.push(
          `pixel ${pt}: analytic (${g.map((v) => v.toFixed(5))}) vs FD (${sx.central.toFixed(5)}, ${sy.central.toFixed(5)})`,
        );
    });
    console.log(
      `${scene.id}: ${checked} of ${POINTS} checked, worst error ${worst.toExponential(2)}`,
    );
    expect(failures, failures.slice(0, 5).join('\n')).toEqual([]);
    expect(checked, `${checked} of ${POINTS} points away from kinks`).toBeGreaterThanOrEqual(
      POINTS / 2,
    );
  });
});
