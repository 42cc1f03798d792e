import { describe, expect, it } from 'vitest';
import { assembleShader, PREAMBLE_FILE, ShaderAssemblyError } from '../../src/shader/assemble';
import { generatePreamble } from '../../src/shader/preamble';

const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

function assemblyError(run: () => unknown): ShaderAssemblyError {
  try {
    run();
  } catch (error) {
    if (error instanceof ShaderAssemblyError) return error;
    throw error;
  }
  throw new Error('expected a ShaderAssemblyError');
}

describe('assembleShader', () => {
  const lib = files({
    'shaders/a.glsl': '// a\n#include "b.glsl"\nfloat a;',
    'shaders/b.glsl': '// b\nfloat b;',
    'shaders/c.glsl': '#include "a.glsl"\n#include "b.glsl"\nfloat c;',
    'scenes/s.glsl': '#include "c.glsl"\nfloat s;',
  });

  it('expands includes depth-first, in the order they are written', () => {
    const out = assembleShader({ files: lib, root: 'scenes/s.glsl' });
    const body = out.source.split('\n').slice(out.preambleLines);
    expect(body).toEqual([
      '// a',
      '// b',
      'float b;',
      'float a;',
      '// #include "b.glsl": already included',
      'float c;',
      'float s;',
    ]);
    expect(out.files).toEqual([
      'scenes/s.glsl',
      'shaders/c.glsl',
      'shaders/a.glsl',
      'shaders/b.glsl',
    ]);
  });

  it('includes each file once: a second include becomes a comment', () => {
    const out = assembleShader({ files: lib, root: 'scenes/s.glsl' });
    expect(out.source.match(/float b;/g)).toHaveLength(1);
  });

  it('maps every assembled line to its file and line', () => {
    const out = assembleShader({ files: lib, root: 'scenes/s.glsl' });
    const lines = out.source.split('\n');
    expect(out.lineMap).toHaveLength(lines.length);
    const at = (text: string) => out.lineMap[lines.indexOf(text)];
    expect(at('float a;')).toEqual({ file: 'shaders/a.glsl', line: 3 });
    expect(at('float b;')).toEqual({ file: 'shaders/b.glsl', line: 2 });
    expect(at('float c;')).toEqual({ file: 'shaders/c.glsl', line: 3 });
    expect(at('float s;')).toEqual({ file: 'scenes/s.glsl', line: 2 });
    expect(out.lineMap[0]).toEqual({ file: PREAMBLE_FILE, line: 1 });
  });

  it('puts exactly the preamble lines before the root, #version first', () => {
    const defines = { A: true, B: false, N: 3, F: { float: 2 }, FN: { ident: 'warpPolar' } };
    const out = assembleShader({ files: lib, root: 'shaders/b.glsl', defines });
    // version + 2 precision lines + A, F, FN, N (B is false and omitted)
    expect(out.preambleLines).toBe(7);
    expect(out.preambleLines).toBe(generatePreamble(defines).length);
    expect(out.source.split('\n').slice(0, 8)).toEqual([
      '#version 300 es',
      'precision highp float;',
      'precision highp int;',
      '#define A',
      '#define F 2.0',
      '#define FN warpPolar',
      '#define N 3',
      '// b',
    ]);
  });

  it('reports an include cycle with the chain and the file:line that closes it', () => {
    const cyclic = files({
      'shaders/x.glsl': 'float x;\n#include "y.glsl"',
      'shaders/y.glsl': '\n\n#include "x.glsl"',
    });
    const error = assemblyError(() => assembleShader({ files: cyclic, root: 'shaders/x.glsl' }));
    expect(error.file).toBe('shaders/y.glsl');
    expect(error.line).toBe(3);
    expect(error.message).toContain('shaders/x.glsl -> shaders/y.glsl -> shaders/x.glsl');
  });

  it('reports a file that includes itself as a cycle', () => {
    const self = files({ 'shaders/x.glsl': '#include "x.glsl"' });
    const error = assemblyError(() => assembleShader({ files: self, root: 'shaders/x.glsl' }));
    expect(error.message).toBe('shaders/x.glsl:1: include cycle: shaders/x.glsl -> shaders/x.glsl');
  });

  it('reports an unknown include as file:line', () => {
    const broken = files({ 'shaders/x.glsl': 'float x;\n\n  #include "nope/missing.glsl"' });
    const error = assemblyError(() => assembleShader({ files: broken, root: 'shaders/x.glsl' }));
    expect(error.message).toBe('shaders/x.glsl:3: unknown include "nope/missing.glsl"');
  });

  it('rejects an include without a quoted path', () => {
    const broken = files({ 'shaders/x.glsl': '#include <stdio.h>' });
    const error = assemblyError(() => assembleShader({ files: broken, root: 'shaders/x.glsl' }));
    expect(error.message).toBe('shaders/x.glsl:1: expected #include "path"');
  });

  it('resolves ./ and ../ relative to the including file, others under shaders/ then the root', () => {
    const tree = files({
      'shaders/sdf/a.glsl':
        '#include "./b.glsl"\n#include "../ops/u.glsl"\n#include "scenes/s.glsl"',
      'shaders/sdf/b.glsl': 'float b;',
      'shaders/ops/u.glsl': 'float u;',
      'scenes/s.glsl': 'float s;',
    });
    const out = assembleShader({ files: tree, root: 'shaders/sdf/a.glsl' });
    expect(out.files).toEqual([
      'shaders/sdf/a.glsl',
      'shaders/sdf/b.glsl',
      'shaders/ops/u.glsl',
      'scenes/s.glsl',
    ]);
  });

  it('accepts a generated root and names it in the line map', () => {
    const out = assembleShader({
      files: lib,
      root: { name: '<variant>', text: '#include "b.glsl"\nfloat v;' },
    });
    expect(out.lineMap.at(-1)).toEqual({ file: '<variant>', line: 2 });
  });

  it('keeps CRLF files line-exact', () => {
    const crlf = files({ 'shaders/w.glsl': 'float a;\r\nfloat b;\r\n' });
    const out = assembleShader({ files: crlf, root: 'shaders/w.glsl' });
    expect(out.lineMap.slice(out.preambleLines)).toEqual([
      { file: 'shaders/w.glsl', line: 1 },
      { file: 'shaders/w.glsl', line: 2 },
      { file: 'shaders/w.glsl', line: 3 },
    ]);
  });
});
