import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openViewer, readRgba8, setState } from './viewer-page';

/** Written and removed by this test; ignored by git should a run die halfway. */
const FILE = 'scenes/__hot_reload_test__.glsl';
const scene = (srgb: string) =>
  [
    '/*{ "id": "hot-reload-test", "name": "Hot reload test" }*/',
    '#include "sdf/circle.glsl"',
    'vec3 sdgScene(vec2 u) { return sdgCircle(u, 0.5); }',
    `vec3 sceneColor(vec2 u) { return vec3(${srgb}); }`,
  ].join('\n');

describe('hot reload with the dev server', () => {
  it('picks up a new scene file and its edits without a reload, keeping the state', async () => {
    const viewer = await openViewer();
    // A full reload would wipe this; a hot update keeps the page's globals.
    await viewer.page.evaluate(() => Object.assign(window, { hotReloadMarker: true }));
    try {
      writeFileSync(FILE, scene('1.0, 0.0, 0.0'));
      await viewer.page.waitForFunction(
        () => window.sdf!.setState({ scene: 'hot-reload-test' }).length === 0,
        { timeout: 30_000, polling: 50 },
      );
      const pickerOptions = await viewer.page.$$eval('.lil-gui select option', (options) =>
        options.map((o) => o.textContent),
      );
      expect(pickerOptions, 'the scene picker lists the new scene').toContain('Hot reload test');
      await setState(viewer.page, { aa: { fadeWidth: 3 }, background: [0, 0, 0, 1] });
      const centre = async () =>
        Array.from(
          (await readRgba8(viewer.page)).data.subarray(
            (128 * 256 + 128) * 4,
            (128 * 256 + 128) * 4 + 3,
          ),
        );
      expect(await centre()).toEqual([255, 0, 0]);

      writeFileSync(FILE, scene('0.0, 0.0, 1.0'));
      await viewer.page.waitForFunction(
        () => {
          const bytes = atob(window.sdf!.readPixels('rgba8').base64);
          return bytes.charCodeAt((128 * 256 + 128) * 4 + 2) === 255;
        },
        { timeout: 30_000, polling: 50 },
      );
      expect(await centre()).toEqual([0, 0, 255]);
      const marker = await viewer.page.evaluate(() => 'hotReloadMarker' in window);
      expect(marker, 'no page reload').toBe(true);
      const state = await viewer.page.evaluate(() => window.sdf!.getState());
      expect(state.scene).toBe('hot-reload-test');
      expect(state.aa.fadeWidth, 'state survives the reload').toBe(3);
    } finally {
      rmSync(FILE, { force: true });
    }
    await viewer.close();
  });
});
