import { createContext, glLimits, watchContextLoss } from '../gl/context';
import { watchCanvasSize } from '../gl/canvas-size';
import { readImage } from '../gl/render-target';
import { createLibrary, type ShaderLibrary } from '../model/library';
import type { TargetFormat } from '../gl/render-target';
import { Renderer, type DrawOutcome, type DrawRequest } from './renderer';
import { LiveFrames, WHOLE_FRAME_MS } from './live-frames';
import { sampleBands } from '../variant/sample-bands';
import type { SourceFiles } from '../shader/sources';
import type { ProbeKind, ShaderOutput } from '../variant/variant';
import { Events, onceEach } from '../util/events';
import { OPTIMISATION_EXTRAS } from '../lab/scene-extras';
import { applyPatch, DEFAULT_STATE, type ViewerState } from '../model/state';
import type { DrawFailure, FrameReport, ViewerOptions } from './viewer-options';

export type { DrawFailure, FrameReport, ViewerOptions } from './viewer-options';

/**
 * Holds the state and turns it into frames on demand: a change schedules one frame, and
 * nothing draws while nothing changes.
 */
export class Viewer {
  private stateValue: ViewerState = DEFAULT_STATE;
  private library: ShaderLibrary;
  private bundled: SourceFiles;
  private overrides = new Map<string, string>();
  private readonly gl: WebGL2RenderingContext;
  private readonly renderer: Renderer;
  private readonly live: LiveFrames;
  /** After every state change. */
  readonly changed = new Events<ViewerState>();
  /** After each on-screen frame: the compile error it showed, or null when it compiled. */
  readonly drawFailed = new Events<DrawFailure | null>();
  /** When a live frame starts (true) or stops waiting for a program to compile. */
  readonly compilingChanged = new Events<boolean>();
  /** While a heavy frame fills in band by band: the fraction drawn; null once complete. */
  readonly drawProgress = new Events<number | null>();
  /** When the GPU context is lost (true) and when it is back (false). */
  readonly contextLossChanged = new Events<boolean>();
  /** After the source files change (hot reload, overrides): scenes may come or go. */
  readonly libraryChanged = new Events<void>();
  private compiling = false;
  private frameRequested = false;
  private contextLost = false;
  private framesDrawn = 0;
  private framesTried = 0;
  /** One console line per distinct failure, not one per frame that shows it. */
  private readonly warnOnce = onceEach(256);
  /** Read while the context is alive: a lost context answers every query with null. */
  private readonly limits: ReturnType<typeof glLimits>;

  constructor(private readonly options: ViewerOptions) {
    this.bundled = options.files;
    this.library = createLibrary(options.files);
    this.gl = createContext(options.canvas);
    this.renderer = new Renderer(this.gl, this.library, {
      programCap: options.programCap,
      extras: OPTIMISATION_EXTRAS,
    });
    this.limits = glLimits(this.gl);
    this.live = new LiveFrames({
      gl: this.gl,
      renderer: this.renderer,
      state: () => this.stateValue,
      size: () => this.canvasSize,
      wait: !options.parallelCompile,
      bandsAboveMs: options.bandsAboveMs ?? WHOLE_FRAME_MS,
      drawn: (outcome) => this.afterDraw(outcome),
      progress: (fraction) => this.drawProgress.emit(fraction),
    });
    watchCanvasSize(options.canvas, () => this.requestFrame(), options.fixedDpr);
    watchContextLoss(options.canvas, {
      onLost: () => {
        this.contextLost = true;
        this.contextLossChanged.emit(true);
      },
      onRestored: () => {
        this.contextLost = false;
        this.renderer.rebuild();
        this.live.reset();
        this.contextLossChanged.emit(false);
        this.requestFrame();
      },
    });
  }

  get state(): ViewerState {
    return this.stateValue;
  }

  get lost(): boolean {
    return this.contextLost;
  }

  /** The canvas's size in device pixels. */
  get canvasSize(): { width: number; height: number } {
    return { width: this.options.canvas.width, height: this.options.canvas.height };
  }

  get frames(): number {
    return this.framesDrawn;
  }

  /** Frames attempted, drawn or not (a first program that fails to compile still counts). */
  get attempts(): number {
    return this.framesTried;
  }

  /** The shader files and catalogues the frames are drawn from. */
  get shaderLibrary(): ShaderLibrary {
    return this.library;
  }

  get knownIds() {
    return { scenes: this.library.scenes, warps: this.library.warps };
  }

  get warps() {
    return [...this.library.warps.values()];
  }

  get scenes() {
    return [...this.library.scenes.values()];
  }

  /** Source files the library could not use, each with why. */
  get rejectedFiles(): readonly { message: string }[] {
    return this.library.rejected;
  }

  /** Validates `patch` field by field; rejected fields keep their value and are returned. */
  update(patch: unknown): string[] {
    return this.commit(applyPatch(this.stateValue, patch, this.knownIds));
  }

  /** Like update, but on top of the defaults: a link or preset describes a whole state. */
  restore(patch: unknown): string[] {
    return this.commit(applyPatch(DEFAULT_STATE, patch, this.knownIds));
  }

  private commit({ state, problems }: { state: ViewerState; problems: string[] }): string[] {
    // Nothing changed, nothing drawn: a frame costs only when the state moves.
    if (JSON.stringify(state) === JSON.stringify(this.stateValue)) return problems;
    this.stateValue = state;
    this.changed.emit(state);
    this.requestFrame();
    return problems;
  }

  /** Replaces the source files (hot reload); the GUI state stays as it is. */
  setBundledSources(files: SourceFiles): void {
    this.bundled = files;
    this.reloadLibrary();
  }

  /** Overrides one source file's text (tests, dropped files); `null` restores the bundled one. */
  setSource(path: string, text: string | null): void {
    if (text === null) this.overrides.delete(path);
    else this.overrides.set(path, text);
    this.reloadLibrary();
  }

  requestFrame(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    requestAnimationFrame(() => {
      this.frameRequested = false;
      // A pending compile is polled once a frame, a heavy frame drawn a band a frame.
      if (!this.contextLost && this.live.tick()) this.requestFrame();
    });
  }

  /** Draws the current state to the canvas now; `wait: false` may leave a compile pending. */
  drawFrame({ wait = true } = {}): FrameReport {
    const { width, height } = this.options.canvas;
    if (this.contextLost)
      return { width, height, key: '', drawn: false, pending: false, error: 'context lost' };
    const outcome = this.renderer.draw(this.stateValue, {
      output: this.stateValue.output,
      target: null,
      width,
      height,
      wait,
    });
    this.afterDraw(outcome);
    this.live.drewWhole();
    return {
      width,
      height,
      key: outcome.key,
      drawn: outcome.drawn,
      pending: outcome.pending ?? false,
      error: outcome.failure?.message ?? null,
    };
  }

  /** Draws and reads back in one task (the canvas buffer is not preserved). Rows top-down. */
  readPixels(format: 'rgba8' | 'float'): {
    width: number;
    height: number;
    data: Uint8Array | Float32Array;
  } {
    const { width, height } = this.options.canvas;
    if (format === 'float')
      return { width, height, data: this.renderOffscreen({ format: 'rgba32f', width, height }) };
    // RGBA8 reads the canvas itself, so what a test sees is what the page shows.
    this.assertDrawable();
    const outcome = this.renderer.draw(this.stateValue, {
      output: this.stateValue.output,
      target: null,
      width,
      height,
    });
    this.afterDraw(outcome);
    this.live.drewWhole();
    return { width, height, data: readImage(this.gl, null, width, height) };
  }

  /**
   * Draws `state` (the current one by default) into an offscreen target and reads it back,
   * rows top-down. `region` draws one tile of a larger image (export).
   */
  renderOffscreen(request: {
    format: TargetFormat;
    width: number;
    height: number;
    output?: ShaderOutput;
    probe?: ProbeKind;
    region?: DrawRequest['region'];
    state?: ViewerState;
    /** Read one pixel only: a fence that waits for the draw (timing). */
    fenceOnly?: boolean;
  }): Uint8Array | Float32Array {
    this.assertDrawable();
    const { format, width, height } = request;
    const state = request.state ?? this.stateValue;
    const target = this.renderer.target(format, width, height);
    const bands = request.fenceOnly ? [undefined] : sampleBands(state, width, height);
    let outcome!: DrawOutcome;
    for (const [i, rows] of bands.entries()) {
      // A fence between bands, so each draw runs on its own instead of queued as one.
      if (i > 0) readImage(this.gl, target, 1, 1);
      outcome = this.renderer.draw(state, {
        output: request.output ?? state.output,
        probe: request.probe,
        target,
        width,
        height,
        region: request.region,
        rows: bands.length > 1 ? rows : undefined,
      });
      if (!outcome.drawn || outcome.failure) break;
    }
    this.afterDraw(outcome, false);
    if (outcome.failure) throw new Error(outcome.failure.message);
    return request.fenceOnly
      ? readImage(this.gl, target, 1, 1)
      : readImage(this.gl, target, width, height);
  }

  info() {
    return {
      ...this.limits,
      canvas: { width: this.options.canvas.width, height: this.options.canvas.height },
      compiledPrograms: this.renderer.compiledPrograms,
      framesDrawn: this.framesDrawn,
      refinedQuads: this.renderer.refinedQuads,
    };
  }

  /** The WEBGL_lose_context extension, for tests and for trying recovery by hand. */
  loseContextExtension(): WEBGL_lose_context | null {
    return this.gl.getExtension('WEBGL_lose_context');
  }

  private assertDrawable(): void {
    if (this.contextLost)
      throw new Error('the GPU context is lost; nothing can be drawn until it is restored');
  }

  /** `onScreen`: a canvas frame. Only those report a failure to listeners; offscreen draws throw. */
  private afterDraw(outcome: DrawOutcome, onScreen = true): void {
    if (outcome.failure)
      this.warnOnce(`${outcome.key}\n${outcome.failure.message}`, () =>
        console.warn(`shader variant ${outcome.key} failed:\n${outcome.failure!.message}`),
      );
    if (onScreen) {
      const f = outcome.failure;
      this.drawFailed.emit(f ? { message: f.message, formulas: f.formulas } : null);
    }
    if (onScreen && this.compiling !== (outcome.pending ?? false)) {
      this.compiling = outcome.pending ?? false;
      this.compilingChanged.emit(this.compiling);
    }
    if (this.options.checkGlErrors) {
      const error = this.gl.getError();
      if (error !== this.gl.NO_ERROR && !this.gl.isContextLost())
        console.error(`GL error 0x${error.toString(16)} after drawing ${outcome.key}`);
    }
    if (onScreen) this.framesTried++;
    if (outcome.drawn && onScreen) this.framesDrawn++;
  }

  private reloadLibrary(): void {
    this.library = createLibrary(new Map([...this.bundled, ...this.overrides]));
    this.renderer.setLibrary(this.library);
    this.libraryChanged.emit();
    this.requestFrame();
  }
}
