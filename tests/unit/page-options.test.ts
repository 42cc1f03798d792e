import { describe, expect, it } from 'vitest';
import { PROGRAM_CACHE_CAP } from '../../src/gl/program-cache';
import { readPageOptions } from '../../src/app/page-options';
import { WHOLE_FRAME_MS } from '../../src/render/live-frames';

describe('readPageOptions', () => {
  it('is off by default and follows the display DPR', () => {
    expect(readPageOptions('').options).toEqual({
      test: false,
      width: 256,
      height: 256,
      dpr: undefined,
      parallelCompile: true,
      programCap: PROGRAM_CACHE_CAP,
      bandsAboveMs: WHOLE_FRAME_MS,
    });
  });

  it('pins DPR 1 in test mode unless dpr=device', () => {
    expect(readPageOptions('?test&width=64&height=32').options).toEqual({
      test: true,
      width: 64,
      height: 32,
      dpr: 1,
      parallelCompile: false,
      programCap: PROGRAM_CACHE_CAP,
      bandsAboveMs: Infinity,
    });
    expect(readPageOptions('?test&bands=100').options.bandsAboveMs).toBe(100);
    expect(readPageOptions('?bands=-1').problems).toEqual([
      'bands=-1: expected milliseconds from 0 to 100000',
    ]);
    expect(readPageOptions('?test&dpr=device').options.dpr).toBeUndefined();
    expect(readPageOptions('?test&compile=parallel&programs=4').options).toMatchObject({
      parallelCompile: true,
      programCap: 4,
    });
  });

  it('reports bad values and keeps the defaults', () => {
    const { options, problems } = readPageOptions(
      '?test&width=99999&dpr=abc&compile=later&programs=1',
    );
    expect(options.width).toBe(256);
    expect(options.programCap).toBe(PROGRAM_CACHE_CAP);
    expect(problems).toEqual([
      'width=99999: expected an integer from 1 to 4096; using 256',
      'compile=later: expected "parallel" or "wait"',
      `programs=1: expected an integer from 2 to 256; using ${PROGRAM_CACHE_CAP}`,
      'dpr=abc: expected a number from 0.25 to 8 or "device"',
    ]);
  });
});
