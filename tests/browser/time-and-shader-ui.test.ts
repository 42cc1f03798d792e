/**
 * Time and the shader export as a user meets them: P plays and pauses, the clock moves
 * parameters a header ties to time (and nothing else moves time, in test mode too), the
 * frame rate shows while playing, and the Export folder writes the view's shader.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, control, press, settle } from './panel-driver';
import { openViewer, readRgba8, setState, type ViewerPage } from './viewer-page';

let viewer: ViewerPage;
beforeAll(async () => {
  viewer = await openViewer({ query: { width: 160, height: 120 } });
});
afterAll(() => viewer?.close());

const time = () => viewer.page.evaluate(() => window.sdf!.getState().time);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const text = async (folder: string, name: string) =>
  (await control(viewer.page, folder, name)).evaluate(
    (c) => (c.querySelector('input') as HTMLInputElement | null)?.value ?? c.textContent ?? '',
  );

describe('time', () => {
  it('stays frozen until P, runs while playing, and stops on P again', async () => {
    await setState(viewer.page, { scene: 'gear', time: 0 });
    await wait(300);
    expect(await time()).toBe(0);
    expect(await text('Time', 'frame rate')).toBe('paused');
    const before = await readRgba8(viewer.page);

    await viewer.page.keyboard.press('p');
    await wait(1400);
    const running = await time();
    expect(running).toBeGreaterThan(0.5);
    // The rate is measured over a second of frames while playing.
    expect(await text('Time', 'frame rate')).toMatch(/^\d+\.\d fps \(\d+\.\d ms\)$/);
    await viewer.page.keyboard.press('p');
    const stopped = await time();
    await wait(300);
    expect(await time()).toBe(stopped);
    expect(await text('Time', 'moves with time')).toBe('angle');

    // The gear's angle is tied to time: the picture has turned.
    await settle(viewer.page);
    const after = await readRgba8(viewer.page);
    let changed = 0;
    for (let i = 0; i < after.data.length; i += 4) if (after.data[i] !== before.data[i]) changed++;
    expect(changed).toBeGreaterThan(200);
  });

  it('scrubs with the time slider, and a warp parameter follows it', async () => {
    await setState(viewer.page, { scene: 'checker', warp: 'swirl', time: 0 });
    const at0 = await readRgba8(viewer.page);
    const slider = (await (await control(viewer.page, 'Time', 'time (s)')).$('input'))!;
    await slider.click({ count: 3 });
    await slider.type('3');
    await slider.press('Enter');
    expect(await time()).toBe(3);
    const at3 = await readRgba8(viewer.page);
    expect(Buffer.compare(Buffer.from(at0.data), Buffer.from(at3.data))).not.toBe(0);
    expect(await text('Time', 'moves with time')).toBe('strength');
  });
});

describe('the Export folder writes the shader', () => {
  it('downloads the Shadertoy shader with G and the WebGL2 one from its button', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sdf-shader-'));
    const cdp = await viewer.page.createCDPSession();
    await cdp.send('Page.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
    await setState(viewer.page, { scene: 'rings', warp: 'polar', time: 0 });
    await viewer.page.keyboard.press('g');
    const read = async (name: string): Promise<string> => {
      for (let i = 0; i < 100 && !readdirSync(dir).includes(name); i++) await wait(100);
      return readFileSync(join(dir, name), 'utf8');
    };
    const shadertoy = await read('rings-polar.shadertoy.glsl');
    expect(shadertoy).toMatch(/void mainImage\(out vec4 fragColor, in vec2 fragCoord\)/);
    const notices = await viewer.page.evaluate(() => window.sdf!.messages().notices);
    expect(notices.some((n) => /^Saved rings-polar\.shadertoy\.glsl \(\d+ lines/.test(n))).toBe(
      true,
    );

    await choose(viewer.page, 'Export', 'shader for', 'WebGL2 (GLSL ES 3.00)');
    await choose(viewer.page, 'Export', 'shader parameters', 'uniforms (WebGL2)');
    await press(viewer.page, 'Export', 'export shader (G)');
    const webgl2 = await read('rings-polar.webgl2.glsl');
    expect(webgl2.startsWith('#version 300 es\n')).toBe(true);
    expect(webgl2).toMatch(/^\/\/ uniform defaults: \{.*"u_period":0\.16/m);
    expect(webgl2).toMatch(/^uniform float u_period; \/\/ default 0\.16$/m);
  });
});
