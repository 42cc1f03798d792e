/**
 * From a state to what the GPU needs: the shader variant it draws (or why there is none)
 * and the uniform values of its scene's and warp's parameters.
 */
import type { DrawRequest } from '../render/renderer';
import type { ShaderLibrary } from '../model/library';
import type { Variant } from './variant';
import type { ViewerState } from '../model/state';
import { ExprError, type Formula } from '../expr/parse';
import { expressionVariant, type ExpressionVariant } from './expression-variants';
import { paramValue } from '../model/param-values';
import { srgbToLinear, uniformValue, type ParamSpec, type ParamValue } from '../shader/params';
import { animatedValue, paramIsAnimated } from '../shader/param-animation';

/** Why a state has no variant, and which typed formulas that is about (none for an id). */
export interface NoVariant {
  readonly message: string;
  readonly formulas: readonly Formula[];
}

/** The variant to draw, or why there is none (unknown id, a formula that does not parse). */
export function stateVariant(
  library: ShaderLibrary,
  state: ViewerState,
  request: Pick<DrawRequest, 'output' | 'probe'>,
): Variant | NoVariant {
  const known = { scene: library.scenes.get(state.scene), warp: library.warps.get(state.warp) };
  if (!known.scene || !known.warp)
    return {
      message: `no scene "${state.scene}" or warp "${state.warp}" in the library`,
      formulas: [],
    };
  let chosen: ExpressionVariant;
  try {
    chosen = expressionVariant(
      known.scene,
      known.warp,
      state.aa.source,
      { ...state.expressions, objective: state.lab.objective },
      state.aa.filter,
    );
  } catch (error) {
    if (!(error instanceof ExprError)) throw error;
    return {
      message: `${error.message} (at character ${error.position})`,
      formulas: error.formulas,
    };
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

/** One parameter of the current scene or warp, with its value in the state (or default). */
export interface StateParam {
  readonly spec: ParamSpec;
  readonly value: ParamValue;
}

/** The current scene's parameters, then the warp's. */
export function stateParams(
  known: Pick<ShaderLibrary, 'scenes' | 'warps'>,
  state: ViewerState,
): StateParam[] {
  const owners = [
    [known.scenes.get(state.scene), state.sceneParams],
    [known.warps.get(state.warp), state.warpParams],
  ] as const;
  return owners.flatMap(([owner, values]) =>
    (owner?.params ?? []).map((spec) => ({ spec, value: paramValue(values, owner!, spec.name) })),
  );
}

/** The current scene's and warp's parameters by uniform name at state.time, defaults filled in. */
export function paramUniforms(
  library: ShaderLibrary,
  state: ViewerState,
): Record<string, number | number[]> {
  const uniforms: Record<string, number | number[]> = {};
  for (const { spec, value } of stateParams(library, state))
    // A parameter tied to time moves about the value set, with state.time.
    uniforms[spec.uniform] = paramIsAnimated(spec)
      ? animatedValue(spec, value as number, state.time)
      : uniformValue(spec, value);
  return uniforms;
}

/**
 * Every uniform a frame takes from the state alone: antialiasing, background (linear
 * light, straight alpha), time and the parameters. The view and the tile offset depend on
 * the draw, so the renderer adds them.
 */
export function stateUniforms(
  library: ShaderLibrary,
  state: ViewerState,
): Record<string, number | number[]> {
  return {
    u_fadeWidth: state.aa.fadeWidth,
    u_strokeWidth: state.aa.strokeWidth,
    u_background: [...state.background.slice(0, 3).map(srgbToLinear), state.background[3]],
    u_time: state.time,
    ...paramUniforms(library, state),
  };
}
