import type GUI from 'lil-gui';
import { downloadFile } from '../features/export/download';
import { MAX_EXPORT_SIDE } from '../features/export/export-options';
import { exportFileName, exporterFor } from '../features/export/exporter';
import { ExportCancelled } from '../features/export/render-export';
import type { Viewer } from '../render/viewer';
import { attachExportProgress } from './export-progress';
import type { Overlay } from './overlay';
import { addShaderExportControls } from './shader-export-controls';

/** What the Export folder holds; the S key exports with the same settings. */
interface ExportSettings {
  /** 1-4 times the canvas, or 0 for the custom width and height. */
  size: number;
  width: number;
  height: number;
  transparent: boolean;
}

const settingsOf = new WeakMap<Viewer, ExportSettings>();

function settings(viewer: Viewer): ExportSettings {
  let s = settingsOf.get(viewer);
  if (!s) {
    const { width, height } = viewer.canvasSize;
    settingsOf.set(viewer, (s = { size: 1, width, height, transparent: false }));
    attachExportProgress(exporterFor(viewer));
  }
  return s;
}

/** The panel's Export folder: the PNG's size and transparency and its button, then the shader's. */
export function addExportFolder(gui: GUI, viewer: Viewer, overlay?: Overlay): GUI {
  const s = settings(viewer);
  const actions = { export: () => void exportFromPanel(viewer) };
  const folder = gui.addFolder('Export');
  // The custom size starts as the canvas is now (not as it was when the panel was built,
  // before the window's layout), until the user types a size of their own.
  let typed = false;
  const custom = (): void => {
    if (s.size === 0 && !typed) {
      Object.assign(s, viewer.canvasSize);
      width.updateDisplay();
      height.updateDisplay();
    }
    width.enable(s.size === 0);
    height.enable(s.size === 0);
  };
  folder
    .add(s, 'size', { '1x canvas': 1, '2x canvas': 2, '3x canvas': 3, '4x canvas': 4, custom: 0 })
    .name('size')
    .onChange(custom);
  const width = folder.add(s, 'width', 1, MAX_EXPORT_SIDE, 1).name('width (px)');
  const height = folder.add(s, 'height', 1, MAX_EXPORT_SIDE, 1).name('height (px)');
  for (const side of [width, height]) side.onChange(() => (typed = true));
  folder.add(s, 'transparent').name('transparent background');
  folder.add(actions, 'export').name('export PNG (S)');
  addShaderExportControls(folder, viewer, overlay);
  custom();
  return folder;
}

/** Exports with the panel's settings and downloads the file; failures show on the page. */
export async function exportFromPanel(viewer: Viewer): Promise<void> {
  const s = settings(viewer);
  const exporter = exporterFor(viewer);
  if (exporter.busy) return;
  const size = s.size === 0 ? { width: s.width, height: s.height } : { scale: s.size };
  try {
    const result = await exporter.run({ ...size, transparent: s.transparent });
    downloadFile(result.parts, exportFileName(result));
  } catch (error) {
    // The progress box shows why it failed; a cancel is what the user asked for.
    if (!(error instanceof ExportCancelled))
      console.warn(`export failed: ${(error as Error).message}`);
  }
}
