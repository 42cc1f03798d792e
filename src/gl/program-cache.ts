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

export interface ProgramSources {
  readonly vertex: AssembledShader;
  readonly fragment: AssembledShader;
}

/**
 * Compiled programs by variant key. Failures are cached too, so a broken variant is not
 * recompiled every frame; `clear()` when any source file changes or the context is restored.
 */
export class ProgramCache {
  private readonly entries = new Map<string, CompileResult>();

  constructor(private readonly gl: WebGL2RenderingContext) {}

  get(key: string, files: SourceFiles, build: () => ProgramSources): CompileResult {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = compileProgram(this.gl, files, build());
      this.entries.set(key, entry);
    }
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Whether `program` is still one of the cached programs. */
  holds(program: WebGLProgram): boolean {
    return [...this.entries.values()].some(
      (entry) => entry.ok && entry.program.program === program,
    );
  }

  /**
   * Forgets every entry and deletes its program, except those in `keep` (still drawing
   * until a replacement compiles). With `lost` the GL objects are already gone.
   */
  clear({ lost = false, keep = new Set<WebGLProgram>() } = {}): void {
    if (!lost)
      for (const entry of this.entries.values())
        if (entry.ok && !keep.has(entry.program.program))
          this.gl.deleteProgram(entry.program.program);
    this.entries.clear();
  }
}

/**
 * Stages are compiled here so their raw info logs can be mapped to `file:line`; twgl then
 * links them and builds the uniform setters.
 */
function compileProgram(
  gl: WebGL2RenderingContext,
  files: SourceFiles,
  sources: ProgramSources,
): CompileResult {
  const vertex = compileStage(gl, gl.VERTEX_SHADER, sources.vertex, files);
  const fragment = compileStage(gl, gl.FRAGMENT_SHADER, sources.fragment, files);
  if (!vertex.ok || !fragment.ok) {
    for (const stage of [vertex, fragment]) if (stage.ok) gl.deleteShader(stage.shader);
    const failed = [vertex, fragment].filter((s) => !s.ok);
    return {
      ok: false,
      diagnostics: failed.flatMap((s) => s.diagnostics),
      message: failed.map((s) => s.message).join('\n\n'),
    };
  }
  const linkErrors: string[] = [];
  const program = twgl.createProgram(gl, [vertex.shader, fragment.shader], {
    errorCallback: (message: string) => linkErrors.push(message),
  });
  gl.deleteShader(vertex.shader);
  gl.deleteShader(fragment.shader);
  if (!program) {
    const message = `<link>: ${linkErrors.join('\n') || 'program failed to link'}`;
    return {
      ok: false,
      message,
      diagnostics: [{ severity: 'error', file: '<link>', line: 0, message, raw: message }],
    };
  }
  return { ok: true, program: twgl.createProgramInfoFromProgram(gl, program) };
}

type StageResult =
  | { ok: true; shader: WebGLShader }
  | { ok: false; diagnostics: ShaderDiagnostic[]; message: string };

function compileStage(
  gl: WebGL2RenderingContext,
  type: number,
  src: AssembledShader,
  files: SourceFiles,
): StageResult {
  const shader = gl.createShader(type);
  if (!shader)
    return { ok: false, diagnostics: [], message: 'could not create a shader (context lost?)' };
  gl.shaderSource(shader, src.source);
  gl.compileShader(shader);
  if (gl.getShaderParameter(shader, gl.COMPILE_STATUS)) return { ok: true, shader };
  const log = gl.getShaderInfoLog(shader) ?? '';
  gl.deleteShader(shader);
  const parsed = parseInfoLog(log, src.lineMap);
  return {
    ok: false,
    diagnostics: parsed.diagnostics,
    message: formatInfoLog(parsed, files) || log,
  };
}
