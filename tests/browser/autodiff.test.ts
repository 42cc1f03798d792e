import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverageOf } from '../../src/node/page-driver';
import { generateFunction } from '../../src/expr/codegen';
import { fieldExpressionContext } from '../../src/expr/generated-sources';
import { parseExpression, type Expr } from '../../src/expr/parse';
import { edgeErrors } from '../../src/features/quality/metrics';
import { pixelToWorld, viewTransform } from '../../src/model/view';
import { evaluate } from '../tools/expr-eval';
import { randomExpression, seededRandom } from '../tools/expr-fuzz';
import { openViewer, setState, type ViewerPage } from './viewer-page';

/**
 * Forward-mode autodiff on the GPU against finite differences in double precision on the
 * CPU, for 1000 seeded random expressions. Each batch packs BATCH expressions into one
 * test scene: expression k owns world x in [2k, 2k + 2), read as u = x - 2k - 1 in [-1, 1).
 */
const EXPRESSIONS = Number(process.env.FUZZ_EXPRESSIONS ?? 1000);
const BATCH = Number(process.env.FUZZ_BATCH ?? 50);
const WIDTH = BATCH * 8;
const HEIGHT = 8;
/** |gpu - reference| <= TOL * max(1, |reference|), for value, gradient and Hessian. */
const TOL = { value: 1e-3, gradient: 2e-3, hessian: 1e-2 };
const VIEW = { center: [BATCH, 0] as [number, number], zoom: 1, rotation: 0 };
/** World point of each pixel centre, computed here exactly as the shader's view does. */
const view = viewTransform(VIEW, WIDTH, HEIGHT);

function batchScene(functions: string[]): string {
  const calls = functions
    .map((_, k) => `  ${k ? 'else ' : ''}if (k == ${k}) fuzz${k}(lu, v, f);`)
    .join('\n');
  return [
    '/*{ "id": "fuzz", "name": "Autodiff fuzz batch" }*/',
    '#include "ad/ad.glsl"',
    '#define SCENE_AD',
    ...functions,
    'void fieldAD(AD u, AD v, out AD f) {',
    '  int k = int(floor(u.v * 0.5));',
    '  AD lu = AD(u.v - 2.0 * float(k) - 1.0, u.g, u.h);',
    '  f = ad_const(0.0);',
    calls,
    '}',
    'vec3 sdgScene(vec2 p) { AD f; fieldAD(ad_x(p), ad_y(p), f); return vec3(f.v, f.g); }',
    'vec3 sceneColor(vec2 u) { return vec3(1.0); }',
  ].join('\n');
}

/** Value, gradient and Hessian by central differences in double precision; null at kinks. */
function reference(e: Expr, x: number, y: number) {
  const f = (a: number, b: number) => evaluate(e, a, b);
  const v = f(x, y);
  if (!Number.isFinite(v) || Math.abs(v) > 1e4) return null;
  // Ill-conditioned in float32 (sin of a large argument built up through exp, say): the
  // GPU cannot match double precision there whatever its derivatives, so skip the point.
  const single = evaluate(e, Math.fround(x), Math.fround(y), {}, Math.fround);
  if (!(Math.abs(single - v) <= 0.1 * TOL.value * Math.max(1, Math.abs(v)))) return null;
  const h = 1e-4;
  for (const [dx, dy] of [
    [1, 0],
    [0, 1],
    [1, 1],
  ] as const) {
    // Near a kink or jump the second difference does not converge as h halves; where the
    // curvature itself jumps (clamp edges, C1 joins) the one-sided ones disagree.
    const at = (k: number) => f(x + k * h * dx, y + k * h * dy);
    const d1 = (at(1) - 2 * v + at(-1)) / (h * h);
    const d2 = (at(2) - 2 * v + at(-2)) / (4 * h * h);
    const ahead = (at(2) - 2 * at(1) + v) / (h * h);
    const behind = (v - 2 * at(-1) + at(-2)) / (h * h);
    const scale = 1e-3 * Math.max(1, Math.abs(d1));
    if (
      !Number.isFinite(d1) ||
      Math.abs(d1) > 1e4 ||
      Math.abs(d1 - d2) > scale ||
      Math.abs(ahead - behind) > 50 * scale
    )
      return null;
  }
  const g = 1e-5;
  const gradient = [(f(x + g, y) - f(x - g, y)) / (2 * g), (f(x, y + g) - f(x, y - g)) / (2 * g)];
  const hxx = (f(x + h, y) - 2 * v + f(x - h, y)) / (h * h);
  const hyy = (f(x, y + h) - 2 * v + f(x, y - h)) / (h * h);
  const hxy = (f(x + h, y + h) - f(x + h, y - h) - f(x - h, y + h) + f(x - h, y - h)) / (4 * h * h);
  return { value: v, gradient, hessian: [hxx, hxy, hyy] };
}

describe('autodiff against finite differences', () => {
  let viewer: ViewerPage;
  beforeAll(async () => {
    viewer = await openViewer({ query: { width: WIDTH, height: HEIGHT } });
  });
  afterAll(() => viewer.close());

  it(`${EXPRESSIONS} seeded random expressions: no NaN where finite, duals and jets match`, async () => {
    const random = seededRandom(20261127);
    const context = fieldExpressionContext([]);
    const pixels: [number, number][] = [];
    for (let y = 0; y < HEIGHT; y++) for (let x = 0; x < WIDTH; x++) pixels.push([x, y]);
    const failures: string[] = [];
    let checked = 0;
    let skipped = 0;
    let worst = { value: 0, gradient: 0, hessian: 0 };
    for (let start = 0; start < EXPRESSIONS; start += BATCH) {
      const texts = Array.from({ length: BATCH }, () => randomExpression(random));
      const trees = texts.map((t) => parseExpression(t, context)[0]!);
      const functions = trees.map((tree, k) => generateFunction(`fuzz${k}`, [tree]).glsl);
      await viewer.page.evaluate(
        (text) => window.sdf!.setSource('scenes/fuzz.glsl', text),
        batchScene(functions),
      );
      await setState(viewer.page, {
        scene: 'fuzz',
        warp: 'identity',
        view: VIEW,
        // No filter loop: the probe compiles the field once, not once per sub-sample.
        aa: { source: 'none', filter: 'step' },
      });
      const [field, hessian, error] = await viewer.page.evaluate(
        (pts) =>
          [
            window.sdf!.probe('field', pts),
            window.sdf!.probe('hessian', pts),
            window.sdf!.messages().error,
          ] as const,
        pixels,
      );
      expect(error, `batch at ${start} compiles`).toBeNull();
      pixels.forEach((_, i) => {
        const [wx, wy] = pixelToWorld(view, [pixels[i]![0] + 0.5, HEIGHT - pixels[i]![1] - 0.5]);
        const k = Math.floor(wx * 0.5);
        const u = wx - 2 * k - 1;
        const ref = reference(trees[k]!, u, wy);
        if (!ref) return void skipped++;
        const [f, gx, gy] = field[i]!;
        const [hxx, hxy, hyy] = hessian[i]!;
        const got = { value: [f!], gradient: [gx!, gy!], hessian: [hxx!, hxy!, hyy!] };
        const want = { value: [ref.value], gradient: ref.gradient, hessian: ref.hessian };
        for (const part of ['value', 'gradient', 'hessian'] as const) {
          const err = Math.max(
            ...got[part].map(
              (g, j) => Math.abs(g - want[part][j]!) / Math.max(1, Math.abs(want[part][j]!)),
            ),
          );
          if (!(err <= TOL[part]))
            failures.push(
              `${texts[k]} at (${u}, ${wy}): ${part} ${got[part].map((g) => g.toPrecision(6))} vs FD ${want[part].map((w) => w.toPrecision(6))}`,
            );
          else worst = { ...worst, [part]: Math.max(worst[part], err) };
        }
        checked++;
      });
    }
    console.info(
      `autodiff fuzz: ${checked} points of ${EXPRESSIONS} expressions checked, ${skipped} skipped; worst relative error ${JSON.stringify(worst)}`,
    );
    expect(failures, failures.slice(0, 8).join('\n')).toEqual([]);
    expect(
      checked,
      `${checked} points checked, ${skipped} skipped at kinks, overflow or ill-conditioned; worst relative error ${JSON.stringify(worst)}`,
    ).toBeGreaterThan(0.8 * EXPRESSIONS * 64);
  }, 600_000);
});

describe('second-order antialiasing', () => {
  it('beats first order on the twisted fan: lower p99 error at 256 x 256', async () => {
    const viewer = await openViewer({ query: { width: 256, height: 256 } });
    await setState(viewer.page, {
      scene: 'fan',
      warp: 'identity',
      view: { center: [0, 0], zoom: 0.55, rotation: 0 },
      sceneParams: { fan: { twist: 6, lobes: 7 } },
    });
    const ref = await coverageOf(viewer.page, { source: 'reference', referenceN: 16 });
    const errors = async (source: string) =>
      edgeErrors(await coverageOf(viewer.page, { source, filter: 'box', fadeWidth: 1 }), ref);
    const first = await errors('analytic');
    const second = await errors('second-order');
    const pct = (e: { p99: number }) => `${(e.p99 * 100).toFixed(2)} %`;
    expect(
      second.p99,
      `p99 error: second-order ${pct(second)}, analytic ${pct(first)}`,
    ).toBeLessThan(first.p99);
    await viewer.close();
  });
});
