import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openViewer, readRgba8, setState, type ViewerPage } from './viewer-page';

const BROKEN_CIRCLE = [
  '// sdCircle with a typo on line 7.',
  'float sdCircle(vec2 p, float r) {',
  '  return length(p) - r;',
  '}',
  '',
  'vec3 sdgCircle(vec2 p, float r) {',
  '  return vec3(length(p) - radius, p);',
  '}',
].join('\n');

const same = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

describe('a broken shader chunk', () => {
  let viewer: ViewerPage;
  beforeAll(async () => {
    viewer = await openViewer();
    await setState(viewer.page, { scene: 'circle' });
  });
  afterAll(() => viewer.close());

  it('is reported at its file:line with context and a caret, and the last good program keeps drawing', async () => {
    const before = await readRgba8(viewer.page);
    await viewer.page.evaluate(
      (text) => window.sdf!.setSource('shaders/sdf/circle.glsl', text),
      BROKEN_CIRCLE,
    );
    const frame = await viewer.page.evaluate(() => window.sdf!.render());
    expect(frame.drawn, 'the previous program drew the frame').toBe(true);
    expect(frame.error).toContain(
      "shaders/sdf/circle.glsl:7: error: 'radius' : undeclared identifier",
    );
    expect(frame.error).toContain('> 7 |   return vec3(length(p) - radius, p);');
    expect(frame.error).toMatch(/\| {27}\^{6}/);
    const shown = await viewer.page.evaluate(() => window.sdf!.messages().error);
    expect(shown, 'the overlay shows the same message').toBe(frame.error);
    const visible = await viewer.page.$eval(
      '.overlay-error',
      (el) => !(el as HTMLElement).hidden && el.getBoundingClientRect().height > 0,
    );
    expect(visible).toBe(true);
    expect(same((await readRgba8(viewer.page)).data, before.data), 'pixels unchanged').toBe(true);
  });

  it('clears the error once the file is fixed', async () => {
    await viewer.page.evaluate(() => window.sdf!.setSource('shaders/sdf/circle.glsl', null));
    const frame = await viewer.page.evaluate(() => window.sdf!.render());
    expect(frame.error).toBeNull();
    expect(await viewer.page.evaluate(() => window.sdf!.messages().error)).toBeNull();
  });

  it('reports an unknown include at the including file:line', async () => {
    await viewer.page.evaluate(() =>
      window.sdf!.setSource(
        'scenes/circle.glsl',
        '/*{ "id": "circle", "name": "C" }*/\n#include "sdf/nope.glsl"\nvec3 sdgScene(vec2 u) { return vec3(0.0); }\nvec3 sceneColor(vec2 u) { return vec3(0.0); }',
      ),
    );
    const frame = await viewer.page.evaluate(() => window.sdf!.render());
    expect(frame.drawn).toBe(true);
    expect(frame.error).toContain('scenes/circle.glsl:2: error: unknown include "sdf/nope.glsl"');
    await viewer.page.evaluate(() => window.sdf!.setSource('scenes/circle.glsl', null));
  });
});

describe('context loss', () => {
  it('stops drawing with a notice, then rebuilds and gives back the same pixels', async () => {
    const viewer = await openViewer();
    await setState(viewer.page, { scene: 'shapes' });
    const before = await readRgba8(viewer.page);
    await viewer.page.evaluate(() => window.sdf!.loseContext());
    const lost = await viewer.page.evaluate(() => ({
      info: window.sdf!.info().lost,
      messages: window.sdf!.messages(),
      frame: window.sdf!.render(),
    }));
    expect(lost.info).toBe(true);
    expect(lost.messages.notices.join(' ')).toContain('GPU context was lost');
    expect(lost.frame.drawn).toBe(false);
    await expect(viewer.page.evaluate(() => window.sdf!.readPixels('rgba8'))).rejects.toThrow(
      'context is lost',
    );

    await viewer.page.evaluate(() => window.sdf!.restoreContext());
    const restored = await viewer.page.evaluate(() => ({
      info: window.sdf!.info().lost,
      notices: window.sdf!.messages().notices,
    }));
    expect(restored).toEqual({ info: false, notices: [] });
    expect(
      same((await readRgba8(viewer.page)).data, before.data),
      'same pixels after restore',
    ).toBe(true);
    await viewer.close();
  });

  it('keeps a visible notice when the context never comes back, and throws nothing uncaught', async () => {
    const viewer = await openViewer();
    await viewer.page.evaluate(() => window.sdf!.loseContext());
    await setState(viewer.page, { aa: { fadeWidth: 3 } });
    await viewer.page.evaluate(() => new Promise(requestAnimationFrame));
    const notice = await viewer.page.$eval('.overlay-notice', (el) => el.textContent);
    expect(notice).toContain('reload the page');
    await viewer.close();
  });
});

describe('without WebGL2', () => {
  it('shows a clear message instead of a blank page', async () => {
    const viewer = await openViewer({
      waitForReady: false,
      beforeLoad: () => {
        const original = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (
          this: HTMLCanvasElement,
          type: string,
          ...rest: unknown[]
        ) {
          return type === 'webgl2'
            ? null
            : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
        } as typeof original;
      },
    });
    await viewer.page.waitForSelector('.overlay-error:not([hidden])');
    const text = await viewer.page.$eval('.overlay-error', (el) => el.textContent);
    expect(text).toContain('WebGL2 is not available');
    expect(await viewer.page.evaluate(() => window.sdf === undefined)).toBe(true);
    await viewer.close();
  });
});
