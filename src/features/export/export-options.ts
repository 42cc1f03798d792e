/**
 * What an export is asked for, checked before anything is drawn. Pure: the command line
 * runs the same checks before it starts a browser.
 */
import { isRecord } from '../../shader/params';
import { OUTPUTS, type OutputMode } from '../../model/state';

/** Longest side of an exported image, in pixels. */
export const MAX_EXPORT_SIDE = 16384;
/** Export scale relative to the canvas. */
export const SCALE_RANGE = [1, 4] as const;
/** Largest tile ever drawn, whatever the GL limits allow (bigger ones stall SwiftShader). */
export const MAX_TILE_SIDE = 4096;

export interface ExportOptions {
  /** Multiple of the canvas size, 1 to 4 (default 1 when no width and height are given). */
  readonly scale?: number;
  /** Explicit size in pixels, both or neither, each 1 to 16384. */
  readonly width?: number;
  readonly height?: number;
  /** Background alpha 0: the file keeps the coverage as straight alpha. */
  readonly transparent?: boolean;
  /** `coverage` writes the linear coverage as 8-bit grey; default: the state's output. */
  readonly output?: OutputMode;
  /** Largest tile side to draw (tests use small tiles to exercise tiling); 1 to 4096. */
  readonly tileSize?: number;
  /** A state to export instead of the viewer's, applied on top of the defaults. */
  readonly state?: unknown;
}

export class ExportOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportOptionsError';
  }
}

const KEYS = ['scale', 'width', 'height', 'transparent', 'output', 'tileSize', 'state'];

/** Checks untrusted options (they cross the page boundary as JSON); throws with the reason. */
export function checkExportOptions(raw: unknown = {}): ExportOptions {
  if (!isRecord(raw)) throw new ExportOptionsError('export options must be an object');
  const unknown = Object.keys(raw).filter((k) => !KEYS.includes(k));
  if (unknown.length)
    throw new ExportOptionsError(
      `unknown export option "${unknown[0]}" (known: ${KEYS.join(', ')})`,
    );
  const { scale, width, height, transparent, output, tileSize } = raw;
  if (scale !== undefined && !isNumberIn(scale, SCALE_RANGE))
    throw new ExportOptionsError(
      `export scale must be a number from ${SCALE_RANGE[0]} to ${SCALE_RANGE[1]}, got ${show(scale)}`,
    );
  if ((width === undefined) !== (height === undefined))
    throw new ExportOptionsError('give the export width and height together');
  if (width !== undefined && scale !== undefined)
    throw new ExportOptionsError('give either an export scale or a width and height, not both');
  if (width !== undefined) checkSize(width, height);
  if (transparent !== undefined && typeof transparent !== 'boolean')
    throw new ExportOptionsError(`transparent must be true or false, got ${show(transparent)}`);
  if (output !== undefined && !(OUTPUTS as readonly unknown[]).includes(output))
    throw new ExportOptionsError(
      `export output must be one of ${OUTPUTS.join(', ')}, got ${show(output)}`,
    );
  if (
    tileSize !== undefined &&
    !(Number.isInteger(tileSize) && isNumberIn(tileSize, [1, MAX_TILE_SIDE]))
  )
    throw new ExportOptionsError(
      `tile size must be a whole number from 1 to ${MAX_TILE_SIDE}, got ${show(tileSize)}`,
    );
  return raw as ExportOptions;
}

/** The pixel size of an export of a `canvas`-sized view; throws when it is out of range. */
export function exportSize(
  options: ExportOptions,
  canvas: { width: number; height: number },
): { width: number; height: number } {
  if (options.width !== undefined && options.height !== undefined)
    return { width: options.width, height: options.height };
  const scale = options.scale ?? 1;
  const width = Math.round(canvas.width * scale);
  const height = Math.round(canvas.height * scale);
  if (width > MAX_EXPORT_SIDE || height > MAX_EXPORT_SIDE)
    throw new ExportOptionsError(
      `${scale}x the ${canvas.width}x${canvas.height} canvas is ${width}x${height}, over the ` +
        `${MAX_EXPORT_SIDE}-pixel limit per side: pick a smaller scale or a custom size`,
    );
  return { width: Math.max(1, width), height: Math.max(1, height) };
}

/** Throws the specific reason a width x height is not a valid export size. */
export function checkSize(width: unknown, height: unknown): void {
  for (const [name, side] of [
    ['width', width],
    ['height', height],
  ] as const) {
    if (typeof side !== 'number' || !Number.isInteger(side) || side < 1)
      throw new ExportOptionsError(
        `export ${name} must be a whole number of pixels, got ${show(side)}`,
      );
    if (side > MAX_EXPORT_SIDE)
      throw new ExportOptionsError(
        `export size ${show(width)}x${show(height)} is too large: each side must be at most ` +
          `${MAX_EXPORT_SIDE} pixels (the ${name} is ${side})`,
      );
  }
}

function isNumberIn(v: unknown, [min, max]: readonly [number, number]): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
}

function show(v: unknown): string {
  return typeof v === 'string'
    ? `"${v.slice(0, 40)}"`
    : String(JSON.stringify(v) ?? v).slice(0, 40);
}
