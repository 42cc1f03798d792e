import { describe, expect, it } from 'vitest';
import { CUSTOM_ID, OPTIMISE_ID } from '../../src/variant/expression-variants';
import { createLibrary } from '../../src/model/library';
import { AA_SOURCES } from '../../src/model/state';
import { parseSceneHeader } from '../../src/catalog/scene-header';
import { diskSources } from '../../src/node/disk-sources';
import { REPO_ROOT } from '../tools/assemble-case';

const FILE = 'scenes/x.glsl';
const BODY =
  '\nvec3 sdgScene(vec2 u) { return vec3(0.0); }\nvec3 sceneColor(vec2 u) { return vec3(1.0); }';

/** A header comment around `json` (raw text, so it can be broken JSON or hold 1e999). */
const scene = (json: string) => `/*${json}*/${BODY}`;
/** A valid scene header with `params` (JSON text) and optional extra top-level JSON. */
const withParams = (params: string, extra = '') =>
  scene(`{ "id": "x", "name": "X", "params": [${params}]${extra} }`);
const float = (fields = '') =>
  `{ "name": "a", "type": "float", "min": 0, "max": 1, "default": 0.5${fields} }`;

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error, got none');
}

describe('a malformed scene header is rejected with a message naming the file and the field', () => {
  it.each([
    ['no header comment', 'vec3 f;', `${FILE}: header: expected a leading /*{ JSON }*/ comment`],
    ['bad JSON', scene('{ "id": "x", }'), `${FILE}: header: invalid JSON`],
    ['missing id', scene('{ "name": "X" }'), `${FILE}: id: required`],
    [
      'id of the wrong type',
      scene('{ "id": 7, "name": "X" }'),
      `${FILE}: id: must be a string (got 7)`,
    ],
    [
      'id with spaces and capitals',
      scene('{ "id": "My Scene", "name": "X" }'),
      `${FILE}: id: use lower-case letters, digits and dashes (max 64) (got "My Scene")`,
    ],
    [
      'empty name',
      scene('{ "id": "x", "name": "  " }'),
      `${FILE}: name: must be a non-empty string (got "")`,
    ],
    [
      'unknown top-level field',
      scene('{ "id": "x", "name": "X", "colour": 1 }'),
      `${FILE}: colour: unknown field`,
    ],
    [
      'params not a list',
      scene('{ "id": "x", "name": "X", "params": {} }'),
      `${FILE}: params: must be an array (got {})`,
    ],
    [
      'duplicate param names',
      withParams(`${float()}, ${float()}`),
      `${FILE}: params[1].name: "a" is used twice`,
    ],
    [
      'param name starting with a digit',
      withParams(float().replace('"a"', '"2x"')),
      `${FILE}: params[0].name: must be a GLSL identifier (letters, digits, _; not gl_ or __) (got "2x")`,
    ],
    [
      'param name in the gl_ namespace',
      withParams(float().replace('"a"', '"gl_x"')),
      `${FILE}: params[0].name: must be a GLSL identifier (letters, digits, _; not gl_ or __) (got "gl_x")`,
    ],
    [
      'param name with a double underscore',
      withParams(float().replace('"a"', '"a__b"')),
      `${FILE}: params[0].name: must be a GLSL identifier (letters, digits, _; not gl_ or __) (got "a__b")`,
    ],
    [
      'uniform name in the gl_ namespace',
      withParams(float(', "uniform": "gl_Position"')),
      `${FILE}: params[0].uniform: must be a GLSL identifier (letters, digits, _; not gl_ or __) (got "gl_Position")`,
    ],
    [
      'min > max',
      withParams('{ "name": "a", "type": "float", "min": 2, "max": 1, "default": 1.5 }'),
      `${FILE}: params[0].min: min must be <= max (min 2, max 1)`,
    ],
    [
      'default outside [min, max]',
      withParams('{ "name": "a", "type": "float", "min": 0, "max": 1, "default": 3 }'),
      `${FILE}: params[0].default: must be within [min, max] (got 3, min 0, max 1)`,
    ],
    [
      'a number too large for a double (1e999 parses to Infinity)',
      withParams('{ "name": "a", "type": "float", "min": 0, "max": 1e999, "default": 0 }'),
      `${FILE}: params[0].max: must be a finite number (got Infinity)`,
    ],
    [
      'a huge number written as a string',
      withParams('{ "name": "a", "type": "float", "min": "1e999", "max": 1, "default": 0 }'),
      `${FILE}: params[0].min: must be a number (got "1e999")`,
    ],
    [
      'int default that is not an integer',
      withParams('{ "name": "n", "type": "int", "min": 0, "max": 4, "default": 1.5 }'),
      `${FILE}: params[0].default: must be an integer (got 1.5)`,
    ],
    [
      'enum default not among the options',
      withParams('{ "name": "e", "type": "enum", "options": ["a", "b"], "default": "c" }'),
      `${FILE}: params[0].default: must be one of options (got "c", options ["a", "b"])`,
    ],
    [
      'duplicate enum options',
      withParams('{ "name": "e", "type": "enum", "options": ["a", "a"], "default": "a" }'),
      `${FILE}: params[0].options: options must be distinct (options ["a", "a"])`,
    ],
    [
      'empty enum options',
      withParams('{ "name": "e", "type": "enum", "options": [], "default": "a" }'),
      `${FILE}: params[0].options: must have at least 1 item (got [])`,
    ],
    [
      'colour component above 1',
      withParams('{ "name": "ink", "type": "color", "default": [0.2, 1.5, 0] }'),
      `${FILE}: params[0].default[1]: must be <= 1 (got 1.5)`,
    ],
    [
      'colour component below 0',
      withParams('{ "name": "ink", "type": "color", "default": [-0.1, 0, 0] }'),
      `${FILE}: params[0].default[0]: must be >= 0 (got -0.1)`,
    ],
    [
      'point2D with three components',
      withParams('{ "name": "p", "type": "point2D", "min": -1, "max": 1, "default": [0, 0, 0] }'),
      `${FILE}: params[0].default: must have at most 2 items (got [0, 0, 0])`,
    ],
    [
      'point2D with one component',
      withParams('{ "name": "p", "type": "point2D", "min": -1, "max": 1, "default": [0] }'),
      `${FILE}: params[0].default: must have at least 2 items (got [0])`,
    ],
    [
      'unknown param type',
      withParams('{ "name": "p", "type": "vec5", "default": 0 }'),
      `${FILE}: params[0].type: unknown type "vec5" (expected one of float, int, bool, color, point2D, enum)`,
    ],
    [
      'param without a type',
      withParams('{ "name": "p", "default": 0 }'),
      `${FILE}: params[0].type: required (one of float, int, bool, color, point2D, enum)`,
    ],
    [
      'extra key inside a param',
      withParams(float(', "colour": 1')),
      `${FILE}: params[0].colour: unknown field`,
    ],
    [
      'non-positive step',
      withParams(float(', "step": -1')),
      `${FILE}: params[0].step: must be > 0 (got -1)`,
    ],
    [
      'bool param with a number default',
      withParams('{ "name": "b", "type": "bool", "default": 1 }'),
      `${FILE}: params[0].default: must be true or false (got 1)`,
    ],
    [
      'unknown defaults.aa.source',
      scene('{ "id": "x", "name": "X", "defaults": { "aa": { "source": "magic" } } }'),
      `${FILE}: defaults.aa.source: must be one of ${AA_SOURCES.join(', ')} (got "magic")`,
    ],
    [
      'defaults.view.zoom above its range',
      scene('{ "id": "x", "name": "X", "defaults": { "view": { "zoom": 1e9 } } }'),
      `${FILE}: defaults.view.zoom: must be <= 1000000 (got 1000000000)`,
    ],
    [
      'defaults.view.zoom of 0',
      scene('{ "id": "x", "name": "X", "defaults": { "view": { "zoom": 0 } } }'),
      `${FILE}: defaults.view.zoom: must be >= 0.0001 (got 0)`,
    ],
    [
      'unknown field in defaults',
      scene('{ "id": "x", "name": "X", "defaults": { "fade": 2 } }'),
      `${FILE}: defaults.fade: unknown field`,
    ],
  ])('%s', (_label, text, message) => {
    const error = errorOf(() => parseSceneHeader(FILE, text));
    // Bad JSON carries the parser's own words after the field; everything else is exact.
    if (message.endsWith('invalid JSON')) expect(error.startsWith(message)).toBe(true);
    else expect(error).toBe(message);
  });

  it('never echoes a long hostile value whole', () => {
    const long = 'x'.repeat(5000);
    const error = errorOf(() => parseSceneHeader(FILE, scene(`{ "id": "${long}", "name": "X" }`)));
    expect(error.length, 'message stays short').toBeLessThan(200);
    expect(error).toMatch(/^scenes\/x\.glsl: id: .*…"\)$/);
  });
});

describe('scene headers checked against the catalogues (createLibrary)', () => {
  // The warp files from disk give the library something to check scene defaults against.
  const warps = [...diskSources(REPO_ROOT)].filter(([file]) => file.startsWith('shaders/warp/'));
  const library = (scenes: Record<string, string>) =>
    createLibrary(new Map([...warps, ...Object.entries(scenes)]));
  const rejected = (scenes: Record<string, string>) =>
    library(scenes).rejected.map((e) => e.message);

  it('rejects an unknown defaults.warp, naming the file and the warp', () => {
    const messages = rejected({
      'scenes/a.glsl': scene('{ "id": "a", "name": "A", "defaults": { "warp": "teleport" } }'),
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^scenes\/a\.glsl: defaults.warp: unknown warp \(known: identity, /,
    );
  });

  it('rejects defaults.warpParams outside the warp parameter range', () => {
    const messages = rejected({
      'scenes/a.glsl': scene(
        '{ "id": "a", "name": "A", "defaults": { "warp": "swirl", "warpParams": { "strength": 99 } } }',
      ),
    });
    expect(messages).toEqual([
      'scenes/a.glsl: defaults.warpParams.swirl.strength: must be a number in [-12, 12]',
    ]);
  });

  it('keeps the first of two scenes with the same id and names both files', () => {
    const text = scene('{ "id": "twin", "name": "Twin" }');
    const lib = library({ 'scenes/a.glsl': text, 'scenes/external/b.glsl': text });
    expect(fileScenes(lib).map((s) => s.file)).toEqual(['scenes/a.glsl']);
    expect(lib.rejected.map((e) => e.message)).toEqual([
      'scenes/external/b.glsl: id: "twin" is already used by scenes/a.glsl',
    ]);
  });

  it('leaves a rejected scene out and keeps the good ones', () => {
    const lib = library({
      'scenes/good.glsl': scene('{ "id": "good", "name": "Good" }'),
      'scenes/bad.glsl': withParams(float(', "colour": 1')),
    });
    expect(fileScenes(lib).map((s) => s.id)).toEqual(['good']);
    expect(lib.rejected.map((e) => e.message)).toEqual([
      'scenes/bad.glsl: params[0].colour: unknown field',
    ]);
  });
});

/** The scenes that came from files (the formula scene `custom` is always there too). */
function fileScenes(lib: ReturnType<typeof createLibrary>) {
  return [...lib.scenes.values()].filter((s) => s.id !== CUSTOM_ID && s.id !== OPTIMISE_ID);
}
