/**
 * Named presets in localStorage and state files on disk. Everything read back is untrusted
 * (another tab, an older or newer version, a hand-edited or hostile file), like a link:
 * sizes are capped before parsing, the shape is checked here, and each state is only ever
 * a patch for `viewer.restore`, which checks every field. Nothing here throws on bad input.
 */
import { quoted } from '../util/excerpt';
import { isRecord } from '../shader/params';
import type { ViewerState } from './state';

/** localStorage key of the preset store: `{ "version": 1, "presets": { name: state } }`. */
export const PRESETS_KEY = 'sdf-viewer.presets';
export const PRESETS_VERSION = 1;
/** Largest preset store read or written, in UTF-16 characters (what localStorage counts). */
export const MAX_STORE_CHARS = 512 * 1024;
export const MAX_PRESETS = 100;
export const MAX_NAME_CHARS = 60;

/** A downloaded state: `{ "format": "sdf-viewer-state", "version": 1, "name"?, "state" }`. */
export const STATE_FILE_FORMAT = 'sdf-viewer-state';
export const STATE_FILE_VERSION = 1;
/** Largest state file read, in bytes: a state is well under 2 KiB. */
export const MAX_STATE_FILE_BYTES = 64 * 1024;

/** Preset name -> saved state (unchecked until it is restored). Insertion order is kept. */
export type Presets = ReadonlyMap<string, unknown>;

/** Where presets live: localStorage in the page, anything with the same two calls in tests. */
export type PresetStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** A preset name, trimmed: 1 to 60 characters, no control characters. */
export function checkPresetName(raw: unknown): { name: string } | { error: string } {
  if (typeof raw !== 'string') return { error: 'a preset name must be text' };
  const name = raw.trim();
  if (name.length < 1 || name.length > MAX_NAME_CHARS)
    return { error: `a preset name must be 1 to ${MAX_NAME_CHARS} characters (after trimming)` };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name))
    return { error: 'a preset name must not contain control characters' };
  return { name };
}

/**
 * The presets in `storage`. A missing store is empty; a corrupt one is empty with a problem,
 * and a bad entry is left out with a problem: reading never fails, so boot never breaks.
 */
export function readPresets(storage: PresetStorage | undefined): {
  presets: Map<string, unknown>;
  problems: string[];
} {
  const presets = new Map<string, unknown>();
  const problems: string[] = [];
  let text: string | null;
  try {
    text = storage ? storage.getItem(PRESETS_KEY) : null;
  } catch (error) {
    return { presets, problems: [`localStorage cannot be read (${errorText(error)})`] };
  }
  if (text === null) return { presets, problems };
  if (text.length > MAX_STORE_CHARS)
    return {
      presets,
      problems: [`the store is larger than ${kib(MAX_STORE_CHARS)} and was not read`],
    };
  let store: unknown;
  try {
    store = JSON.parse(text);
  } catch {
    return { presets, problems: ['the store is not valid JSON'] };
  }
  if (!isRecord(store)) return { presets, problems: ['the store is not a JSON object'] };
  if (store.version !== PRESETS_VERSION)
    return {
      presets,
      problems: [
        `the store has version ${quoted(store.version, 40)}; this viewer reads ${PRESETS_VERSION}`,
      ],
    };
  for (const key of Object.keys(store))
    if (key !== 'version' && key !== 'presets') problems.push(`${quoted(key, 40)}: unknown field`);
  if (!isRecord(store.presets))
    return { presets, problems: [...problems, 'presets: expected an object'] };
  for (const [key, state] of Object.entries(store.presets)) {
    const name = checkPresetName(key);
    if ('error' in name || name.name !== key) {
      problems.push(
        `preset ${quoted(key, 40)}: ${'error' in name ? name.error : 'name is not trimmed'}`,
      );
    } else if (!isRecord(state)) {
      problems.push(`preset ${quoted(key, 40)}: expected a state object`);
    } else if (presets.size >= MAX_PRESETS) {
      problems.push(`more than ${MAX_PRESETS} presets; the rest were not read`);
      break;
    } else presets.set(key, state);
  }
  return { presets, problems };
}

/** Writes the whole store; returns why it could not be written (too large, quota, denied). */
export function writePresets(
  storage: PresetStorage | undefined,
  presets: Presets,
): string | undefined {
  if (!storage) return 'localStorage is not available in this browser';
  if (presets.size > MAX_PRESETS)
    return `at most ${MAX_PRESETS} presets can be kept; delete some first`;
  // fromEntries defines own properties, so a preset called "__proto__" stays a plain key.
  const text = JSON.stringify({ version: PRESETS_VERSION, presets: Object.fromEntries(presets) });
  if (text.length > MAX_STORE_CHARS)
    return `the presets would take more than ${kib(MAX_STORE_CHARS)}; delete some first`;
  try {
    storage.setItem(PRESETS_KEY, text);
    return undefined;
  } catch (error) {
    return `localStorage refused the presets (${errorText(error)})`;
  }
}

/** The text of a downloadable state file. */
export function stateFileText(state: ViewerState, name?: string): string {
  const file = {
    format: STATE_FILE_FORMAT,
    version: STATE_FILE_VERSION,
    ...(name ? { name } : {}),
    state,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ParsedStateFile =
  | { readonly state: Record<string, unknown>; readonly name?: string; readonly problems: string[] }
  | { readonly error: string };

/**
 * The state in a state file's text, or why there is none. `problems` are about the wrapper
 * (an unknown field, a bad name); the state's own fields are checked by `viewer.restore`.
 */
export function parseStateFile(text: string): ParsedStateFile {
  // Characters, not bytes, but a file over the byte cap is refused before it is read.
  if (text.length > MAX_STATE_FILE_BYTES)
    return { error: `it is larger than ${kib(MAX_STATE_FILE_BYTES)}` };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    return { error: `it is not valid JSON (${errorText(error)})` };
  }
  if (!isRecord(file) || file.format !== STATE_FILE_FORMAT)
    return { error: `it is not a viewer state file (expected "format": "${STATE_FILE_FORMAT}")` };
  if (file.version !== STATE_FILE_VERSION)
    return {
      error: `it has version ${quoted(file.version, 40)}; this viewer reads ${STATE_FILE_VERSION}`,
    };
  if (!isRecord(file.state)) return { error: 'its "state" is not an object' };
  const problems: string[] = [];
  for (const key of Object.keys(file))
    if (!['format', 'version', 'name', 'state'].includes(key))
      problems.push(`${quoted(key, 40)}: unknown field`);
  let name: string | undefined;
  if (file.name !== undefined) {
    const checked = checkPresetName(file.name);
    if ('error' in checked) problems.push(`name: ${checked.error}`);
    else name = checked.name;
  }
  return { state: file.state, problems, ...(name ? { name } : {}) };
}

/** A hostile value as it appears in a message: quoted, short. */
function kib(n: number): string {
  return `${n / 1024} KiB`;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
