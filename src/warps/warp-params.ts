import { isRecord, paramProblem, type ParamValue } from '../params';
import type { ViewerState } from '../state';
import type { WarpInfo } from './warp-catalog';

/** Merges per-warp parameter values; each value is checked against its warp's spec. */
export function applyWarpParams(
  base: ViewerState['warpParams'],
  patch: unknown,
  warps: ReadonlyMap<string, WarpInfo>,
  problems: string[],
): ViewerState['warpParams'] {
  if (patch === undefined) return base;
  if (!isRecord(patch)) {
    problems.push('warpParams: expected an object of warp ids');
    return base;
  }
  const next: Record<string, Readonly<Record<string, ParamValue>>> = { ...base };
  for (const [warpId, values] of Object.entries(patch)) {
    const warp = warps.get(warpId);
    if (!warp) {
      problems.push(`warpParams.${warpId}: unknown warp`);
      continue;
    }
    if (!isRecord(values)) {
      problems.push(`warpParams.${warpId}: expected an object of parameters`);
      continue;
    }
    const merged: Record<string, ParamValue> = { ...next[warpId] };
    for (const [name, value] of Object.entries(values)) {
      const spec = warp.params.find((p) => p.name === name);
      const problem = spec ? paramProblem(spec, value) : 'unknown parameter';
      if (problem) problems.push(`warpParams.${warpId}.${name}: ${problem}`);
      else merged[name] = value as ParamValue;
    }
    next[warpId] = merged;
  }
  return next;
}

/** The value of a warp parameter in `state`, or its default. */
export function warpParamValue(state: ViewerState, warp: WarpInfo, name: string): ParamValue {
  const spec = warp.params.find((p) => p.name === name);
  if (!spec) throw new Error(`warp ${warp.id} has no parameter ${name}`);
  return state.warpParams[warp.id]?.[name] ?? spec.default;
}
