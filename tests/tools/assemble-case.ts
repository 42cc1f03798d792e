import { fileURLToPath } from 'node:url';
import { createLibrary } from '../../src/model/library';
import { assembleShader } from '../../src/shader/assemble';
import { diskSources } from '../../src/node/disk-sources';
import type { Defines } from '../../src/shader/preamble';
import {
  assembleVariant,
  VARIANT_ROOT,
  variantDefines,
  variantRootText,
} from '../../src/variant/variant';
import type { InfoLogCase } from './info-log-cases';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Everything needed to assemble a recorded shader again, byte for byte. */
export interface ShaderInput {
  readonly root: { name: string; text: string };
  readonly defines: Defines;
  /** Only the files that went in. */
  readonly files: Record<string, string>;
}

/** The colour variant of the case's scene, from today's files with the case's swapped in. */
export function caseInput(testCase: InfoLogCase): ShaderInput {
  const files = new Map([...diskSources(REPO_ROOT), ...Object.entries(testCase.overrides)]);
  const library = createLibrary(files);
  const scene = library.scenes.get(testCase.scene);
  if (!scene) throw new Error(`${testCase.name}: no scene ${testCase.scene}`);
  const variant = {
    scene,
    warp: library.warps.get('identity')!,
    source: 'analytic',
    filter: 'linear',
    output: 'color',
    probe: 'field',
    referenceN: 1,
    debug: 'none',
    generated: { files: [] },
  } as const;
  const used = assembleVariant(files, variant).files.filter((f) => files.has(f));
  return {
    root: { name: VARIANT_ROOT, text: variantRootText(variant) },
    defines: variantDefines(variant),
    files: Object.fromEntries(used.map((f) => [f, files.get(f)!])),
  };
}

export function assembleInput(input: ShaderInput) {
  const files = new Map(Object.entries(input.files));
  return { ...assembleShader({ files, root: input.root, defines: input.defines }), files };
}
