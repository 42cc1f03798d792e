import { describe, expect, it } from 'vitest';
import { generatePreamble } from '../../src/shader/preamble';
import { glslFloat } from '../../src/shader/glsl-float';

describe('generatePreamble', () => {
  it('writes floats as float literals', () => {
    expect(glslFloat(1)).toBe('1.0');
    expect(glslFloat(-0.25)).toBe('-0.25');
    expect(glslFloat(1e-7)).toBe('1e-7');
    expect(glslFloat(1e21)).toBe('1e+21');
  });

  it('sorts defines so the same options always give the same text', () => {
    expect(generatePreamble({ B: 1, A: 2 })).toEqual(generatePreamble({ A: 2, B: 1 }));
  });

  it.each([
    [{ 'A B': true }, 'define name "A B" is not a GLSL identifier'],
    [{ gl_X: true }, 'define name "gl_X" is not a GLSL identifier'],
    [{ N: 1.5 }, 'define N: 1.5 is not an integer'],
    [{ F: { float: Number.NaN } }, 'define F: NaN is not finite'],
    [{ FN: { ident: 'x; discard' } }, 'define FN: "x; discard" is not a GLSL identifier'],
  ])('rejects %j so no text is spliced into GLSL', (defines, message) => {
    expect(() => generatePreamble(defines)).toThrow(message);
  });
});
