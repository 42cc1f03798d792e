/**
 * Tile readback (premultiplied, rows top-down) to the PNG's pixel layout, written straight
 * into its place in a band. PNG stores straight alpha, so colour is divided by alpha here.
 */
import { BYTES_PER_PIXEL, CHANNELS, type PngColorType } from './png-chunks';

export interface PackTarget {
  /** Band pixels in the PNG's layout, `bandWidth` x rows x BYTES_PER_PIXEL bytes. */
  readonly band: Uint8Array;
  readonly bandWidth: number;
  /** Column of the tile's left edge in the band. */
  readonly x: number;
}

/**
 * `tile` is `width` x `height` RGBA: RGBA8 premultiplied sRGB, or float RGBA (premultiplied
 * sRGB-encoded colour, linear alpha). Colour type 0 takes the red channel (the coverage
 * output writes coverage to r, g and b) as 16 bits, big-endian; 2 drops alpha (opaque), 6
 * un-premultiplies.
 */
export function packTile(
  tile: Uint8Array | Float32Array,
  width: number,
  height: number,
  colorType: PngColorType,
  { band, bandWidth, x }: PackTarget,
): void {
  const channels = CHANNELS[colorType];
  const bytes = BYTES_PER_PIXEL[colorType];
  const float = tile instanceof Float32Array;
  for (let row = 0; row < height; row++) {
    let src = row * width * 4;
    let dst = (row * bandWidth + x) * bytes;
    for (let col = 0; col < width; col++, src += 4, dst += bytes) {
      if (colorType === 0) {
        const v = float ? Math.round(clamp01(tile[src]!) * 65535) : tile[src]! * 257;
        band[dst] = v >> 8;
        band[dst + 1] = v & 0xff;
      } else if (colorType === 6) {
        if (float) straightFromFloat(tile, src, band, dst);
        else straightFromBytes(tile, src, band, dst);
      } else if (float) {
        for (let k = 0; k < channels; k++) band[dst + k] = toByte(tile[src + k]!);
      } else {
        for (let k = 0; k < channels; k++) band[dst + k] = tile[src + k]!;
      }
    }
  }
}

/** Float readback keeps the precision that an 8-bit premultiplied value loses at low alpha. */
function straightFromFloat(tile: Float32Array, src: number, out: Uint8Array, dst: number): void {
  const alpha = clamp01(tile[src + 3]!);
  const a = Math.round(alpha * 255);
  out[dst + 3] = a;
  for (let k = 0; k < 3; k++) out[dst + k] = a === 0 ? 0 : toByte(tile[src + k]! / alpha);
}

function straightFromBytes(tile: Uint8Array, src: number, out: Uint8Array, dst: number): void {
  const a = tile[src + 3]!;
  out[dst + 3] = a;
  for (let k = 0; k < 3; k++)
    out[dst + k] = a === 0 ? 0 : Math.min(255, Math.round((tile[src + k]! * 255) / a));
}

function toByte(v: number): number {
  return Math.round(clamp01(v) * 255);
}

function clamp01(v: number): number {
  return v > 0 ? (v < 1 ? v : 1) : 0; // NaN -> 0
}
