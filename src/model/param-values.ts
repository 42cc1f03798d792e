import { excerpt } from '../util/excerpt';
import { isRecord, paramProblem, type ParamSpec, type ParamValue } from '../shader/params';

/** Parameter values per owner id (scene or warp); a missing value means the default. */
export type ParamValues = Readonly<Record<string, Readonly<Record<string, ParamValue>>>>;

interface ParamOwner {
  readonly id: string;
  readonly params: readonly ParamSpec[];
}

/**
 * Merges untrusted per-owner values into `base`; each value is checked against its spec and
 * a rejected one keeps the old value. `field` names the state field in problems.
 */
export function applyParamValues(
  field: 'sceneParams' | 'warpParams',
  base: ParamValues,
  patch: unknown,
  owners: ReadonlyMap<string, ParamOwner>,
  problems: string[],
): ParamValues {
  if (patch === undefined) return base;
  if (!isRecord(patch)) {
    problems.push(`${field}: expected an object of ids`);
    return base;
  }
  const next: Record<string, Readonly<Record<string, ParamValue>>> = { ...base };
  for (const [id, values] of Object.entries(patch)) {
    const owner = owners.get(id);
    if (!owner) {
      problems.push(
        `${field}.${excerpt(id, { max: 40 })}: unknown ${field === 'sceneParams' ? 'scene' : 'warp'}`,
      );
      continue;
    }
    if (!isRecord(values)) {
      problems.push(`${field}.${excerpt(id, { max: 40 })}: expected an object of parameters`);
      continue;
    }
    const merged: Record<string, ParamValue> = { ...next[id] };
    for (const [name, value] of Object.entries(values)) {
      const spec = owner.params.find((p) => p.name === name);
      const problem = spec ? paramProblem(spec, value) : 'unknown parameter';
      if (problem) problems.push(`${field}.${id}.${excerpt(name, { max: 40 })}: ${problem}`);
      else merged[name] = value as ParamValue;
    }
    next[id] = merged;
  }
  return next;
}

/** The value of `owner`'s parameter `name` in `values`, or its default. */
export function paramValue(values: ParamValues, owner: ParamOwner, name: string): ParamValue {
  const spec = owner.params.find((p) => p.name === name);
  if (!spec) throw new Error(`${owner.id} has no parameter ${name}`);
  return values[owner.id]?.[name] ?? spec.default;
}
