import type * as twgl from 'twgl.js';
import { setUniforms } from 'twgl.js';
import { drawFullscreen } from './gl/fullscreen';
import { ProgramCache, type CompileResult, type Pending } from './gl/program-cache';
import {
  createRenderTarget,
  deleteRenderTarget,
  type RenderTarget,
  type TargetFormat,
} from './gl/render-target';
import type { ShaderLibrary } from './library';
import { ShaderAssemblyError } from './shader/assemble';
import { formatDiagnostic, type ShaderDiagnostic } from './shader/info-log';
import {
  assembleVariant,
  assembleVertex,
  variantKey,
  type ProbeKind,
  type ShaderOutput,
  type Variant,
} from './shader/variant';
import type { ViewerState } from './state';
import { compareColumn, compareState } from './compare';
import { ExprError } from './expr/parse';
import { expressionVariant, type ExpressionVariant } from './expr/expression-variants';
import { paramValue } from './param-values';
import { srgbToLinear, uniformValue } from './params';
import { tileTransform, viewTransform } from './view';

export interface DrawRequest {
  readonly output: ShaderOutput;
  readonly probe?: ProbeKind;
  /** Offscreen target, or null for the canvas. */
  readonly target: RenderTarget | null;
  readonly width: number;
  readonly height: number;
  /** Part of a larger image (export tiles): where this draw sits in it. */
  readonly region?: { x: number; y: number; fullWidth: number; fullHeight: number };
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

  constructor(
    private readonly gl: WebGL2RenderingContext,
    private library: ShaderLibrary,
    programCap?: number,
  ) {
    this.programs = new ProgramCache(gl, () => this.pinnedPrograms(), programCap);
    this.emptyVertexArray = gl.createVertexArray()!;
  }

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
  }

  get compiledPrograms(): number {
    return this.programs.size;
  }

  /**
   * One frame. With compare on (colour and coverage, not probes) it is two passes clipped by
   * the scissor: the `aa` method left of the divider, the compare method from its column on.
   */
  draw(state: ViewerState, request: DrawRequest): DrawOutcome {
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
    const variant = this.variant(state, request);
    const key =
      typeof variant === 'string' ? `${state.scene}|${state.warp}|?` : variantKey(variant);
    const result: CompileResult | Pending =
      typeof variant === 'string'
        ? { ok: false, message: variant, diagnostics: [] }
        : this.compile(key, variant, request.wait ?? true);
    const pending = 'pending' in result;
    if (!pending && result.ok) this.replaceLastGood(role, result.program);
    const program = !pending && result.ok ? result.program : this.lastGood.get(role);
    const failure =
      pending || result.ok
        ? undefined
        : { message: result.message, diagnostics: result.diagnostics };
    if (!program) return { key, drawn: false, pending, failure };

    const { width, height, region } = request;
    const view = region
      ? tileTransform(state.view, { ...region, width, height }, region.fullWidth, region.fullHeight)
      : viewTransform(state.view, width, height);
    gl.bindFramebuffer(gl.FRAMEBUFFER, request.target?.framebuffer ?? null);
    gl.viewport(0, 0, request.width, request.height);
    gl.disable(gl.BLEND);
    gl.useProgram(program.program);
    setUniforms(program, {
      u_viewOrigin: view.origin,
      u_viewJacobian: view.jacobian,
      u_fadeWidth: state.aa.fadeWidth,
      u_strokeWidth: state.aa.strokeWidth,
      u_background: [...state.background.slice(0, 3).map(srgbToLinear), state.background[3]],
      u_time: state.time,
      // The tile's offset in GL pixels (rows bottom-up), for the reference's jitter seed.
      u_pixelOffset: region ? [region.x, region.fullHeight - region.y - height] : [0, 0],
      ...this.paramUniforms(state),
    });
    if (columns) {
      gl.enable(gl.SCISSOR_TEST);
      gl.scissor(columns[0], 0, columns[1] - columns[0], request.height);
    }
    drawFullscreen(gl, this.emptyVertexArray);
    gl.disable(gl.SCISSOR_TEST);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    return { key, drawn: true, pending, failure };
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

  /** The variant to draw, or why there is none (unknown id, a formula that does not parse). */
  private variant(state: ViewerState, request: DrawRequest): Variant | string {
    const known = {
      scene: this.library.scenes.get(state.scene),
      warp: this.library.warps.get(state.warp),
    };
    if (!known.scene || !known.warp)
      return `no scene "${state.scene}" or warp "${state.warp}" in the library`;
    let chosen: ExpressionVariant;
    try {
      chosen = expressionVariant(
        known.scene,
        known.warp,
        state.aa.source,
        state.expressions,
        state.aa.filter,
      );
    } catch (error) {
      if (!(error instanceof ExprError)) throw error;
      return `${error.message} (at character ${error.position})`;
    }
    return {
      scene: chosen.scene,
      warp: chosen.warp,
      generated: chosen,
      source: state.aa.source,
      filter: state.aa.filter,
      output: request.output,
      probe: request.probe ?? 'field',
      referenceN: state.aa.referenceN,
      debug: state.debug,
    };
  }

  /** The current scene's and warp's parameters by uniform name, defaults filled in. */
  private paramUniforms(state: ViewerState): Record<string, number | number[]> {
    const uniforms: Record<string, number | number[]> = {};
    const scene = this.library.scenes.get(state.scene);
    const warp = this.library.warps.get(state.warp);
    for (const [owner, values] of [
      [scene, state.sceneParams],
      [warp, state.warpParams],
    ] as const)
      for (const spec of owner?.params ?? [])
        uniforms[spec.uniform] = uniformValue(spec, paramValue(values, owner!, spec.name));
    return uniforms;
  }

  private compile(key: string, variant: Variant, wait: boolean): CompileResult | Pending {
    const files = this.library.files;
    try {
      return this.programs.get(
        key,
        files,
        () => ({ vertex: assembleVertex(files), fragment: assembleVariant(files, variant) }),
        { wait },
      );
    } catch (error) {
      if (!(error instanceof ShaderAssemblyError)) throw error;
      const diagnostic = {
        severity: 'error' as const,
        file: error.file,
        line: error.line,
        message: error.detail,
        raw: error.message,
      };
      return { ok: false, message: formatDiagnostic(diagnostic, files), diagnostics: [diagnostic] };
    }
  }
}
