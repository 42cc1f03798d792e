import './zod-jitless';
import { createApi } from './api';
import { WebGL2UnavailableError } from '../gl/context';
import { readPageOptions } from './page-options';
import { syncUrlState } from '../ui/url-sync';
import { bundledSources, onSourcesChanged } from '../shader/registry';
import { FADE_RANGE } from '../model/state';
import { sceneView } from '../model/scene-defaults';
import { attachKeyboard, type Shortcut } from '../ui/keyboard';
import { createHelp } from '../ui/help';
import { Overlay } from '../ui/overlay';
import { showBusySign } from '../ui/busy-sign';
import { showViewerMessages } from '../ui/viewer-messages';
import { createPanel } from '../ui/panel';
import { reservePanelSpace } from '../ui/panel-space';
import { exportFromPanel } from '../ui/export-folder';
import { exportShaderFromPanel } from '../ui/shader-export-controls';
import { Clock } from '../render/clock';
import { createPresetsFolder } from '../ui/presets-folder';
import { attachDrop } from '../ui/drop';
import { attachPointer } from '../ui/pointer';
import { labPointerHandle } from '../lab/lab-pointer';
import { createConvergencePlot } from '../lab/convergence-plot';
import { attachCompareDivider } from '../ui/compare-divider';
import { createInspector } from '../ui/inspector';
import { createDebugLegend } from '../ui/debug-legend';
import { Viewer } from '../render/viewer';
import './style.css';

async function boot(): Promise<void> {
  const canvas = document.querySelector<HTMLCanvasElement>('#view')!;
  const overlay = new Overlay(document.body);
  const { options, problems } = readPageOptions(location.search);
  problems.forEach((p, i) => overlay.notice(`url-${i}`, `Ignored URL option ${p}`));
  if (options.test) {
    document.body.classList.add('test-mode');
    canvas.style.width = `${options.width}px`;
    canvas.style.height = `${options.height}px`;
  }

  let viewer: Viewer;
  try {
    viewer = new Viewer({
      canvas,
      files: bundledSources(),
      fixedDpr: options.dpr,
      checkGlErrors: options.test || import.meta.env.DEV,
      parallelCompile: options.parallelCompile,
      programCap: options.programCap,
      bandsAboveMs: options.bandsAboveMs,
    });
  } catch (error) {
    if (!(error instanceof WebGL2UnavailableError)) throw error;
    canvas.hidden = true;
    overlay.showError(error.message);
    return;
  }

  showViewerMessages(viewer, overlay);
  onSourcesChanged((files) => viewer.setBundledSources(files));
  showBusySign(document.body, viewer);
  const inspector = createInspector({
    viewer,
    canvas,
    avoid: () => [...document.querySelectorAll('.lil-gui.lil-root')],
  });
  const clock = new Clock(viewer);
  const gui = createPanel(viewer, { inspector, overlay, clock });
  const panelSpace = reservePanelSpace(gui, { fixedCanvas: options.test });
  createDebugLegend(document.body, viewer, () => document.querySelector('.error-readout'));
  createPresetsFolder(gui, viewer, overlay);
  const plot = createConvergencePlot(document.body);
  viewer.changed.on(plot);
  plot(viewer.state);
  attachDrop(viewer, overlay);
  attachCompareDivider(canvas, viewer);
  const homeView = () => sceneView(viewer.knownIds.scenes.get(viewer.state.scene));
  attachPointer({
    canvas,
    view: () => viewer.state.view,
    setView: (view) => viewer.update({ view }),
    homeView,
    handle: labPointerHandle(viewer),
  });
  const resetView = () => viewer.update({ view: homeView() });
  const fadeBy = (step: number) => () => {
    const fade = Math.min(FADE_RANGE[1], Math.max(FADE_RANGE[0], viewer.state.aa.fadeWidth + step));
    viewer.update({ aa: { fadeWidth: Math.round(fade * 100) / 100 } });
  };
  const shortcuts: Shortcut[] = [
    { key: 'r', description: "reset the view to the scene's own", run: resetView },
    { key: 'h', description: 'hide or show the panel', run: () => panelSpace.toggle() },
    { key: '[', description: 'fade width -0.25 px', run: fadeBy(-0.25) },
    { key: ']', description: 'fade width +0.25 px', run: fadeBy(0.25) },
    { key: 's', description: 'export PNG (Export panel)', run: () => void exportFromPanel(viewer) },
    {
      key: 'g',
      description: 'export the view as a GLSL shader (Export panel)',
      run: () => exportShaderFromPanel(viewer, overlay),
    },
    { key: 'p', description: 'play or pause time (Time panel)', run: () => clock.toggle() },
    {
      key: 'c',
      description: 'split-screen compare on or off',
      run: () => viewer.update({ compare: { enabled: !viewer.state.compare.enabled } }),
    },
    {
      key: 'i',
      description: 'pixel inspector on or off (click pins a pixel, Esc unpins)',
      run: () => inspector.toggle(),
    },
  ];
  const toggleHelp: Shortcut = {
    key: '?',
    description: 'show or hide this help',
    run: () => help.toggle(),
  };
  const help = createHelp(document.body, [...shortcuts, toggleHelp]);
  attachKeyboard([...shortcuts, toggleHelp]);
  window.sdf = createApi(viewer, () => ({
    error: overlay.errorText,
    notices: overlay.noticeTexts,
  }));
  // The link's state goes in before the first frame, so a shared link never flashes defaults.
  await syncUrlState(viewer, overlay);

  // Ready once the first frame was tried (a compile error is on screen by then, so a test
  // reports it instead of timing out): tests wait on this flag, never on timers.
  const waitForFirstFrame = (): void => {
    if (viewer.attempts > 0) window.sdfReady = true;
    else requestAnimationFrame(waitForFirstFrame);
  };
  viewer.requestFrame();
  waitForFirstFrame();
}

void boot();
