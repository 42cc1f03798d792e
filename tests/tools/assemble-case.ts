import { fileURLToPath } from 'node:url';
import { createLibrary } from '../../src/library';
import { diskSources } from '../../src/shader/disk-sources';
import { assembleVariant } from '../../src/shader/variant';
import { findWarp } from '../../src/warps/warp-catalog';
import type { InfoLogCase } from './info-log-cases';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The colour variant of the case's scene, with the case's files swapped in. */
export function assembleCase(testCase: InfoLogCase) {
  const files = new Map([...diskSources(REPO_ROOT), ...Object.entries(testCase.overrides)]);
  const scene = createLibrary(files).scenes.get(testCase.scene);
  if (!scene) throw new Error(`${testCase.name}: no scene ${testCase.scene}`);
  const shader = assembleVariant(files, {
    scene,
    warp: findWarp('identity')!,
    source: 'analytic',
    filter: 'linear',
    output: 'color',
    probe: 'field',
  });
  return { ...shader, files };
}
