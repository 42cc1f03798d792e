import {
  applyPatch,
  DEFAULT_STATE,
  DEFAULT_VIEW,
  type KnownIds,
  type StatePatch,
  type ViewerState,
  type ViewState,
} from './state';
import type { SceneInfo } from '../catalog/scene-header';

/**
 * What picking `scene` does: switch to it and open it as its author meant it. The header's
 * warp, view and antialiasing are taken; what it does not give resets to the identity warp,
 * the default view and the default method (analytic + adaptive, stroke 1 px). Only the fade
 * width, a preference of the person looking, is kept when the header is silent.
 */
/** The view a scene opens with, and that reset (R, double-click) goes back to. */
export function sceneView(scene: SceneInfo | undefined): ViewState {
  return { ...DEFAULT_VIEW, ...scene?.defaults.view };
}

export function scenePickPatch(scene: SceneInfo): StatePatch {
  const { warp = DEFAULT_STATE.warp, warpParams, aa } = scene.defaults;
  const { source, filter, strokeWidth } = DEFAULT_STATE.aa;
  return {
    scene: scene.id,
    warp,
    ...(warpParams ? { warpParams: { [warp]: warpParams } } : {}),
    view: sceneView(scene),
    aa: { source, filter, strokeWidth, ...aa },
  } as StatePatch;
}

/**
 * The settings a scene pick left as they were and that change the picture: said on screen,
 * so a fade width or a debug view from before is never a silent surprise.
 */
export function carriedOverSettings(state: ViewerState): string[] {
  const kept: string[] = [];
  if (state.aa.fadeWidth !== DEFAULT_STATE.aa.fadeWidth)
    kept.push(`fade width ${state.aa.fadeWidth} px`);
  if (state.debug !== 'none') kept.push(`debug view "${state.debug}"`);
  if (state.output !== 'color') kept.push(`output "${state.output}"`);
  if (state.compare.enabled) kept.push('split-screen compare');
  return kept;
}

/** Problems with a scene's defaults against the catalogues (unknown warp, bad warp params). */
export function sceneDefaultsProblems(
  scene: SceneInfo,
  known: KnownIds,
  base: ViewerState,
): string[] {
  return applyPatch(base, scenePickPatch(scene), known).problems;
}
