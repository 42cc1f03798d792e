import { measureErrors, type ErrorStats } from '../features/quality/error-stats';
import { exporterFor } from '../features/export/exporter';
import { concatBytes, toBase64 } from '../util/base64';
import type { ExportOptions } from '../features/export/export-options';
import { PARAM_FORMS, type ExportedShader, type ParamForm } from '../features/export/shader-export';
import { SHADER_TARGETS, type ShaderTarget } from '../features/export/shader-targets';
import { viewShader } from '../features/export/view-shader';
import type { ExportProgress } from '../features/export/render-export';
import { inspectPixel, type PixelInspection } from '../features/inspect/inspect-pixel';
import type { ProbeKind } from '../variant/variant';
import type { ViewerState } from '../model/state';
import type { FrameReport, Viewer } from '../render/viewer';

/**
 * The automation surface, on `window.sdf`, that tests and the command-line tools drive.
 * Everything crosses the page boundary as JSON: images travel as base64 of their bytes
 * (RGBA8, or little-endian float32 RGBA), rows top to bottom.
 */
export interface SdfApi {
  readonly version: 1;
  getState(): ViewerState;
  /** Applies a partial state; returns the problems with rejected fields (kept as they were). */
  setState(patch: unknown): string[];
  /** Draws the current state to the canvas now and says what was drawn. */
  render(): FrameReport;
  readPixels(format: 'rgba8' | 'float'): { width: number; height: number; base64: string };
  probe(kind: ProbeKind, points: [number, number][]): number[][];
  /** Everything the shader computes at image pixel (x, y), from its probe outputs. */
  inspect(x: number, y: number): PixelInspection;
  /** Milliseconds per frame for `frames` offscreen draws of the current state, fenced. */
  timeFrames(frames: number): number[];
  /** Coverage error of the method (and the compare method) against the N x N reference, now. */
  errorStats(): ErrorStats;
  /** Overrides a source file (e.g. `shaders/sdf/circle.glsl`); null restores the bundled text. */
  setSource(path: string, text: string | null): void;
  info(): ReturnType<Viewer['info']> & { lost: boolean };
  messages(): { error: string | null; notices: string[] };
  /** Resolves once the context is lost (and drawing has stopped). */
  loseContext(): Promise<void>;
  /** Resolves once the context is restored and a frame has been drawn again. */
  restoreContext(): Promise<void>;
  /**
   * Renders a PNG file offscreen, in tiles, on the same path as the panel's Export button
   * (src/features/export/export-options.ts lists the options); rejects with the reason it cannot.
   */
  exportPng(options?: ExportOptions): Promise<{ base64: string; width: number; height: number }>;
  /** The current view as one self-contained fragment shader (src/features/export/shader-export.ts). */
  exportShader(target: ShaderTarget, params?: ParamForm): ExportedShader;
  /** The export in flight (tiles drawn of all), or null. */
  exportProgress(): ExportProgress | null;
  /** Stops the export in flight before its next tile; false when none runs. */
  cancelExport(): boolean;
}

export function createApi(
  viewer: Viewer,
  messages: () => { error: string | null; notices: string[] },
): SdfApi {
  const canvas = (): HTMLCanvasElement => document.querySelector('canvas')!;
  const once = (type: string) =>
    new Promise<void>((resolve) =>
      canvas().addEventListener(type, () => resolve(), { once: true }),
    );
  const lossExtension = (): WEBGL_lose_context => {
    const ext = viewer.loseContextExtension();
    if (!ext) throw new Error('WEBGL_lose_context is not available');
    return ext;
  };
  let ext: WEBGL_lose_context | null = null;

  return {
    version: 1,
    getState: () => viewer.state,
    setState: (patch) => viewer.update(patch),
    render: () => viewer.drawFrame(),
    readPixels: (format) => {
      const { width, height, data } = viewer.readPixels(format);
      return {
        width,
        height,
        base64: toBase64(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)),
      };
    },
    probe: (kind, points) => {
      const { width, height } = viewer.canvasSize;
      for (const [x, y] of points)
        if (![x, y].every(Number.isInteger) || x < 0 || y < 0 || x >= width || y >= height)
          throw new RangeError(`probe point [${x}, ${y}] is outside the ${width}x${height} canvas`);
      const image = viewer.renderOffscreen({
        format: 'rgba32f',
        width,
        height,
        output: 'probe',
        probe: kind,
      });
      return points.map(([x, y]) =>
        Array.from(image.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)),
      );
    },
    inspect: (x, y) => inspectPixel(viewer, [x, y]),
    // Each frame ends with a 1-pixel readPixels, the one fence Chrome honours
    // (gl.finish() returns at once).
    timeFrames: (frames) => {
      const { width, height } = viewer.canvasSize;
      return Array.from({ length: frames }, () => {
        const start = performance.now();
        viewer.renderOffscreen({ format: 'rgba8', width, height, fenceOnly: true });
        return performance.now() - start;
      });
    },
    errorStats: () => measureErrors(viewer),
    setSource: (path, text) => viewer.setSource(path, text),
    info: () => ({ ...viewer.info(), lost: viewer.lost }),
    messages,
    loseContext: async () => {
      ext = lossExtension();
      const lost = once('webglcontextlost');
      ext.loseContext();
      await lost;
    },
    restoreContext: async () => {
      if (!ext) throw new Error('loseContext() was not called');
      const restored = once('webglcontextrestored');
      const before = viewer.frames;
      ext.restoreContext();
      await restored;
      while (viewer.frames === before) await new Promise(requestAnimationFrame);
    },
    exportPng: async (options) => {
      const { parts, width, height } = await exporterFor(viewer).run(options ?? {});
      return { base64: toBase64(concatBytes(parts)), width, height };
    },
    exportShader: (target, params = 'constants') => {
      if (!SHADER_TARGETS.includes(target))
        throw new Error(`unknown shader target "${target}" (known: ${SHADER_TARGETS.join(', ')})`);
      if (!PARAM_FORMS.includes(params))
        throw new Error(`unknown parameter form "${params}" (known: ${PARAM_FORMS.join(', ')})`);
      return viewShader(viewer.shaderLibrary, viewer.state, { target, params });
    },
    exportProgress: () => exporterFor(viewer).progress,
    cancelExport: () => exporterFor(viewer).cancel(),
  };
}

declare global {
  interface Window {
    sdf?: SdfApi;
    /** True once the first frame has been drawn (test mode waits on it). */
    sdfReady?: boolean;
  }
}
