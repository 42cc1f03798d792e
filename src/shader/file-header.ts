/**
 * The leading `/*{ JSON }*\/` comment that scene and warp files describe themselves with
 * (ISF's convention). It stays in the GLSL as a comment, so line numbers are untouched.
 */
import { z } from 'zod';

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

export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'use lower-case letters, digits and dashes (max 64)');
export const textSchema = z
  .string()
  .trim()
  .min(1, 'must be a non-empty string')
  .max(500, 'longer than 500 characters');

/** Reads the header of `file` and checks it against `schema`; the first problem is thrown. */
export function parseHeader<T>(file: string, text: string, schema: z.ZodType<T>): T {
  const match = HEADER.exec(text);
  if (!match) throw new HeaderError(file, 'header', 'expected a leading /*{ JSON }*/ comment');
  let json: unknown;
  try {
    json = JSON.parse(match[1]!);
  } catch (error) {
    throw new HeaderError(file, 'header', `invalid JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new HeaderError(file, issuePath(issue), issueText(issue));
}

/** `params[2].default`, or `header` for the object itself. */
function issuePath(issue: z.core.$ZodIssue): string {
  const keys = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  if (!keys.length) return 'header';
  return keys
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${String(k)}` : String(k)))
    .join('');
}

function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'unknown field';
    case 'invalid_type':
      return issue.input === undefined ? 'required' : `expected ${issue.expected}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return issue.message;
  }
}
