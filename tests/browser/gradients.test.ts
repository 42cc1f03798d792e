import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openViewer, setState, type ViewerPage } from './viewer-page';

/**
 * Hand-derived gradients against central finite differences of the same shader, at random
 * pixels. The whole view is shifted by +-H world units, so every pixel's sample point moves
 * by exactly that much: FD = (f(p + H e) - f(p - H e)) / 2H.
 */
const H = 1e-3;
/** |analytic - FD| <= TOL * max(1, |g|). Float32 rounding of f ~ 1 over 2H gives ~1e-4. */
const TOL = 2e-3;
const POINTS = 240;

/** Every chunk a probe may call; include-once makes the unused ones free. */
const SDF_FILES = (
  'circle box segment roundbox triangle isosceles equilateral pentagon hexagon star arc pie ' +
  'ellipse vesica moon heart cross trapezoid parabola quad rhombus'
).split(' ');
const OP_FILES = 'union intersection subtraction smoothunion round onion repeat'.split(' ');

/** A scene whose field is one primitive, added through the source override path. */
const probeScene = (id: string, call: string) =>
  [
    `/*{ "id": "${id}", "name": "${id}" }*/`,
    ...SDF_FILES.map((name) => `#include "sdf/${name}.glsl"`),
    ...OP_FILES.map((name) => `#include "ops/${name}.glsl"`),
    `vec3 sdgScene(vec2 u) { return ${call}; }`,
    'vec3 sceneColor(vec2 u) { return vec3(1.0); }',
  ].join('\n');

/**
 * Each field placed to cover a good part of the 200 x 200 view (world [-1, 1]^2), so the
 * random pixels fall inside and outside.
 */
const PRIMITIVES: Record<string, string> = {
  circle: 'sdgCircle(u - vec2(0.1, -0.2), 0.55)',
  box: 'sdgBox(u - vec2(-0.1, 0.05), vec2(0.6, 0.35))',
  segment: 'sdgSegment(u, vec2(-0.5, -0.4), vec2(0.6, 0.3), 0.15)',
  roundbox: 'sdgRoundBox(u - vec2(0.05, -0.1), vec2(0.65, 0.45), 0.18)',
  triangle: 'sdgTriangle(u, vec2(-0.7, -0.55), vec2(0.7, -0.35), vec2(-0.1, 0.75))',
  'triangle (clockwise)': 'sdgTriangle(u, vec2(-0.6, 0.6), vec2(0.75, 0.2), vec2(-0.2, -0.7))',
  isosceles: 'sdgIsoscelesTriangle(u - vec2(0.0, 0.65), vec2(0.6, -1.3))',
  'isosceles (pointing down)': 'sdgIsoscelesTriangle(u - vec2(0.05, -0.7), vec2(0.5, 1.3))',
  equilateral: 'sdgEquilateralTriangle(u - vec2(0.05, -0.1), 0.75)',
  pentagon: 'sdgPentagon(u - vec2(-0.05, 0.05), 0.55)',
  hexagon: 'sdgHexagon(u - vec2(0.05, 0.0), 0.55)',
  star: 'sdgStar(u - vec2(0.02, 0.05), 0.9, 0.45)',
  arc: 'sdgArc(u - vec2(0.0, -0.1), vec2(sin(2.2), cos(2.2)), 0.6, 0.18)',
  pie: 'sdgPie(u - vec2(0.0, -0.25), vec2(sin(1.0), cos(1.0)), 0.85)',
  ellipse: 'sdgEllipse(u - vec2(0.05, -0.05), vec2(0.75, 0.4))',
  'ellipse (tall)': 'sdgEllipse(u - vec2(-0.05, 0.0), vec2(0.3, 0.8))',
  'ellipse (thin)': 'sdgEllipse(u - vec2(0.0, 0.1), vec2(0.9, 0.12))',
  'ellipse (nearly round)': 'sdgEllipse(u - vec2(0.05, 0.0), vec2(0.6, 0.57))',
  'ellipse (round)': 'sdgEllipse(u - vec2(0.05, 0.0), vec2(0.6, 0.6))',
  vesica: 'sdgVesica(u - vec2(0.0, 0.05), 0.8, 0.45)',
  moon: 'sdgMoon(u - vec2(-0.1, 0.0), 0.35, 0.7, 0.55)',
  heart: 'sdgHeart(u - vec2(0.0, -0.6), 1.05)',
  cross: 'sdgCross(u - vec2(0.05, 0.0), vec2(0.75, 0.25), 0.05)',
  trapezoid: 'sdgTrapezoid(u, 0.7, 0.35, 0.45)',
  parabola: 'sdgParabola(u - vec2(0.0, -0.5), 1.5)',
  'quad (concave)':
    'sdgQuad(u, vec2(-0.7, -0.6), vec2(0.7, -0.5), vec2(0.1, -0.05), vec2(-0.2, 0.75))',
  'quad (convex)':
    'sdgQuad(u, vec2(-0.6, -0.5), vec2(0.65, -0.6), vec2(0.5, 0.55), vec2(-0.45, 0.7))',
  rhombus: 'sdgRhombus(u, vec2(0.75, 0.5))',
  opIntersection:
    'opIntersection(sdgCircle(u - vec2(-0.2, 0.0), 0.7), sdgCircle(u - vec2(0.3, 0.05), 0.6))',
  opSubtraction: 'opSubtraction(sdgBox(u, vec2(0.65, 0.45)), sdgCircle(u - vec2(0.4, 0.3), 0.4))',
  opSmoothUnion:
    'opSmoothUnion(sdgCircle(u - vec2(-0.4, 0.0), 0.4), sdgCircle(u - vec2(0.35, 0.1), 0.35), 0.3)',
  opRound: 'opRound(sdgBox(u, vec2(0.45, 0.25)), 0.2)',
  opOnion: 'opOnion(sdgCircle(u - vec2(0.05, 0.0), 0.55), 0.15)',
  opRepeat: 'sdgCircle(opRepeat(u - vec2(0.1, 0.05), vec2(0.5, 0.6)), 0.17)',
};

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
