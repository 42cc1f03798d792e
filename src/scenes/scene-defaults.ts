import {
  applyPatch,
  DEFAULT_VIEW,
  type KnownIds,
  type StatePatch,
  type ViewerState,
} from '../state';
import type { SceneInfo } from './scene-header';

/**
 * What picking `scene` in the viewer does: switch to it and take its header's default warp,
 * view and antialiasing (fields it does not give keep their current value; the view resets).
 */
export function scenePickPatch(scene: SceneInfo): StatePatch {
  const { warp, warpParams, view, aa } = scene.defaults;
  return {
    scene: scene.id,
    ...(warp ? { warp } : {}),
    ...(warp && warpParams ? { warpParams: { [warp]: warpParams } } : {}),
    view: { ...DEFAULT_VIEW, ...view },
    ...(aa ? { aa } : {}),
  } as StatePatch;
}

/** Problems with a scene's defaults against the catalogues (unknown warp, bad warp params). */
export function sceneDefaultsProblems(
  scene: SceneInfo,
  known: KnownIds,
  base: ViewerState,
): string[] {
  return applyPatch(base, scenePickPatch(scene), known).problems;
}
