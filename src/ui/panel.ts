import GUI, { type Controller } from 'lil-gui';
// lil-gui's own styles, as a stylesheet: it would otherwise inject a <style> element,
// which a Content-Security-Policy without 'unsafe-inline' blocks.
import 'lil-gui/dist/lil-gui.css';
import './lil-gui-font.css';
import {
  AA_FILTERS,
  AA_SOURCES,
  DEBUG_VIEWS,
  FADE_RANGE,
  OUTPUTS,
  REFERENCE_RANGE,
  STROKE_RANGE,
  ZOOM_RANGE,
  type ViewerState,
} from '../model/state';
import type { Viewer } from '../render/viewer';
import { pickScene } from './scene-pick';
import type { Overlay } from './overlay';
import { addFormulaControls } from './formula-controls';
import { createLabFolder } from '../lab/lab-folder';
import { ParamControls } from './param-controls';
import { addExportFolder } from './export-folder';
import { createCompareFolder } from './compare-folder';
import { createErrorReadout } from './error-readout';
import { addInspectorToggle, type Inspector } from './inspector';
import { sceneView } from '../model/scene-defaults';
import type { Clock } from '../render/clock';
import { createTimeFolder } from './time-folder';

/**
 * The lil-gui panel. It edits a plain object mirroring the state; every edit goes through
 * `viewer.update` (validated), and every state change is mirrored back, so the panel never
 * holds state of its own.
 */
export function createPanel(
  viewer: Viewer,
  { inspector, overlay, clock }: { inspector?: Inspector; overlay?: Overlay; clock?: Clock } = {},
): GUI {
  const gui = new GUI({ title: 'SDF warp viewer', injectStyles: false });
  const s = viewer.state;
  const mirror = {
    scene: s.scene,
    warp: s.warp,
    source: s.aa.source as string,
    filter: s.aa.filter as string,
    fadeWidth: s.aa.fadeWidth,
    strokeWidth: s.aa.strokeWidth,
    referenceN: s.aa.referenceN,
    output: s.output as string,
    debug: s.debug as string,
    zoomLog2: Math.log2(s.view.zoom),
    resetView: () =>
      viewer.update({ view: sceneView(viewer.knownIds.scenes.get(viewer.state.scene)) }),
  };
  const choices = (items: { name: string; id: string }[]) =>
    Object.fromEntries(items.map((item) => [item.name, item.id]));

  const sceneFolder = gui.addFolder('Scene');
  const scenePicker = (c: Controller): Controller =>
    c.name('scene').onChange((id: string) => {
      const info = viewer.knownIds.scenes.get(id);
      if (info) pickScene(viewer, info, overlay);
    });
  let scene = scenePicker(sceneFolder.add(mirror, 'scene', choices(viewer.scenes)));
  const sceneParams = new ParamControls(sceneFolder, viewer, 'scene');
  const fieldFormula = addFormulaControls(sceneFolder, viewer, 'field');
  const labFolder = createLabFolder(gui, viewer);

  const warpFolder = gui.addFolder('Warp');
  const warpPicker = (c: Controller): Controller =>
    c.name('warp').onChange((id: string) => viewer.update({ warp: id }));
  let warp = warpPicker(warpFolder.add(mirror, 'warp', choices(viewer.warps)));
  const warpParams = new ParamControls(warpFolder, viewer, 'warp');
  const warpFormula = addFormulaControls(warpFolder, viewer, 'warp');

  // A file added or removed while the viewer runs changes the choices in place.
  viewer.libraryChanged.on(() => {
    scene = scenePicker(scene.options(choices(viewer.scenes)));
    warp = warpPicker(warp.options(choices(viewer.warps)));
    sceneParams.rebuild(viewer.state);
    warpParams.rebuild(viewer.state);
  });

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
  const stroke = aa
    .add(mirror, 'strokeWidth', STROKE_RANGE[0], STROKE_RANGE[1], 0.01)
    .name('stroke width (px)')
    .onChange((v: number) => viewer.update({ aa: { strokeWidth: v } }));
  const reference = aa
    .add(mirror, 'referenceN', REFERENCE_RANGE[0], REFERENCE_RANGE[1], 1)
    .name('reference N')
    // N is compiled into the shader: one program when the slider is let go, not one per step.
    .onFinishChange((v: number) => viewer.update({ aa: { referenceN: v } }));
  aa.add(mirror, 'output', [...OUTPUTS])
    .name('output')
    .onChange((v: string) => viewer.update({ output: v }));

  createCompareFolder(gui, viewer);
  const debug = gui.addFolder('Debug');
  debug
    .add(mirror, 'debug', [...DEBUG_VIEWS])
    .name('view')
    .onChange((v: string) => viewer.update({ debug: v }));
  if (inspector) addInspectorToggle(debug, inspector);
  createErrorReadout(debug, viewer);

  const view = gui.addFolder('View');
  // Zoom spans decades, so the slider moves in octaves; its label reads the zoom itself.
  const zoomName = (zoom: number) => `zoom ${zoom < 10 ? zoom.toPrecision(3) : zoom.toFixed(0)}x`;
  const zoom = view
    .add(mirror, 'zoomLog2', Math.log2(ZOOM_RANGE[0]), Math.log2(ZOOM_RANGE[1]), 0.01)
    .name(zoomName(s.view.zoom))
    .onChange((v: number) => viewer.update({ view: { zoom: 2 ** v } }));
  zoom.domElement.classList.add('zoom-control');
  view.add(mirror, 'resetView').name('reset view (R)');
  if (clock) createTimeFolder(gui, viewer, clock);
  addExportFolder(gui, viewer, overlay);

  // A dropdown gives focus back once a choice is made, so the shortcuts work right after
  // picking (a focused select would take their letters as type-ahead).
  gui.domElement.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) event.target.blur();
  });

  const sync = (state: ViewerState): void => {
    sceneParams.sync(state);
    warpParams.sync(state);
    fieldFormula(state);
    warpFormula(state);
    labFolder(state);
    Object.assign(mirror, {
      scene: state.scene,
      warp: state.warp,
      source: state.aa.source,
      filter: state.aa.filter,
      fadeWidth: state.aa.fadeWidth,
      strokeWidth: state.aa.strokeWidth,
      referenceN: state.aa.referenceN,
      output: state.output,
      debug: state.debug,
      zoomLog2: Math.round(Math.log2(state.view.zoom) * 100) / 100,
    });
    zoom.name(zoomName(state.view.zoom));
    // Controls that do not apply are disabled, not removed, so the layout never jumps.
    const filtered = state.aa.source !== 'none' && state.aa.source !== 'reference';
    filter.enable(filtered);
    fade.enable(filtered && state.aa.filter !== 'step');
    stroke.enable(filtered && state.aa.filter === 'strip');
    reference.enable(state.aa.source === 'reference' || state.debug === 'error');
    gui.controllersRecursive().forEach((c) => c.updateDisplay());
  };
  viewer.changed.on(sync);
  sceneParams.rebuild(viewer.state);
  warpParams.rebuild(viewer.state);
  sync(viewer.state);
  return gui;
}
