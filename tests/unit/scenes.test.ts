import { describe, expect, it } from 'vitest';
import { sceneCatalog } from '../../src/catalog/scene-catalog';
import { parseSceneHeader } from '../../src/catalog/scene-header';
import { diskSources } from '../../src/node/disk-sources';
import { bundledSources } from '../../src/shader/registry';
import { REPO_ROOT } from '../tools/assemble-case';

const body =
  '\nvec3 sdgScene(vec2 u) { return vec3(0.0); }\nvec3 sceneColor(vec2 u) { return vec3(1.0); }';

describe('scene headers', () => {
  it('reads id, name and description', () => {
    const info = parseSceneHeader(
      'scenes/x.glsl',
      `/*{ "id": "x-1", "name": "X", "description": "d" }*/${body}`,
    );
    expect(info).toEqual({
      id: 'x-1',
      name: 'X',
      description: 'd',
      file: 'scenes/x.glsl',
      params: [],
      defaults: {},
    });
  });

  it.each([
    ['float x;', 'scenes/x.glsl: header: expected a leading /*{ JSON }*/ comment'],
    ['/*{ "id": "x", }*/', 'scenes/x.glsl: header: invalid JSON'],
    [
      '/*{ "id": "X Y", "name": "n" }*/',
      'scenes/x.glsl: id: use lower-case letters, digits and dashes',
    ],
    ['/*{ "id": "x" }*/', 'scenes/x.glsl: name: required'],
    ['/*{ "id": "x", "name": "n", "colour": 1 }*/', 'scenes/x.glsl: colour: unknown field'],
  ])('rejects %s naming the file and the field', (header, message) => {
    expect(() => parseSceneHeader('scenes/x.glsl', header + body)).toThrow(message);
  });

  it('rejects a scene without sdgScene and sceneColor', () => {
    expect(() => parseSceneHeader('scenes/x.glsl', '/*{ "id": "x", "name": "n" }*/')).toThrow(
      'scenes/x.glsl: source: must define',
    );
  });

  it('keeps the first of two files with the same id and reports the second', () => {
    const header = `/*{ "id": "same", "name": "n" }*/${body}`;
    const { scenes, rejected } = sceneCatalog(
      new Map([
        ['scenes/a.glsl', header],
        ['scenes/b.glsl', header],
      ]),
    );
    expect([...scenes.values()].map((s) => s.file)).toEqual(['scenes/a.glsl']);
    expect(rejected.map((e) => e.message)).toEqual([
      'scenes/b.glsl: id: "same" is already used by scenes/a.glsl',
    ]);
  });

  it('finds every scene in the folder with a valid header', () => {
    const { scenes, rejected } = sceneCatalog(diskSources(REPO_ROOT));
    expect(rejected).toEqual([]);
    expect([...scenes.keys()].sort()).toEqual(expect.arrayContaining(['circle', 'shapes']));
  });
});

describe('source registry', () => {
  it('bundles exactly the files that are on disk, under the same keys', () => {
    const bundled = bundledSources();
    const disk = diskSources(REPO_ROOT);
    expect([...bundled.keys()].sort()).toEqual([...disk.keys()].sort());
    for (const [key, text] of disk) expect(bundled.get(key), key).toBe(text);
  });
});
