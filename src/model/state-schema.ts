/**
 * Field-by-field checks of untrusted state: a schema mirrors the state's shape, each leaf a
 * Check (a test and the rule a rejected value is told about), a nested schema, or a Merge
 * that checks its own part (parameters, the lab). Rejected fields keep their base value.
 */
import { isRecord } from '../shader/params';
import { excerpt } from '../util/excerpt';

/** A check for one field, with the rule a rejected value is told about. */
export interface Check<T> {
  readonly ok: (v: unknown) => v is T;
  readonly rule: string;
}

/** How each field of an object is checked: a Check, a nested object, or its own merge. */
export type Schema<T> = {
  readonly [K in keyof T]: Check<T[K]> | Schema<T[K]> | Merge<T[K]>;
};
export interface Merge<T> {
  readonly merge: (base: T, raw: unknown, problems: string[]) => T;
}

export const choice = <T extends string>(values: readonly T[]): Check<T> => ({
  ok: (v): v is T => typeof v === 'string' && (values as readonly string[]).includes(v),
  rule: `must be one of ${values.join(', ')}`,
});

export const knownId = (kind: string, ids: ReadonlyMap<string, unknown>): Check<string> => ({
  ok: (v): v is string => typeof v === 'string' && ids.has(v),
  rule: `unknown ${kind} (known: ${[...ids.keys()].join(', ')})`,
});

export const number = (
  [min, max]: readonly [number, number],
  rule = `must be a number in [${min}, ${max}]`,
): Check<number> => ({
  ok: (v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max,
  rule,
});

export const integer = (range: readonly [number, number]): Check<number> => ({
  ok: (v): v is number => Number.isInteger(v) && number(range).ok(v),
  rule: `must be an integer in [${range.join(', ')}]`,
});

type AnyField = Check<unknown> | Merge<unknown> | { readonly [key: string]: AnyField };

function isCheck(field: AnyField): field is Check<unknown> {
  return typeof (field as Partial<Check<unknown>>).ok === 'function';
}

function isMerge(field: AnyField): field is Merge<unknown> {
  return typeof (field as Partial<Merge<unknown>>).merge === 'function';
}

/** Unknown keys first, then each field in schema order; rejected fields keep `base`. */
export function applySchema<T extends object>(
  prefix: string,
  raw: Record<string, unknown>,
  base: T,
  schema: Schema<T>,
  problems: string[],
): T {
  for (const key of Object.keys(raw))
    if (!Object.hasOwn(schema, key))
      problems.push(`${prefix}${excerpt(key, { max: 40 })}: unknown field`);
  const out = { ...base } as Record<string, unknown>;
  for (const [key, field] of Object.entries(schema) as [string, AnyField][]) {
    const value = raw[key];
    if (value === undefined) continue;
    const path = `${prefix}${key}`;
    const current = out[key];
    if (isMerge(field)) out[key] = field.merge(current, value, problems);
    else if (isCheck(field)) {
      if (field.ok(value)) out[key] = value;
      else problems.push(`${path}: ${field.rule}`);
    } else if (!isRecord(value)) problems.push(`${path}: expected an object`);
    else
      out[key] = applySchema(
        `${path}.`,
        value,
        current as object,
        field as Schema<object>,
        problems,
      );
  }
  return out as T;
}
