import { quoted } from '../util/excerpt';
import type GUI from 'lil-gui';
import { downloadFile } from '../features/export/download';
import {
  checkPresetName,
  MAX_STATE_FILE_BYTES,
  parseStateFile,
  PRESETS_KEY,
  readPresets,
  stateFileText,
  writePresets,
  type PresetStorage,
} from '../model/presets';
import type { Viewer } from '../render/viewer';
import type { Overlay } from './overlay';

/** Notice ids: one for the preset store, one for the last state restored (preset or file). */
const STORE_NOTICE = 'presets';
const SAVED_NOTICE = 'preset-saved';
export const RESTORE_NOTICE = 'restore';

/**
 * The Presets folder: save the current state under a name, load or delete one from the
 * dropdown, download the state as `.json`, open a `.json` state file. A store that cannot
 * be read is reported and treated as empty; what a preset restores is checked like a link.
 */
export function createPresetsFolder(
  gui: GUI,
  viewer: Viewer,
  overlay: Overlay,
  storage: PresetStorage | undefined = pageStorage(),
): GUI {
  const folder = gui.addFolder('Presets');
  const initial = readPresets(storage);
  let presets = initial.presets;
  const reportStore = (problems: string[]) => {
    if (problems.length)
      overlay.notice(STORE_NOTICE, `Saved presets, partly left out: ${problems.join('; ')}.`);
    else overlay.clearNotice(STORE_NOTICE);
  };
  reportStore(initial.problems);

  const model = {
    name: '',
    preset: '',
    save: () => {
      const checked = checkPresetName(model.name || model.preset);
      if ('error' in checked) return overlay.notice(STORE_NOTICE, `Not saved: ${checked.error}.`);
      const next = new Map(presets).set(checked.name, viewer.state);
      const error = writePresets(storage, next);
      if (error) return overlay.notice(STORE_NOTICE, `Not saved: ${error}.`);
      presets = next;
      overlay.clearNotice(STORE_NOTICE);
      overlay.confirm(SAVED_NOTICE, `Saved preset "${checked.name}" in this browser.`);
      refresh(checked.name);
    },
    delete: () => {
      if (!presets.has(model.preset)) return;
      const next = new Map(presets);
      next.delete(model.preset);
      const error = writePresets(storage, next);
      if (error) return overlay.notice(STORE_NOTICE, `Not deleted: ${error}.`);
      presets = next;
      refresh('');
    },
    download: () => {
      const name = checkPresetName(model.name || model.preset);
      const title = 'name' in name ? name.name : undefined;
      const text = new TextEncoder().encode(stateFileText(viewer.state, title));
      downloadFile([text], `${fileStem(title ?? viewer.state.scene)}.json`, 'application/json');
    },
    open: () => input.click(),
  };

  folder.add(model, 'name').name('name');
  folder.add(model, 'save').name('save current');
  const picker = folder
    .add(model, 'preset', [])
    .name('load')
    .onChange((name: string) => {
      const state = presets.get(name);
      if (state === undefined) return;
      model.name = name;
      folder.controllers.forEach((c) => c.updateDisplay());
      reportRestore(overlay, `Preset "${name}"`, viewer.restore(state));
    });
  folder.add(model, 'delete').name('delete selected');
  folder.add(model, 'download').name('download .json');
  folder.add(model, 'open').name('open .json…');

  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.hidden = true;
  input.className = 'presets-file-input';
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void restoreFromStateFile(file, viewer, overlay);
  });
  folder.domElement.append(input);

  function refresh(selected: string): void {
    model.preset = selected;
    // An empty select would draw as a bare arrow: say that nothing is saved yet.
    picker.options(presets.size ? [...presets.keys()] : { '(none saved)': '' });
    folder.controllers.forEach((c) => c.updateDisplay());
  }
  refresh('');
  // Another tab saved or deleted a preset: show the same list here.
  window.addEventListener('storage', (event) => {
    if (event.key !== PRESETS_KEY) return;
    const read = readPresets(storage);
    presets = read.presets;
    reportStore(read.problems);
    refresh(presets.has(model.preset) ? model.preset : '');
  });
  return folder;
}

/**
 * Reads a `.json` state file (from the file picker or a drop) and restores it. Size, JSON,
 * shape and every field are checked; what was wrong is named in a notice.
 */
export async function restoreFromStateFile(
  file: File,
  viewer: Viewer,
  overlay: Overlay,
): Promise<void> {
  const label = fileLabel(file.name);
  if (file.size > MAX_STATE_FILE_BYTES)
    return overlay.notice(
      RESTORE_NOTICE,
      `${label} was not loaded: it is larger than ${MAX_STATE_FILE_BYTES / 1024} KiB.`,
    );
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return overlay.notice(
      RESTORE_NOTICE,
      `${label} could not be read (${(error as Error).message}).`,
    );
  }
  const parsed = parseStateFile(text);
  if ('error' in parsed)
    return overlay.notice(RESTORE_NOTICE, `${label} was not loaded: ${parsed.error}.`);
  const problems = [...parsed.problems, ...viewer.restore(parsed.state)];
  reportRestore(overlay, label, problems);
}

/** A notice naming the fields that fell back to defaults, or none when all were taken. */
export function reportRestore(overlay: Overlay, what: string, problems: string[]): void {
  if (problems.length)
    overlay.notice(
      RESTORE_NOTICE,
      `${what}: these fields fell back to defaults: ${problems.join('; ')}.`,
    );
  else overlay.clearNotice(RESTORE_NOTICE);
}

/** A file name as a notice shows it: quoted and short (it comes from outside). */
export function fileLabel(name: string): string {
  return quoted(name, 60);
}

function fileStem(name: string): string {
  return name.replace(/[^\w.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'sdf-view';
}

/** localStorage, or undefined where the browser denies it (opaque origins, some privacy modes). */
function pageStorage(): PresetStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
