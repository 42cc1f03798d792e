import { assembleShader, ShaderAssemblyError } from '../shader/assemble';
import { formatDiagnostic } from '../shader/info-log';
import type { SourceFiles } from '../shader/sources';
import {
  assembleVariant,
  assembleVertex,
  variantKey,
  type AdaptiveStage,
  type Variant,
} from '../variant/variant';
import type { ProgramInfo } from 'twgl.js';
import type { CompileResult, Pending, ProgramCache } from '../gl/program-cache';

/**
 * The stage a variant's frame program is: `mark` where the adaptive filter runs in passes
 * (colour and coverage frames), `single` elsewhere (probes and debug views read the
 * one-pass filter; every other filter has one pass anyway).
 */
export function frameStage(v: Variant): AdaptiveStage {
  const frame = v.output === 'coverage' || (v.output === 'color' && v.debug === 'none');
  const passes = v.filter === 'adaptive' && v.source !== 'none' && v.source !== 'reference';
  return frame && passes ? 'mark' : 'single';
}

export function stageKey(v: Variant, stage: AdaptiveStage): string {
  return stage === 'single' ? variantKey(v) : `${variantKey(v)}:${stage}`;
}

/** Compiles one stage of a variant; a source that cannot be assembled is a failure with its line. */
export function compileVariant(
  programs: ProgramCache,
  files: SourceFiles,
  v: Variant,
  stage: AdaptiveStage,
  wait: boolean,
): CompileResult | Pending {
  const vertex = stage === 'refine' ? REFINE_VERTEX : undefined;
  try {
    return programs.get(
      stageKey(v, stage),
      files,
      () => ({
        vertex: vertex ? assembleShader({ files, root: vertex }) : assembleVertex(files),
        fragment: assembleVariant(files, v, stage),
      }),
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

const REFINE_VERTEX = 'shaders/adaptive/refine.vert.glsl';
const GATE_FRAGMENT = 'shaders/adaptive/gate.frag.glsl';

/**
 * The adaptive filter's gate and refining programs for `v` once both are compiled, else
 * Pending or the failure (the frame then stays box coverage, and says why).
 */
export function refinePrograms(
  programs: ProgramCache,
  files: SourceFiles,
  v: Variant,
  wait: boolean,
): { gate: ProgramInfo; refine: ProgramInfo } | Pending | Extract<CompileResult, { ok: false }> {
  const gate = programs.get(
    'adaptive-gate',
    files,
    () => ({
      vertex: assembleVertex(files),
      fragment: assembleShader({ files, root: GATE_FRAGMENT }),
    }),
    { wait },
  );
  const refine = compileVariant(programs, files, v, 'refine', wait);
  if ('pending' in gate || 'pending' in refine) return { pending: true };
  if (!gate.ok) return gate;
  if (!refine.ok) return refine;
  return { gate: gate.program, refine: refine.program };
}
