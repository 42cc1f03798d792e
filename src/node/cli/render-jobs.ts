/**
 * Turns the checked flags of one render into the whole state to draw and the export
 * options, against the shader files on disk: the same catalogues and checks the page uses,
 * so an unknown scene, warp or parameter stops the command before a browser starts.
 * Order: --state (on top of the defaults), then the --scene's header defaults, then flags.
 */
import { CUSTOM_ID } from '../../variant/expression-variants';
import { fieldExpressionContext } from '../../expr/generated-sources';
import { ExprError, parseExpression } from '../../expr/parse';
import { warpExpressionContext } from '../../catalog/warp-catalog';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { ExportOptions } from '../../features/export/export-options';
import { PARAM_FORMS, type ExportedShader } from '../../features/export/shader-export';
import { SHADER_TARGETS } from '../../features/export/shader-targets';
import { viewShader } from '../../features/export/view-shader';
import { createLibrary, type ShaderLibrary } from '../../model/library';
import { scenePickPatch } from '../../model/scene-defaults';
import { parseSceneHeader } from '../../catalog/scene-header';
import { HeaderError } from '../../shader/file-header';
import {
  AA_FILTERS,
  AA_SOURCES,
  applyPatch,
  DEFAULT_STATE,
  FADE_RANGE,
  REFERENCE_RANGE,
  type ViewerState,
} from '../../model/state';
import { decodeUrlState } from '../../model/url-state';
import { numberIn, type CheckedFlags } from './render-args';
import { parseParamSetting } from './render-params';
import { labFlagsPatch } from './render-lab';

export interface RenderJob {
  /** Absolute path of the PNG to write; absent when only the lab's paths are wanted. */
  readonly out?: string;
  /** Where the lab's paths go as JSON: an absolute path, or `-` for standard output. */
  readonly pathsJson?: string;
  /** What the page's `window.sdf.exportPng` is given (the state included). */
  readonly options: ExportOptions & { width: number; height: number; state: ViewerState };
  /** A scene file from outside the repository, set in the page with `setSource` first. */
  readonly source?: { readonly path: string; readonly text: string };
  /** The view as a shader (--glsl): the absolute path to write and its text. */
  readonly glsl?: { readonly path: string; readonly shader: ExportedShader };
  /** A numbered PNG sequence from the state's time on (--frames, --fps). */
  readonly sequence?: { readonly frames: number; readonly fps: number };
}

/** Resolves one render; relative paths are taken from `baseDir` (the batch file's folder). */
export async function resolveJob(
  checked: CheckedFlags,
  files: ReadonlyMap<string, string>,
  baseDir = process.cwd(),
): Promise<RenderJob> {
  const { flags, where } = checked;
  const fail = (flag: string, message: string): never => {
    throw new Error(`${where}--${flag}: ${message}`);
  };
  const out = checked.out === undefined ? undefined : writable('out', checked.out, baseDir, fail);
  const json = flags['paths-json'];
  const pathsJson =
    json === undefined || json === '-' ? json : writable('paths-json', json, baseDir, fail);

  let source: RenderJob['source'];
  let library: ShaderLibrary;
  let sceneId = flags.scene;
  if (sceneId !== undefined && /[/\\]|\.glsl$/.test(sceneId)) {
    const file = resolve(baseDir, sceneId);
    const path = `scenes/external/${basename(file)}`;
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      fail('scene', `cannot read ${sceneId} (${(error as NodeJS.ErrnoException).code ?? error})`);
    }
    const headerProblem = (error: unknown): never => {
      if (!(error instanceof HeaderError)) throw error;
      // The message is `<file>: <field>: <detail>`; name the file as the user gave it.
      return fail('scene', `${sceneId}: ${error.message.slice(error.file.length + 2)}`);
    };
    try {
      sceneId = parseSceneHeader(path, text).id;
    } catch (error) {
      headerProblem(error);
    }
    library = createLibrary(new Map([...files, [path, text]]));
    const rejected = library.rejected.find((e) => e.file === path);
    if (rejected) headerProblem(rejected);
    source = { path, text };
  } else library = createLibrary(files);
  const known = { scenes: library.scenes, warps: library.warps };

  let state = DEFAULT_STATE;
  const apply = (flag: string, patch: unknown): void => {
    const result = applyPatch(state, patch, known);
    if (result.problems.length) fail(flag, result.problems.join('; '));
    state = result.state;
  };
  if (flags.state !== undefined) apply('state', await readStatePatch(flags.state, baseDir, fail));
  if (sceneId !== undefined) {
    const scene = library.scenes.get(sceneId);
    if (!scene)
      fail('scene', `unknown scene "${sceneId}" (known: ${[...known.scenes.keys()].join(', ')})`);
    apply('scene', scenePickPatch(scene!));
  }
  if (flags.warp !== undefined && !known.warps.has(flags.warp))
    fail('warp', `unknown warp "${flags.warp}" (known: ${[...known.warps.keys()].join(', ')})`);
  if (flags.warp !== undefined) apply('warp', { warp: flags.warp });
  for (const [flag, which, context, other] of [
    ['warp-expr', 'warp', warpExpressionContext([]), 'warp'],
    ['field-expr', 'field', fieldExpressionContext([]), 'scene'],
  ] as const) {
    const text = flags[flag];
    if (text === undefined) continue;
    if (flags[other] !== undefined) fail(flag, `give --${other} or --${flag}, not both`);
    if (text.trim() === '') fail(flag, 'is empty: give a formula, like "hypot(u, v) - 0.5"');
    try {
      parseExpression(text, context);
    } catch (error) {
      if (!(error instanceof ExprError)) throw error;
      fail(
        flag,
        `${error.message} at character ${error.position}: ${excerpt(text, error.position)}`,
      );
    }
    const pick = which === 'warp' ? { warp: CUSTOM_ID } : { scene: CUSTOM_ID };
    apply(flag, { ...pick, expressions: { [which]: text } });
  }
  const aa: Record<string, unknown> = {};
  if (flags.source !== undefined) aa.source = choice('source', flags.source, AA_SOURCES, fail);
  if (flags.filter !== undefined) aa.filter = choice('filter', flags.filter, AA_FILTERS, fail);
  if (flags.fade !== undefined)
    aa.fadeWidth =
      numberIn(flags.fade, FADE_RANGE) ??
      fail(
        'fade',
        `must be a number of pixels from ${FADE_RANGE.join(' to ')}, got "${flags.fade}"`,
      );
  if (flags.reference !== undefined) {
    const n = numberIn(flags.reference, REFERENCE_RANGE);
    aa.referenceN =
      n !== undefined && Number.isInteger(n)
        ? n
        : fail(
            'reference',
            `must be a whole number from ${REFERENCE_RANGE.join(' to ')}, got "${flags.reference}"`,
          );
  }
  apply('source', { aa });
  const lab = labFlagsPatch(flags, fail);
  if (lab) apply('objective', lab);
  if (checked.time !== undefined) apply('time', { time: checked.time });
  for (const text of flags.set) {
    const scene = library.scenes.get(state.scene)!;
    const warp = library.warps.get(state.warp)!;
    let setting;
    try {
      setting = parseParamSetting(text, scene, warp);
    } catch (error) {
      throw new Error(`${where}${(error as Error).message}`);
    }
    apply('set', { [setting.field]: { [setting.owner]: { [setting.name]: setting.value } } });
  }

  const glsl =
    flags.glsl === undefined ? undefined : shaderJob(flags, state, library, baseDir, fail);
  const options = {
    width: checked.width,
    height: checked.height,
    state: checked.output ? { ...state, output: checked.output } : state,
    ...(flags.transparent ? { transparent: true } : {}),
    ...(checked.tileSize ? { tileSize: checked.tileSize } : {}),
  };
  return {
    ...(out ? { out } : {}),
    ...(pathsJson ? { pathsJson } : {}),
    options,
    ...(source ? { source } : {}),
    ...(glsl ? { glsl } : {}),
    ...(checked.sequence ? { sequence: checked.sequence } : {}),
  };
}

/** --glsl, --target, --params: the exported shader, checked and written later. */
function shaderJob(
  flags: CheckedFlags['flags'],
  state: ViewerState,
  library: ShaderLibrary,
  baseDir: string,
  fail: (flag: string, message: string) => never,
): RenderJob['glsl'] {
  const target = choice('target', flags.target ?? 'webgl2', SHADER_TARGETS, fail);
  const params = choice('params', flags.params ?? 'constants', PARAM_FORMS, fail);
  const path = writable('glsl', flags.glsl!, baseDir, fail);
  try {
    return { path, shader: viewShader(library, state, { target, params }) };
  } catch (error) {
    return fail(flags.params ? 'params' : 'glsl', (error as Error).message);
  }
}

/** `file` resolved against `baseDir`, in a folder that exists, and not itself a folder. */
function writable(
  flag: string,
  file: string,
  baseDir: string,
  fail: (flag: string, message: string) => never,
): string {
  const path = resolve(baseDir, file);
  if (!existsSync(dirname(path)) || !statSync(dirname(path)).isDirectory())
    fail(flag, `the folder ${dirname(path)} does not exist`);
  // Caught here, not when the file is written after minutes of rendering.
  if (existsSync(path) && statSync(path).isDirectory())
    fail(flag, `${file} is a folder; give the file to write`);
  return path;
}

/** A --state value: a JSON file of a state, or a `#s1.` link hash (or the whole link). */
async function readStatePatch(
  value: string,
  baseDir: string,
  fail: (flag: string, message: string) => never,
): Promise<unknown> {
  const file = resolve(baseDir, value);
  const hash = value.includes('#')
    ? value.slice(value.indexOf('#'))
    : existsSync(file)
      ? ''
      : value;
  if (/^#?s\d+\./.test(hash)) {
    const decoded = await decodeUrlState(hash.startsWith('#') ? hash : `#${hash}`);
    return 'patch' in decoded ? decoded.patch : fail('state', decoded.error);
  }
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail('state', `cannot read ${value} (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return fail('state', `${value} is not valid JSON (${(error as Error).message})`);
  }
}

function choice<T extends string>(
  flag: string,
  value: string,
  options: readonly T[],
  fail: (flag: string, message: string) => never,
): T {
  return (options as readonly string[]).includes(value)
    ? (value as T)
    : fail(flag, `unknown ${flag} "${value}" (known: ${options.join(', ')})`);
}

/** A few characters either side of `position`, the offending one in brackets. */
function excerpt(text: string, position: number): string {
  const at = Math.min(position, text.length);
  return `${text.slice(Math.max(0, at - 12), at)}[${text.slice(at, at + 1)}]${text.slice(at + 1, at + 12)}`;
}
