import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPngState } from '../../src/features/export/png-state';
import { decodePng, exportPng, HALF_PLANE_SCENE } from './export-helpers';
import { openViewer, setState } from './viewer-page';
import { runCli } from './cli-process';

/** `npm run render -- <args>`, without npm's own output. */
const render = (args: string[], env: Record<string, string> = {}) =>
  runCli('src/node/cli/render.ts', args, env);

describe('npm run render', () => {
  it('exits non-zero with one line naming the bad flag, before any browser starts', async () => {
    // Every message is checked in tests/unit/render-args.test.ts; this is the process around one.
    // With no browser to be found, a message about the flag shows the check came first.
    const run = await render(['--scene', 'fan', '--set', 'zap=1', '--out', 'x.png'], {
      CHROME_PATH: '/nonexistent/chrome',
    });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'render: --set: unknown parameter "zap" (scene fan: lobes, twist, amplitude, ink; warp identity: none)',
    ]);
    expect(run.stdout).toBe('');
  }, 90_000);

  it('renders a batch in one browser, each file byte-equal to the in-browser export of its state', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'render-cli-'));
    // The browser side: one export through window.sdf, as the Export button makes it.
    const viewer = await openViewer({ query: { width: 64, height: 64 } });
    await setState(viewer.page, {
      scene: 'fan',
      warp: 'swirl',
      view: { center: [0.1, -0.2], zoom: 0.8, rotation: 0.5 },
      sceneParams: { fan: { lobes: 4, ink: [1, 0.5, 0.25] } },
      aa: { fadeWidth: 2 },
    });
    const browserPng = await exportPng(viewer.page, { width: 180, height: 120, tileSize: 64 });
    const state = await viewer.page.evaluate(() => window.sdf!.getState());
    await viewer.close();
    writeFileSync(join(dir, 'state.json'), JSON.stringify(state));
    writeFileSync(join(dir, 'half-plane.glsl'), HALF_PLANE_SCENE);
    writeFileSync(
      join(dir, 'batch.json'),
      JSON.stringify([
        { state: 'state.json', size: '180x120', tile: 64, out: 'same.png' },
        {
          scene: 'half-plane.glsl',
          filter: 'linear',
          fade: 4,
          size: '255x8',
          transparent: true,
          out: 'half.png',
        },
        {
          scene: 'fan',
          set: ['lobes=6', 'ink=#3366ff'],
          size: '50x40',
          scale: 2,
          mode: 'coverage',
          out: 'fan.png',
        },
      ]),
    );
    const run = await render(['--batch', join(dir, 'batch.json')]);
    expect(run.stderr).toMatch(/render \[1\/3\] 6\/6 tiles .*same\.png \(180x120\)/);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/wrote .*fan\.png \(100x80,/);

    const same = readFileSync(join(dir, 'same.png'));
    expect(same.equals(browserPng.bytes), 'the file the browser export wrote').toBe(true);

    const half = decodePng(readFileSync(join(dir, 'half.png')));
    expect([half.colorType, half.width, half.height]).toEqual([6, 255, 8]);
    expect(Array.from(half.rgba.subarray(127 * 4, 127 * 4 + 4))).toEqual([200, 100, 50, 128]);

    const fan = decodePng(readFileSync(join(dir, 'fan.png')));
    expect([fan.colorType, fan.bytes[24], fan.width, fan.height]).toEqual([0, 16, 100, 80]);
    expect(readPngState(fan.bytes)).toEqual({
      state: expect.objectContaining({
        scene: 'fan',
        output: 'coverage',
        sceneParams: { fan: { lobes: 6, ink: [0.2, 0.4, 1] } },
      }),
    });
  }, 150_000);
});

describe('npm run render: shaders and sequences', () => {
  it('writes the view as a shader without a browser, the same text the page exports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'render-glsl-'));
    const file = join(dir, 'rings.glsl');
    const run = await render(
      [
        '--scene',
        'rings',
        '--warp',
        'swirl',
        '--fade',
        '1.5',
        '--glsl',
        file,
        '--target',
        'shadertoy',
      ],
      // No browser can start: the shader needs none.
      { CHROME_PATH: '/nonexistent/chrome' },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wrote .*rings\.glsl \(\d+ lines of GLSL\)\n$/);
    const viewer = await openViewer({ query: { width: 64, height: 64 } });
    const library = await import('../../src/model/library');
    const { scenePickPatch } = await import('../../src/model/scene-defaults');
    const { diskSources } = await import('../../src/node/disk-sources');
    const rings = library.createLibrary(diskSources(process.cwd())).scenes.get('rings')!;
    await setState(viewer.page, {
      ...scenePickPatch(rings),
      warp: 'swirl',
      aa: { fadeWidth: 1.5 },
    });
    const paged = await viewer.page.evaluate(() => window.sdf!.exportShader('shadertoy').text);
    await viewer.close();
    expect(readFileSync(file, 'utf8')).toBe(paged);
  }, 90_000);

  it('writes a numbered PNG sequence with progress, the frames moving with time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'render-frames-'));
    const run = await render([
      '--scene',
      'gear',
      '--size',
      '64x48',
      '--time',
      '1',
      '--frames',
      '3',
      '--fps',
      '2',
      '--out',
      join(dir, 'gear.png'),
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/frame 2\/3 t=1\.500 s/);
    const frames = ['gear-0001.png', 'gear-0002.png', 'gear-0003.png'].map((name) =>
      decodePng(readFileSync(join(dir, name))),
    );
    const times = frames.map((png) => {
      const read = readPngState(png.bytes);
      return 'state' in read ? (read.state as { time: number }).time : read.error;
    });
    expect(times).toEqual([1, 1.5, 2]);
    expect(Buffer.compare(frames[0]!.rgba, frames[2]!.rgba)).not.toBe(0);
  }, 120_000);
});
