import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PixelInspection } from '../../src/features/inspect/inspect-pixel';
import { DEFAULT_STATE } from '../../src/model/state';
import { openViewer, readRgba8, setState, type ViewerPage } from './viewer-page';

/**
 * The pixel inspector (src/features/inspect/, src/ui/inspector.ts) and the debug-view legend
 * (src/ui/debug-legend.ts), on one page: the inspector's numbers against the probes and
 * finite differences, the mouse and keyboard as a user drives them, and every legend swatch
 * against the pixel colour its debug view draws.
 */
const SIZE = 256;
/** World units per device pixel at zoom 1. */
const STEP = 2 / SIZE;
const FRESH_VIEW = { center: [0, 0], zoom: 1, rotation: 0 };

/**
 * Pixels at radii 0.2 to 1.3 around the centre, away from the atan2 cut (x < 0, y = 0).
 * Central differences over +-1 px (h = 1/128) are off by about (h / r)^2 / 3 in the angle:
 * 1e-3 at r = 0.14, so nothing much closer to the centre.
 */
const PIXELS: [number, number][] = [
  [152, 118],
  [150, 100],
  [175, 170],
  [200, 60],
  [30, 40],
  [60, 220],
  [245, 240],
  [250, 10],
];

describe('pixel inspector and debug legend', () => {
  let viewer: ViewerPage;
  beforeAll(async () => {
    viewer = await openViewer({ query: { width: SIZE, height: SIZE } });
    // Wide enough that the box fits beside the canvas, left of the panel.
    await viewer.page.setViewport({ width: 1280, height: 800 });
  });
  afterAll(() => viewer.close());

  const inspect = (px: [number, number]): Promise<PixelInspection> =>
    viewer.page.evaluate((x, y) => window.sdf!.inspect(x, y), px[0], px[1]);
  const probe = (kind: 'warp' | 'jacobian' | 'world', points: [number, number][]) =>
    viewer.page.evaluate((k, p) => window.sdf!.probe(k, p), kind, points);
  const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-30);

  /**
   * The inspector's J and det J equal the full-frame probes at the same pixel, and J equals
   * central differences of u over the neighbouring pixels: J_fd = dU dP^-1, with dP the
   * world step the view map takes (from the world probe). Returns the worst relative errors.
   */
  async function checkAgainstProbes(pixels: [number, number][]) {
    const reports = await Promise.all(pixels.map(inspect));
    const around = pixels.flatMap(([x, y]) => [
      [x + 1, y],
      [x - 1, y],
      [x, y - 1],
      [x, y + 1],
    ]) as [number, number][];
    const [warp, jacobian, u, p] = [
      await probe('warp', pixels),
      await probe('jacobian', pixels),
      await probe('warp', around),
      await probe('world', around),
    ];
    let worstProbe = 0;
    let worstFd = 0;
    reports.forEach((r, i) => {
      const J = r.jacobian.flat();
      const scale = Math.hypot(...J);
      worstProbe = Math.max(
        worstProbe,
        relative(r.det, warp[i]![2]!),
        ...J.map((v, k) => Math.abs(v - jacobian[i]![k]!) / scale),
      );
      expect(r.warp[0]).toBeCloseTo(warp[i]![0]!, 5);
      // Columns: a step right (screen x) and a step up (screen y) of u and of p.
      const d = (set: number[][], c: number) => [
        set[4 * i]![c]! - set[4 * i + 1]![c]!,
        set[4 * i + 2]![c]! - set[4 * i + 3]![c]!,
      ];
      const [dux, duy] = [d(u, 0), d(u, 1)];
      const [dpx, dpy] = [d(p, 0), d(p, 1)];
      const det = dpx[0]! * dpy[1]! - dpx[1]! * dpy[0]!;
      // J_fd = [du; dv] * inverse([dpx dpy; ...]) with columns (dpx[k], dpy[k]).
      const inv = [dpy[1]! / det, -dpx[1]! / det, -dpy[0]! / det, dpx[0]! / det];
      const fd = [
        dux[0]! * inv[0]! + dux[1]! * inv[2]!,
        dux[0]! * inv[1]! + dux[1]! * inv[3]!,
        duy[0]! * inv[0]! + duy[1]! * inv[2]!,
        duy[0]! * inv[1]! + duy[1]! * inv[3]!,
      ];
      worstFd = Math.max(worstFd, Math.hypot(...J.map((v, k) => v - fd[k]!)) / scale);
    });
    expect(worstProbe, 'inspector vs full-frame probes').toBeLessThan(1e-5);
    expect(worstFd, 'inspector J vs central differences of u').toBeLessThan(2e-3);
    return { reports, worstProbe, worstFd };
  }

  it('reads J and det J from the probes; polar det J = -s / (pi r), custom (r, theta) 1/r', async () => {
    // The polar warp's u = (theta s / pi, r - r0) is (angle, radius): orientation-reversing.
    await setState(viewer.page, {
      scene: 'circle',
      warp: 'polar',
      warpParams: { polar: { center: [0, 0], angularScale: Math.PI, radiusOffset: 0.6 } },
      view: FRESH_VIEW,
    });
    const polar = await checkAgainstProbes(PIXELS);
    let worstPolar = 0;
    for (const r of polar.reports) {
      worstPolar = Math.max(worstPolar, relative(r.det, -1 / Math.hypot(...r.world)));
      expect(r.detClass).toBe('flips');
    }
    expect(worstPolar, 'polar det J vs -1/r').toBeLessThan(1e-3);

    // u = (r, theta) keeps orientation: det J = 1/r, expanding inside r = 1, shrinking out.
    await setState(viewer.page, {
      warp: 'custom',
      expressions: { warp: 'hypot(x, y); atan2(y, x)' },
    });
    const custom = await checkAgainstProbes(PIXELS);
    let worstCustom = 0;
    for (const r of custom.reports) {
      const radius = Math.hypot(...r.world);
      worstCustom = Math.max(worstCustom, relative(r.det, 1 / radius));
      if (Math.abs(radius - 1) > 0.02) expect(r.detClass).toBe(radius < 1 ? 'expands' : 'shrinks');
    }
    expect(worstCustom, 'det J vs 1/r').toBeLessThan(1e-3);
    expect(custom.reports.map((r) => r.detClass)).toContain('expands');
    expect(custom.reports.map((r) => r.detClass)).toContain('shrinks');

    await setState(viewer.page, { warp: 'identity' });
    const identity = await inspect([100, 70]);
    expect(identity.jacobian).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect([identity.det, identity.detClass]).toEqual([1, 'preserves']);
    expect(identity.world).toEqual([(100.5 - 128) * STEP, (128 - 70.5) * STEP]);
    expect(identity.footprint[0][0]).toBeCloseTo(STEP, 9);

    // Circle inversion reverses orientation: det J = -R^4 / |q|^4.
    await setState(viewer.page, { warp: 'inversion', warpParams: {} });
    const inversion = await checkAgainstProbes(PIXELS.slice(0, 4));
    for (const r of inversion.reports) expect(r.detClass).toBe('flips');

    console.log(
      `inspector J / det J vs probes: worst relative ${Math.max(polar.worstProbe, custom.worstProbe).toExponential(2)}; ` +
        `vs central differences: polar ${polar.worstFd.toExponential(2)}, (r, theta) ${custom.worstFd.toExponential(2)}, ` +
        `inversion ${inversion.worstFd.toExponential(2)}; det J vs 1/r: polar ${worstPolar.toExponential(2)}, ` +
        `(r, theta) ${worstCustom.toExponential(2)}`,
    );
  });

  it('gives the Hessian of a formula field and classifies it, and none for a GLSL scene', async () => {
    await setState(viewer.page, {
      scene: 'custom',
      warp: 'identity',
      expressions: { field: 'u*u - v*v' },
      view: FRESH_VIEW,
    });
    const r = await inspect([90, 50]);
    expect(r.hessian).toMatchObject({ hxx: 2, hxy: 0, hyy: -2, kind: 'saddle' });
    expect(r.hessian!.eigenvalues).toEqual([-2, 2]);
    const [u, v] = r.warp;
    expect(r.f).toBeCloseTo(u * u - v * v, 6);
    expect(r.gradWarp[0]).toBeCloseTo(2 * u, 6);
    expect(r.distancePx).toBeCloseTo(r.f / Math.hypot(...r.gradPixel), 4);
    await setState(viewer.page, { scene: 'circle' });
    expect((await inspect([90, 50])).hessian).toBeNull();
  });

  it('follows the mouse, pins on click, unpins on Escape or a second click; I toggles', async () => {
    const { page } = viewer;
    await setState(viewer.page, { scene: 'shapes', warp: 'swirl', view: FRESH_VIEW });
    const box = () =>
      page.evaluate(() => {
        const element = document.querySelector<HTMLElement>('.inspector-box')!;
        const panel = document.querySelector('.lil-gui.lil-root')!.getBoundingClientRect();
        const r = element.getBoundingClientRect();
        const checkbox = [...document.querySelectorAll('.lil-controller')].find(
          (c) => c.querySelector('.lil-name')?.textContent === 'inspector (I)',
        );
        return {
          hidden: element.hidden,
          pinned: element.classList.contains('pinned'),
          text: element.textContent ?? '',
          heading: element.querySelector('.inspector-heading')?.textContent ?? '',
          overPanel: r.left < panel.right && r.right > panel.left && r.top < panel.bottom,
          inWindow: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
          overlay: getComputedStyle(document.querySelector('.inspector-overlay')!).pointerEvents,
          checked: checkbox?.querySelector<HTMLInputElement>('input')?.checked,
        };
      });
    const headingIs = (text: string) =>
      page.waitForFunction(
        (t) => document.querySelector('.inspector-heading')?.textContent?.startsWith(t),
        { timeout: 10_000 },
        text,
      );

    await page.mouse.move(100.5, 60.5);
    expect((await box()).hidden, 'off until turned on').toBe(true);
    await page.keyboard.press('i');
    await headingIs('pixel 100, 60');
    const first = await box();
    expect(first).toMatchObject({ hidden: false, pinned: false, overPanel: false, inWindow: true });
    expect(first.checked, 'the Debug checkbox follows the key').toBe(true);
    expect(first.overlay).toBe('none');
    const numbers = await page.evaluate(() => window.sdf!.inspect(100, 60));
    for (const text of ['det J', 'd_px', 'g_px', 'world', numbers.det.toFixed(4)])
      expect(first.text).toContain(text);

    await page.mouse.move(180.5, 200.5, { steps: 3 });
    await headingIs('pixel 180, 200');
    await page.mouse.click(180.5, 200.5);
    await page.waitForSelector('.inspector-box.pinned');
    await page.mouse.move(40.5, 30.5, { steps: 3 });
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    expect((await box()).heading, 'pinned: the mouse does not move it').toMatch(/^pixel 180, 200/);
    await page.keyboard.press('Escape');
    await headingIs('pixel 40, 30');
    expect((await box()).pinned).toBe(false);

    await page.mouse.click(40.5, 30.5);
    await page.waitForSelector('.inspector-box.pinned');
    await page.mouse.click(60.5, 30.5);
    await headingIs('pixel 60, 30');
    expect((await box()).pinned, 'a second click unpins').toBe(false);

    await page.keyboard.press('i');
    await page.waitForSelector('.inspector-box', { hidden: true });
    expect((await box()).checked).toBe(false);
  });

  /** The state that makes the debug view draw the swatch's value at `pixel`. */
  function swatchCase(view: string, value: number): { patch: object; pixel: [number, number] } {
    const root = (x: number) => Number(Math.sqrt(x).toFixed(6));
    switch (view) {
      case 'bands':
        // f = u and the view shifted half a pixel: d_px is an integer, x + 1 - 128, at pixel x.
        return {
          patch: {
            scene: 'custom',
            warp: 'identity',
            expressions: { field: 'u' },
            view: { ...FRESH_VIEW, center: [STEP / 2, 0] },
          },
          pixel: [value + 127, 128],
        };
      case 'slope':
        return {
          patch: {
            scene: 'circle',
            warp: 'custom',
            expressions: { warp: `${value}*x; ${value}*y` },
          },
          pixel: [10, 10],
        };
      case 'jacobian': {
        const a = root(Math.abs(value));
        const sign = value < 0 ? '-' : '';
        return {
          patch: {
            scene: 'circle',
            warp: 'custom',
            expressions: { warp: `${a}*x; ${sign}${a}*y` },
          },
          pixel: [10, 10],
        };
      }
      case 'direction': {
        const radians = (value * Math.PI) / 180;
        // SwiftShader's atan(0, x < 0) is 0, not pi: a gradient exactly along -x would draw
        // red. Any real field has some y; 1e-4 rad off is 1e-4 of a hue step.
        const [c, s] = [Math.cos(radians), Math.sin(radians)].map(
          (x) => Number(x.toFixed(6)) || 1e-4,
        );
        // Inside (f < 0, coverage 1), 90 px against the gradient from the centre.
        return {
          patch: {
            scene: 'custom',
            warp: 'identity',
            expressions: { field: `${c}*u + ${s}*v` },
          },
          pixel: [Math.round(128 - 90 * c!), Math.round(128 + 90 * s!)],
        };
      }
      default:
        throw new Error(`no case for ${view}`);
    }
  }

  const legend = () =>
    viewer.page.evaluate(() => {
      const box = document.querySelector<HTMLElement>('.debug-legend')!;
      return {
        hidden: box.hidden,
        view: box.dataset.view,
        text: box.textContent ?? '',
        swatches: [...box.querySelectorAll<HTMLElement>('.debug-legend-swatch')].map((s) => ({
          value: Number(s.dataset.value),
          rgb: getComputedStyle(s).backgroundColor.match(/\d+/g)!.map(Number),
        })),
      };
    });

  async function expectSwatchesDrawn(
    view: string,
    place: (value: number) => Promise<[number, number]>,
  ) {
    const shown = await legend();
    expect(shown.swatches.length, `${view} swatches`).toBeGreaterThan(1);
    const wrong: string[] = [];
    for (const { value, rgb } of shown.swatches) {
      const [x, y] = await place(value);
      const { data } = await readRgba8(viewer.page);
      const drawn = Array.from(data.subarray((y * SIZE + x) * 4, (y * SIZE + x) * 4 + 3));
      if (drawn.some((c, k) => Math.abs(c - rgb[k]!) > 2))
        wrong.push(`${view} ${value}: swatch ${rgb} vs drawn ${drawn} at [${x}, ${y}]`);
    }
    expect(wrong).toEqual([]);
  }

  it('shows a legend for each debug view, none without, and its swatches are the drawn colours', async () => {
    await setState(viewer.page, { debug: 'none' });
    expect((await legend()).hidden).toBe(true);
    for (const view of ['bands', 'slope', 'jacobian', 'direction']) {
      await setState(viewer.page, { debug: view, aa: { source: 'analytic', filter: 'box' } });
      expect(await legend()).toMatchObject({ hidden: false, view });
      await expectSwatchesDrawn(view, async (value) => {
        const { patch, pixel } = swatchCase(view, value);
        await setState(viewer.page, { view: FRESH_VIEW, ...patch });
        return pixel;
      });
    }
    expect((await legend()).text).toContain('hue');

    // The error ramp: a linear filter overridden to a constant coverage per column (0.1 %,
    // 1 %, 10 %, 50 %), so far outside the shape, where the reference is 0, the error is it.
    const constant = [
      '#include "aa/step.glsl"',
      'float aaLinear(float dPx, float width) {',
      '  int k = int(gl_FragCoord.x) % 4;',
      '  return k == 0 ? 0.001 : k == 1 ? 0.01 : k == 2 ? 0.1 : 0.5;',
      '}',
    ].join('\n');
    await viewer.page.evaluate((t) => window.sdf!.setSource('shaders/aa/linear.glsl', t), constant);
    await setState(viewer.page, {
      scene: 'circle',
      warp: 'identity',
      view: FRESH_VIEW,
      debug: 'error',
      aa: { source: 'analytic', filter: 'linear' },
    });
    expect(await legend()).toMatchObject({ hidden: false, view: 'error' });
    const stops = [0.001, 0.01, 0.1, 0.5];
    await expectSwatchesDrawn('error', async (value) => [4 + stops.indexOf(value), 4]);
    await viewer.page.evaluate(() => window.sdf!.setSource('shaders/aa/linear.glsl', null));
    await viewer.page.waitForFunction(
      () => document.querySelector('.debug-legend')?.textContent?.includes('p99'),
      { timeout: 20_000 },
    );

    await setState(viewer.page, { debug: 'none' });
    expect((await legend()).hidden).toBe(true);
  });

  it('reads well at 1280 x 800 over the swirl (screenshot in test-results/)', async () => {
    const { page } = viewer;
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#view')!;
      canvas.style.width = '1280px';
      canvas.style.height = '800px';
    });
    await page.waitForFunction(() => window.sdf!.info().canvas.width === 1280);
    await setState(page, {
      scene: 'shapes',
      warp: 'swirl',
      warpParams: { swirl: { strength: 4 } },
      view: FRESH_VIEW,
      debug: 'none',
      expressions: DEFAULT_STATE.expressions,
      aa: DEFAULT_STATE.aa,
    });
    // Pin the edge pixel of the blue shape along row 330: a fractional coverage to read.
    const row = Array.from({ length: 200 }, (_, i) => [700 + i, 330] as [number, number]);
    const distances = (await page.evaluate((p) => window.sdf!.probe('pixel', p), row)).map((v) =>
      Math.abs(v[0]!),
    );
    const x = 700 + distances.indexOf(Math.min(...distances));
    await page.keyboard.press('i');
    await page.mouse.move(x + 0.5, 330.5, { steps: 4 });
    await page.mouse.click(x + 0.5, 330.5);
    await page.waitForSelector('.inspector-box.pinned');
    // Hovering right beside the panel: the box goes left of the cursor, clear of it.
    const beside = await page.evaluate(
      () =>
        Math.floor(document.querySelector('.lil-gui.lil-root')!.getBoundingClientRect().left) - 12,
    );
    await page.mouse.move(beside + 0.5, 300.5);
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/inspector-1280x800.png', await page.screenshot({ type: 'png' }));
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      (x) => document.querySelector('.inspector-heading')?.textContent?.startsWith(`pixel ${x}`),
      {},
      beside,
    );
    const clear = await page.evaluate(() => {
      const panel = document.querySelector('.lil-gui.lil-root')!.getBoundingClientRect();
      const r = document.querySelector('.inspector-box')!.getBoundingClientRect();
      return r.right <= panel.left || r.left >= panel.right || r.top >= panel.bottom;
    });
    expect(clear, 'the box keeps clear of the panel').toBe(true);
    await page.keyboard.press('i');
    await setState(page, { debug: 'jacobian' });
    writeFileSync('test-results/debug-legend-1280x800.png', await page.screenshot({ type: 'png' }));
  });
});
