import type { SceneInfo } from '../../src/catalog/scene-header';
import type { KnownIds } from '../../src/model/state';
import type { WarpInfo } from '../../src/catalog/warp-catalog';

/** A swirl-like warp with one float and one point2D parameter, for state checks in node. */
export const SWIRL: WarpInfo = {
  id: 'swirl',
  name: 'Swirl',
  description: '',
  fn: 'warpSwirl',
  file: 'shaders/warp/swirl.glsl',
  params: [
    { name: 'strength', uniform: 'u_s', type: 'float', min: -10, max: 10, default: 2 },
    { name: 'center', uniform: 'u_c', type: 'point2D', min: -2, max: 2, default: [0, 0] },
  ],
};

/** What the catalogues hold, as applyPatch sees it: the given scenes, identity and SWIRL. */
export function knownCatalog(scenes: string[]): KnownIds {
  const identity: WarpInfo = { ...SWIRL, id: 'identity', fn: 'warpIdentity', params: [] };
  return {
    scenes: new Map(scenes.map((id) => [id, sceneInfo(id)])),
    warps: new Map([
      ['identity', identity],
      ['swirl', SWIRL],
    ]),
  };
}

/** A scene with no parameters, or with `params` when given. */
export function sceneInfo(id: string, params: SceneInfo['params'] = []): SceneInfo {
  return { id, name: id, description: '', file: `scenes/${id}.glsl`, params, defaults: {} };
}
