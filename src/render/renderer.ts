import type * as twgl from 'twgl.js';
import { setUniforms } from 'twgl.js';
import { drawFullscreen } from '../gl/fullscreen';
import { MarksPass, type Mark } from '../gl/marks-pass';
import { assembleShader } from '../shader/assemble';
import { ProgramCache, type CompileResult, type Pending } from '../gl/program-cache';
import {
  createRenderTarget,
  deleteRenderTarget,
  type RenderTarget,
  type TargetFormat,
} from '../gl/render-target';
import type { ShaderLibrary } from '../model/library';
import type { ShaderDiagnostic } from '../shader/info-log';
import type { ProbeKind, ShaderOutput, Variant } from '../variant/variant';
import { AdaptivePass, type PixelRect, type RefineStats } from '../gl/adaptive-pass';
import { compileVariant, frameStage, refinePrograms, stageKey } from './variant-programs';
import type { ViewerState } from '../model/state';
import { compareColumn, compareState } from '../model/compare';
import { stateUniforms, stateVariant } from '../variant/state-variant';
import { formulasIn } from '../variant/expression-variants';
import type { Formula } from '../expr/parse';
import { tileTransform, viewTransform } from '../model/view';

/**
 * What a scene adds beyond its file (the optimisation lab's): uniforms computed from the
 * state, and marks drawn over colour frames, for a target of the full image's size.
 */
export interface SceneExtras {
  uniforms(state: ViewerState): Record<string, number>;
  marks(state: ViewerState, size: { width: number; height: number }): Mark[];
}

const NO_EXTRAS: SceneExtras = { uniforms: () => ({}), marks: () => [] };

export interface DrawRequest {
  readonly output: ShaderOutput;
  readonly probe?: ProbeKind;
  /** Offscreen target, or null for the canvas. */
  readonly target: RenderTarget | null;
  readonly width: number;
  readonly height: number;
  /** Part of a larger image (export tiles): where this draw sits in it. */
  readonly region?: { x: number; y: number; fullWidth: number; fullHeight: number };
  /** Only the GL rows `[from, to)` (bottom-up), for frames drawn band by band. */
  readonly rows?: readonly [number, number];
  /**
   * False (live frames) lets a new program compile in the background while the last good
   * one draws; true (readbacks, exports, tests) waits for it.
   */
  readonly wait?: boolean;
}

export interface DrawOutcome {
  /** Variant asked for. */
  readonly key: string;
  /** False when nothing could be drawn (no program ever compiled for this output). */
  readonly drawn: boolean;
  /** The asked-for variant is still compiling; the last good program (if any) drew. */
  readonly pending?: boolean;
  /** Set when the asked-for variant failed; the last good program of the output drew instead. */
  readonly failure?: {
    readonly message: string;
    /** The typed formulas it is about: the page shows it at their inputs too. */
    readonly formulas: readonly Formula[];
    readonly diagnostics: readonly ShaderDiagnostic[];
  };
}

/**
 * Owns every GPU resource, so all of them can be rebuilt from state after a context loss.
 * Stateless between frames apart from caches: draw(state) is a pure function of its inputs.
 */
export class Renderer {
  private programs: ProgramCache;
  private emptyVertexArray: WebGLVertexArrayObject;
  private lastGood = new Map<string, twgl.ProgramInfo>();
  private targets = new Map<TargetFormat, RenderTarget>();
  private marksPass: MarksPass;
  private adaptive: AdaptivePass;

  constructor(
    private readonly gl: WebGL2RenderingContext,
    private library: ShaderLibrary,
    { programCap, extras }: { programCap?: number; extras?: SceneExtras } = {},
  ) {
    this.programs = new ProgramCache(gl, () => this.pinnedPrograms(), programCap);
    this.emptyVertexArray = gl.createVertexArray()!;
    this.marksPass = new MarksPass(gl);
    this.adaptive = new AdaptivePass(gl);
    this.extras = extras ?? NO_EXTRAS;
  }

  private readonly extras: SceneExtras;

  /** New source files (hot reload, a test override): recompile lazily, keep the last good programs. */
  setLibrary(library: ShaderLibrary): void {
    this.library = library;
    this.programs.clear({ keep: this.pinnedPrograms() });
  }

  /** Programs that draw while their replacements compile: never evicted from the cache. */
  private pinnedPrograms(): Set<WebGLProgram> {
    return new Set([...this.lastGood.values()].map((p) => p.program));
  }

  /** After `webglcontextrestored`: every old GL object is gone, make new ones. */
  rebuild(): void {
    this.programs.clear({ lost: true });
    this.lastGood.clear();
    this.targets.clear();
    this.emptyVertexArray = this.gl.createVertexArray()!;
    this.marksPass.rebuild();
    this.adaptive.rebuild();
  }

  /** Quads the adaptive filter refined in the last frame, of those it drew. */
  get refinedQuads(): RefineStats {
    return this.adaptive.lastRefined;
  }

  get compiledPrograms(): number {
    return this.programs.size;
  }

  /**
   * One frame. With compare on (colour and coverage, not probes) it is two passes clipped by
   * the scissor: the `aa` method left of the divider, the compare method from its column on.
   */
  draw(state: ViewerState, request: DrawRequest): DrawOutcome {
    const outcome = this.passes(state, request);
    // Marks go over the finished frame: with the band that completes it when drawn in bands.
    const complete = !request.rows || request.rows[1] >= request.height;
    if (outcome.drawn && complete && request.output === 'color' && state.debug === 'none')
      this.drawMarks(state, request);
    return outcome;
  }

  private passes(state: ViewerState, request: DrawRequest): DrawOutcome {
    const column = request.output === 'probe' ? undefined : compareColumn(state, request);
    if (column === undefined) return this.pass(state, request);
    const left = this.pass(state, request, [0, column]);
    const right = this.pass(compareState(state), request, [column, request.width], 'compare:');
    return {
      key: `${left.key} || ${right.key}`,
      drawn: left.drawn && right.drawn,
      pending: left.pending || right.pending,
      failure: left.failure ?? right.failure,
    };
  }

  /** The state's marks over the frame, in the same view (a tile's, in an export). */
  private drawMarks(state: ViewerState, request: DrawRequest): void {
    const { region } = request;
    const full = region
      ? { width: region.fullWidth, height: region.fullHeight }
      : { width: request.width, height: request.height };
    const marks = this.extras.marks(state, full);
    if (!marks.length) return;
    const files = this.library.files;
    const program = this.programs.get('marks', files, () => ({
      vertex: assembleShader({ files, root: 'shaders/marks/marks.vert.glsl' }),
      fragment: assembleShader({ files, root: 'shaders/marks/marks.frag.glsl' }),
    }));
    if ('pending' in program || !program.ok) return;
    const gl = this.gl;
    gl.bindFramebuffer(gl.FRAMEBUFFER, request.target?.framebuffer ?? null);
    gl.viewport(0, 0, request.width, request.height);
    this.marksPass.draw(program.program, marks, this.viewOf(state, request), request);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  }

  private viewOf(state: ViewerState, request: DrawRequest) {
    const { width, height, region } = request;
    return region
      ? tileTransform(state.view, { ...region, width, height }, region.fullWidth, region.fullHeight)
      : viewTransform(state.view, width, height);
  }

  /** Draws one variant, over the columns `[from, to)` only when `columns` is given. */
  private pass(
    state: ViewerState,
    request: DrawRequest,
    columns?: readonly [number, number],
    rolePrefix = '',
  ): DrawOutcome {
    const gl = this.gl;
    const role =
      rolePrefix + (request.output === 'probe' ? `probe:${request.probe}` : request.output);
    const variant = stateVariant(this.library, state, request);
    const none = 'message' in variant ? variant : undefined;
    const stage = none ? 'single' : frameStage(variant as Variant);
    const key = none ? `${state.scene}|${state.warp}|?` : stageKey(variant as Variant, stage);
    const wait = request.wait ?? true;
    const files = this.library.files;
    const result: CompileResult | Pending = none
      ? { ok: false, message: none.message, diagnostics: [] }
      : compileVariant(this.programs, files, variant as Variant, stage, wait);
    const pending = 'pending' in result;
    if (!pending && result.ok) this.replaceLastGood(role, result.program);
    const program = !pending && result.ok ? result.program : this.lastGood.get(role);
    // The adaptive filter's later passes, only behind its own freshly compiled first one.
    const passes =
      stage === 'mark' && !pending && result.ok
        ? refinePrograms(this.programs, files, variant as Variant, wait)
        : undefined;
    const failed = pending || result.ok ? (passes && 'ok' in passes ? passes : undefined) : result;
    const failure = failed && {
      message: failed.message,
      diagnostics: failed.diagnostics,
      formulas:
        none?.formulas ??
        formulasIn(
          variant as Variant,
          failed.diagnostics.map((d) => d.file),
        ),
    };
    const stillPending = pending || (!!passes && 'pending' in passes);
    if (!program) return { key, drawn: false, pending: stillPending, failure };

    const { region } = request;
    const view = this.viewOf(state, request);
    const uniforms = {
      u_viewOrigin: view.origin,
      u_viewJacobian: view.jacobian,
      // The tile's offset in GL pixels (rows bottom-up), for the reference's jitter seed.
      u_pixelOffset: region ? [region.x, region.fullHeight - region.y - request.height] : [0, 0],
      ...stateUniforms(this.library, state),
      ...this.extras.uniforms(state),
    };
    const [x0, x1] = columns ?? [0, request.width];
    const [y0, y1] = request.rows ?? [0, request.height];
    const rect: PixelRect = [x0, y0, x1, y1];
    const refine = passes && 'gate' in passes ? passes : undefined;
    const marked = refine && this.adaptive.begin(request.target, request.width, request.height);
    gl.bindFramebuffer(gl.FRAMEBUFFER, marked || (request.target?.framebuffer ?? null));
    gl.viewport(0, 0, request.width, request.height);
    gl.disable(gl.BLEND);
    gl.useProgram(program.program);
    setUniforms(program, uniforms);
    gl.enable(gl.SCISSOR_TEST);
    gl.scissor(x0, y0, x1 - x0, y1 - y0);
    drawFullscreen(gl, this.emptyVertexArray);
    gl.disable(gl.SCISSOR_TEST);
    const { width, height, target } = request;
    if (marked) this.adaptive.finish({ ...refine, target, width, height, rect, uniforms });
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    return { key, drawn: true, pending: stillPending, failure };
  }

  /** A program kept alive across a source change is deleted once nothing draws with it. */
  private replaceLastGood(role: string, program: twgl.ProgramInfo): void {
    const previous = this.lastGood.get(role)?.program;
    this.lastGood.set(role, program);
    if (!previous || previous === program.program || this.programs.holds(previous)) return;
    const stillUsed = [...this.lastGood.values()].some((p) => p.program === previous);
    if (!stillUsed) this.gl.deleteProgram(previous);
  }

  /** An offscreen target of this size and format, reused between calls. */
  target(format: TargetFormat, width: number, height: number): RenderTarget {
    const existing = this.targets.get(format);
    if (existing && existing.width === width && existing.height === height) return existing;
    if (existing) deleteRenderTarget(this.gl, existing);
    const created = createRenderTarget(this.gl, width, height, format);
    this.targets.set(format, created);
    return created;
  }
}
