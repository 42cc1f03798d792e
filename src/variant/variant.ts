import {
  AA_FILTERS,
  AA_SOURCES,
  DEBUG_VIEWS,
  type AaFilter,
  type AaSource,
  type DebugView,
} from '../model/state';
import type { ExpressionVariant } from './expression-variants';
import { uniformDeclaration } from '../shader/params';
import type { SceneInfo } from '../catalog/scene-header';
import type { WarpInfo } from '../catalog/warp-catalog';
import { assembleShader, type AssembledShader } from '../shader/assemble';
import type { Defines } from '../shader/preamble';
import type { SourceFiles } from '../shader/sources';

/** What a probe pass writes per pixel (see shaders/main.glsl). */
export const PROBE_KINDS = ['field', 'pixel', 'warp', 'jacobian', 'world', 'hessian'] as const;
export type ProbeKind = (typeof PROBE_KINDS)[number];
export const SHADER_OUTPUTS = ['color', 'coverage', 'probe'] as const;
export type ShaderOutput = (typeof SHADER_OUTPUTS)[number];
/**
 * Which pass of the `adaptive` filter a program is: `single` decides and refines in one
 * loop (shader export, probes, debug views); `mark` and `refine` are the first and last
 * of the renderer's three passes (src/gl/adaptive-pass.ts).
 */
export const ADAPTIVE_STAGES = ['single', 'mark', 'refine'] as const;
export type AdaptiveStage = (typeof ADAPTIVE_STAGES)[number];

/** Everything that changes the fragment shader's text; the rest are uniforms. */
export interface Variant {
  readonly scene: SceneInfo;
  readonly warp: WarpInfo;
  readonly source: AaSource;
  readonly filter: AaFilter;
  readonly output: ShaderOutput;
  readonly probe: ProbeKind;
  /** Samples per side for the `reference` source and the `error` view (a loop bound). */
  readonly referenceN: number;
  /** Colour output only: a derivative view instead of the scene. */
  readonly debug: DebugView;
  /** Files generated from expressions (src/variant/expression-variants.ts), by content hash. */
  readonly generated: Pick<ExpressionVariant, 'warpAd' | 'field' | 'files'>;
}

export const VARIANT_ROOT = '<variant>';
/** Most samples per side the reference loop may take (64 x 64 = 4096 per pixel). */
export const MAX_REFERENCE_N = 64;
export const VERTEX_FILE = 'shaders/fullscreen.vert.glsl';

export function variantKey(v: Variant): string {
  const probe = v.output === 'probe' ? `:${v.probe}` : '';
  const source = v.source === 'reference' ? `reference${v.referenceN}` : v.source;
  // The error view draws the reference too, so its sample count is part of the text.
  const reference = v.debug === 'error' ? `:reference${v.referenceN}` : '';
  const debug = v.output === 'color' && v.debug !== 'none' ? `:${v.debug}${reference}` : '';
  const generated = v.generated.files.map((f) => `|${f.file}`).join('');
  return `${v.scene.file}|${v.warp.id}|${source}|${v.filter}|${v.output}${probe}${debug}${generated}`;
}

/**
 * Each enumeration goes to GLSL as numbered constants plus the selected one, so the
 * shader compares names (`AA_FILTER == AA_FILTER_LINEAR`) and TypeScript owns the numbers.
 */
function enumDefines(group: string, values: readonly string[], selected: string): Defines {
  const defines: Record<string, number> = { [group]: values.indexOf(selected) };
  values.forEach((value, index) => {
    defines[`${group}_${value.toUpperCase().replace(/-/g, '_')}`] = index;
  });
  return defines;
}

export function variantDefines(v: Variant, stage: AdaptiveStage = 'single'): Defines {
  if (!Number.isInteger(v.referenceN) || v.referenceN < 1 || v.referenceN > MAX_REFERENCE_N)
    throw new RangeError(`referenceN must be an integer from 1 to ${MAX_REFERENCE_N}`);
  return {
    ...enumDefines('AA_SOURCE', AA_SOURCES, v.source),
    ...enumDefines('AA_FILTER', AA_FILTERS, v.filter),
    ...enumDefines('OUTPUT', SHADER_OUTPUTS, v.output),
    ...enumDefines('PROBE', PROBE_KINDS, v.probe),
    ...enumDefines('DEBUG_VIEW', DEBUG_VIEWS, v.output === 'color' ? v.debug : 'none'),
    ...enumDefines('ADAPTIVE_STAGE', ADAPTIVE_STAGES, stage),
    WARP_FN: { ident: v.warp.fn },
    // Jets carry Hessians only where something reads them; duals skip that arithmetic.
    AD_HESSIAN: v.source === 'second-order' || (v.output === 'probe' && v.probe === 'hessian'),
    REFERENCE_N: v.referenceN,
  };
}

/**
 * The generated root file: warp (and its generated autodiff form), the scene's parameter
 * uniforms (declared here from its header, so a scene file only uses them), the scene's
 * generated field, the scene, then the shared main.
 */
export function variantRootText(v: Variant): string {
  const include = (file?: { file: string }) => (file ? [`#include "${file.file}"`] : []);
  return [
    ...include(v.warp),
    ...include(v.generated.warpAd),
    ...v.scene.params.map(uniformDeclaration),
    ...include(v.generated.field),
    ...include(v.scene),
    '#include "main.glsl"',
  ].join('\n');
}

export function assembleVariant(
  files: SourceFiles,
  v: Variant,
  stage: AdaptiveStage = 'single',
): AssembledShader {
  return assembleShader({
    files: v.generated.files.length
      ? new Map([...files, ...v.generated.files.map((f) => [f.file, f.text] as const)])
      : files,
    root: { name: VARIANT_ROOT, text: variantRootText(v) },
    defines: variantDefines(v, stage),
  });
}

export function assembleVertex(files: SourceFiles): AssembledShader {
  return assembleShader({ files, root: VERTEX_FILE });
}
