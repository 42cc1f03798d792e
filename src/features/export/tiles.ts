/**
 * How a big export is cut up. A band is a strip of full-width rows (what the PNG encoder
 * takes next); each band is drawn as tiles no wider or taller than the tile side. Each tile
 * is the full image's view shifted to its corner (`tileTransform`), so they join seamlessly.
 */
import { MAX_TILE_SIDE } from './export-options';

export interface Tile {
  /** Top-left corner in the full image, rows top-down. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Band {
  readonly y: number;
  readonly height: number;
  readonly tiles: readonly Tile[];
}

/**
 * Readback bytes of one band at most: bounds memory at 16384 wide (a whole 16384^2 RGBA
 * image is 1 GiB, 4 GiB as floats), whatever the tile size.
 */
export const BAND_BYTES = 64 * 1024 * 1024;

/** The largest tile side these GL limits allow, capped at 4096 and at `requested`. */
export function maxTileSide(
  limits: { maxTextureSize: number; maxRenderbufferSize: number; maxViewportDims: number[] },
  requested = MAX_TILE_SIDE,
): number {
  return Math.max(
    1,
    Math.min(
      MAX_TILE_SIDE,
      requested,
      limits.maxTextureSize,
      limits.maxRenderbufferSize,
      ...limits.maxViewportDims,
    ),
  );
}

/** `bytesPerPixel` of the readback: 4 for RGBA8, 16 for float RGBA. */
export function planBands(
  width: number,
  height: number,
  tileSide: number,
  bytesPerPixel = 4,
): Band[] {
  const bandRows = Math.min(
    tileSide,
    Math.max(1, Math.floor(BAND_BYTES / (width * bytesPerPixel))),
  );
  const bands: Band[] = [];
  for (let y = 0; y < height; y += bandRows) {
    const rows = Math.min(bandRows, height - y);
    const tiles: Tile[] = [];
    for (let x = 0; x < width; x += tileSide)
      tiles.push({ x, y, width: Math.min(tileSide, width - x), height: rows });
    bands.push({ y, height: rows, tiles });
  }
  return bands;
}
