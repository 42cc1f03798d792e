import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openViewer, setState, type ViewerPage } from './viewer-page';
import { PRIMITIVES, probeScene } from './primitive-cases';

/**
 * Hand-derived gradients against central finite differences of the same shader, at random
 * pixels. The whole view is shifted by +-H world units, so every pixel's sample point moves
 * by exactly that much: FD = (f(p + H e) - f(p - H e)) / 2H.
 */
const H = 1e-3;
/** |analytic - FD| <= TOL * max(1, |g|). Float32 rounding of f ~ 1 over 2H gives ~1e-4. */
const TOL = 2e-3;
const POINTS = 240;

function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** A seed from the whole name, so entries whose names have equal lengths differ. */
const seedOf = (name: string) =>
  [...name].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);

describe('hand-derived gradients match central finite differences', () => {
  let viewer: ViewerPage;
  beforeAll(async () => {
    viewer = await openViewer({ query: { width: 200, height: 200 } });
  });
  afterAll(() => viewer.close());

  it.each(Object.keys(PRIMITIVES))('%s at 240 random pixels', async (name) => {
    const id = `probe-${name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/-$/, '')}`;
    await viewer.page.evaluate(
      (path, text) => window.sdf!.setSource(path, text),
      `scenes/${id}.glsl`,
      probeScene(id, PRIMITIVES[name]!),
    );
    await setState(viewer.page, { scene: id, view: { center: [0, 0], zoom: 1, rotation: 0 } });
    const random = seededRandom(seedOf(name));
    const points = Array.from(
      { length: POINTS },
      () => [Math.floor(random() * 200), Math.floor(random() * 200)] as [number, number],
    );
    const probeAt = async (center: [number, number]) => {
      await setState(viewer.page, { view: { center } });
      return viewer.page.evaluate((pts) => window.sdf!.probe('field', pts), points);
    };
    const base = await probeAt([0, 0]);
    const [xp, xm, yp, ym] = [
      await probeAt([H, 0]),
      await probeAt([-H, 0]),
      await probeAt([0, H]),
      await probeAt([0, -H]),
    ];

    let checked = 0;
    const failures: string[] = [];
    points.forEach((pt, i) => {
      const slope = (plus: number[][], minus: number[][], centre: number) => ({
        central: (plus[i]![0]! - minus[i]![0]!) / (2 * H),
        // One-sided slopes disagree only within H of a kink (medial axis, segment ends).
        kink: Math.abs(plus[i]![0]! - 2 * centre + minus[i]![0]!) / H > TOL * 10,
      });
      const f = base[i]![0]!;
      const sx = slope(xp, xm, f);
      const sy = slope(yp, ym, f);
      if (sx.kink || sy.kink) return;
      checked++;
      const g = [base[i]![1]!, base[i]![2]!];
      const scale = Math.max(1, Math.hypot(g[0]!, g[1]!));
      const err = Math.max(Math.abs(g[0]! - sx.central), Math.abs(g[1]! - sy.central)) / scale;
      if (err > TOL)
        failures.push(
          `pixel ${pt}: analytic (${g.map((v) => v.toFixed(5))}) vs FD (${sx.central.toFixed(5)}, ${sy.central.toFixed(5)})`,
        );
    });
    expect(failures, failures.slice(0, 5).join('\n')).toEqual([]);
    expect(checked, `${checked} of ${POINTS} points away from kinks`).toBeGreaterThanOrEqual(200);
  });
});
