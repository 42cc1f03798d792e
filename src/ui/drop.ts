import { readPngState } from '../features/export/png-state';
import { sceneDefaultsProblems } from '../model/scene-defaults';
import { pickScene } from './scene-pick';
import { parseSceneHeader } from '../catalog/scene-header';
import { DEFAULT_STATE } from '../model/state';
import type { Viewer } from '../render/viewer';
import type { Overlay } from './overlay';
import { fileLabel, reportRestore, restoreFromStateFile, RESTORE_NOTICE } from './presets-folder';

/** Largest dropped scene file, in bytes (the biggest bundled scene is a few KiB). */
export const MAX_SCENE_BYTES = 256 * 1024;
/** Largest dropped PNG: a 4x export of a 4K view is well under this. */
export const MAX_PNG_BYTES = 64 * 1024 * 1024;
/** Notice for dropped scenes and for files of a kind the viewer does not read. */
const DROP_NOTICE = 'drop';
const ACCEPTED = 'a .glsl scene, a .json state file or a .png exported by this viewer';

/**
 * Files dropped anywhere on the page: a `.glsl` scene joins the library as
 * `scenes/external/<name>.glsl` and is picked when its header is valid; a `.json` state
 * file or an exported `.png` restores the state they hold. Every file is untrusted:
 * sizes are capped before reading, and every problem ends in a notice, never a throw.
 */
export function attachDrop(viewer: Viewer, overlay: Overlay): void {
  // dragenter / dragleave fire for every child crossed, so count them to know when the
  // pointer has really left the page.
  let depth = 0;
  const highlight = (on: boolean) => document.body.classList.toggle('drop-active', on);
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

  window.addEventListener('dragenter', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth++;
    highlight(true);
  });
  window.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    // Without this the browser opens the dropped file in place of the viewer.
    event.preventDefault();
    event.dataTransfer!.dropEffect = 'copy';
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) highlight(false);
  });
  window.addEventListener('drop', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    highlight(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    // Notices speak about the latest drop only.
    overlay.clearNotice(DROP_NOTICE);
    overlay.clearNotice(RESTORE_NOTICE);
    void (async () => {
      for (const file of files) await openFile(file, viewer, overlay);
    })();
  });
}

/** Reads one dropped file by its extension. */
export async function openFile(file: File, viewer: Viewer, overlay: Overlay): Promise<void> {
  const label = fileLabel(file.name);
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  try {
    if (extension === 'glsl') await openScene(file, label, viewer, overlay);
    else if (extension === 'json') await restoreFromStateFile(file, viewer, overlay);
    else if (extension === 'png') await openPng(file, label, viewer, overlay);
    else overlay.notice(DROP_NOTICE, `${label} was not opened: the viewer reads ${ACCEPTED}.`);
  } catch (error) {
    // Reading a file can fail (it was moved, permissions): say so, keep running.
    overlay.notice(DROP_NOTICE, `${label} could not be read (${(error as Error).message}).`);
  }
}

/** `My Scene (2).GLSL` -> `scenes/external/my-scene-2.glsl`: a safe, flat library key. */
export function externalScenePath(fileName: string): string {
  const base = fileName
    .split(/[\\/]/)
    .pop()!
    .replace(/\.glsl$/i, '');
  const stem = base
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return `scenes/external/${stem || 'scene'}.glsl`;
}

async function openScene(file: File, label: string, viewer: Viewer, overlay: Overlay) {
  if (file.size > MAX_SCENE_BYTES)
    return overlay.notice(
      DROP_NOTICE,
      `${label} was not opened: a scene file may be at most ${MAX_SCENE_BYTES / 1024} KiB.`,
    );
  const path = externalScenePath(file.name);
  const text = await file.text();
  viewer.setSource(path, text);
  const scene = viewer.scenes.find((s) => s.file === path);
  if (!scene)
    return overlay.notice(
      DROP_NOTICE,
      `${label} was not added as a scene: ${whyLeftOut(path, text, viewer)}. The previous scene keeps drawing.`,
    );
  pickScene(viewer, scene, overlay);
  // Compile now, so a broken scene is reported with the drop that brought it.
  const error = viewer.drawFrame().error;
  if (error) {
    const first = error.split('\n').find((line) => line.startsWith(path)) ?? error.split('\n')[0];
    overlay.notice(
      DROP_NOTICE,
      `${label} was added as "${scene.name}" but does not compile (${first}); the last good picture stays until it is fixed.`,
    );
  } else overlay.clearNotice(DROP_NOTICE);
}

/** Why the library left a scene file out: its header, its id, or its defaults. */
function whyLeftOut(path: string, text: string, viewer: Viewer): string {
  try {
    const scene = parseSceneHeader(path, text);
    const clash = viewer.knownIds.scenes.get(scene.id);
    if (clash) return `${path}: id: "${scene.id}" is already used by ${clash.file}`;
    const problem = sceneDefaultsProblems(scene, viewer.knownIds, DEFAULT_STATE)[0];
    return `${path}: defaults: ${problem ?? 'rejected'}`;
  } catch (error) {
    return (error as Error).message;
  }
}

async function openPng(file: File, label: string, viewer: Viewer, overlay: Overlay) {
  if (file.size > MAX_PNG_BYTES)
    return overlay.notice(
      RESTORE_NOTICE,
      `${label} was not opened: a PNG may be at most ${MAX_PNG_BYTES / 1024 / 1024} MiB.`,
    );
  const found = readPngState(new Uint8Array(await file.arrayBuffer()));
  if ('error' in found)
    return overlay.notice(RESTORE_NOTICE, `${label} was not loaded: ${found.error}.`);
  reportRestore(overlay, label, viewer.restore(found.state));
}
