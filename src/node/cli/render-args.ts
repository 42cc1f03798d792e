/**
 * Command-line options of `npm run render`, checked before any browser starts. This file
 * reads the flags (or the entries of a --batch file) and checks everything that needs no
 * catalogue; render-jobs.ts checks scenes, warps and parameters against the shader files.
 */
import { OUTPUTS } from '../../model/state';
import { checkSize, SCALE_RANGE } from '../../features/export/export-options';

/** The optimisation lab's settings (src/node/cli/render-lab.ts reads them). */
export const LAB_FLAGS = [
  'objective',
  'start',
  'methods',
  'step',
  'momentum',
  'iterations',
  'tolerance',
] as const;

/** Flags that take a value; `set` may repeat. */
export const VALUE_FLAGS = [
  'scene',
  'warp',
  'warp-expr',
  'field-expr',
  'source',
  'filter',
  'fade',
  'reference',
  'set',
  'size',
  'scale',
  'mode',
  'out',
  'state',
  'tile',
  ...LAB_FLAGS,
  'paths-json',
  'glsl',
  'target',
  'params',
  'time',
  'frames',
  'fps',
] as const;
/** Flags without a value. */
export const SWITCH_FLAGS = ['transparent'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

/** One render's flags as given, each value still text (numbers from a batch file too). */
export type RenderFlags = Partial<Record<Exclude<ValueFlag, 'set'>, string>> & {
  set: string[];
  transparent: boolean;
};

/** The flags of one render after the checks that need no catalogue. */
export interface CheckedFlags {
  readonly flags: RenderFlags;
  readonly width: number;
  readonly height: number;
  /** The PNG to write; absent when only --paths-json is asked for. */
  readonly out?: string;
  readonly output?: 'color' | 'coverage';
  readonly tileSize?: number;
  /** Seconds of the first frame (state.time). */
  readonly time?: number;
  /** A numbered PNG sequence: this many frames, `fps` apart. */
  readonly sequence?: { readonly frames: number; readonly fps: number };
  /** Prefix for messages: `` or `batch[2] `. */
  readonly where: string;
}

export type RenderCommand = { readonly batch: string } | { readonly job: RenderFlags };

const DEFAULT_SIZE = '1024x768';
const ALIASES: Record<string, ValueFlag> = { output: 'mode' };

/** Reads argv: either `--batch <file.json>` alone, or the flags of one render. */
export function parseRenderArgs(argv: readonly string[]): RenderCommand {
  const flags: RenderFlags = { set: [], transparent: false };
  let batch: string | undefined;
  let others = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const key = ALIASES[name] ?? name;
    if (key !== 'batch') others++;
    if ((SWITCH_FLAGS as readonly string[]).includes(key)) {
      if (eq >= 0) throw new Error(`--${name} takes no value`);
      flags.transparent = true;
      continue;
    }
    if (key !== 'batch' && !(VALUE_FLAGS as readonly string[]).includes(key))
      throw new Error(`unknown option --${name} (known: ${knownFlags()})`);
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--')))
      throw new Error(`--${name} needs a value`);
    if (key === 'batch') batch = value;
    else if (key === 'set') flags.set.push(value);
    else if (flags[key as Exclude<ValueFlag, 'set'>] !== undefined)
      throw new Error(`--${name} is given twice`);
    else flags[key as Exclude<ValueFlag, 'set'>] = value;
  }
  if (batch === undefined) return { job: flags };
  if (others) throw new Error('--batch <file.json> takes no other options: put them in the file');
  return { batch };
}

/** The renders listed in a batch file: an array of objects keyed like the flags. */
export function parseBatch(json: unknown): RenderFlags[] {
  if (!Array.isArray(json) || json.length === 0)
    throw new Error('the batch file must hold a non-empty JSON array of renders');
  return json.map((entry: unknown, index) => {
    const where = `batch[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw new Error(`${where}: expected an object of options`);
    const flags: RenderFlags = { set: [], transparent: false };
    for (const [key, value] of Object.entries(entry as Record<string, unknown>)) {
      if (key === 'transparent') {
        if (typeof value !== 'boolean')
          throw new Error(`${where}.transparent: must be true or false`);
        flags.transparent = value;
      } else if (key === 'set') {
        const list = Array.isArray(value) ? value : [value];
        if (!list.every((v) => typeof v === 'string'))
          throw new Error(`${where}.set: must be "<param>=<value>" or a list of them`);
        flags.set.push(...(list as string[]));
      } else if ((VALUE_FLAGS as readonly string[]).includes(ALIASES[key] ?? key)) {
        if (typeof value !== 'string' && typeof value !== 'number')
          throw new Error(`${where}.${key}: must be a string or a number`);
        flags[(ALIASES[key] ?? key) as Exclude<ValueFlag, 'set'>] = String(value);
      } else throw new Error(`${where}: unknown option "${key}" (known: ${knownFlags('')})`);
    }
    return flags;
  });
}

/** Size, scale, mode, tile and output file: everything checkable from the text alone. */
export function checkFlags(flags: RenderFlags, where = ''): CheckedFlags {
  const fail = (flag: string, message: string): never => {
    throw new Error(`${where}--${flag}: ${message}`);
  };
  const out =
    flags.out ??
    (flags['paths-json'] === undefined && flags.glsl === undefined
      ? fail(
          'out',
          'is required (the PNG file to write), unless only --paths-json or --glsl is wanted',
        )
      : undefined);
  for (const flag of ['target', 'params'] as const)
    if (flags[flag] !== undefined && flags.glsl === undefined)
      fail(flag, 'goes with --glsl <file.glsl>, the shader to write');
  const time =
    flags.time === undefined
      ? undefined
      : (numberIn(flags.time, [0, 1e7]) ??
        fail('time', `must be seconds from 0, got "${flags.time}"`));
  const sequence = sequenceOf(flags, out, fail);
  const size = /^(\d+)x(\d+)$/.exec(flags.size ?? DEFAULT_SIZE);
  if (!size) fail('size', `must be <W>x<H>, like 1200x600, got "${flags.size}"`);
  let width = Number(size![1]);
  let height = Number(size![2]);
  if (flags.scale !== undefined) {
    const scale = numberIn(flags.scale, SCALE_RANGE);
    if (scale === undefined)
      fail(
        'scale',
        `must be a number from ${SCALE_RANGE[0]} to ${SCALE_RANGE[1]}, got "${flags.scale}"`,
      );
    [width, height] = [Math.round(width * scale!), Math.round(height * scale!)];
  }
  try {
    checkSize(width, height);
  } catch (error) {
    const scaled =
      flags.scale === undefined ? '' : ` ${flags.size ?? DEFAULT_SIZE} --scale ${flags.scale}`;
    throw new Error(`${where}--size${scaled}: ${(error as Error).message}`);
  }
  const output = flags.mode as CheckedFlags['output'];
  if (output !== undefined && !(OUTPUTS as readonly string[]).includes(output))
    fail('mode', `must be one of ${OUTPUTS.join(', ')}, got "${flags.mode}"`);
  let tileSize: number | undefined;
  if (flags.tile !== undefined) {
    tileSize = numberIn(flags.tile, [1, 4096]);
    if (tileSize === undefined || !Number.isInteger(tileSize))
      fail('tile', `must be a whole number of pixels from 1 to 4096, got "${flags.tile}"`);
  }
  return {
    flags,
    width,
    height,
    out,
    output,
    tileSize,
    ...(time === undefined ? {} : { time }),
    ...(sequence ? { sequence } : {}),
    where,
  };
}

/** Most frames one sequence may hold. */
export const MAX_FRAMES = 10_000;

function sequenceOf(
  flags: RenderFlags,
  out: string | undefined,
  fail: (flag: string, message: string) => never,
): CheckedFlags['sequence'] {
  if (flags.frames === undefined) {
    if (flags.fps !== undefined) fail('fps', 'goes with --frames <N>');
    return undefined;
  }
  const frames = numberIn(flags.frames, [1, MAX_FRAMES]);
  if (frames === undefined || !Number.isInteger(frames))
    fail('frames', `must be a whole number from 1 to ${MAX_FRAMES}, got "${flags.frames}"`);
  const fps = numberIn(flags.fps ?? '30', [0.01, 1000]);
  if (fps === undefined)
    fail('fps', `must be frames per second from 0.01 to 1000, got "${flags.fps}"`);
  if (out === undefined)
    fail('frames', 'needs --out <name.png>: frames are written as name-0001.png, ...');
  return { frames: frames!, fps: fps! };
}

/**
 * The file of frame `index` (0-based) of a sequence written to `out`: a run of `#` in the
 * name becomes the zero-padded frame number (`f-####.png`), else `-0001` goes before `.png`.
 */
export function frameFile(out: string, index: number, frames: number): string {
  const number = (width: number) => String(index + 1).padStart(width, '0');
  const hashes = /#+(?=[^/\\]*$)/.exec(out);
  if (hashes)
    return (
      out.slice(0, hashes.index) +
      number(hashes[0].length) +
      out.slice(hashes.index + hashes[0].length)
    );
  const width = Math.max(4, String(frames).length);
  const dot = out.toLowerCase().endsWith('.png') ? out.length - 4 : out.length;
  return `${out.slice(0, dot)}-${number(width)}${out.slice(dot)}`;
}

/** `text` as a number within `[min, max]`, or undefined. */
export function numberIn(text: string, [min, max]: readonly [number, number]): number | undefined {
  const value = text.trim() === '' ? NaN : Number(text);
  return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}

function knownFlags(prefix = '--'): string {
  return [...VALUE_FLAGS, ...SWITCH_FLAGS, 'batch'].map((f) => prefix + f).join(' ');
}
