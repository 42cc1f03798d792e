import { describe, expect, it } from 'vitest';
import { foldConditionals } from '../../src/shader/fold-conditionals';
import { shake, splitItems } from '../../src/shader/tree-shake';
import { exportShader } from '../../src/features/export/shader-export';
import { createLibrary } from '../../src/model/library';
import { diskSources } from '../../src/node/disk-sources';
import { applyPatch, DEFAULT_STATE } from '../../src/model/state';
import { animatedGlsl, animatedValue } from '../../src/shader/param-animation';
import { glslFloat32 } from '../../src/shader/glsl-float';

const lines = (text: string) =>
  text.split('\n').map((t, i) => ({ text: t, origin: { file: 'a.glsl', line: i + 1 } }));
const fold = (text: string) =>
  foldConditionals(lines(text))
    .map((l) => l.text)
    .join('\n');

describe('foldConditionals', () => {
  it('keeps the taken branch of #if / #elif / #else, nested', () => {
    const text = [
      '#define A 2',
      '#define B_ONE 1',
      '#define B B_ONE',
      '#if A == 1',
      'one',
      '#elif A == 2 && defined(B)',
      '#ifdef NOPE',
      'nope',
      '#else',
      'two',
      '#endif',
      '#else',
      'three',
      '#endif',
      '#if B == B_ONE || !defined(A)',
      'named',
      '#endif',
    ].join('\n');
    expect(fold(text)).toBe('#define A 2\n#define B_ONE 1\n#define B B_ONE\ntwo\nnamed');
  });
  it('raises #error only in live branches and names the line of a bad condition', () => {
    expect(fold('#if 0\n#error never\n#endif\nok')).toBe('ok');
    expect(() => fold('#if 1\n#error stop\n#endif')).toThrow('a.glsl:2: #error stop');
    expect(() => fold('#if A ==\n#endif')).toThrow('a.glsl:1');
    expect(() => fold('#if 1\nx')).toThrow('no #endif');
  });
});

describe('tree shaking', () => {
  const source = [
    '// file header',
    '',
    'uniform float u_used; // kept',
    'uniform float u_unused;',
    'const float K = 2.0;',
    'struct S { float v; };',
    '// about helper',
    'float helper(float x) { return x * K; }',
    '// about dead',
    'float dead(float x) {',
    '  return x;',
    '}',
    'S make() { return S(helper(u_used)); }',
    'void main() {',
    '  S s = make(); // .dead is a member name, not the function',
    '  float y = s.v;',
    '}',
  ].join('\n');
  it('keeps what main reaches, with the comments above each item and the file header', () => {
    const shaken = shake(splitItems(lines(source)), ['main']);
    const names = shaken.items.flatMap((i) => i.names);
    expect(names).toEqual(['u_used', 'K', 'S', 'helper', 'make', 'main']);
    expect(shaken.items.find((i) => i.names[0] === 'helper')!.comments).toEqual([
      '// about helper',
    ]);
    expect(shaken.headers.get('a.glsl')).toEqual(['// file header']);
  });
});

describe('exportShader', () => {
  const library = createLibrary(diskSources(process.cwd()));
  const known = { scenes: library.scenes, warps: library.warps };
  const state = (patch: object) => {
    const { state: s, problems } = applyPatch(DEFAULT_STATE, patch, known);
    expect(problems).toEqual([]);
    return s;
  };

  it('writes only the chosen method: no conditionals, no other filter', () => {
    const { text } = exportShader(
      library,
      state({ scene: 'circle', warp: 'polar', aa: { source: 'analytic', filter: 'box' } }),
      { target: 'shadertoy' },
    );
    expect(text).toMatch(/void mainImage\(out vec4 fragColor, in vec2 fragCoord\)/);
    expect(text).not.toMatch(/^\s*#\s*(if|ifdef|elif|else|endif|version|include)\b/m);
    const code = text.replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/aaSmoothstep|aaStrip|adaptiveCoverage|referenceColor|\bmain\(/);
    expect(text).toMatch(/const float u_radius = 0\.6;/);
  });

  it('exports a typed formula as the code generated from its parse, never its text', () => {
    const field = 'hypot(u,v)   -0.5 + 0*u';
    const warp = 'x  +  0.1*sin(3*y) ; y';
    const s = state({ scene: 'custom', warp: 'custom', expressions: { field, warp } });
    for (const target of ['shadertoy', 'webgl2'] as const) {
      const { text } = exportShader(library, s, { target });
      expect(text).toMatch(/\/\/ ---- the field formula, as generated code ----\n+void fieldAD\(/);
      expect(text).toMatch(
        /\/\/ ---- the warp formula, as generated code ----\n+.*\n*void warpAD\(/,
      );
      for (const typed of [field, warp, '0*u', '0.1*sin']) expect(text.includes(typed)).toBe(false);
    }
  });

  it('refuses uniforms for Shadertoy and a state with no shader, with the reason', () => {
    const s = state({ scene: 'circle' });
    expect(() => exportShader(library, s, { target: 'shadertoy', params: 'uniforms' })).toThrow(
      /webgl2/,
    );
    const bad = state({ scene: 'custom', expressions: { field: 'u +' } });
    expect(() => exportShader(library, bad, { target: 'webgl2' })).toThrow(/cannot export/);
  });
});

describe('parameters tied to time', () => {
  const sine = { type: 'float', min: -12, max: 12, animate: { amplitude: 1.5, period: 8 } };
  const ramp = { type: 'float', min: 0, max: 6, animate: { rate: 0.5 } };
  it('move about the value set, clamped or wrapped in the range', () => {
    expect(animatedValue(sine, 2.5, 0)).toBe(2.5);
    expect(animatedValue(sine, 2.5, 2)).toBeCloseTo(4, 12);
    expect(animatedValue(sine, 11.5, 2)).toBe(12);
    expect(animatedValue(ramp, 5, 4)).toBeCloseTo(1, 12);
    expect(animatedValue({ type: 'float', min: 0, max: 1 }, 0.3, 5)).toBe(0.3);
  });
  it('as GLSL, the same formula of the time name', () => {
    expect(animatedGlsl(sine, 2.5, 'u_time')).toBe(
      'clamp(2.5 + 1.5 * sin(0.7853981633974483 * u_time), -12.0, 12.0)',
    );
    expect(animatedGlsl(ramp, 5, 't')).toBe('(0.0 + mod(5.0 + 0.5 * t, 6.0))');
  });
});

describe('glslFloat32', () => {
  it('writes the shortest literal of the same 32-bit float', () => {
    expect(glslFloat32(0.8480882574948619)).toBe('0.84808826');
    expect(glslFloat32(0.1)).toBe('0.1');
    expect(glslFloat32(2)).toBe('2.0');
    for (let i = 0; i < 2000; i++) {
      const value = (Math.random() - 0.5) * 10 ** (Math.random() * 12 - 6);
      expect(Math.fround(Number(glslFloat32(value)))).toBe(Math.fround(value));
    }
  });
});
