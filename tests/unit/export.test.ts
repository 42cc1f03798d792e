import { describe, expect, it } from 'vitest';
import { parseRenderArgs } from '../../src/cli/render-args';
import { unpremultiply } from '../../src/export/straight-alpha';

describe('unpremultiply', () => {
  it('divides colour by alpha, rounding to nearest', () => {
    expect(Array.from(unpremultiply(new Uint8Array([64, 32, 0, 128, 255, 255, 255, 255])))).toEqual(
      [128, 64, 0, 128, 255, 255, 255, 255],
    );
  });

  it('writes fully transparent pixels as zeros and never exceeds 255', () => {
    expect(Array.from(unpremultiply(new Uint8Array([9, 9, 9, 0, 200, 0, 0, 100])))).toEqual([
      0, 0, 0, 0, 255, 0, 0, 100,
    ]);
  });
});

describe('parseRenderArgs', () => {
  it('turns flags into a state patch and a size', () => {
    expect(
      parseRenderArgs(['--scene', 'circle', '--fade', '2', '--size', '64x32', '--out', 'a.png']),
    ).toEqual({
      patch: { scene: 'circle', aa: { fadeWidth: 2 } },
      width: 64,
      height: 32,
      out: 'a.png',
    });
  });

  it.each([
    [['--out'], '--out needs a value'],
    [['--size', '10x10'], '--out <file.png> is required'],
    [
      ['--out', 'a.png', '--size', '5000x10'],
      '--size must be <W>x<H> with each side from 1 to 4096, got "5000x10"',
    ],
    [['--out', 'a.png', '--colour', 'red'], 'unknown option --colour'],
    [['a.png'], 'unexpected argument "a.png"'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseRenderArgs(argv)).toThrow(message);
  });
});
