import { describe, expect, it } from 'vitest';
import { openViewer, readRgba8 } from './viewer-page';

describe('viewer boot', () => {
  it('draws the default scene with no console errors', async () => {
    const viewer = await openViewer();
    const info = await viewer.page.evaluate(() => window.sdf!.info());
    expect(info.canvas).toEqual({ width: 256, height: 256 });
    expect(info.framesDrawn, 'at least one frame drawn before ready').toBeGreaterThan(0);
    const messages = await viewer.page.evaluate(() => window.sdf!.messages());
    expect(messages.error, 'no compile error shown').toBeNull();
    const { data } = await readRgba8(viewer.page);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4)
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    expect(colours.size, 'background, three inks and their edge blends').toBeGreaterThan(10);
    await viewer.close();
  });
});
