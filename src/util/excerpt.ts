/**
 * Short, visible quotes of untrusted text for messages. A message may quote what the user
 * gave (a key, a name, a file name), but only an excerpt: at most `max` characters around
 * the problem, with an ellipsis where text was cut, and invisible or layout-changing
 * characters (controls, bidi overrides, zero-width marks, lone surrogates) written as
 * `\u{...}` escapes so the reader sees what is really there.
 */

/** Longest user-text excerpt a message quotes, in characters. */
export const EXCERPT_CHARS = 80;

// Controls, bidi marks, zero-width and filler characters, variation selectors, and (with
// the u flag, which keeps surrogate pairs whole) lone surrogates.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- finding these characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb\ud800-\udfff]/gu;

/** `text` with each invisible character written as a visible `\u{...}` escape. */
export function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/**
 * At most `max` characters of `text` (after escaping), centred on `at` when given, with
 * `…` where it was cut. Never splits a surrogate pair.
 */
export function excerpt(
  text: string,
  { at, max = EXCERPT_CHARS }: { at?: number; max?: number } = {},
): string {
  const chars = Array.from(text);
  if (chars.length <= max && text.search(INVISIBLE) < 0) return text;
  const centre = at === undefined ? 0 : Array.from(text.slice(0, at)).length;
  const from =
    at === undefined ? 0 : Math.max(0, Math.min(centre - Math.floor(max / 2), chars.length - max));
  // Escapes lengthen the text: cut after escaping, a piece at a time.
  let out = '';
  let end = from;
  while (end < chars.length) {
    const next = escapeInvisible(chars[end]!);
    if (Array.from(out).length + Array.from(next).length > max) break;
    out += next;
    end++;
  }
  return `${from > 0 ? '…' : ''}${out}${end < chars.length ? '…' : ''}`;
}

/** A quoted excerpt of any value: strings in double quotes, others as JSON. */
export function quoted(value: unknown, max = EXCERPT_CHARS): string {
  if (typeof value === 'string') return `"${excerpt(value, { max })}"`;
  if (typeof value !== 'object' || value === null) return excerpt(String(value), { max });
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return excerpt(text, { max });
}

/** A list of names for a message: the first `count`, each excerpted, then how many more. */
export function nameList(names: readonly string[], count = 12, max = 24): string {
  const shown = names.slice(0, count).map((n) => excerpt(n, { max }));
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
