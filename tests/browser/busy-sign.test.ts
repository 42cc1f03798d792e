import { describe, expect, it } from 'vitest';
import { openViewer } from './viewer-page';

describe('a live frame that needs a new program', () => {
  it('says "Compiling shader…" before it compiles, keeps the last picture meanwhile, then draws', async () => {
    // compile=parallel: live frames do not wait for programs, as outside test mode.
    const viewer = await openViewer({ query: { compile: 'parallel', width: 200, height: 150 } });
    const seen = await viewer.page.evaluate(async () => {
      const sign = document.querySelector<HTMLElement>('.busy-sign')!;
      const shown: string[] = [];
      new MutationObserver(() => {
        if (!sign.hidden) shown.push(sign.textContent ?? '');
      }).observe(sign, { attributes: true, childList: true, subtree: true, characterData: true });
      const framesBefore = window.sdf!.info().framesDrawn;
      // A variant no frame has compiled yet, set the way the panel sets it (no render call).
      window.sdf!.setState({ scene: 'rings', warp: 'swirl', aa: { filter: 'box' } });
      const start = performance.now();
      while (performance.now() - start < 30_000) {
        await new Promise(requestAnimationFrame);
        if (shown.length && sign.hidden) break;
      }
      return {
        shown,
        hiddenAtEnd: sign.hidden,
        framesDrawn: window.sdf!.info().framesDrawn - framesBefore,
        error: window.sdf!.messages().error,
      };
    });
    expect(seen.shown[0]).toMatch(/^Compiling shader… \d+\.\d s$/);
    expect(seen.hiddenAtEnd, 'the sign goes once the program is ready').toBe(true);
    expect(seen.framesDrawn).toBeGreaterThanOrEqual(2);
    expect(seen.error).toBeNull();
    await viewer.close();
  });
});
