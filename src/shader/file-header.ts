/**
 * The leading `/*{ JSON }*\/` comment that scene and warp files describe themselves with
 * (ISF's convention). It stays in the GLSL as a comment, so line numbers are untouched.
 */
import { quoted } from '../util/excerpt';
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
  // The offending value goes into the message (`got "vec5"`), so zod must report it.
  const result = schema.safeParse(json, { reportInput: true });
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

/** One issue as a short rule plus what was found: `must be <= 1 (got 1.5)`. */
function issueText(issue: z.core.$ZodIssue): string {
  const got = 'input' in issue ? ` (got ${shown(issue.input)})` : '';
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'unknown field';
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      if (issue.expected === 'int') return `must be an integer${got}`;
      // JSON has no Infinity, but 1e999 parses to it.
      if (issue.expected === 'number' && typeof issue.input === 'number')
        return `must be a finite number${got}`;
      return `must be ${NOUNS[issue.expected] ?? issue.expected}${got}`;
    case 'invalid_union': {
      const key = issue.discriminator;
      const options = 'options' in issue ? issue.options : undefined;
      if (!key || !options) return `does not match any allowed form${got}`;
      const value = (issue.input as Record<string, unknown> | undefined)?.[key];
      const allowed = `one of ${options.map(String).join(', ')}`;
      return value === undefined
        ? `required (${allowed})`
        : `unknown ${key} ${shown(value)} (expected ${allowed})`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${shown(issue.values[0])}${got}`
        : `must be one of ${issue.values.map(String).join(', ')}${got}`;
    case 'too_big':
    case 'too_small':
      return `${sizeRule(issue)}${got}`;
    case 'invalid_format':
      return `${issue.message}${got}`;
    case 'custom':
      return `${issue.message}${customDetail(issue)}`;
    default:
      return issue.message;
  }
}

const NOUNS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'an array',
  tuple: 'an array',
  object: 'an object',
  record: 'an object',
};

/** The bound a too_big / too_small issue broke, in the words of the value's kind. */
function sizeRule(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const big = issue.code === 'too_big';
  // A schema's own wording (`must be a non-empty string`) beats the generic one.
  if (!/^Too (big|small)/.test(issue.message)) return issue.message;
  const bound = String(big ? issue.maximum : issue.minimum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'array':
    case 'set':
      return `must have ${big ? 'at most' : 'at least'} ${bound} item${bound === '1' ? '' : 's'}`;
    case 'string':
      return `must be ${big ? 'at most' : 'at least'} ${bound} character${bound === '1' ? '' : 's'} long`;
    default:
      return `must be ${big ? '<' : '>'}${inclusive ? '=' : ''} ${bound}`;
  }
}

/**
 * What a cross-field rule (`must be within [min, max]`) was looking at: the value at the
 * issue's path and the sibling fields the rule names, from the object it was checked on.
 */
function customDetail(issue: z.core.$ZodIssueCustom): string {
  const input = issue.input;
  const key = issue.path.at(-1);
  // A list-wide rule (`"x" is used twice`) already says what it found.
  if (Array.isArray(input)) return '';
  if (typeof input !== 'object' || input === null || typeof key !== 'string')
    return input === undefined ? '' : ` (got ${shown(input)})`;
  const record = input as Record<string, unknown>;
  const facts =
    key in record && !issue.message.startsWith(key) ? [`got ${shown(record[key])}`] : [];
  for (const sibling of ['min', 'max', 'options'])
    if (sibling in record && issue.message.includes(sibling))
      facts.push(`${sibling} ${shown(record[sibling])}`);
  return facts.length ? ` (${facts.join(', ')})` : '';
}

/** A value as it appears in a message: short, and never a whole hostile blob. */
function shown(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') {
    const text = JSON.stringify(value);
    if (text.length <= 40) return text.replace(/,/g, ', ');
    return Array.isArray(value) ? `an array of ${value.length}` : 'an object';
  }
  return quoted(value, 40);
}
