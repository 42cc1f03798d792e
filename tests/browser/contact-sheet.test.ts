import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diskSources } from '../../src/node/disk-sources';
import { warpCatalog } from '../../src/catalog/warp-catalog';
import { REPO_ROOT } from '../tools/assemble-case';
import { openViewer, readFloat, setState, type ViewerPage } from './viewer-page';

const warps = [...warpCatalog(diskSources(REPO_ROOT)).warps.keys()];

/**
 * The figures in docs/ are the primitive contact sheet through every warp. Each variant of
 * that big scene takes SwiftShader seconds to compile, so the other derivative sources are
 * checked through one warp with a singular point (polar) rather than all ten.
 */
describe('the primitive contact sheet', () => {
  let viewer: ViewerPage;
  beforeAll(async () => {
    viewer = await openViewer({ query: { width: 160, height: 90 } });
  });
  afterAll(() => viewer.close());

  async function firstNonFinite(patch: Record<string, unknown>): Promise<number> {
    await setState(viewer.page, { scene: 'primitives', ...patch });
    const { data } = await readFloat(viewer.page);
    return data.findIndex((v) => !Number.isFinite(v));
  }

  it.each(warps)('through %s has no NaN or Inf (analytic + adaptive, colour)', async (warp) => {
    const bad = await firstNonFinite({
      warp,
      output: 'color',
      aa: { source: 'analytic', filter: 'adaptive' },
    });
    expect(bad, `first non-finite value at index ${bad}`).toBe(-1);
  });

  it.each([
    ['hardware', 'linear', 'coverage'],
    ['naive', 'box', 'color'],
    ['finite-difference', 'strip', 'coverage'],
  ])('through polar has no NaN or Inf with %s + %s (%s)', async (source, filter, output) => {
    const bad = await firstNonFinite({ warp: 'polar', output, aa: { source, filter } });
    expect(bad, `first non-finite value at index ${bad}`).toBe(-1);
  });
});
