import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPngState } from '../../src/features/export/png-state';
import type { ViewerState } from '../../src/model/state';
import { pixelToWorld, viewTransform } from '../../src/model/view';
import { decodePng, exportPng, HALF_PLANE_SCENE, imageDifference } from './export-helpers';
import { openViewer, readRgba8, setState, type ViewerPage } from './viewer-page';

/** 255 wide: column 127's centre is the middle of the image, where the half plane's edge is. */
const HALF_PLANE_SIZE = { width: 255, height: 8 };

/** A view off the defaults: panned, zoomed, rotated, through a warp. */
const VIEW = {
  scene: 'shapes',
  warp: 'swirl',
  view: { center: [0.13, -0.07], zoom: 1.7, rotation: 0.4 },
  aa: { source: 'analytic', filter: 'adaptive', fadeWidth: 1.5 },
};

/** Sends the page's downloads to a new temporary folder. */
async function allowDownloads(page: Page): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sdf-export-'));
  const cdp = await page.createCDPSession();
  await cdp.send('Page.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
  return dir;
}

/** Picks `label` in the panel's dropdown that offers it, as a user would. */
async function pickOption(page: Page, label: string): Promise<void> {
  await page.evaluate((text) => {
    const select = [...document.querySelectorAll<HTMLSelectElement>('.lil-gui select')].find((s) =>
      [...s.options].some((o) => o.textContent === text),
    )!;
    select.selectedIndex = [...select.options].findIndex((o) => o.textContent === text);
    select.dispatchEvent(new Event('change'));
  }, label);
}

async function waitForFile(dir: string, name: string): Promise<Buffer> {
  for (let i = 0; i < 300; i++) {
    if (readdirSync(dir).includes(name)) {
      const bytes = readFileSync(join(dir, name));
      // Chrome writes to a .crdownload file and renames it when complete.
      if (bytes.length) return bytes;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${name} in ${dir}; found ${readdirSync(dir).join(', ')}`);
}

describe('PNG export in the browser', () => {
  // One 160x100 page serves every test that needs no page of its own.
  let shared: ViewerPage;
  beforeAll(async () => {
    shared = await openViewer({ query: { width: 160, height: 100 } });
  });
  afterAll(() => shared.close());

  it('downloads a PNG of the chosen size from the Export button', async () => {
    const viewer = await openViewer({ query: { width: 200, height: 120 } });
    const { page } = viewer;
    const dir = await allowDownloads(page);
    try {
      await pickOption(page, '2x canvas');
      const button = await page.evaluateHandle(() =>
        [...document.querySelectorAll('.lil-gui button')].find((b) =>
          b.textContent?.includes('export PNG'),
        ),
      );
      await (button as ElementHandle<Element>).click();
      const png = decodePng(await waitForFile(dir, 'sdf-shapes-identity-400x240.png'));
      expect([png.width, png.height]).toEqual([400, 240]);
      const saved = await page.waitForFunction(
        () => {
          const label = document.querySelector('.export-progress-label')?.textContent ?? '';
          return label.startsWith('Saved') && label;
        },
        { timeout: 20_000 },
      );
      expect(await saved.jsonValue()).toMatch(
        /^Saved sdf-shapes-identity-400x240\.png \(400x240, \d+ KB\) to your downloads\.$/,
      );
      expect(readPngState(png.bytes)).toEqual({
        state: await page.evaluate(() => window.sdf!.getState()),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await viewer.close();
    }
  });

  it('exports the custom size typed into the panel with the S key', async () => {
    // A page of its own: Chrome holds back a second automatic download from one tab.
    const viewer = await openViewer({ query: { width: 200, height: 120 } });
    const { page } = viewer;
    const dir = await allowDownloads(page);
    try {
      await setState(page, { warp: 'polar' });
      await pickOption(page, 'custom');
      const shownSize = await page.$$eval('.lil-gui .lil-controller', (rows) =>
        ['width (px)', 'height (px)'].map(
          (label) =>
            rows
              .find((c) => c.querySelector('.lil-name')?.textContent === label)!
              .querySelector('input')!.value,
        ),
      );
      expect(shownSize, 'the custom size starts as the canvas').toEqual(['200', '120']);
      for (const [name, value] of [
        ['width (px)', '123'],
        ['height (px)', '45'],
      ] as const) {
        const box = await page.evaluateHandle(
          (label) =>
            [...document.querySelectorAll('.lil-gui .lil-controller')]
              .find((c) => c.querySelector('.lil-name')?.textContent === label)!
              .querySelector('input')!,
          name,
        );
        await box.click({ clickCount: 3 });
        await page.keyboard.type(value);
        await page.keyboard.press('Enter');
      }
      // Out of the number box, where keys are typing.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('s');
      const png = decodePng(await waitForFile(dir, 'sdf-shapes-polar-123x45.png'));
      expect([png.width, png.height]).toEqual([123, 45]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await viewer.close();
    }
  });

  it('draws a 2x export like a 1x export of a canvas twice the size, and that like the canvas', async () => {
    const small = shared;
    const large = await openViewer({ query: { width: 320, height: 200 } });
    await setState(small.page, VIEW);
    await setState(large.page, VIEW);
    const doubled = await exportPng(small.page, { scale: 2 });
    const single = await exportPng(large.page, {});
    expect([doubled.width, doubled.height]).toEqual([320, 200]);
    expect(imageDifference(doubled.rgba, single.rgba).max).toBeLessThanOrEqual(1);
    // The export shows what the canvas shows (the canvas is premultiplied, but opaque here).
    const canvas = await readRgba8(large.page);
    expect(imageDifference(single.rgba, canvas.data).max).toBeLessThanOrEqual(1);
    // The fade width stays in output pixels: a 2x export is not a blown-up 1x one.
    const once = await exportPng(small.page, {});
    const edgeOnce = edgePixels(once.rgba, (p) => p);
    const edgeTwice = edgePixels(doubled.rgba, (p) => p);
    expect(
      edgeTwice / edgeOnce,
      'edge pixels scale with the edge length, not its area',
    ).toBeLessThan(2.6);
    await large.close();
  });

  it('joins 2048-pixel tiles of a 5000x3000 export without seams', async () => {
    const viewer = shared;
    await setState(viewer.page, VIEW);
    const state = await viewer.page.evaluate(() => window.sdf!.getState());
    const full = { width: 5000, height: 3000 };
    const tiled = await exportPng(viewer.page, { ...full, tileSize: 2048 });
    expect([tiled.width, tiled.height]).toEqual([5000, 3000]);
    // One tile drawing the crop around the seams at x = 2048, 4096 and y = 2048.
    const crop = { x: 1948, y: 1948, width: 2300, height: 200 };
    const single = await exportPng(viewer.page, {
      width: crop.width,
      height: crop.height,
      state: cropState(state, full, crop),
    });
    const cut = cropRgba(tiled, crop);
    const { max, differing } = imageDifference(cut, single.rgba);
    expect(max, 'largest channel difference from the untiled crop').toBeLessThanOrEqual(2);
    expect(differing / cut.length, 'share of differing bytes').toBeLessThan(1e-3);
    // And across each seam the image steps no more than one column further in.
    for (const seam of [2048, 4096]) {
      const across = columnStep(tiled, seam - 1, seam);
      const inside = Math.max(
        columnStep(tiled, seam - 2, seam - 1),
        columnStep(tiled, seam, seam + 1),
      );
      expect(across, `seam at column ${seam}`).toBeLessThanOrEqual(inside + 2);
    }
  });

  it('jitters the reference source per image pixel, so tiles equal an untiled render', async () => {
    const viewer = shared;
    await setState(viewer.page, { ...VIEW, aa: { source: 'reference', referenceN: 3 } });
    const size = { width: 300, height: 200 };
    const whole = await exportPng(viewer.page, size);
    const tiled = await exportPng(viewer.page, { ...size, tileSize: 64 });
    const { max } = imageDifference(tiled.rgba, whole.rgba);
    expect(max, 'largest channel difference, 64-pixel tiles against one tile').toBe(0);
    await setState(viewer.page, { aa: { source: 'analytic' } });
  });

  it('writes straight alpha on a transparent background: a half-covered pixel is alpha 128 in the ink colour', async () => {
    const viewer = shared;
    const { page } = viewer;
    await showHalfPlane(page);
    const png = await exportPng(page, { ...HALF_PLANE_SIZE, transparent: true });
    expect(png.colorType).toBe(6);
    // Column 127's centre is the image centre, where x = 0: a 4 px ramp over columns 125..129.
    const row = (x: number) =>
      Array.from(png.rgba.subarray(x * 4 + 3 * 255 * 4, x * 4 + 3 * 255 * 4 + 4));
    expect([124, 125, 126, 127, 128, 129, 130].map(row)).toEqual([
      [200, 100, 50, 255],
      [200, 100, 50, 255],
      [200, 100, 50, 191], // coverage 0.75
      [200, 100, 50, 128], // coverage 0.5
      [200, 100, 50, 64], // coverage 0.25
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    // Opaque, the same pixel is the ink over the background.
    const opaque = await exportPng(page, HALF_PLANE_SIZE);
    expect(opaque.colorType).toBe(2);
    expect(opaque.rgba[127 * 4 + 3]).toBe(255);
  });

  it('writes the coverage mode as 16-bit grey, linear', async () => {
    const viewer = shared;
    const { page } = viewer;
    await showHalfPlane(page);
    const png = await exportPng(page, { ...HALF_PLANE_SIZE, output: 'coverage' });
    expect(png.colorType).toBe(0);
    expect(png.bytes[24], 'IHDR bit depth').toBe(16);
    // The ramp's quarter steps to 1/65535 (8 bits would round 0.75 to 191/255 = 0.749).
    expect([125, 126, 127, 128, 129].map((x) => png.rgba[x * 4])).toEqual([
      65535, 49151, 32768, 16384, 0,
    ]);
  });

  it('round-trips the whole state through the PNG', async () => {
    const viewer = shared;
    const { page } = viewer;
    await setState(page, {
      ...VIEW,
      scene: 'fan',
      warp: 'polar',
      sceneParams: { fan: { lobes: 5, ink: [0.2, 0.4, 0.6] } },
    });
    const before = await page.evaluate(() => window.sdf!.getState());
    const png = await exportPng(page, { scale: 2 });
    const read = readPngState(png.bytes);
    if (!('state' in read)) throw new Error(read.error);
    await setState(page, { scene: 'dots', warp: 'identity', view: { zoom: 3 } });
    await setState(page, read.state);
    expect(await page.evaluate(() => window.sdf!.getState())).toEqual(before);
  });

  it('refuses an over-size export with the limit, shows why, and keeps drawing', async () => {
    const viewer = shared;
    const { page } = viewer;
    const failure = await page.evaluate(() =>
      window.sdf!.exportPng({ width: 20000, height: 100 }).then(
        () => 'exported',
        (e: Error) => e.message,
      ),
    );
    expect(failure).toBe(
      'export size 20000x100 is too large: each side must be at most 16384 pixels (the width is 20000)',
    );
    expect(await page.$eval('.export-progress', (el) => (el as HTMLElement).innerText)).toContain(
      failure,
    );
    const frame = await page.evaluate(() => window.sdf!.render());
    expect(frame.error).toBeNull();
    expect((await exportPng(page, { scale: 4 })).width).toBe(640);
  });

  it('cancels from the progress bar and leaves the viewer as it was', async () => {
    const viewer = shared;
    const { page } = viewer;
    await setState(page, VIEW);
    const state = await page.evaluate(() => window.sdf!.getState());
    const canvas = await readRgba8(page);
    await page.evaluate(() => {
      // 64 tiles of 256: long enough to cancel between two of them.
      (window as unknown as { pending: Promise<string> }).pending = window
        .sdf!.exportPng({ width: 2048, height: 2048, tileSize: 256 })
        .then(
          () => 'exported',
          (e: Error) => e.message,
        );
    });
    await page.waitForFunction(() => (window.sdf!.exportProgress()?.tilesDone ?? 0) >= 1);
    const shown = await page.$eval('.export-progress', (el) => (el as HTMLElement).innerText);
    expect(shown).toMatch(/Exporting 2048x2048 PNG: tile \d+ of 64/);
    await page.click('.export-progress-cancel');
    expect(
      await page.evaluate(() => (window as unknown as { pending: Promise<string> }).pending),
    ).toBe('export cancelled');
    expect(await page.evaluate(() => window.sdf!.exportProgress())).toBeNull();
    expect(await page.$eval('.export-progress', (el) => (el as HTMLElement).hidden)).toBe(true);
    expect(await page.evaluate(() => window.sdf!.getState())).toEqual(state);
    expect(imageDifference((await readRgba8(page)).data, canvas.data).max).toBe(0);
  });
});

/** Pixels that are neither background nor flat ink: those whose row neighbour differs. */
function edgePixels(rgba: Uint8Array, pick: (p: number) => number): number {
  let n = 0;
  for (let i = 4; i < rgba.length; i += 4)
    if (Math.abs(pick(rgba[i]!) - pick(rgba[i - 4]!)) > 8) n++;
  return n;
}

/** Largest channel difference between two columns of an image. */
function columnStep(
  png: { rgba: Uint8Array; width: number; height: number },
  a: number,
  b: number,
): number {
  let max = 0;
  for (let y = 0; y < png.height; y++)
    for (let k = 0; k < 3; k++)
      max = Math.max(
        max,
        Math.abs(png.rgba[(y * png.width + a) * 4 + k]! - png.rgba[(y * png.width + b) * 4 + k]!),
      );
  return max;
}

/**
 * The state whose `crop.width` x `crop.height` image is that crop of the `full` image: the
 * same world size per pixel (zoom scales with the shorter side) centred on the crop.
 */
function cropState(
  state: ViewerState,
  full: { width: number; height: number },
  crop: { x: number; y: number; width: number; height: number },
): ViewerState {
  const t = viewTransform(state.view, full.width, full.height);
  // GL pixel coordinates run bottom-up.
  const center = pixelToWorld(t, [crop.x + crop.width / 2, full.height - crop.y - crop.height / 2]);
  const zoom =
    (state.view.zoom * Math.min(full.width, full.height)) / Math.min(crop.width, crop.height);
  return { ...state, view: { ...state.view, center, zoom } };
}

function cropRgba(
  png: { rgba: Uint8Array; width: number },
  crop: { x: number; y: number; width: number; height: number },
): Uint8Array {
  const out = new Uint8Array(crop.width * crop.height * 4);
  for (let y = 0; y < crop.height; y++)
    out.set(
      png.rgba.subarray(
        ((crop.y + y) * png.width + crop.x) * 4,
        ((crop.y + y) * png.width + crop.x + crop.width) * 4,
      ),
      y * crop.width * 4,
    );
  return out;
}

/** The half-plane scene at the centre, with a 4 px linear ramp: known coverage per column. */
async function showHalfPlane(page: Page): Promise<void> {
  await page.evaluate(
    (text) => window.sdf!.setSource('scenes/external/half-plane.glsl', text),
    HALF_PLANE_SCENE,
  );
  await setState(page, {
    scene: 'half-plane',
    warp: 'identity',
    view: { center: [0, 0], zoom: 1, rotation: 0 },
    aa: { source: 'analytic', filter: 'linear', fadeWidth: 4 },
  });
}
