/**
 * The leading `/*{ JSON }*\/` comment that scene and warp files describe themselves with
 * (ISF's convention). It stays in the GLSL as a comment, so line numbers are untouched.
 */
export class HeaderError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field}: ${detail}`);
    this.name = 'HeaderError';
  }
}

const HEADER = /^\s*\/\*\s*(\{[\s\S]*?\})\s*\*\//;
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The header as a plain object whose keys are all in `allowed`. */
export function readHeader(
  file: string,
  text: string,
  allowed: readonly string[],
): Record<string, unknown> {
  const match = HEADER.exec(text);
  if (!match) throw new HeaderError(file, 'header', 'expected a leading /*{ JSON }*/ comment');
  let json: unknown;
  try {
    json = JSON.parse(match[1]!);
  } catch (error) {
    throw new HeaderError(file, 'header', `invalid JSON (${(error as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new HeaderError(file, 'header', 'must be a JSON object');
  const header = json as Record<string, unknown>;
  for (const key of Object.keys(header))
    if (!allowed.includes(key)) throw new HeaderError(file, key, 'unknown field');
  return header;
}

export function stringField(
  file: string,
  header: Record<string, unknown>,
  key: string,
  { optional = false } = {},
): string {
  const value = header[key];
  if (value === undefined && optional) return '';
  if (typeof value !== 'string' || !value.trim())
    throw new HeaderError(file, key, 'must be a non-empty string');
  if (value.length > 500) throw new HeaderError(file, key, 'longer than 500 characters');
  return value;
}

export function idField(file: string, header: Record<string, unknown>): string {
  const id = stringField(file, header, 'id');
  if (!ID_PATTERN.test(id))
    throw new HeaderError(file, 'id', 'use lower-case letters, digits and dashes (max 64)');
  return id;
}
