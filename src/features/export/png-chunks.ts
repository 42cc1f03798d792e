/**
 * PNG container pieces (ISO/IEC 15948): the signature and the chunks this exporter writes.
 * A chunk is length (4 bytes, big-endian) + type (4 ASCII) + data + CRC-32 of type and data.
 */
import { crc32 } from './crc32';

export const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Colour types used here: 0 greyscale (coverage), 2 RGB (opaque), 6 RGBA (transparent). */
export type PngColorType = 0 | 2 | 6;

export const CHANNELS: Record<PngColorType, number> = { 0: 1, 2: 3, 6: 4 };
/**
 * Bits per sample. The coverage mask is a measurement: at 8 bits it is off by up to 0.2 %
 * of full coverage, as much as the best method's error, so it is written at 16 (0.0008 %).
 */
export const BIT_DEPTH: Record<PngColorType, 8 | 16> = { 0: 16, 2: 8, 6: 8 };
/** Bytes per pixel, as the rows and PNG's filters count them. */
export const BYTES_PER_PIXEL = Object.fromEntries(
  ([0, 2, 6] as const).map((type) => [type, (CHANNELS[type] * BIT_DEPTH[type]) / 8]),
) as Record<PngColorType, number>;

/** The keyword of the text chunk that carries the viewer state as JSON. */
export const STATE_KEYWORD = 'sdf-state';

/** Largest chunk data the format allows (2^31 - 1 bytes). */
export const MAX_CHUNK_BYTES = 0x7fffffff;

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  if (!/^[A-Za-z]{4}$/.test(type))
    throw new Error(`PNG chunk type must be 4 letters, got "${type}"`);
  if (data.length > MAX_CHUNK_BYTES) throw new Error(`PNG chunk ${type} is over 2^31 - 1 bytes`);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** IHDR: BIT_DEPTH bits per sample, deflate, adaptive filtering, no interlace. */
export function ihdrChunk(width: number, height: number, colorType: PngColorType): Uint8Array {
  const data = new Uint8Array(13);
  const view = new DataView(data.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  data.set([BIT_DEPTH[colorType], colorType, 0, 0, 0], 8);
  return pngChunk('IHDR', data);
}

/**
 * iTXt, uncompressed, no language tag: keyword (Latin-1, 1-79 bytes), NUL, compression flag
 * and method (0, 0), empty language tag and translated keyword (NUL each), UTF-8 text.
 */
export function itxtChunk(keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new Error(`bad iTXt keyword "${keyword}"`);
  const body = new TextEncoder().encode(text);
  const data = new Uint8Array(keyword.length + 5 + body.length);
  for (let i = 0; i < keyword.length; i++) data[i] = keyword.charCodeAt(i);
  // keyword NUL, flag 0, method 0, language NUL, translated keyword NUL: all zero already.
  data.set(body, keyword.length + 5);
  return pngChunk('iTXt', data);
}

export function iendChunk(): Uint8Array {
  return pngChunk('IEND', new Uint8Array(0));
}
