import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/features/export/crc32';
import {
  checkExportOptions,
  exportSize,
  MAX_EXPORT_SIDE,
} from '../../src/features/export/export-options';
import { packTile } from '../../src/features/export/pixel-pack';
import {
  BYTES_PER_PIXEL,
  iendChunk,
  itxtChunk,
  pngChunk,
  STATE_KEYWORD,
} from '../../src/features/export/png-chunks';
import { PngEncoder } from '../../src/features/export/png-encoder';
import { MAX_STATE_BYTES, readPngState } from '../../src/features/export/png-state';
import { maxTileSide, planBands } from '../../src/features/export/tiles';
import { concatBytes } from '../../src/util/base64';

const join = concatBytes;

/** A PNG written in bands of `bandRows` through the streaming encoder. */
async function encode(
  width: number,
  height: number,
  colorType: 0 | 2 | 6,
  pixels: Uint8Array,
  bandRows: number,
  text: Record<string, string> = {},
): Promise<Uint8Array> {
  const encoder = new PngEncoder({ width, height, colorType, text });
  const rowBytes = pixels.length / height;
  for (let y = 0; y < height; y += bandRows)
    await encoder.writeRows(
      pixels.subarray(y * rowBytes, Math.min(height, y + bandRows) * rowBytes),
    );
  return join(await encoder.finish());
}

const noise = (n: number, seed = 1): Uint8Array => {
  const out = new Uint8Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) out[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
};

describe('crc32', () => {
  it('matches the check value of the standard and continues across pieces', () => {
    const bytes = new TextEncoder().encode('123456789');
    expect(crc32(bytes)).toBe(0xcbf43926);
    expect(crc32(bytes.subarray(4), crc32(bytes.subarray(0, 4)))).toBe(0xcbf43926);
  });

  it('gives IEND the CRC every PNG ends with', () => {
    expect(Array.from(iendChunk().subarray(8))).toEqual([0xae, 0x42, 0x60, 0x82]);
  });
});

describe('PngEncoder', () => {
  it.each([
    [0, 2],
    [2, 3],
    [6, 4],
  ] as const)('writes colour type %i that pngjs decodes to the same pixels', async (type, ch) => {
    const [w, h] = [37, 23];
    expect(BYTES_PER_PIXEL[type]).toBe(ch);
    const pixels = noise(w * h * ch, type + 1);
    const png = PNG.sync.read(Buffer.from(await encode(w, h, type, pixels, 5)), {
      skipRescale: true,
    });
    expect([png.width, png.height]).toEqual([w, h]);
    // pngjs expands every colour type to RGBA; the 16-bit grey one to 16-bit samples.
    for (let i = 0; i < w * h; i++) {
      const grey = (pixels[2 * i]! << 8) | pixels[2 * i + 1]!;
      const want =
        type === 0
          ? [grey, grey, grey, 65535]
          : [...pixels.subarray(i * ch, i * ch + 3), type === 6 ? pixels[i * ch + 3]! : 255];
      expect(Array.from(png.data.subarray(i * 4, i * 4 + 4)), `pixel ${i}`).toEqual(want);
    }
  });

  it('refuses rows that do not fit and a file with rows missing', async () => {
    const encoder = new PngEncoder({ width: 4, height: 2, colorType: 2 });
    await expect(encoder.writeRows(new Uint8Array(5))).rejects.toThrow('not whole rows');
    await encoder.writeRows(new Uint8Array(12));
    await expect(encoder.finish()).rejects.toThrow('only 1 of 2 rows');
    encoder.abort();
  });
});

describe('readPngState', () => {
  const state = { scene: 'fan', warp: 'polar', note: 'ünïcødé' };
  const file = () =>
    encode(3, 2, 2, noise(18), 2, { other: 'x', [STATE_KEYWORD]: JSON.stringify(state) });

  it('finds the state among other text chunks', async () => {
    expect(readPngState(await file())).toEqual({ state });
  });

  it('reads a tEXt chunk as well', async () => {
    const bytes = await file();
    const text = new TextEncoder().encode(`${STATE_KEYWORD}\0{"scene":"dots"}`);
    const withText = join([bytes.subarray(0, 33), pngChunk('tEXt', text), bytes.subarray(33)]);
    // The first sdf-state chunk wins: here the tEXt one right after IHDR.
    expect(readPngState(withText)).toEqual({ state: { scene: 'dots' } });
  });

  it.each([
    ['a non-PNG', () => new TextEncoder().encode('GIF89a........'), 'signature'],
    ['an empty file', () => new Uint8Array(0), 'signature'],
  ])('rejects %s', (_, bytes, message) => {
    expect(readPngState(bytes())).toEqual({ error: expect.stringContaining(message) });
  });

  it('rejects a damaged chunk by its CRC', async () => {
    const bytes = await file();
    const at = bytes.indexOf('{'.charCodeAt(0), 33);
    bytes[at + 2] = bytes[at + 2]! ^ 1;
    expect(readPngState(bytes)).toEqual({ error: expect.stringContaining('CRC mismatch') });
  });

  it('rejects a file cut short, a chunk claiming too much, and a missing chunk', async () => {
    const bytes = await file();
    expect(readPngState(bytes.subarray(0, 40))).toEqual({
      error: expect.stringMatching(/claims|ends/),
    });
    const lying = bytes.slice();
    new DataView(lying.buffer).setUint32(33, 0x7fffffff);
    expect(readPngState(lying)).toEqual({ error: expect.stringContaining('claims') });
    const plain = await encode(3, 2, 2, noise(18), 2);
    expect(readPngState(plain)).toEqual({ error: `the PNG has no "${STATE_KEYWORD}" text chunk` });
  });

  it('caps the text and rejects compressed or malformed state', async () => {
    const big = await encode(1, 1, 0, new Uint8Array(2), 1, {
      [STATE_KEYWORD]: JSON.stringify({ pad: 'x'.repeat(MAX_STATE_BYTES) }),
    });
    expect(readPngState(big)).toEqual({ error: expect.stringContaining('longer than') });
    const bad = await encode(1, 1, 0, new Uint8Array(2), 1, { [STATE_KEYWORD]: '{nope' });
    expect(readPngState(bad)).toEqual({ error: expect.stringContaining('not valid JSON') });
    const compressed = itxtChunk(STATE_KEYWORD, '{}');
    compressed[8 + STATE_KEYWORD.length + 1] = 1;
    const plain = await encode(1, 1, 0, new Uint8Array(2), 1);
    const withCompressed = join([
      plain.subarray(0, 33),
      pngChunk('iTXt', compressed.subarray(8, -4)),
      plain.subarray(33),
    ]);
    expect(readPngState(withCompressed)).toEqual({ error: expect.stringContaining('compressed') });
  });

  it('never throws on mutated files', async () => {
    const bytes = await file();
    for (let i = 0; i < 2000; i++) {
      const mutated = bytes.slice(0, 8 + ((i * 7919) % (bytes.length - 8)));
      const flips = noise(4, i + 1);
      mutated[flips[0]! % mutated.length] = flips[1]!;
      const k = flips[2]! % mutated.length;
      mutated[k] = mutated[k]! ^ flips[3]!;
      const result = readPngState(mutated);
      expect('state' in result || 'error' in result).toBe(true);
    }
    expect(readPngState('not bytes' as unknown as Uint8Array)).toEqual({
      error: 'expected the file as bytes',
    });
  });
});

describe('packTile', () => {
  it('un-premultiplies float readback exactly: alpha 0.5 keeps the ink colour', () => {
    const ink = [200, 100, 50].map((v) => v / 255);
    const tile = new Float32Array([
      ...ink.map((c) => c * 0.5),
      0.5,
      0.3,
      0.2,
      0.1,
      0,
      0.2,
      0.2,
      0.2,
      1,
    ]);
    const band = new Uint8Array(12);
    packTile(tile, 3, 1, 6, { band, bandWidth: 3, x: 0 });
    expect(Array.from(band)).toEqual([200, 100, 50, 128, 0, 0, 0, 0, 51, 51, 51, 255]);
  });

  it('places a tile at its column in the band, dropping alpha or keeping the red channel', () => {
    const tile = new Uint8Array([10, 20, 30, 255, 40, 50, 60, 255]);
    const rgb = new Uint8Array(3 * 3);
    packTile(tile, 1, 2, 2, { band: rgb, bandWidth: 1, x: 0 });
    expect(Array.from(rgb.subarray(0, 6))).toEqual([10, 20, 30, 40, 50, 60]);
    // Grey is 16 bits, big-endian: 8-bit 10 is 10 * 257.
    const grey = new Uint8Array(6 * 2);
    packTile(tile, 2, 1, 0, { band: grey, bandWidth: 3, x: 1 });
    expect(Array.from(grey)).toEqual([0, 0, 10, 10, 40, 40, 0, 0, 0, 0, 0, 0]);
  });

  it('keeps coverage read as floats to 1/65535', () => {
    const tile = new Float32Array([0.5, 0.5, 0.5, 1, 1 / 3, 0, 0, 1, 1.2, 0, 0, 1, -0.1, 0, 0, 1]);
    const grey = new Uint8Array(4 * 2);
    packTile(tile, 4, 1, 0, { band: grey, bandWidth: 4, x: 0 });
    const samples = [0, 1, 2, 3].map((i) => (grey[2 * i]! << 8) | grey[2 * i + 1]!);
    expect(samples).toEqual([32768, 21845, 65535, 0]);
  });
});

describe('export size and tiles', () => {
  it('scales the canvas and accepts any explicit size up to the limit', () => {
    expect(exportSize({ scale: 2 }, { width: 300, height: 200 })).toEqual({
      width: 600,
      height: 400,
    });
    expect(
      exportSize(checkExportOptions({ width: 16384, height: 1 }), { width: 1, height: 1 }),
    ).toEqual({
      width: 16384,
      height: 1,
    });
  });

  it.each([
    [
      { width: 16385, height: 10 },
      `export size 16385x10 is too large: each side must be at most ${MAX_EXPORT_SIDE} pixels`,
    ],
    [{ width: 0, height: 10 }, 'export width must be a whole number of pixels, got 0'],
    [{ width: 10 }, 'give the export width and height together'],
    [{ scale: 5 }, 'export scale must be a number from 1 to 4, got 5'],
    [{ scale: 2, width: 1, height: 1 }, 'either an export scale or a width and height'],
    [{ output: 'probe' }, 'export output must be one of color, coverage'],
    [{ tileSize: 8192 }, 'tile size must be a whole number from 1 to 4096'],
    [{ colour: 1 }, 'unknown export option "colour"'],
  ])('rejects %j', (options, message) => {
    expect(() => checkExportOptions(options)).toThrow(message);
  });

  it('names the limit when a scaled canvas is too big', () => {
    expect(() => exportSize({ scale: 4 }, { width: 5120, height: 2880 })).toThrow(
      '4x the 5120x2880 canvas is 20480x11520, over the 16384-pixel limit per side',
    );
  });

  it('keeps tiles within the GL limits and 4096, and bands within the memory budget', () => {
    const limits = {
      maxTextureSize: 8192,
      maxRenderbufferSize: 8192,
      maxViewportDims: [8192, 3000],
    };
    expect(maxTileSide(limits)).toBe(3000);
    expect(maxTileSide({ ...limits, maxViewportDims: [16384, 16384] })).toBe(4096);
    expect(maxTileSide(limits, 2048)).toBe(2048);
    const bands = planBands(5000, 3000, 2048);
    expect(bands.map((b) => [b.y, b.height, b.tiles.map((t) => `${t.x}:${t.width}`)])).toEqual([
      [0, 2048, ['0:2048', '2048:2048', '4096:904']],
      [2048, 952, ['0:2048', '2048:2048', '4096:904']],
    ]);
    for (const bytes of [4, 16]) {
      const huge = planBands(16384, 16384, 4096, bytes);
      expect(huge[0]!.height * 16384 * bytes).toBeLessThanOrEqual(64 * 1024 * 1024);
      expect(huge.reduce((n, b) => n + b.height, 0)).toBe(16384);
      expect(huge.every((b) => b.tiles.reduce((n, t) => n + t.width, 0) === 16384)).toBe(true);
    }
  });
});
