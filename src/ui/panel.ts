import GUI, { type Controller } from 'lil-gui';
import { AA_FILTERS, AA_SOURCES, FADE_RANGE, OUTPUTS, type ViewerState } from '../state';
import { WARPS } from '../warps/warp-catalog';
import type { Viewer } from '../viewer';
import { resetView } from '../view';

/**
 * The lil-gui panel. It edits a plain object mirroring the state; every edit goes through
 * `viewer.update` (validated), and every state change is mirrored back, so the panel never
 * holds state of its own.
 */
export function createPanel(viewer: Viewer): GUI {
  const gui = new GUI({ title: 'SDF warp viewer' });
  const mirror = {
    scene: viewer.state.scene,
    warp: viewer.state.warp,
    source: viewer.state.aa.source as string,
    filter: viewer.state.aa.filter as string,
    fadeWidth: viewer.state.aa.fadeWidth,
    output: viewer.state.output as string,
    zoom: viewer.state.view.zoom,
    resetView: () => viewer.update({ view: resetView() }),
  };
  const sceneChoices = (): Record<string, string> =>
    Object.fromEntries(viewer.scenes.map((s) => [s.name, s.id]));

  const sceneFolder = gui.addFolder('Scene');
  const sceneControl = (controller: Controller): Controller =>
    controller.name('scene').onChange((id: string) => viewer.update({ scene: id }));
  let scenePicker = sceneControl(sceneFolder.add(mirror, 'scene', sceneChoices()));
  // A scene file added or removed while the viewer runs changes the choices in place.
  viewer.onLibraryChange(() => {
    scenePicker = sceneControl(scenePicker.options(sceneChoices()));
  });
  const warpFolder = gui.addFolder('Warp');
  warpFolder
    .add(mirror, 'warp', Object.fromEntries(WARPS.map((w) => [w.name, w.id])))
    .name('warp')
    .onChange((id: string) => viewer.update({ warp: id }));

  const aa = gui.addFolder('Antialiasing');
  aa.add(mirror, 'source', [...AA_SOURCES])
    .name('derivative source')
    .onChange((v: string) => viewer.update({ aa: { source: v } }));
  const filter = aa
    .add(mirror, 'filter', [...AA_FILTERS])
    .name('coverage filter')
    .onChange((v: string) => viewer.update({ aa: { filter: v } }));
  const fade = aa
    .add(mirror, 'fadeWidth', FADE_RANGE[0], FADE_RANGE[1], 0.05)
    .name('fade width (px)')
    .onChange((v: number) => viewer.update({ aa: { fadeWidth: v } }));
  aa.add(mirror, 'output', [...OUTPUTS])
    .name('output')
    .onChange((v: string) => viewer.update({ output: v }));

  const view = gui.addFolder('View');
  view
    .add(mirror, 'zoom', 0.05, 200)
    .name('zoom')
    .onChange((v: number) => viewer.update({ view: { zoom: v } }));
  view.add(mirror, 'resetView').name('reset view (R)');

  const sync = (state: ViewerState): void => {
    Object.assign(mirror, {
      scene: state.scene,
      warp: state.warp,
      source: state.aa.source,
      filter: state.aa.filter,
      fadeWidth: state.aa.fadeWidth,
      output: state.output,
      zoom: state.view.zoom,
    });
    // Controls that do not apply are disabled, not removed, so the layout never jumps.
    filter.enable(state.aa.source !== 'none');
    fade.enable(state.aa.source !== 'none' && state.aa.filter !== 'step');
    gui.controllersRecursive().forEach((c) => c.updateDisplay());
  };
  viewer.onChange(sync);
  sync(viewer.state);
  return gui;
}
