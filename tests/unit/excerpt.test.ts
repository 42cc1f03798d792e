import { describe, expect, it } from 'vitest';
import { EXCERPT_CHARS, excerpt, nameList, quoted } from '../../src/util/excerpt';

describe('excerpts of untrusted text', () => {
  it('leaves short plain text alone', () => {
    expect(excerpt('circle')).toBe('circle');
    expect(quoted('circle')).toBe('"circle"');
  });

  it('cuts long text to at most the cap, with an ellipsis where it was cut', () => {
    const long = 'a'.repeat(60_000);
    const out = excerpt(long);
    expect(Array.from(out).length).toBe(EXCERPT_CHARS + 1);
    expect(out.endsWith('…')).toBe(true);
  });

  it('centres on the problem when told where it is', () => {
    const text = `${'a'.repeat(500)}X${'b'.repeat(500)}`;
    const out = excerpt(text, { at: 500, max: 21 });
    expect(out).toBe(`…${'a'.repeat(10)}X${'b'.repeat(10)}…`);
  });

  it('shows invisible and layout-changing characters as escapes', () => {
    expect(excerpt('a\u202eb\u200bc\u0000d\n')).toBe('a\\u{202e}b\\u{200b}c\\u{0}d\\u{a}');
    expect(excerpt('x\ud800y')).toBe('x\\u{d800}y');
    // A whole surrogate pair is one visible character, kept and never split.
    expect(excerpt('😀'.repeat(100), { max: 3 })).toBe('😀😀😀…');
  });

  it('quotes non-strings without throwing, however hostile', () => {
    expect(quoted(Infinity)).toBe('Infinity');
    expect(quoted({ a: 'x'.repeat(200) }).length).toBeLessThanOrEqual(EXCERPT_CHARS + 1);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(quoted(cyclic)).toBe('[object Object]');
  });

  it('lists names up to a count and says how many more', () => {
    const names = Array.from({ length: 30 }, (_, i) => `n${i}`);
    expect(nameList(names, 3)).toBe('n0, n1, n2 and 27 more');
  });
});
