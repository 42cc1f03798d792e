/**
 * The exported shader draws what the viewer draws: every built-in scene (with its own warp)
 * and every warp (on the checkerboard), with three antialiasing methods, each compiled in
 * a fresh WebGL2 context and compared with the viewer's canvas.
 *
 * Exactly (1/255) where the export's parameters reach the GPU as the viewer's do, as
 * uniforms: the WebGL2 `uniforms` form, and the Shadertoy target's named constants
 * declared back as uniforms by the harness (WebGL2's constants are the same lines). As written, constants let the compiler fold what depends only on
 * them (sin(0.3) at full precision, where SwiftShader's sin of a uniform is off by about
 * 5e-4): that moves edges by a few hundredths of a pixel, bounded below.
 *
 * `adaptive` is bounded too: the export holds its one-pass form (corners tested in the
 * pixel's own loop), the viewer draws it in passes (a gate that reads the neighbours
 * across 2x2 quads), and the two refine different pixels. Where they differ most, on thin
 * contour lines, the passes are the closer to a 32 x 32 reference (isolines at 96 x 64:
 * p99 3.4 % against the one-pass form's 32.5 %).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLibrary } from '../../src/model/library';
import { scenePickPatch } from '../../src/model/scene-defaults';
import { diskSources } from '../../src/node/disk-sources';
import {
  compareExportedShader,
  installShaderHarness,
  uniformDefaults,
  type ShaderComparison,
} from './shader-harness';
import { openViewer, setState, type ViewerPage } from './viewer-page';

const library = createLibrary(diskSources(process.cwd()));
const METHODS = [
  { source: 'analytic', filter: 'adaptive' },
  { source: 'hardware', filter: 'linear' },
  { source: 'reference', filter: 'box', referenceN: 4 },
] as const;
/** One 8-bit step: the viewer and the export run the same arithmetic. */
const TOLERANCE = 1;
/** Folded constants, as written: mean difference per channel and share of channels over 1. */
const FOLDED_MEAN = 0.2;
const FOLDED_OVER = 0.015;
/** The adaptive filter, one pass against three: the same two measures. */
const ADAPTIVE_MEAN = 1;
const ADAPTIVE_OVER = 0.03;

const cases: { name: string; patch: Record<string, unknown> }[] = [];
for (const scene of library.scenes.values())
  cases.push({
    name: `scene ${scene.id}`,
    // The lab's paths are marks the viewer draws over the frame; through a warp it has none.
    patch: { ...scenePickPatch(scene), ...(scene.id === 'optimise' ? { warp: 'swirl' } : {}) },
  });
for (const warp of library.warps.keys())
  cases.push({
    name: `warp ${warp}`,
    patch: { ...scenePickPatch(library.scenes.get('checker')!), warp },
  });

let viewer: ViewerPage;
beforeAll(async () => {
  viewer = await openViewer({ query: { width: 96, height: 64 } });
  await installShaderHarness(viewer.page);
});
afterAll(() => viewer?.close());

function exported(target: string, params: string): Promise<string> {
  return viewer.page.evaluate(
    (t, p) => window.sdf!.exportShader(t as 'webgl2', p as 'uniforms').text,
    target,
    params,
  );
}

type Bound = 'exact' | 'folded' | 'adaptive';

function problem(result: ShaderComparison, bound: Bound = 'exact'): string | undefined {
  if (result.error) return result.error;
  const { worst, over, mean, lit, pixels } = result as Required<ShaderComparison>;
  // A blank frame would match a blank export: something must be drawn.
  if (lit === 0) return 'nothing drawn';
  const stats = `${worst.diff}/255 at (${worst.x}, ${worst.y}), ${over} channels over 1, mean ${mean.toFixed(4)}`;
  if (bound === 'exact') return worst.diff > TOLERANCE ? stats : undefined;
  const [meanBound, overBound] =
    bound === 'folded' ? [FOLDED_MEAN, FOLDED_OVER] : [ADAPTIVE_MEAN, ADAPTIVE_OVER];
  return mean > meanBound || over > overBound * pixels * 4 ? stats : undefined;
}

describe('exported shaders match the viewer', () => {
  it.each(cases)('$name', async ({ patch }) => {
    const failures: string[] = [];
    for (const method of METHODS) {
      await setState(viewer.page, { ...patch, aa: { ...(patch.aa as object), ...method } });
      const label = `${method.source} + ${method.filter}`;
      const uniforms = await exported('webgl2', 'uniforms');
      const defaults = uniformDefaults(uniforms);
      const shadertoy = await exported('shadertoy', 'constants');
      const checks = [
        ['webgl2 uniforms', uniforms, 'webgl2', {}, false],
        ['shadertoy constants as uniforms', shadertoy, 'shadertoy', defaults, false],
        ['shadertoy constants as written', shadertoy, 'shadertoy', {}, true],
      ] as const;
      for (const [form, text, target, unfold, folded] of checks) {
        const found = problem(
          await compareExportedShader(viewer.page, text, target, 0, unfold),
          method.filter === 'adaptive' ? 'adaptive' : folded ? 'folded' : 'exact',
        );
        if (found) failures.push(`${label} as ${form}: ${found}`);
      }
    }
    expect(failures).toEqual([]);
  });

  // Each of these has a parameter tied to time: the export computes it from u_time / iTime.
  it.each([
    ['gear', 'identity'],
    ['checker', 'swirl'],
    ['checker', 'sine'],
    ['checker', 'kaleidoscope'],
  ])('%s through %s at t = 7.25 s', async (scene, warp) => {
    await setState(viewer.page, {
      ...scenePickPatch(library.scenes.get(scene)!),
      warp,
      time: 7.25,
      // One pass in the viewer as in the export, so the time is all that may differ.
      aa: { source: 'analytic', filter: 'box' },
    });
    const uniforms = await exported('webgl2', 'uniforms');
    const shadertoy = await exported('shadertoy', 'constants');
    expect(uniforms).toMatch(/^#define u_\w+ .*u_time/m);
    const results = [
      await compareExportedShader(viewer.page, uniforms, 'webgl2', 7.25),
      await compareExportedShader(
        viewer.page,
        shadertoy,
        'shadertoy',
        7.25,
        uniformDefaults(uniforms),
      ),
    ];
    expect(results.map((r) => problem(r))).toEqual([undefined, undefined]);
    // Frozen at another time, the same text draws another picture.
    const elsewhere = await compareExportedShader(viewer.page, uniforms, 'webgl2', 3);
    // (The sine warp's slowest: 38/255 at most between t = 3 and 7.25.)
    expect(elsewhere.worst!.diff).toBeGreaterThan(20);
  });
});
