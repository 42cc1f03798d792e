import { describe, expect, it } from 'vitest';
import { concatBytes, toBase64, toBase64Url } from '../../src/util/base64';

describe('base64', () => {
  const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7919 + 13) % 256);

  it.each([0, 1, 2, 3, 4, 24_575, 24_576, 24_577, 100_003])(
    'matches Node for %i bytes, across the 24 KiB slices',
    (n) => {
      const b = bytes(n);
      expect(toBase64(b)).toBe(Buffer.from(b).toString('base64'));
      expect(toBase64Url(b)).toBe(Buffer.from(b).toString('base64url'));
    },
  );

  it('joins parts in order', () => {
    const joined = concatBytes([bytes(5), new Uint8Array(0), bytes(3)]);
    expect([...joined]).toEqual([...bytes(5), ...bytes(3)]);
  });
});
