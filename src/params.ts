import { HeaderError } from './shader/file-header';
import { isGlslIdentifier } from './shader/preamble';

/**
 * A tunable input of a warp (later of a scene too): it becomes a uniform and a control.
 * Ranges are inclusive; vec2 ranges apply to both components.
 */
export type ParamSpec =
  | {
      readonly name: string;
      readonly uniform: string;
      readonly type: 'float';
      readonly min: number;
      readonly max: number;
      readonly default: number;
    }
  | {
      readonly name: string;
      readonly uniform: string;
      readonly type: 'vec2';
      readonly min: number;
      readonly max: number;
      readonly default: readonly [number, number];
    };

export type ParamValue = number | readonly [number, number];

/** Checks the `params` array of a header; errors name the file and the field. */
export function parseParamSpecs(file: string, raw: unknown): ParamSpec[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new HeaderError(file, 'params', 'must be an array');
  const seen = new Set<string>();
  return raw.map((entry: unknown, index) => {
    const where = `params[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw new HeaderError(file, where, 'must be an object');
    const p = entry as Record<string, unknown>;
    for (const key of Object.keys(p))
      if (!['name', 'uniform', 'type', 'min', 'max', 'default'].includes(key))
        throw new HeaderError(file, `${where}.${key}`, 'unknown field');
    const name = p.name;
    if (typeof name !== 'string' || !isGlslIdentifier(name))
      throw new HeaderError(file, `${where}.name`, 'must be an identifier');
    if (seen.has(name)) throw new HeaderError(file, `${where}.name`, `"${name}" is used twice`);
    seen.add(name);
    const uniform = p.uniform;
    if (typeof uniform !== 'string' || !isGlslIdentifier(uniform) || !uniform.startsWith('u_'))
      throw new HeaderError(file, `${where}.uniform`, 'must be an identifier starting with u_');
    const { min, max } = p;
    if (!isFiniteNumber(min) || !isFiniteNumber(max) || min > max)
      throw new HeaderError(
        file,
        `${where}.min`,
        'min and max must be finite numbers with min <= max',
      );
    const inRange = (v: unknown): v is number => isFiniteNumber(v) && v >= min && v <= max;
    if (p.type === 'float') {
      if (!inRange(p.default))
        throw new HeaderError(file, `${where}.default`, `must be a number in [${min}, ${max}]`);
      return { name, uniform, type: 'float', min, max, default: p.default };
    }
    if (p.type === 'vec2') {
      const d = p.default;
      if (!Array.isArray(d) || d.length !== 2 || !d.every(inRange))
        throw new HeaderError(file, `${where}.default`, `must be two numbers in [${min}, ${max}]`);
      return { name, uniform, type: 'vec2', min, max, default: [d[0] as number, d[1] as number] };
    }
    throw new HeaderError(file, `${where}.type`, 'must be "float" or "vec2"');
  });
}

/** Undefined when `value` fits `spec`, else what is wrong with it. */
export function paramProblem(spec: ParamSpec, value: unknown): string | undefined {
  const ok = (v: unknown) => isFiniteNumber(v) && v >= spec.min && v <= spec.max;
  if (spec.type === 'float')
    return ok(value) ? undefined : `must be a number in [${spec.min}, ${spec.max}]`;
  return Array.isArray(value) && value.length === 2 && value.every(ok)
    ? undefined
    : `must be two numbers in [${spec.min}, ${spec.max}]`;
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** A plain object (not null, not an array): what untrusted JSON must be before reading keys. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
