import { blit, readImage, createRenderTarget, deleteRenderTarget } from '../gl/render-target';
import type { RenderTarget } from '../gl/render-target';
import type { DrawOutcome, DrawRequest, Renderer } from './renderer';
import type { ViewerState } from '../model/state';

/** What one animation frame may spend drawing, so the page keeps answering input. */
export const FRAME_BUDGET_MS = 50;
/**
 * A frame up to this cost is drawn whole: a preview would need a second program, and a
 * tenth of a second is still an answer to a click.
 */
export const WHOLE_FRAME_MS = 100;
/** The coarsest preview: 1/8 of the resolution each way. */
const MIN_PREVIEW_SCALE = 1 / 8;
/** Bands are at least this tall: every band is a draw and a fence, which cost on their own. */
const MIN_BAND_ROWS = 8;
/** Rows of the full-resolution probe that measures a new method's cost. */
const PROBE_ROWS = 8;

interface Sources {
  readonly gl: WebGL2RenderingContext;
  readonly renderer: Renderer;
  readonly state: () => ViewerState;
  readonly size: () => { width: number; height: number };
  readonly wait: boolean;
  /** Frames estimated above this cost (ms) are a preview then bands; Infinity: always whole. */
  readonly bandsAboveMs: number;
  /** Every draw that reaches the screen, for the viewer's accounting and events. */
  readonly drawn: (outcome: DrawOutcome) => void;
  /** Fraction of the full-resolution frame drawn, or null when it is complete. */
  readonly progress: (fraction: number | null) => void;
}

/**
 * On-screen frames that never block the page for long. A frame that fits the budget is
 * drawn whole, as it always was. A heavier one is shown at once as a coarse preview (its
 * resolution cut so it fits the budget), then redrawn at full resolution band by band from
 * the top, one band per animation frame, into a target that is copied to the canvas: input
 * is answered between bands, and a change starts the next frame over with a new preview.
 * The finished picture is the same pixels a whole draw gives (scissored bands, one view).
 */
export class LiveFrames {
  private full: RenderTarget | undefined;
  private preview: RenderTarget | undefined;
  /** The state and size being drawn; '' forces a fresh start. */
  private drawing = '';
  private rowsDone = 0;
  /** Measured cost of a full-resolution frame of the state with this cost key, ms. */
  private cost = { key: '', ms: 0 };

  constructor(private readonly s: Sources) {}

  /** Draws what this animation frame can; true when more frames are needed. */
  tick(): boolean {
    const state = this.s.state();
    const { width, height } = this.s.size();
    const signature = `${width}x${height}|${JSON.stringify(state)}`;
    if (signature !== this.drawing) return this.start(state, signature, width, height);
    if (this.rowsDone >= height) return false;
    return this.band(state, width, height);
  }

  /** A frame drawn some other way (a readback draws the canvas whole) is what shows now. */
  drewWhole(): void {
    const { width, height } = this.s.size();
    this.drawing = `${width}x${height}|${JSON.stringify(this.s.state())}`;
    this.rowsDone = height;
    this.s.progress(null);
  }

  private start(state: ViewerState, signature: string, width: number, height: number): boolean {
    const key = costKey(state);
    if (key !== this.cost.key && Number.isFinite(this.s.bandsAboveMs)) {
      // A probe: one band at full resolution across the middle, drawn twice so the
      // compile is not in the timing. (A coarse probe would mislead: adaptive refinement
      // fires in nearly every pixel that is eight pixels wide.)
      const full = this.fullTarget(width, height);
      const mid = Math.floor(height / 2);
      const rows = [mid, Math.min(height, mid + PROBE_ROWS)] as const;
      let outcome: DrawOutcome | undefined;
      // The first draw also builds the program's machine code (a CPU renderer does it on
      // first use): wait for it, so the timed draw below is the draw alone.
      this.timed(() => (outcome = this.draw(state, { target: full, width, height, rows })), full);
      if (outcome!.pending || !outcome!.drawn) return this.unfinished(outcome!);
      // The faster of two: a garbage collection or a busy core only ever adds time.
      const once = () =>
        this.timed(() => this.draw(state, { target: full, width, height, rows }), full);
      const ms = Math.min(once(), once());
      this.cost = { key, ms: (ms * height) / (rows[1] - rows[0]) };
    }
    this.drawing = signature;
    if (this.cost.ms <= this.s.bandsAboveMs || !Number.isFinite(this.s.bandsAboveMs)) {
      const outcome = this.draw(state, { target: null, width, height });
      this.s.drawn(outcome);
      this.rowsDone = height;
      this.s.progress(null);
      return this.unfinished(outcome);
    }
    const scale = Math.max(MIN_PREVIEW_SCALE, Math.sqrt(FRAME_BUDGET_MS / this.cost.ms));
    const preview = this.scaled(scale, width, height);
    const outcome = this.draw(previewState(state), this.previewRequest(preview));
    const full = this.fullTarget(width, height);
    blit(this.s.gl, preview, full, true);
    blit(this.s.gl, full, null, false);
    this.s.drawn(outcome);
    this.rowsDone = 0;
    this.s.progress(0);
    return true;
  }

  /** Full-resolution bands from the top until this frame's budget is spent. */
  private band(state: ViewerState, width: number, height: number): boolean {
    const full = this.fullTarget(width, height);
    let spent = 0;
    let outcome: DrawOutcome | undefined;
    while (this.rowsDone < height && spent < FRAME_BUDGET_MS) {
      const rows = Math.floor(((FRAME_BUDGET_MS - spent) / this.cost.ms) * height);
      const top = height - this.rowsDone;
      const bottom = Math.max(0, top - Math.max(MIN_BAND_ROWS, rows));
      const ms = this.timed(() => {
        outcome = this.draw(state, { target: full, width, height, rows: [bottom, top] });
      }, full);
      if (!outcome!.drawn || outcome!.pending) return this.unfinished(outcome!);
      // Keep the estimate current: a band costs its share of the frame.
      this.cost.ms = (ms * height) / (top - bottom);
      this.rowsDone = height - bottom;
      spent += ms;
    }
    blit(this.s.gl, full, null, false);
    this.s.drawn(outcome!);
    const done = this.rowsDone >= height;
    this.s.progress(done ? null : this.rowsDone / height);
    return !done;
  }

  /** A compile still running, or nothing to draw with: try again from the start. */
  private unfinished(outcome: DrawOutcome): boolean {
    if (!outcome.pending) return false;
    this.drawing = '';
    this.s.drawn(outcome);
    return true;
  }

  private draw(state: ViewerState, request: Omit<DrawRequest, 'output' | 'wait'>): DrawOutcome {
    return this.s.renderer.draw(state, { output: state.output, wait: this.s.wait, ...request });
  }

  private previewRequest(target: RenderTarget) {
    return { target, width: target.width, height: target.height };
  }

  /** Milliseconds until the GPU has finished `draw`: a one-pixel readback waits for it. */
  private timed(draw: () => void, target: RenderTarget): number {
    const t0 = performance.now();
    draw();
    readImage(this.s.gl, target, 1, 1);
    return performance.now() - t0;
  }

  private scaled(scale: number, width: number, height: number): RenderTarget {
    const w = Math.max(1, Math.round(width * scale));
    const h = Math.max(1, Math.round(height * scale));
    this.preview = this.sized(this.preview, w, h);
    return this.preview;
  }

  private fullTarget(width: number, height: number): RenderTarget {
    this.full = this.sized(this.full, width, height);
    return this.full;
  }

  private sized(target: RenderTarget | undefined, width: number, height: number): RenderTarget {
    if (target && target.width === width && target.height === height) return target;
    if (target) deleteRenderTarget(this.s.gl, target);
    return createRenderTarget(this.s.gl, width, height, 'rgba8');
  }

  /** After a context loss every GL object is gone. */
  reset(): void {
    this.full = this.preview = undefined;
    this.drawing = '';
    this.cost = { key: '', ms: 0 };
  }
}

/**
 * What sets a frame's cost per pixel: the program and what it loops over, not the uniforms
 * (fade width, parameters, view), so dragging a slider needs no new measurement.
 */
function costKey(state: ViewerState): string {
  const { scene, warp, aa, compare, debug, output, expressions, lab } = state;
  return JSON.stringify([
    scene,
    warp,
    aa.source,
    aa.filter,
    aa.referenceN,
    compare,
    debug,
    output,
    expressions,
    lab,
  ]);
}

/**
 * The method a coarse preview draws with: box coverage instead of adaptive refinement or
 * supersampling, which at a coarse pixel would refine almost everywhere and cost more than
 * the frame it stands in for.
 */
function previewState(state: ViewerState): ViewerState {
  const { source, filter } = state.aa;
  return {
    ...state,
    aa: {
      ...state.aa,
      source: source === 'reference' ? 'analytic' : source,
      filter: filter === 'adaptive' ? 'box' : filter,
    },
  };
}
