import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkFlags,
  frameFile,
  parseBatch,
  parseRenderArgs,
  type RenderFlags,
} from '../../src/node/cli/render-args';
import { resolveJob } from '../../src/node/cli/render-jobs';
import { parseParamText } from '../../src/node/cli/render-params';
import type { ParamSpec } from '../../src/shader/params';
import { diskSources } from '../../src/node/disk-sources';
import { DEFAULT_STATE, type ViewerState } from '../../src/model/state';
import { encodeUrlState } from '../../src/model/url-state';

const files = diskSources(process.cwd());
const job = (argv: string[]): RenderFlags => {
  const command = parseRenderArgs(argv);
  if (!('job' in command)) throw new Error('expected one render');
  return command.job;
};
const resolveArgs = (argv: string[], dir = process.cwd()) =>
  resolveJob(checkFlags(job(argv)), files, dir);

describe('parseRenderArgs', () => {
  it('reads values, --flag=value, repeated --set and the --transparent switch', () => {
    expect(
      job([
        '--scene',
        'fan',
        '--set',
        'lobes=4',
        '--set=ink=#ff0000',
        '--transparent',
        '--out',
        'a.png',
      ]),
    ).toEqual({ scene: 'fan', set: ['lobes=4', 'ink=#ff0000'], transparent: true, out: 'a.png' });
    expect(job(['--output', 'coverage', '--out', 'a.png']).mode).toBe('coverage');
    expect(parseRenderArgs(['--batch', 'b.json'])).toEqual({ batch: 'b.json' });
  });

  it.each([
    [['--out'], '--out needs a value'],
    [['--scene', '--out', 'a.png'], '--scene needs a value'],
    [['--out', 'a.png', '--colour', 'red'], 'unknown option --colour (known: --scene'],
    [['a.png'], 'unexpected argument "a.png"'],
    [['--fade', '1', '--fade', '2'], '--fade is given twice'],
    [['--transparent=yes'], '--transparent takes no value'],
    [['--batch', 'b.json', '--out', 'a.png'], '--batch <file.json> takes no other options'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseRenderArgs(argv)).toThrow(message);
  });
});

describe('checkFlags', () => {
  it('scales the size and keeps the mode and tile size', () => {
    const checked = checkFlags(
      job([
        '--size',
        '300x200',
        '--scale',
        '2.5',
        '--mode',
        'coverage',
        '--tile',
        '512',
        '--out',
        'a.png',
      ]),
    );
    expect(checked).toMatchObject({
      width: 750,
      height: 500,
      output: 'coverage',
      tileSize: 512,
      out: 'a.png',
    });
    expect(checkFlags(job(['--out', 'a.png']))).toMatchObject({ width: 1024, height: 768 });
  });

  it.each([
    [['--size', '10x10'], '--out: is required'],
    [
      ['--size', '10 by 10', '--out', 'a.png'],
      '--size: must be <W>x<H>, like 1200x600, got "10 by 10"',
    ],
    [
      ['--size', '16385x10', '--out', 'a.png'],
      '--size: export size 16385x10 is too large: each side must be at most 16384 pixels',
    ],
    [
      ['--size', '0x10', '--out', 'a.png'],
      '--size: export width must be a whole number of pixels, got 0',
    ],
    [
      ['--size', '5000x100', '--scale', '4', '--out', 'a.png'],
      '--size 5000x100 --scale 4: export size 20000x400 is too large',
    ],
    [['--scale', '5', '--out', 'a.png'], '--scale: must be a number from 1 to 4, got "5"'],
    [['--mode', 'probe', '--out', 'a.png'], '--mode: must be one of color, coverage, got "probe"'],
    [
      ['--tile', '5000', '--out', 'a.png'],
      '--tile: must be a whole number of pixels from 1 to 4096',
    ],
  ])('rejects %j', (argv, message) => {
    expect(() => checkFlags(job(argv))).toThrow(message);
  });
});

describe('parseBatch', () => {
  it('takes the flag names as keys, numbers and lists included', () => {
    expect(
      parseBatch([
        { scene: 'fan', fade: 2, set: 'lobes=3', transparent: true, out: 'a.png' },
        { out: 'b.png', set: ['x=1', 'y=2'] },
      ]),
    ).toEqual([
      { scene: 'fan', fade: '2', set: ['lobes=3'], transparent: true, out: 'a.png' },
      { out: 'b.png', set: ['x=1', 'y=2'], transparent: false },
    ]);
  });

  it.each([
    [{}, 'a non-empty JSON array'],
    [[], 'a non-empty JSON array'],
    [[{ out: 'a.png' }, 3], 'batch[1]: expected an object of options'],
    [[{ colour: 'red' }], 'batch[0]: unknown option "colour"'],
    [[{ transparent: 'yes' }], 'batch[0].transparent: must be true or false'],
    [[{ set: [1] }], 'batch[0].set: must be "<param>=<value>"'],
  ])('rejects %j', (json, message) => {
    expect(() => parseBatch(json)).toThrow(message);
  });
});

describe('resolveJob', () => {
  it("applies the scene's header defaults, then the flags, into a whole state", async () => {
    const { options } = await resolveArgs([
      '--scene',
      'fan',
      '--warp',
      'swirl',
      '--source',
      'hardware',
      '--filter',
      'linear',
      '--fade',
      '2.5',
      '--reference',
      '4',
      '--set',
      'lobes=5',
      '--set',
      'ink=0.1,0.2,0.3',
      '--set',
      'center=0.5,-0.25',
      '--size',
      '64x32',
      '--transparent',
      '--mode',
      'coverage',
      '--out',
      'a.png',
    ]);
    expect(options).toMatchObject({ width: 64, height: 32, transparent: true });
    expect(options.state).toEqual({
      ...DEFAULT_STATE,
      scene: 'fan',
      warp: 'swirl',
      view: { ...DEFAULT_STATE.view, zoom: 0.55 },
      aa: {
        ...DEFAULT_STATE.aa,
        source: 'hardware',
        filter: 'linear',
        fadeWidth: 2.5,
        referenceN: 4,
      },
      sceneParams: { fan: { lobes: 5, ink: [0.1, 0.2, 0.3] } },
      warpParams: { swirl: { center: [0.5, -0.25] } },
      output: 'coverage',
    });
  });

  it('names the flag and the known choices on bad input', async () => {
    const cases: [string[], string][] = [
      [['--scene', 'nope'], '--scene: unknown scene "nope" (known: '],
      [['--warp', 'nope'], '--warp: unknown warp "nope" (known: identity'],
      [['--source', 'magic'], '--source: unknown source "magic" (known: none, naive'],
      [['--fade', '9'], '--fade: must be a number of pixels from 0 to 8, got "9"'],
      [['--reference', '2.5'], '--reference: must be a whole number from 1 to 64'],
      [
        ['--scene', 'fan', '--set', 'zap=1'],
        '--set: unknown parameter "zap" (scene fan: lobes, twist, amplitude, ink; warp identity: none)',
      ],
      [
        ['--scene', 'fan', '--set', 'lobes=99'],
        '--set lobes: must be an integer in [1, 12], got "99"',
      ],
      [['--scene', 'fan', '--set', 'warp.lobes=3'], '--set: unknown parameter "warp.lobes"'],
      [['--scene', 'fan', '--set', 'ink=red'], '--set ink: must be a colour as #rrggbb or r,g,b'],
      [['--set', 'noequals'], '--set: expected <param>=<value>, got "noequals"'],
      [['--state', 'nothing-here.json'], '--state: cannot read nothing-here.json (ENOENT)'],
      [['--state', '#s1.!!'], "--state: the link's state is not valid base64url"],
      [
        ['--field-expr', 'hypot(u, v) -'],
        '--field-expr: Unexpected end of expression at character',
      ],
      [['--warp-expr', 'x'], '--warp-expr: expected 2 outputs'],
      [['--warp-expr', 'x; q'], '--warp-expr: unknown name "q"'],
      [['--warp', 'polar', '--warp-expr', 'x; y'], '--warp-expr: give --warp or --warp-expr'],
    ];
    for (const [argv, message] of cases)
      await expect(resolveArgs([...argv, '--out', 'a.png']), argv.join(' ')).rejects.toThrow(
        message,
      );
    await expect(resolveArgs(['--out', '/no/such/folder/a.png'])).rejects.toThrow(
      '--out: the folder /no/such/folder does not exist',
    );
  });

  it('turns --field-expr and --warp-expr into the custom scene and warp', async () => {
    const job = await resolveArgs([
      '--field-expr',
      'hypot(u, v) - 0.5',
      '--warp-expr',
      'x; y + 0.1 * sin(4 * x)',
      '--out',
      'a.png',
    ]);
    expect(job.options.state).toMatchObject({
      scene: 'custom',
      warp: 'custom',
      expressions: { field: 'hypot(u, v) - 0.5', warp: 'x; y + 0.1 * sin(4 * x)' },
    });
  });

  it('reads a state from a JSON file or a link hash, then applies flags on top', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'render-args-'));
    const state: ViewerState = {
      ...DEFAULT_STATE,
      scene: 'dots',
      warp: 'polar',
      view: { center: [0.1, 0.2], zoom: 2, rotation: 0.3 },
    };
    writeFileSync(join(dir, 'view.json'), JSON.stringify(state));
    const fromFile = await resolveArgs(
      ['--state', 'view.json', '--fade', '3', '--out', 'a.png'],
      dir,
    );
    expect(fromFile.options.state).toEqual({ ...state, aa: { ...state.aa, fadeWidth: 3 } });
    const hash = await encodeUrlState(state);
    const fromHash = await resolveArgs(
      ['--state', `http://localhost:5173/${hash}`, '--out', 'a.png'],
      dir,
    );
    expect(fromHash.options.state).toEqual(state);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...state, warp: 'nope' }));
    await expect(resolveArgs(['--state', 'bad.json', '--out', 'a.png'], dir)).rejects.toThrow(
      '--state: warp: unknown warp',
    );
  });

  it('loads a scene file as scenes/external/<name> and reports its header by file and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'render-scene-'));
    const scene = (
      params: string,
    ) => `/*{ "id": "ext", "name": "Ext", "params": [${params}], "defaults": { "warp": "polar" } }*/
vec3 sdgScene(vec2 u) { return vec3(u.x, 1.0, 0.0); }
vec3 sceneColor(vec2 u) { return vec3(1.0); }`;
    writeFileSync(
      join(dir, 'ext.glsl'),
      scene(
        `{ "name": "on", "type": "bool", "default": false }, { "name": "mode", "type": "enum", "options": ["a", "b"], "default": "a" }`,
      ),
    );
    const { source, options } = await resolveArgs(
      ['--scene', 'ext.glsl', '--set', 'on=true', '--set', 'scene.mode=b', '--out', 'a.png'],
      dir,
    );
    expect(source?.path).toBe('scenes/external/ext.glsl');
    expect(options.state).toMatchObject({
      scene: 'ext',
      warp: 'polar',
      sceneParams: { ext: { on: true, mode: 'b' } },
    });
    await expect(
      resolveArgs(['--scene', 'ext.glsl', '--set', 'mode=c', '--out', 'a.png'], dir),
    ).rejects.toThrow('--set mode: must be one of a, b, got "c"');
    writeFileSync(
      join(dir, 'bad.glsl'),
      scene(`{ "name": "size", "type": "float", "min": 0, "max": 1, "default": 2 }`),
    );
    await expect(resolveArgs(['--scene', 'bad.glsl', '--out', 'a.png'], dir)).rejects.toThrow(
      '--scene: bad.glsl: params[0].default: must be within [min, max]',
    );
  });
});

describe('parseParamText', () => {
  const spec = (p: object) => ({ name: 'p', uniform: 'u_p', ...p }) as ParamSpec;
  it('reads each type', () => {
    expect(parseParamText(spec({ type: 'float', min: 0, max: 1, default: 0 }), '0.25')).toBe(0.25);
    expect(parseParamText(spec({ type: 'bool', default: false }), 'true')).toBe(true);
    expect(parseParamText(spec({ type: 'bool', default: false }), '1')).toBeUndefined();
    expect(parseParamText(spec({ type: 'color', default: [0, 0, 0] }), '#ff8000')).toEqual([
      1,
      128 / 255,
      0,
    ]);
    expect(parseParamText(spec({ type: 'color', default: [0, 0, 0] }), '1,0.5,0')).toEqual([
      1, 0.5, 0,
    ]);
    expect(
      parseParamText(spec({ type: 'point2D', min: -1, max: 1, default: [0, 0] }), '0.5, -1'),
    ).toEqual([0.5, -1]);
    expect(
      parseParamText(spec({ type: 'point2D', min: -1, max: 1, default: [0, 0] }), '0.5'),
    ).toBeUndefined();
  });
});

describe('shader export and sequences on the command line', () => {
  it('numbers the frames of a sequence after the name, or in the run of #', () => {
    expect(frameFile('out/gear.png', 0, 3)).toBe('out/gear-0001.png');
    expect(frameFile('gear.png', 11, 12345)).toBe('gear-00012.png');
    expect(frameFile('my#dir/f-###.png', 6, 10)).toBe('my#dir/f-007.png');
  });

  it('names the flag on a bad --frames, --fps, --time, --target or --params', async () => {
    const problem = (argv: string[]) => {
      try {
        checkFlags(job(argv));
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(problem(['--frames', '0', '--out', 'a.png'])).toBe(
      '--frames: must be a whole number from 1 to 10000, got "0"',
    );
    expect(problem(['--fps', '5', '--out', 'a.png'])).toBe('--fps: goes with --frames <N>');
    expect(problem(['--frames', '3', '--fps', '0', '--out', 'a.png'])).toMatch(/^--fps: must be/);
    expect(problem(['--time', '-1', '--out', 'a.png'])).toBe(
      '--time: must be seconds from 0, got "-1"',
    );
    expect(problem(['--target', 'shadertoy', '--out', 'a.png'])).toBe(
      '--target: goes with --glsl <file.glsl>, the shader to write',
    );
    expect(problem(['--glsl', 'a.glsl'])).toBeUndefined();
    await expect(resolveArgs(['--glsl', 'a.glsl', '--target', 'hlsl'])).rejects.toThrow(
      '--target: unknown target "hlsl" (known: shadertoy, webgl2)',
    );
    await expect(
      resolveArgs(['--glsl', 'a.glsl', '--target', 'shadertoy', '--params', 'uniforms']),
    ).rejects.toThrow('--params: parameters as uniforms need the webgl2 target');
  });

  it('puts --time in the state and the exported shader in the job', async () => {
    const resolved = await resolveArgs(['--scene', 'gear', '--time', '2.5', '--glsl', 'g.glsl']);
    expect(resolved.options.state.time).toBe(2.5);
    expect(resolved.glsl!.shader.fileName).toBe('gear-identity.webgl2.glsl');
    expect(resolved.glsl!.shader.text).toMatch(/^#define u_angle .*u_time/m);
  });
});
