import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { PNG } from 'pngjs';
import { openViewer, type ViewerPage } from './viewer-page';

/** Every text the busy sign shows from now on, in order (read back with `signTexts`). */
const recordSign = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { signTexts: string[] }).signTexts = seen;
    const sign = document.querySelector<HTMLElement>('.busy-sign')!;
    new MutationObserver(() => {
      if (!sign.hidden && seen.at(-1) !== sign.textContent) seen.push(sign.textContent ?? '');
    }).observe(sign, { childList: true, characterData: true, subtree: true, attributes: true });
  });
const signTexts = (page: Page) =>
  page.evaluate(() => (window as unknown as { signTexts: string[] }).signTexts);
/** Until the sign has shown something since it was last cleared, and is hidden again. */
const finished = (page: Page) =>
  page.waitForFunction(
    () =>
      (window as unknown as { signTexts: string[] }).signTexts.length > 0 &&
      document.querySelector<HTMLElement>('.busy-sign')!.hidden,
    { timeout: 120_000 },
  );
const percents = (texts: string[]) =>
  texts.flatMap((t) => /full resolution… (\d+) %/.exec(t)?.[1] ?? []).map(Number);

/** The canvas as the page shows it. */
async function shown(page: Page): Promise<PNG> {
  const canvas = (await page.$('#view'))!;
  return PNG.sync.read(Buffer.from(await canvas.screenshot({ type: 'png' })));
}

/**
 * A frame that costs seconds on a CPU renderer (the primitive contact sheet at 512 x 384,
 * about 2 s on SwiftShader) fills in over many animation frames instead of blocking one.
 */
describe('a heavy frame', () => {
  let viewer: ViewerPage;
  beforeAll(async () => {
    viewer = await openViewer({ query: { width: 512, height: 384, bands: 100 } });
    await recordSign(viewer.page);
  });
  afterAll(() => viewer.close());

  it('shows a preview at once, then fills in band by band with its progress shown', async () => {
    const framesBefore = await viewer.page.evaluate(() => window.sdf!.info().framesDrawn);
    await viewer.page.evaluate(() => {
      (window as unknown as { signTexts: string[] }).signTexts.length = 0;
      window.sdf!.setState({ scene: 'primitives' });
    });
    await finished(viewer.page);
    const drawn = percents(await signTexts(viewer.page));
    expect(drawn[0], 'the preview comes first, at 0 %').toBe(0);
    expect(drawn.length, `progress steps ${drawn.join(', ')}`).toBeGreaterThan(4);
    expect(drawn, 'progress only grows').toEqual([...drawn].sort((a, b) => a - b));
    const frames =
      (await viewer.page.evaluate(() => window.sdf!.info().framesDrawn)) - framesBefore;
    expect(frames, 'animation frames it took').toBeGreaterThan(4);
  });

  it('ends with the same pixels as the frame drawn whole', async () => {
    const banded = await shown(viewer.page);
    await viewer.page.evaluate(() => window.sdf!.render());
    const whole = await shown(viewer.page);
    expect([banded.width, banded.height]).toEqual([512, 384]);
    let differing = 0;
    for (let i = 0; i < whole.data.length; i++) if (whole.data[i] !== banded.data[i]) differing++;
    expect(differing, 'bytes that differ').toBe(0);
  });

  it('starts over from a new preview when the state changes while it fills in', async () => {
    await viewer.page.evaluate(() => {
      (window as unknown as { signTexts: string[] }).signTexts.length = 0;
      window.sdf!.setState({ aa: { fadeWidth: 1.5 } });
    });
    await viewer.page.waitForFunction(() =>
      (window as unknown as { signTexts: string[] }).signTexts.some((t) => /[1-9]\d* %/.test(t)),
    );
    await viewer.page.evaluate(() => window.sdf!.setState({ aa: { fadeWidth: 2 } }));
    await finished(viewer.page);
    const drawn = percents(await signTexts(viewer.page));
    const restart = drawn.indexOf(0, 1);
    expect(restart, `progress ${drawn.join(', ')} goes back to 0 %`).toBeGreaterThan(0);
    expect(drawn.slice(restart).at(-1)).toBeGreaterThan(50);
  });
});
