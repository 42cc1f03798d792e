/**
 * Renders an export offscreen, tile by tile, one tile per animation frame, and streams the
 * rows into a PNG encoder band by band. The viewer's own state and canvas are never touched:
 * each tile is drawn from a snapshot of the state into an offscreen target.
 */
import { applyPatch, DEFAULT_STATE, type KnownIds, type ViewerState } from '../../model/state';
import type { TargetFormat } from '../../gl/render-target';
import type { DrawRequest } from '../../render/renderer';
import type { ShaderOutput } from '../../variant/variant';
import {
  checkExportOptions,
  exportSize,
  ExportOptionsError,
  type ExportOptions,
} from './export-options';
import { BYTES_PER_PIXEL, STATE_KEYWORD, type PngColorType } from './png-chunks';
import { PngEncoder } from './png-encoder';
import { packTile } from './pixel-pack';
import { maxTileSide, planBands } from './tiles';

/** What an export needs from the viewer (the Viewer class provides all of it). */
export interface ExportSource {
  readonly state: ViewerState;
  readonly knownIds: KnownIds;
  readonly canvasSize: { width: number; height: number };
  info(): { maxTextureSize: number; maxRenderbufferSize: number; maxViewportDims: number[] };
  renderOffscreen(request: {
    format: TargetFormat;
    width: number;
    height: number;
    output?: ShaderOutput;
    region?: DrawRequest['region'];
    state?: ViewerState;
  }): Uint8Array | Float32Array;
}

export interface ExportProgress {
  readonly width: number;
  readonly height: number;
  readonly tilesDone: number;
  readonly tiles: number;
}

export interface ExportResult {
  /** The PNG file, in order: join the parts or wrap them in a Blob. */
  readonly parts: Uint8Array[];
  readonly width: number;
  readonly height: number;
  /** The state drawn, as stored in the file's `sdf-state` chunk. */
  readonly state: ViewerState;
}

export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
    this.name = 'ExportCancelled';
  }
}

export interface ExportHooks {
  onProgress?(progress: ExportProgress): void;
  signal?: AbortSignal;
  /** Waits between tiles so the page stays responsive; one animation frame by default. */
  nextFrame?(): Promise<void>;
}

/** The checked options, size and state of an export, before anything is drawn. */
export function planExport(source: ExportSource, raw: unknown) {
  const options: ExportOptions = checkExportOptions(raw);
  let state = source.state;
  if (options.state !== undefined) {
    const applied = applyPatch(DEFAULT_STATE, options.state, source.knownIds);
    if (applied.problems.length)
      throw new ExportOptionsError(`export state rejected: ${applied.problems.join('; ')}`);
    state = applied.state;
  }
  state = { ...state, output: options.output ?? state.output };
  const { width, height } = exportSize(options, source.canvasSize);
  const transparent = options.transparent === true;
  const colorType: PngColorType =
    state.output === 'coverage' ? 0 : transparent || state.background[3] < 1 ? 6 : 2;
  const [r, g, b] = state.background;
  const drawn: ViewerState = transparent ? { ...state, background: [r, g, b, 0] } : state;
  // Translucent pixels are read as floats: 8-bit premultiplied colour cannot be divided by a
  // small alpha without losing the ink's own value. Coverage is read as floats for its 16 bits.
  const format: TargetFormat = colorType === 2 ? 'rgba8' : 'rgba32f';
  const tileSide = maxTileSide(source.info(), options.tileSize);
  const bands = planBands(width, height, tileSide, format === 'rgba32f' ? 16 : 4);
  return { width, height, state, drawn, colorType, format, bands };
}

export async function renderExport(
  source: ExportSource,
  raw: unknown,
  { onProgress, signal, nextFrame = animationFrame }: ExportHooks = {},
): Promise<ExportResult> {
  const { width, height, state, drawn, colorType, format, bands } = planExport(source, raw);
  const tiles = bands.reduce((n, band) => n + band.tiles.length, 0);
  const encoder = new PngEncoder({
    width,
    height,
    colorType,
    text: { [STATE_KEYWORD]: JSON.stringify(state) },
  });
  let tilesDone = 0;
  onProgress?.({ width, height, tilesDone, tiles });
  try {
    for (const band of bands) {
      const pixels = new Uint8Array(width * band.height * BYTES_PER_PIXEL[colorType]);
      for (const tile of band.tiles) {
        await nextFrame();
        if (signal?.aborted) throw new ExportCancelled();
        const image = source.renderOffscreen({
          format,
          width: tile.width,
          height: tile.height,
          output: drawn.output,
          state: drawn,
          region: { x: tile.x, y: tile.y, fullWidth: width, fullHeight: height },
        });
        packTile(image, tile.width, tile.height, colorType, {
          band: pixels,
          bandWidth: width,
          x: tile.x,
        });
        onProgress?.({ width, height, tilesDone: ++tilesDone, tiles });
      }
      await encoder.writeRows(pixels);
    }
    return { parts: await encoder.finish(), width, height, state };
  } catch (error) {
    encoder.abort();
    throw error;
  }
}

/**
 * The next animation frame, or a short timer when the page is hidden (no frames come then),
 * so an export in a background tab still finishes.
 */
export function animationFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => resolve());
    if (document.hidden) setTimeout(resolve, 50);
  });
}
