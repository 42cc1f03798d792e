import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { decodeUrlState } from '../../src/url-state';
import { openViewer, setState } from './viewer-page';

const hashOf = (value: unknown) =>
  `#s1.${deflateRawSync(Buffer.from(JSON.stringify(value))).toString('base64url')}`;

describe('state in the URL hash', () => {
  it('writes the state into the hash, and a page opened with that hash draws the same state', async () => {
    const first = await openViewer();
    await setState(first.page, {
      scene: 'dots',
      warp: 'swirl',
      warpParams: { swirl: { strength: -4 } },
      aa: { filter: 'box', fadeWidth: 2.5 },
      view: { center: [0.25, -0.125], zoom: 2 },
    });
    const state = await first.page.evaluate(() => window.sdf!.getState());
    await first.page.waitForFunction(() => location.hash.length > 10);
    const hash = await first.page.evaluate(() => location.hash);
    const decoded = await decodeUrlState(hash);
    expect('patch' in decoded && decoded.patch).toEqual(state);
    await first.close();

    const second = await openViewer({ hash });
    expect(await second.page.evaluate(() => window.sdf!.getState())).toEqual(state);
    expect(await second.page.evaluate(() => window.sdf!.messages().notices)).toEqual([]);
    await second.close();
  });

  it('keeps the valid fields of a stale link, defaults the rest, and says which', async () => {
    const viewer = await openViewer({
      hash: hashOf({ scene: 'dots', warp: 'teleport', aa: { fadeWidth: -2 } }),
    });
    const state = await viewer.page.evaluate(() => window.sdf!.getState());
    expect([state.scene, state.warp, state.aa.fadeWidth]).toEqual(['dots', 'identity', 1]);
    const notices = await viewer.page.evaluate(() => window.sdf!.messages().notices.join(' '));
    expect(notices).toContain('warp: unknown warp');
    expect(notices).toContain('aa.fadeWidth: must be a number in [0, 8]');
    await viewer.close();
  });

  it('ignores a hash it cannot read, with a notice, and keeps running', async () => {
    const viewer = await openViewer({ hash: '#s1.!!!' });
    expect(await viewer.page.evaluate(() => window.sdf!.messages().notices.join(' '))).toContain(
      'not valid base64url',
    );
    const frame = await viewer.page.evaluate(() => window.sdf!.render());
    expect(frame.drawn).toBe(true);
    await viewer.close();
  });
});
