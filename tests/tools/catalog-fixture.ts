import type { KnownIds } from '../../src/state';
import type { WarpInfo } from '../../src/warps/warp-catalog';

/** A swirl-like warp with one float and one vec2 parameter, for state checks in node. */
export const SWIRL: WarpInfo = {
  id: 'swirl',
  name: 'Swirl',
  description: '',
  fn: 'warpSwirl',
  file: 'shaders/warp/swirl.glsl',
  params: [
    { name: 'strength', uniform: 'u_s', type: 'float', min: -10, max: 10, default: 2 },
    { name: 'center', uniform: 'u_c', type: 'vec2', min: -2, max: 2, default: [0, 0] },
  ],
};

/** What the catalogues hold, as applyPatch sees it: the given scenes, identity and SWIRL. */
export function knownCatalog(scenes: string[]): KnownIds {
  const identity: WarpInfo = { ...SWIRL, id: 'identity', fn: 'warpIdentity', params: [] };
  return {
    scenes: new Set(scenes),
    warps: new Map([
      ['identity', identity],
      ['swirl', SWIRL],
    ]),
  };
}
