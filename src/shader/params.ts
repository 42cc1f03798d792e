/**
 * Tunable inputs of scenes and warps, declared in their file headers. Each becomes a
 * uniform and a control. Types (ISF's vocabulary):
 *   float, int      number in [min, max], optional step
 *   bool            true / false                  -> uniform bool
 *   color           sRGB [r, g, b] in [0, 1]      -> uniform vec3 in linear light
 *   point2D         [x, y], each in [min, max]    -> uniform vec2
 *   enum            one of `options`              -> uniform int, the option's index
 */
import { z } from 'zod';
import { isGlslIdentifier } from './preamble';
import { animationSchema } from './param-animation';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const identifier = z
  .string()
  .refine(isGlslIdentifier, 'must be a GLSL identifier (letters, digits, _; not gl_ or __)');
const common = {
  name: identifier,
  /** GLSL uniform; scenes default to `u_<name>`. */
  uniform: identifier.optional(),
  label: z.string().min(1).max(60).optional(),
};
const ranged = <K extends 'float' | 'int'>(type: K, value: z.ZodType<number>) =>
  z
    .strictObject({
      ...common,
      type: z.literal(type),
      min: finite,
      max: finite,
      step: finite.positive().optional(),
      default: value,
      /** Ties the value to time (src/shader/param-animation.ts). */
      animate: animationSchema.optional(),
    })
    // Only a float may follow time: an int would jump.
    .refine((p) => p.type === 'float' || p.animate === undefined, {
      message: 'only a float parameter may follow time',
      path: ['animate'],
    })
    .refine((p) => p.min <= p.max, { message: 'min must be <= max', path: ['min'] })
    .refine((p) => p.default >= p.min && p.default <= p.max, {
      message: 'must be within [min, max]',
      path: ['default'],
    });

const unit = finite.min(0).max(1);

export const paramSpecSchema = z.discriminatedUnion('type', [
  ranged('float', finite),
  ranged('int', finite.int()),
  z.strictObject({ ...common, type: z.literal('bool'), default: z.boolean() }),
  z.strictObject({ ...common, type: z.literal('color'), default: z.tuple([unit, unit, unit]) }),
  z
    .strictObject({
      ...common,
      type: z.literal('point2D'),
      min: finite,
      max: finite,
      default: z.tuple([finite, finite]),
    })
    .refine((p) => p.min <= p.max, { message: 'min must be <= max', path: ['min'] })
    .refine((p) => p.default.every((v) => v >= p.min && v <= p.max), {
      message: 'both components must be within [min, max]',
      path: ['default'],
    }),
  z
    .strictObject({
      ...common,
      type: z.literal('enum'),
      options: z.array(z.string().min(1).max(40)).min(1).max(32),
      default: z.string(),
    })
    .refine((p) => p.options.includes(p.default), {
      message: 'must be one of options',
      path: ['default'],
    })
    .refine((p) => new Set(p.options).size === p.options.length, {
      message: 'options must be distinct',
      path: ['options'],
    }),
]);

export const paramListSchema = z
  .array(paramSpecSchema)
  .max(32)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((p, index) => {
      if (seen.has(p.name))
        ctx.addIssue({
          code: 'custom',
          message: `"${p.name}" is used twice`,
          path: [index, 'name'],
        });
      seen.add(p.name);
    });
  });

export type ParamSpec = z.infer<typeof paramSpecSchema> & { readonly uniform: string };
export type ParamType = ParamSpec['type'];
export type ParamValue = number | boolean | string | readonly number[];

/** The specs with every uniform name filled in (`u_<name>` where the header gave none). */
export function withUniforms(specs: z.infer<typeof paramListSchema>): ParamSpec[] {
  return specs.map((p) => ({ ...p, uniform: p.uniform ?? `u_${p.name}` }));
}

/** Undefined when `value` fits `spec`, else what is wrong with it. */
export function paramProblem(spec: ParamSpec, value: unknown): string | undefined {
  const inRange = (v: unknown, min: number, max: number) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
  switch (spec.type) {
    case 'float':
      return inRange(value, spec.min, spec.max)
        ? undefined
        : `must be a number in [${spec.min}, ${spec.max}]`;
    case 'int':
      return Number.isInteger(value) && inRange(value, spec.min, spec.max)
        ? undefined
        : `must be an integer in [${spec.min}, ${spec.max}]`;
    case 'bool':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'color':
      return isTuple(value, 3) && value.every((v) => inRange(v, 0, 1))
        ? undefined
        : 'must be three numbers in [0, 1]';
    case 'point2D':
      return isTuple(value, 2) && value.every((v) => inRange(v, spec.min, spec.max))
        ? undefined
        : `must be two numbers in [${spec.min}, ${spec.max}]`;
    case 'enum':
      return typeof value === 'string' && spec.options.includes(value)
        ? undefined
        : `must be one of ${spec.options.join(', ')}`;
  }
}

/** A checked value as GL takes it: bool and enum as int, colour decoded to linear light. */
export function uniformValue(spec: ParamSpec, value: ParamValue): number | number[] {
  switch (spec.type) {
    case 'bool':
      return value ? 1 : 0;
    case 'enum':
      return Math.max(0, spec.options.indexOf(value as string));
    case 'color':
      return (value as readonly number[]).map(srgbToLinear);
    case 'point2D':
      return [...(value as readonly number[])];
    default:
      return value as number;
  }
}

/** The GLSL declaration of a parameter's uniform. */
export function uniformDeclaration(spec: ParamSpec): string {
  const type = {
    float: 'float',
    int: 'int',
    bool: 'bool',
    color: 'vec3',
    point2D: 'vec2',
    enum: 'int',
  }[spec.type];
  return `uniform ${type} ${spec.uniform};`;
}

/** sRGB-encoded component in [0, 1] to linear light. */
export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function isTuple(v: unknown, length: number): v is number[] {
  return Array.isArray(v) && v.length === length;
}

/** A plain object (not null, not an array): what untrusted JSON must be before reading keys. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
