import * as twgl from 'twgl.js';
import type { AssembledShader } from '../shader/assemble';
import { formatInfoLog, parseInfoLog, type ShaderDiagnostic } from '../shader/info-log';
import type { SourceFiles } from '../shader/sources';

export type CompileResult =
  | { readonly ok: true; readonly program: twgl.ProgramInfo }
  | {
      readonly ok: false;
      readonly diagnostics: readonly ShaderDiagnostic[];
      readonly message: string;
    };

/** Still compiling on the driver's threads (KHR_parallel_shader_compile): ask again later. */
export interface Pending {
  readonly pending: true;
}

export interface ProgramSources {
  readonly vertex: AssembledShader;
  readonly fragment: AssembledShader;
}

/**
 * Most programs kept alive. Every scene x warp x method x output is its own program, so a
 * session that tries everything would otherwise hold hundreds of them in driver memory.
 */
export const PROGRAM_CACHE_CAP = 32;

/** Sent to the GPU, not yet asked about: asking would block until the driver is done. */
interface InFlight {
  readonly program: WebGLProgram;
  readonly stages: readonly { shader: WebGLShader; source: AssembledShader }[];
}

type Entry = CompileResult | InFlight;

const isInFlight = (e: Entry): e is InFlight => !('ok' in e);

/**
 * Compiled programs by variant key, least recently used first, at most `cap` of them;
 * an evicted program is deleted unless `pinned` says it is still drawing (the last good
 * program of an output). Failures are cached too, so a broken variant is not recompiled
 * every frame. With KHR_parallel_shader_compile a compile can be started and polled
 * without blocking the page; without it, or when the caller must wait, it is synchronous.
 */
export class ProgramCache {
  private readonly entries = new Map<string, Entry>();
  /** Keys answered Pending once without the extension: compiled (blocking) when asked again. */
  private readonly deferred = new Set<string>();
  private readonly parallel: { COMPLETION_STATUS_KHR: number } | null;

  constructor(
    private readonly gl: WebGL2RenderingContext,
    private readonly pinned: () => ReadonlySet<WebGLProgram>,
    private readonly cap = PROGRAM_CACHE_CAP,
  ) {
    this.parallel = gl.getExtension('KHR_parallel_shader_compile') as {
      COMPLETION_STATUS_KHR: number;
    } | null;
  }

  /** `wait: false` may answer Pending while the driver compiles in the background. */
  get(
    key: string,
    files: SourceFiles,
    build: () => ProgramSources,
    { wait = true } = {},
  ): CompileResult | Pending {
    let entry = this.entries.get(key);
    // Without background compiles a live frame still gets one frame's notice, so the page
    // can say "compiling" before the compile blocks it.
    if (!entry && !wait && !this.parallel && !this.deferred.has(key)) {
      this.deferred.add(key);
      return { pending: true };
    }
    this.deferred.delete(key);
    if (entry) this.entries.delete(key); // re-inserted below as the most recent
    entry ??= startCompile(this.gl, build());
    if (isInFlight(entry)) {
      const done =
        wait ||
        !this.parallel ||
        this.gl.getProgramParameter(entry.program, this.parallel.COMPLETION_STATUS_KHR) === true;
      if (done) entry = finishCompile(this.gl, files, entry);
    }
    this.entries.set(key, entry);
    this.evict();
    return isInFlight(entry) ? { pending: true } : entry;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Whether `program` is still one of the cached programs. */
  holds(program: WebGLProgram): boolean {
    for (const entry of this.entries.values())
      if (
        isInFlight(entry)
          ? entry.program === program
          : entry.ok && entry.program.program === program
      )
        return true;
    return false;
  }

  /**
   * Forgets every entry and deletes its program, except those in `keep` (still drawing
   * until a replacement compiles). With `lost` the GL objects are already gone.
   */
  clear({ lost = false, keep = new Set<WebGLProgram>() } = {}): void {
    this.deferred.clear();
    if (!lost) for (const entry of this.entries.values()) this.release(entry, keep);
    this.entries.clear();
  }

  /** Oldest first; the pinned and the still-compiling stay (the latter finish or get cleared). */
  private evict(): void {
    if (this.entries.size <= this.cap) return;
    const pinned = this.pinned();
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.cap) break;
      if (isInFlight(entry) || (entry.ok && pinned.has(entry.program.program))) continue;
      this.release(entry, pinned);
      this.entries.delete(key);
    }
  }

  private release(entry: Entry, keep: ReadonlySet<WebGLProgram>): void {
    const gl = this.gl;
    if (isInFlight(entry)) {
      entry.stages.forEach((s) => gl.deleteShader(s.shader));
      gl.deleteProgram(entry.program);
    } else if (entry.ok && !keep.has(entry.program.program))
      gl.deleteProgram(entry.program.program);
  }
}

/** Sends both stages and the link to the driver without asking how they went. */
function startCompile(
  gl: WebGL2RenderingContext,
  sources: ProgramSources,
): InFlight | CompileResult {
  const program = gl.createProgram();
  const stages: { shader: WebGLShader; source: AssembledShader }[] = [];
  for (const [type, source] of [
    [gl.VERTEX_SHADER, sources.vertex],
    [gl.FRAGMENT_SHADER, sources.fragment],
  ] as const) {
    const shader = gl.createShader(type);
    if (!shader || !program) {
      stages.forEach((s) => gl.deleteShader(s.shader));
      if (shader) gl.deleteShader(shader);
      if (program) gl.deleteProgram(program);
      const message = 'could not create a shader (context lost?)';
      return { ok: false, diagnostics: [], message };
    }
    gl.shaderSource(shader, source.source);
    gl.compileShader(shader);
    gl.attachShader(program, shader);
    stages.push({ shader, source });
  }
  gl.linkProgram(program!);
  return { program: program!, stages };
}

/**
 * Reads the outcome (blocking until the driver is done): the program with its uniform
 * setters, or each failed stage's info log mapped to `file:line`.
 */
function finishCompile(
  gl: WebGL2RenderingContext,
  files: SourceFiles,
  work: InFlight,
): CompileResult {
  const { program, stages } = work;
  const linked = gl.getProgramParameter(program, gl.LINK_STATUS) === true;
  const failed = linked
    ? []
    : stages.filter((s) => gl.getShaderParameter(s.shader, gl.COMPILE_STATUS) !== true);
  const diagnostics: ShaderDiagnostic[] = [];
  const messages: string[] = [];
  for (const stage of failed) {
    const log = gl.getShaderInfoLog(stage.shader) ?? '';
    const parsed = parseInfoLog(log, stage.source.lineMap);
    diagnostics.push(...parsed.diagnostics);
    messages.push(formatInfoLog(parsed, files) || log);
  }
  if (!linked && !failed.length) {
    const message = `<link>: ${gl.getProgramInfoLog(program) || 'program failed to link'}`;
    diagnostics.push({ severity: 'error', file: '<link>', line: 0, message, raw: message });
    messages.push(message);
  }
  for (const stage of stages) {
    gl.detachShader(program, stage.shader);
    gl.deleteShader(stage.shader);
  }
  if (!linked) {
    gl.deleteProgram(program);
    return { ok: false, diagnostics, message: messages.join('\n\n') };
  }
  return { ok: true, program: twgl.createProgramInfoFromProgram(gl, program) };
}
