/**
 * Broken shaders whose real info logs are recorded from Chromium (SwiftShader) by
 * `npm run record:info-logs` and replayed by tests/unit/info-log.test.ts. Each case
 * overrides source files and says where every error must be reported.
 */
export interface InfoLogCase {
  readonly name: string;
  readonly scene: string;
  /** Source files replaced for this case (repository-relative path -> text). */
  readonly overrides: Readonly<Record<string, string>>;
  /** Expected `file:line` of the errors: distinct, in order of first appearance in the log. */
  readonly expected: readonly string[];
}

const circleChunk = (body: string): string =>
  [
    '// Circle, broken on purpose for the info-log tests.',
    'float sdCircle(vec2 p, float r) {',
    '  return length(p) - r;',
    '}',
    '',
    'vec3 sdgCircle(vec2 p, float r) {',
    body,
    '}',
  ].join('\n');

export const INFO_LOG_CASES: readonly InfoLogCase[] = [
  {
    name: 'undeclared-identifier',
    scene: 'circle',
    overrides: { 'shaders/sdf/circle.glsl': circleChunk('  return vec3(length(p) - radius, p);') },
    expected: ['shaders/sdf/circle.glsl:7'],
  },
  {
    name: 'type-mismatch',
    scene: 'circle',
    overrides: {
      'shaders/sdf/circle.glsl': circleChunk('  vec2 d = length(p) - r;\n  return vec3(d, p);'),
    },
    expected: ['shaders/sdf/circle.glsl:7'],
  },
  {
    name: 'syntax-error',
    scene: 'circle',
    overrides: { 'shaders/sdf/circle.glsl': circleChunk('  float d = ;\n  return vec3(d, p);') },
    expected: ['shaders/sdf/circle.glsl:7'],
  },
  {
    name: 'errors-in-two-files',
    scene: 'shapes',
    overrides: {
      'shaders/sdf/circle.glsl': circleChunk('  return vec3(length(p) - r, missingA);'),
      'shaders/ops/union.glsl':
        'vec3 opUnion(vec3 a, vec3 b) {\n  return a.x < b.x ? a : missingB;\n}',
    },
    expected: ['shaders/sdf/circle.glsl:7', 'shaders/ops/union.glsl:2'],
  },
  {
    name: 'scene-missing-function',
    scene: 'circle',
    overrides: {
      'scenes/circle.glsl': [
        '/*{ "id": "circle", "name": "Circle" }*/',
        '#include "color/srgb.glsl"',
        '#include "sdf/circle.glsl"',
        '',
        'vec3 sdgScene(vec2 u) {',
        '  return sdgCircle(u, 0.6, 1.0);',
        '}',
        '',
        'vec3 sceneColor(vec2 u) { return vec3(1.0); }',
      ].join('\n'),
    },
    expected: ['scenes/circle.glsl:6'],
  },
];
