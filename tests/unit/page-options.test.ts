import { describe, expect, it } from 'vitest';
import { readPageOptions } from '../../src/page-options';

describe('readPageOptions', () => {
  it('is off by default and follows the display DPR', () => {
    expect(readPageOptions('').options).toEqual({
      test: false,
      width: 256,
      height: 256,
      dpr: undefined,
    });
  });

  it('pins DPR 1 in test mode unless dpr=device', () => {
    expect(readPageOptions('?test&width=64&height=32').options).toEqual({
      test: true,
      width: 64,
      height: 32,
      dpr: 1,
    });
    expect(readPageOptions('?test&dpr=device').options.dpr).toBeUndefined();
  });

  it('reports bad values and keeps the defaults', () => {
    const { options, problems } = readPageOptions('?test&width=99999&dpr=abc');
    expect(options.width).toBe(256);
    expect(problems).toEqual([
      'width=99999: expected an integer from 1 to 4096; using 256',
      'dpr=abc: expected a number from 0.25 to 8 or "device"',
    ]);
  });
});
