import { carriedOverSettings, scenePickPatch } from '../model/scene-defaults';
import type { SceneInfo } from '../catalog/scene-header';
import type { Viewer } from '../render/viewer';
import type { Overlay } from './overlay';

export const SCENE_KEPT_NOTICE = 'scene-kept';

/**
 * Opens `scene` as its header says (src/model/scene-defaults.ts) and names on screen what
 * the pick kept from before, so nothing carried over changes the picture unseen.
 */
export function pickScene(viewer: Viewer, scene: SceneInfo, overlay?: Overlay): void {
  viewer.update(scenePickPatch(scene));
  if (!overlay) return;
  const kept = carriedOverSettings(viewer.state);
  if (kept.length)
    overlay.notice(
      SCENE_KEPT_NOTICE,
      `${scene.name} opened with its own warp, view and method; kept from before: ${kept.join(', ')}.`,
    );
  else overlay.clearNotice(SCENE_KEPT_NOTICE);
}
