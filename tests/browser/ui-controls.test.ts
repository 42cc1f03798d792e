import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { PRESETS_KEY, stateFileText } from '../../src/model/presets';
import { coverageChannel, transitionWidth } from '../../src/features/quality/metrics';
import { DEFAULT_STATE, FADE_RANGE, REFERENCE_RANGE } from '../../src/model/state';
import { PNG } from 'pngjs';
import { openViewer, readFloat, readRgba8, setState, type ViewerPage } from './viewer-page';
import {
  choose,
  control,
  dropFiles,
  optionsOf,
  press,
  settle,
  waitForNotice,
} from './panel-driver';

const state = (page: Page) => page.evaluate(() => window.sdf!.getState());
const notices = (page: Page) => page.evaluate(() => window.sdf!.messages().notices.join('\n'));
const compiled = (page: Page) => page.evaluate(() => window.sdf!.info().compiledPrograms);

describe('the panel, driven with mouse and keyboard', () => {
  let viewer: ViewerPage;
  beforeAll(async () => {
    viewer = await openViewer();
  });
  afterAll(() => viewer.close());

  it('picks a scene and a warp from their dropdowns', async () => {
    await choose(viewer.page, 'Scene', 'scene', 'Circle');
    await choose(viewer.page, 'Warp', 'warp', 'Swirl');
    const s = await state(viewer.page);
    expect([s.scene, s.warp]).toEqual(['circle', 'swirl']);
  });

  it('compiles once per new warp and not at all when going back to one already seen', async () => {
    // Once: the default method, adaptive, is two programs of the variant (its box-and-marks
    // pass and its refining pass; the gate between them is shared by all variants).
    const steps: [string, number][] = [
      ['Polar', 2],
      ['Fisheye', 2],
      ['Polar', 0],
      ['Identity', 0],
      ['Fisheye', 0],
    ];
    const run = async () => {
      await choose(viewer.page, 'Warp', 'warp', 'Identity');
      await settle(viewer.page);
      const counts: number[] = [];
      for (const [warp] of steps) {
        const before = await compiled(viewer.page);
        await choose(viewer.page, 'Warp', 'warp', warp);
        await settle(viewer.page);
        counts.push((await compiled(viewer.page)) - before);
      }
      return counts;
    };
    // A shader file saved while the test runs (dev server hot reload) empties the cache,
    // which shows as a negative count: run the sequence again.
    let counts = await run();
    for (let retry = 0; retry < 2 && counts.some((c) => c < 0); retry++) counts = await run();
    expect(
      counts,
      `programs compiled by picking ${steps.map(([w]) => w).join(', ')} in turn`,
    ).toEqual(steps.map(([, n]) => n));
  });

  it('compiles one program when the reference N slider is dragged across many values', async () => {
    await choose(viewer.page, 'Antialiasing', 'derivative source', 'reference');
    await viewer.page.evaluate(() => window.sdf!.render());
    const row = await control(viewer.page, 'Antialiasing', 'reference N');
    await row.scrollIntoView();
    const slider = (await (await row.$('.lil-slider'))!.boundingBox())!;
    const xOf = (n: number) =>
      slider.x +
      (slider.width * (n - REFERENCE_RANGE[0])) / (REFERENCE_RANGE[1] - REFERENCE_RANGE[0]);
    const y = slider.y + slider.height / 2;
    const before = await viewer.page.evaluate(() => window.sdf!.info().compiledPrograms);
    const startN = (await state(viewer.page)).aa.referenceN;
    await viewer.page.mouse.move(xOf(startN), y);
    await viewer.page.mouse.down();
    for (const n of [3, 5, 7, 9, 11]) {
      await viewer.page.mouse.move(xOf(n), y, { steps: 2 });
      // Let the page draw between steps, as it would while a person drags.
      await viewer.page.evaluate(() => new Promise(requestAnimationFrame));
    }
    await viewer.page.mouse.up();
    await viewer.page.evaluate(() => window.sdf!.render());
    const after = await viewer.page.evaluate(() => window.sdf!.info().compiledPrograms);
    const n = (await state(viewer.page)).aa.referenceN;
    expect(Math.abs(n - 11)).toBeLessThanOrEqual(1);
    expect(after - before, `programs compiled by one drag to N = ${n}`).toBeLessThanOrEqual(1);
    await choose(viewer.page, 'Antialiasing', 'derivative source', 'analytic');
  });

  it('drags the fade width slider, and the drawn edge band follows it', async () => {
    await choose(viewer.page, 'Warp', 'warp', 'Identity');
    await choose(viewer.page, 'Antialiasing', 'coverage filter', 'linear');
    await choose(viewer.page, 'Antialiasing', 'output', 'coverage');
    const row = await control(viewer.page, 'Antialiasing', 'fade width (px)');
    await row.scrollIntoView();
    const slider = (await (await row.$('.lil-slider'))!.boundingBox())!;
    const xOf = (fade: number) =>
      slider.x + (slider.width * (fade - FADE_RANGE[0])) / (FADE_RANGE[1] - FADE_RANGE[0]);
    const y = slider.y + slider.height / 2;

    const dragTo = async (from: number, to: number) => {
      await viewer.page.mouse.move(xOf(from), y);
      await viewer.page.mouse.down();
      await viewer.page.mouse.move(xOf(to), y, { steps: 6 });
      await viewer.page.mouse.up();
      const fade = (await state(viewer.page)).aa.fadeWidth;
      // The pointer lands on whole CSS pixels: within one pixel's worth of the target.
      const perPixel = (FADE_RANGE[1] - FADE_RANGE[0]) / slider.width;
      expect(Math.abs(fade - to), `dragged to ${to}, set ${fade}`).toBeLessThanOrEqual(
        perPixel + 0.05,
      );
      const { width, height, data } = await readFloat(viewer.page);
      const coverage = coverageChannel(data);
      return { fade, band: transitionWidth(coverage, coverage, width, height) };
    };

    const narrow = await dragTo(2, 1);
    const wide = await dragTo(2, 4);
    // A linear ramp w pixels wide is 0.8 w wide between 10 % and 90 % coverage.
    for (const { fade, band } of [narrow, wide])
      expect(band / (0.8 * fade), `10-90 % band at fade ${fade}`).toBeGreaterThan(0.9);
    for (const { fade, band } of [narrow, wide])
      expect(band / (0.8 * fade), `10-90 % band at fade ${fade}`).toBeLessThan(1.1);
    const ratio = wide.band / narrow.band;
    expect(ratio / (wide.fade / narrow.fade), 'band ratio follows the fade ratio').toBeCloseTo(
      1,
      1,
    );
  });
});

describe('the Presets folder', () => {
  let viewer: ViewerPage;
  const saved = {
    scene: 'dots',
    warp: 'swirl',
    warpParams: { swirl: { strength: -3 } },
    aa: { source: 'hardware', filter: 'box', fadeWidth: 2.5 },
    view: { center: [0.25, -0.5], zoom: 1.5, rotation: 0.25 },
    debug: 'bands',
  };
  beforeAll(async () => {
    viewer = await openViewer();
    // A test seam for downloads only: the link's blob is read instead of saved to disk.
    await viewer.page.evaluate(() => {
      const downloads: { name: string; text: Promise<string> }[] = [];
      Object.assign(window, { downloads });
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        downloads.push({ name: this.download, text: fetch(this.href).then((r) => r.text()) });
      };
    });
  });
  afterAll(async () => {
    await viewer.page.evaluate((key) => localStorage.removeItem(key), PRESETS_KEY);
    await viewer.close();
  });

  it('saves the state under a typed name and loads it back from the dropdown', async () => {
    const page = viewer.page;
    await setState(page, saved);
    const expected = await state(page);
    const name = await (await control(page, 'Presets', 'name')).$('input');
    await name!.click({ clickCount: 3 });
    await page.keyboard.type('  swirled dots ');
    await press(page, 'Presets', 'save current');
    expect(await optionsOf(page, 'Presets', 'load')).toEqual(['swirled dots']);
    expect(await notices(page)).toBe('Saved preset "swirled dots" in this browser.');
    const stored = await page.evaluate((key) => localStorage.getItem(key), PRESETS_KEY);
    expect(JSON.parse(stored!)).toEqual({ version: 1, presets: { 'swirled dots': expected } });

    await setState(page, { scene: 'circle', warp: 'identity', view: { zoom: 3 }, debug: 'none' });
    await (
      await control(page, 'Presets', 'name')
    ).$eval('input', (i) => {
      (i as HTMLInputElement).value = 'circle';
      i.dispatchEvent(new Event('input'));
    });
    await press(page, 'Presets', 'save current');
    expect(await optionsOf(page, 'Presets', 'load')).toEqual(['swirled dots', 'circle']);
    await choose(page, 'Presets', 'load', 'swirled dots');
    expect(await state(page)).toEqual(expected);
    expect(await notices(page), 'only the confirmation').toBe(
      'Saved preset "circle" in this browser.',
    );
    await page.waitForFunction(() => window.sdf!.messages().notices.length === 0, {
      timeout: 20_000,
    });
  });

  it('keeps presets across page loads', async () => {
    const other = await openViewer();
    expect(await optionsOf(other.page, 'Presets', 'load')).toEqual(['swirled dots', 'circle']);
    await choose(other.page, 'Presets', 'load', 'circle');
    const s = await state(other.page);
    expect([s.scene, s.view.zoom]).toEqual(['circle', 3]);
    await other.close();
  });

  it('downloads the state as a .json file that opens again through the file picker', async () => {
    const page = viewer.page;
    await choose(page, 'Presets', 'load', 'swirled dots');
    const expected = await state(page);
    await press(page, 'Presets', 'download .json');
    const file = await page.evaluate(async () => {
      const last = (
        window as unknown as { downloads: { name: string; text: Promise<string> }[] }
      ).downloads.at(-1)!;
      return { name: last.name, text: await last.text };
    });
    expect(file.name).toBe('swirled-dots.json');
    expect(JSON.parse(file.text)).toEqual({
      format: 'sdf-viewer-state',
      version: 1,
      name: 'swirled dots',
      state: expected,
    });

    await setState(page, { scene: 'circle', warp: 'identity' });
    const path = join(mkdtempSync(join(tmpdir(), 'sdf-preset-')), file.name);
    writeFileSync(path, file.text);
    const [chooser] = await Promise.all([
      page.waitForFileChooser(),
      press(page, 'Presets', 'open .json…'),
    ]);
    await chooser.accept([path]);
    await page.waitForFunction(() => window.sdf!.getState().scene === 'dots');
    expect(await state(page)).toEqual(expected);
  });

  it('names what was wrong in a hostile state file and keeps the viewer running', async () => {
    const page = viewer.page;
    const dir = mkdtempSync(join(tmpdir(), 'sdf-preset-'));
    const stale = join(dir, 'stale.json');
    writeFileSync(
      stale,
      stateFileText({
        ...DEFAULT_STATE,
        scene: 'circle',
        warp: 'teleport',
        aa: { ...DEFAULT_STATE.aa, fadeWidth: 99 },
      }),
    );
    const open = async (path: string) => {
      const [chooser] = await Promise.all([
        page.waitForFileChooser(),
        press(page, 'Presets', 'open .json…'),
      ]);
      await chooser.accept([path]);
    };
    await open(stale);
    await page.waitForFunction(() =>
      window.sdf!.messages().notices.some((n) => n.includes('stale')),
    );
    const s = await state(page);
    expect([s.scene, s.warp, s.aa.fadeWidth]).toEqual(['circle', 'identity', 1]);
    expect(await notices(page)).toContain(
      '"stale.json": these fields fell back to defaults: warp: unknown warp',
    );
    expect(await notices(page)).toContain('aa.fadeWidth: must be a number in [0, 8]');

    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": "sdf-viewer-state", "version": 1, "state": ');
    await open(broken);
    await page.waitForFunction(() =>
      window.sdf!.messages().notices.some((n) => n.includes('broken.json')),
    );
    expect(await notices(page)).toContain('"broken.json" was not loaded: it is not valid JSON');
    expect((await page.evaluate(() => window.sdf!.render())).drawn).toBe(true);
  });

  it('deletes the selected preset', async () => {
    const page = viewer.page;
    await choose(page, 'Presets', 'load', 'circle');
    await press(page, 'Presets', 'delete selected');
    await choose(page, 'Presets', 'load', 'swirled dots');
    await press(page, 'Presets', 'delete selected');
    expect(await optionsOf(page, 'Presets', 'load')).toEqual(['(none saved)']);
    const stored = await page.evaluate((key) => localStorage.getItem(key), PRESETS_KEY);
    expect(JSON.parse(stored!)).toEqual({ version: 1, presets: {} });
  });
});

describe('a corrupt preset store', () => {
  let viewer: ViewerPage;
  /** Boots the page again (a reload) with `text` as its preset store. */
  const bootWithStore = async (text: string) => {
    await viewer.page.evaluate((key, value) => localStorage.setItem(key, value), PRESETS_KEY, text);
    await viewer.page.reload();
    await viewer.page.waitForFunction(() => window.sdfReady === true);
  };
  beforeAll(async () => {
    viewer = await openViewer();
  });
  afterAll(async () => {
    await viewer.page.evaluate((key) => localStorage.removeItem(key), PRESETS_KEY);
    await viewer.close();
  });

  it.each([
    ['not JSON', '{"version": 1, "presets": {', 'the store is not valid JSON'],
    ['a newer version', '{"version": 7, "presets": {}}', 'the store has version 7'],
    ['a list', '[{"version": 1}]', 'the store is not a JSON object'],
    [
      'a bad entry among good ones',
      '{"version": 1, "presets": {"ok": {"scene": "circle"}, "list": [1]}}',
      'preset "list": expected a state object',
    ],
  ])('(%s) never breaks boot: it is named in a notice', async (_label, text, problem) => {
    await bootWithStore(text);
    expect(await notices(viewer.page)).toContain(problem);
    expect((await viewer.page.evaluate(() => window.sdf!.render())).drawn).toBe(true);
  });

  it('restores a hostile preset field by field, naming each rejected one', async () => {
    await bootWithStore(
      '{"version": 1, "presets": {"hostile": {"scene": "nope", "__proto__": {"polluted": 1},' +
        ' "constructor": "x", "warp": "polar", "aa": {"fadeWidth": "NaN"}}}}',
    );
    await choose(viewer.page, 'Presets', 'load', 'hostile');
    const text = await notices(viewer.page);
    expect(text).toContain('Preset "hostile": these fields fell back to defaults:');
    for (const problem of [
      '__proto__: unknown field',
      'constructor: unknown field',
      'scene: unknown scene',
      'aa.fadeWidth: must be a number in [0, 8]',
    ])
      expect(text).toContain(problem);
    const s = await state(viewer.page);
    expect([s.scene, s.warp, s.aa.fadeWidth]).toEqual([DEFAULT_STATE.scene, 'polar', 1]);
    const polluted = await viewer.page.evaluate(() => 'polluted' in {});
    expect(polluted, 'no prototype was touched').toBe(false);
  });
});

/** A green disc of radius `u_radius`; `body` replaces its sdgScene body (to break it). */
const discScene = (
  id: string,
  name: string,
  body = 'float r = length(u); return vec3(r - u_radius, u / max(r, 1e-6));',
) =>
  [
    `/*{ "id": "${id}", "name": "${name}",`,
    '  "params": [{ "name": "radius", "type": "float", "min": 0.1, "max": 1, "default": 0.5 }] }*/',
    `vec3 sdgScene(vec2 u) { ${body} }`,
    'vec3 sceneColor(vec2 u) { return vec3(0.0, 1.0, 0.0); }',
  ].join('\n');

describe('dropping files on the viewer', () => {
  let viewer: ViewerPage;
  beforeAll(async () => {
    viewer = await openViewer();
    await choose(viewer.page, 'Scene', 'scene', 'Circle');
  });
  afterAll(() => viewer.close());

  it('adds a dropped .glsl scene to the picker and draws it', async () => {
    const page = viewer.page;
    const drop = await dropFiles(page, [
      { name: 'My Disc.glsl', text: discScene('my-disc', 'My disc') },
    ]);
    expect(drop, 'highlight while dragging, none after').toEqual({
      highlighted: true,
      clearedAfter: true,
    });
    await page.waitForFunction(() => window.sdf!.getState().scene === 'my-disc');
    expect(await optionsOf(page, 'Scene', 'scene')).toContain('My disc');
    await control(page, 'Scene', 'radius');
    const { width, height, data } = await readRgba8(page);
    const at = (x: number, y: number) => [
      ...data.subarray((y * width + x) * 4, (y * width + x) * 4 + 3),
    ];
    expect(at(width / 2, height / 2), 'the disc is drawn, green').toEqual([0, 255, 0]);
    expect(at(2, 2), 'outside it, the background').not.toEqual([0, 255, 0]);
    expect(await notices(page)).toBe('');
  });

  it('shows the compile error of a broken scene at its file:line, and the last picture stays', async () => {
    const page = viewer.page;
    const before = await readRgba8(page);
    const broken = discScene('broken-disc', 'Broken disc', 'return vec3(length(u) - radius, u);');
    await dropFiles(page, [{ name: 'broken.glsl', text: broken }]);
    await waitForNotice(page, '"broken.glsl"');
    expect(await notices(page)).toContain(
      '"broken.glsl" was added as "Broken disc" but does not compile (scenes/external/broken.glsl:3: error:',
    );
    const error = await page.evaluate(() => window.sdf!.messages().error);
    expect(error).toContain(
      "scenes/external/broken.glsl:3: error: 'radius' : undeclared identifier",
    );
    const after = await readRgba8(page);
    expect(Buffer.from(after.data).equals(Buffer.from(before.data)), 'same pixels as before').toBe(
      true,
    );
  });

  it('names the file and the field of a bad header, and keeps the current scene', async () => {
    const page = viewer.page;
    await choose(page, 'Scene', 'scene', 'My disc');
    const before = await readRgba8(page);
    const bad = discScene('bad-disc', 'Bad disc').replace('"default": 0.5', '"default": 5');
    await dropFiles(page, [{ name: 'bad header.glsl', text: bad }]);
    await waitForNotice(page, '"bad header.glsl"');
    expect(await notices(page)).toContain(
      '"bad header.glsl" was not added as a scene: scenes/external/bad-header.glsl: params[0].default: must be within [min, max] (got 5, min 0.1, max 1)',
    );
    expect((await state(page)).scene).toBe('my-disc');
    expect(await optionsOf(page, 'Scene', 'scene')).not.toContain('Bad disc');
    const after = await readRgba8(page);
    expect(Buffer.from(after.data).equals(Buffer.from(before.data))).toBe(true);
  });

  it('restores a dropped .json state file, and refuses a broken one with the reason', async () => {
    const page = viewer.page;
    const text = stateFileText({ ...DEFAULT_STATE, scene: 'dots', warp: 'polar' });
    await dropFiles(page, [{ name: 'view.json', text }]);
    await page.waitForFunction(() => window.sdf!.getState().scene === 'dots');
    expect((await state(page)).warp).toBe('polar');
    await dropFiles(page, [{ name: 'view2.json', text: '{"format": "something-else"}' }]);
    await waitForNotice(page, '"view2.json" was not loaded: it is not a viewer state file');
    expect((await state(page)).scene).toBe('dots');
  });

  it('restores the state saved in an exported PNG dropped on the page', async () => {
    const page = viewer.page;
    await setState(page, {
      scene: 'dots',
      warp: 'polar',
      aa: { fadeWidth: 2 },
      view: { zoom: 1.5 },
    });
    const exported = await state(page);
    const png = await page.evaluate(() => window.sdf!.exportPng({ width: 32, height: 32 }));
    await setState(page, { scene: 'circle', warp: 'identity', view: { zoom: 1 } });
    await dropFiles(page, [{ name: 'export.PNG', base64: png.base64, type: 'image/png' }]);
    await page.waitForFunction(() => window.sdf!.getState().scene === 'dots');
    expect(await state(page)).toEqual(exported);
    // A new drop replaces the notices of the last one; the library's own list stays.
    expect(await notices(page)).not.toContain('was not added');
    expect(await notices(page)).not.toContain('export.PNG');
  });

  it('names what is wrong with a PNG it cannot take a state from', async () => {
    const page = viewer.page;
    const plain = new PNG({ width: 2, height: 2 });
    const cases = [
      [
        'plain.png',
        PNG.sync.write(plain).toString('base64'),
        'the PNG has no "sdf-state" text chunk',
      ],
      ['fake.png', Buffer.from('GIF89a, not a PNG').toString('base64'), 'not a PNG file'],
    ];
    for (const [name, base64, reason] of cases) {
      await dropFiles(page, [{ name: name!, base64 }]);
      await waitForNotice(page, `"${name}" was not loaded: ${reason}`);
    }
    // Size is checked before a byte is read: a File of 65 MiB of zeros, built in the page.
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      const mib = new Uint8Array(1 << 20);
      transfer.items.add(
        new File(
          Array.from({ length: 65 }, () => mib),
          'huge.png',
        ),
      );
      for (const type of ['dragenter', 'dragover', 'drop'])
        document.body.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
        );
    });
    await waitForNotice(page, '"huge.png" was not opened: a PNG may be at most 64 MiB.');
    expect((await state(page)).scene).toBe('dots');
  });

  it('says which files it reads when given another kind, or one too large', async () => {
    const page = viewer.page;
    await dropFiles(page, [{ name: 'notes.txt', text: 'hello' }]);
    await waitForNotice(
      page,
      '"notes.txt" was not opened: the viewer reads a .glsl scene, a .json state file or a .png exported by this viewer.',
    );
    await dropFiles(page, [{ name: 'huge.glsl', text: ' '.repeat(300 * 1024) }]);
    await waitForNotice(page, '"huge.glsl" was not opened: a scene file may be at most 256 KiB.');
    await dropFiles(page, [{ name: 'huge.json', text: ' '.repeat(65 * 1024) }]);
    await waitForNotice(page, '"huge.json" was not loaded: it is larger than 64 KiB.');
    expect((await page.evaluate(() => window.sdf!.render())).drawn).toBe(true);
  });
});
