/**
 * The generated head of every shader: version, precision, then one `#define` per option.
 * Values are typed so a define can never splice arbitrary text into GLSL:
 * - `true` -> `#define NAME`, `false` -> omitted (three.js's generateDefines rule);
 * - integer `number` -> `#define NAME 3`;
 * - `{ float: x }` -> `#define NAME 0.5` (always a float literal);
 * - `{ ident: 'warpPolar' }` -> `#define NAME warpPolar` (must be a GLSL identifier).
 */
import { glslFloat } from './glsl-float';
export type DefineValue = boolean | number | { float: number } | { ident: string };
export type Defines = Readonly<Record<string, DefineValue>>;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isGlslIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !name.startsWith('gl_') && !name.includes('__');
}

export function generatePreamble(defines: Defines = {}): string[] {
  const lines = ['#version 300 es', 'precision highp float;', 'precision highp int;'];
  for (const name of Object.keys(defines).sort()) {
    const text = defineText(name, defines[name]!);
    if (text !== undefined) lines.push(text);
  }
  return lines;
}

function defineText(name: string, value: DefineValue): string | undefined {
  if (!isGlslIdentifier(name)) throw new Error(`define name "${name}" is not a GLSL identifier`);
  if (value === false) return undefined;
  if (value === true) return `#define ${name}`;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`define ${name}: ${value} is not an integer`);
    return `#define ${name} ${value}`;
  }
  if ('float' in value) {
    if (!Number.isFinite(value.float))
      throw new Error(`define ${name}: ${value.float} is not finite`);
    return `#define ${name} ${glslFloat(value.float)}`;
  }
  if (!isGlslIdentifier(value.ident))
    throw new Error(`define ${name}: "${value.ident}" is not a GLSL identifier`);
  return `#define ${name} ${value.ident}`;
}
