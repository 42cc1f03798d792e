import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, control } from './panel-driver';
import { openViewer, readRgba8, setState, type ViewerPage } from './viewer-page';

/** The formula inputs of the panel, typed into as a user does. */
describe('formula inputs', () => {
  let viewer: ViewerPage;
  beforeAll(async () => {
    viewer = await openViewer({ query: { width: 160, height: 120 } });
    await choose(viewer.page, 'Scene', 'scene', 'Custom field (formula)');
  });
  afterAll(() => viewer.close({ allowErrors: /failed to compile|ad_sin/ }));

  const type = async (text: string, commit: boolean) => {
    const input = (await (await control(viewer.page, 'Scene', 'f(u, v) =')).$('textarea'))!;
    await input.click({ count: 3 });
    await viewer.page.keyboard.press('Backspace');
    await input.type(text);
    if (commit) await viewer.page.keyboard.press('Enter');
  };
  const errorLine = () =>
    viewer.page.$eval('pre.formula-error[data-formula="field"]', (el) => el.textContent ?? '');
  const field = () => viewer.page.evaluate(() => window.sdf!.getState().expressions.field);
  const pixels = async () => {
    await viewer.page.evaluate(() => window.sdf!.render());
    return Buffer.from((await readRgba8(viewer.page)).data).toString('base64');
  };

  it('shows a long formula whole, wrapped over several lines in a box the panel wide', async () => {
    const box = (await (await control(viewer.page, 'Scene', 'f(u, v) =')).$('textarea'))!;
    const shape = await box.evaluate((el) => {
      const area = el as HTMLTextAreaElement;
      const panel = area.closest('.lil-gui.lil-root')!.getBoundingClientRect();
      return {
        text: area.value,
        lines: Math.round(area.clientHeight / parseFloat(getComputedStyle(area).lineHeight)),
        overflowsSideways: area.scrollWidth > area.clientWidth,
        shareOfPanel: area.getBoundingClientRect().width / panel.width,
      };
    });
    expect(shape.text.length, 'the default field is long').toBeGreaterThan(60);
    expect(shape.lines).toBeGreaterThanOrEqual(3);
    expect(shape.overflowsSideways).toBe(false);
    expect(shape.shareOfPanel).toBeGreaterThan(0.85);
  });

  it('commits a formula on Enter and draws it', async () => {
    const before = await pixels();
    await type('hypot(u, v) - 0.3', true);
    expect(await field()).toBe('hypot(u, v) - 0.3');
    expect(await errorLine()).toBe('');
    expect(await pixels()).not.toBe(before);
  });

  it('shows a caret under the error while typing, commits nothing and keeps the picture', async () => {
    const before = await pixels();
    await type('hypot(u, v) - 0.3 * foo', true);
    const [excerpt, caret, message] = (await errorLine()).split('\n');
    expect(message).toBe('unknown name "foo" (known here: u, x, v, y)');
    expect(excerpt!.slice(caret!.indexOf('^'), caret!.indexOf('^') + 3)).toBe('foo');
    expect(await field(), 'the state keeps the last good formula').toBe('hypot(u, v) - 0.3');
    expect(await pixels()).toBe(before);
  });

  it('sets an example formula from the examples dropdown', async () => {
    await choose(viewer.page, 'Scene', 'examples', "iq's box");
    expect(await field()).toMatch(/^qx = abs\(u\) - 0.5; qy = abs\(v\) - 0.25;/);
    expect(await errorLine()).toBe('');
  });

  it('shows at the input when the shader compiler rejects the generated code', async () => {
    // A library without ad_sin: the generated file calls it, so the compile fails there.
    const ad = await viewer.page.evaluate(async () => (await fetch('/shaders/ad/ad.glsl')).text());
    await viewer.page.evaluate(
      (text) => window.sdf!.setSource('shaders/ad/ad.glsl', text),
      ad.replace(/AD ad_sin\(AD a\) \{[^}]*\}/, ''),
    );
    await setState(viewer.page, { expressions: { field: 'sin(u) - v' } });
    await viewer.page.evaluate(() => window.sdf!.render());
    await viewer.page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await errorLine()).toMatch(
      /^The shader compiler rejected this formula:\ngenerated\/field-/,
    );
    await viewer.page.evaluate(() => window.sdf!.setSource('shaders/ad/ad.glsl', null));
    await viewer.page.evaluate(() => window.sdf!.render());
    expect(await errorLine()).toBe('');
  });
});
