/**
 * The one description of what the viewer shows. Everything drawn is a function of this
 * value: input -> ViewerState -> shader variant -> uniforms -> draw.
 */
import { isRecord, type ParamValue } from './params';
import { applyWarpParams } from './warps/warp-params';
import type { WarpInfo } from './warps/warp-catalog';

/** Where the pixel-space gradient comes from (DESIGN.md); `reference` supersamples instead. */
export const AA_SOURCES = [
  'none',
  'naive',
  'hardware',
  'analytic',
  'finite-difference',
  'reference',
] as const;
/**
 * How a distance in pixels becomes coverage. `adaptive` is `box`, refined by 4 x 4
 * sub-pixel boxes where the field bends within the pixel.
 */
export const AA_FILTERS = ['step', 'linear', 'smoothstep', 'box', 'adaptive', 'strip'] as const;
export const OUTPUTS = ['color', 'coverage'] as const;
/**
 * What the colour output shows: the scene, or one of the derivatives behind its edges
 * (distance bands every 8 px, |grad f| per world unit, det of the warp Jacobian, gradient
 * direction). See shaders/debug/views.glsl.
 */
export const DEBUG_VIEWS = ['none', 'bands', 'slope', 'jacobian', 'direction'] as const;

export type AaSource = (typeof AA_SOURCES)[number];
export type AaFilter = (typeof AA_FILTERS)[number];
export type OutputMode = (typeof OUTPUTS)[number];
export type DebugView = (typeof DEBUG_VIEWS)[number];

export interface ViewState {
  /** World point at the canvas centre. */
  readonly center: readonly [number, number];
  /** 1 = the shorter canvas side spans [-1, 1]; larger zooms in. */
  readonly zoom: number;
  /** Counter-clockwise rotation of the world on screen, radians. */
  readonly rotation: number;
}

export interface ViewerState {
  readonly scene: string;
  readonly warp: string;
  readonly view: ViewState;
  readonly aa: {
    readonly source: AaSource;
    readonly filter: AaFilter;
    /** Fade width in device pixels, 0 to 8; 0 is a hard edge. */
    readonly fadeWidth: number;
    /** Stroke width of the `strip` filter in device pixels. */
    readonly strokeWidth: number;
    /** Samples per side of the `reference` source, 1 to 16 (N x N per pixel). */
    readonly referenceN: number;
  };
  /** Parameter values per warp id; a missing value means the warp's default. */
  readonly warpParams: Readonly<Record<string, Readonly<Record<string, ParamValue>>>>;
  /** `coverage` draws the shape mask in linear grey, for measurements. */
  readonly output: OutputMode;
  readonly debug: DebugView;
  /** Background, sRGB-encoded components and straight alpha in [0, 1]. */
  readonly background: readonly [number, number, number, number];
  /** Seconds; 0 and frozen in test mode. */
  readonly time: number;
}

export const ZOOM_RANGE = [1e-4, 1e6] as const;
export const FADE_RANGE = [0, 8] as const;
export const STROKE_RANGE = [0.01, 16] as const;
export const REFERENCE_RANGE = [1, 16] as const;

export const DEFAULT_VIEW: ViewState = { center: [0, 0], zoom: 1, rotation: 0 };

export const DEFAULT_STATE: ViewerState = {
  scene: 'shapes',
  warp: 'identity',
  view: DEFAULT_VIEW,
  aa: { source: 'analytic', filter: 'adaptive', fadeWidth: 1, strokeWidth: 1, referenceN: 8 },
  warpParams: {},
  output: 'color',
  debug: 'none',
  background: [0.07, 0.08, 0.1, 1],
  time: 0,
};

/** A state patch as it may arrive from the automation surface or the GUI. */
export type StatePatch = {
  scene?: string;
  warp?: string;
  view?: Partial<ViewState>;
  aa?: Partial<ViewerState['aa']>;
  warpParams?: Record<string, Record<string, ParamValue>>;
  output?: OutputMode;
  debug?: DebugView;
  background?: readonly [number, number, number, number];
  time?: number;
};

export interface Validated {
  readonly state: ViewerState;
  /** One line per rejected field: `aa.fadeWidth: must be a number in [0, 8]`. */
  readonly problems: string[];
}

/** What the catalogues currently hold, so ids and parameters can be checked. */
export interface KnownIds {
  readonly scenes: { has(id: string): boolean; keys(): Iterable<string> };
  readonly warps: ReadonlyMap<string, WarpInfo>;
}

/**
 * Applies `patch` (untrusted) on top of `base` field by field. A field that fails its check
 * keeps the base value and adds a problem; unknown fields are reported and ignored.
 */
export function applyPatch(base: ViewerState, patch: unknown, known: KnownIds): Validated {
  const problems: string[] = [];
  if (!isRecord(patch)) return { state: base, problems: ['state: expected an object'] };
  const pick = <T>(
    path: string,
    value: unknown,
    ok: (v: unknown) => v is T,
    fallback: T,
    rule: string,
  ): T => {
    if (value === undefined) return fallback;
    if (ok(value)) return value;
    problems.push(`${path}: ${rule}`);
    return fallback;
  };
  reportUnknown(
    '',
    patch,
    ['scene', 'warp', 'view', 'aa', 'output', 'debug', 'background', 'time', 'warpParams'],
    problems,
  );

  const view = isRecord(patch.view) ? patch.view : {};
  if (patch.view !== undefined && !isRecord(patch.view)) problems.push('view: expected an object');
  reportUnknown('view.', view, ['center', 'zoom', 'rotation'], problems);
  const aa = isRecord(patch.aa) ? patch.aa : {};
  if (patch.aa !== undefined && !isRecord(patch.aa)) problems.push('aa: expected an object');
  reportUnknown(
    'aa.',
    aa,
    ['source', 'filter', 'fadeWidth', 'strokeWidth', 'referenceN'],
    problems,
  );

  const state: ViewerState = {
    scene: pick(
      'scene',
      patch.scene,
      oneOfSet(known.scenes),
      base.scene,
      `unknown scene (known: ${[...known.scenes.keys()].join(', ')})`,
    ),
    warp: pick(
      'warp',
      patch.warp,
      oneOfSet(known.warps),
      base.warp,
      `unknown warp (known: ${[...known.warps.keys()].join(', ')})`,
    ),
    view: {
      center: pick(
        'view.center',
        view.center,
        isFinitePair,
        base.view.center,
        'must be two finite numbers',
      ),
      zoom: pick(
        'view.zoom',
        view.zoom,
        inRange(...ZOOM_RANGE),
        base.view.zoom,
        `must be a number in [${ZOOM_RANGE.join(', ')}]`,
      ),
      rotation: pick(
        'view.rotation',
        view.rotation,
        inRange(-1e3, 1e3),
        base.view.rotation,
        'must be a finite number of radians',
      ),
    },
    aa: {
      source: pick(
        'aa.source',
        aa.source,
        oneOf(AA_SOURCES),
        base.aa.source,
        `must be one of ${AA_SOURCES.join(', ')}`,
      ),
      filter: pick(
        'aa.filter',
        aa.filter,
        oneOf(AA_FILTERS),
        base.aa.filter,
        `must be one of ${AA_FILTERS.join(', ')}`,
      ),
      fadeWidth: pick(
        'aa.fadeWidth',
        aa.fadeWidth,
        inRange(...FADE_RANGE),
        base.aa.fadeWidth,
        `must be a number in [${FADE_RANGE.join(', ')}]`,
      ),
      strokeWidth: pick(
        'aa.strokeWidth',
        aa.strokeWidth,
        inRange(...STROKE_RANGE),
        base.aa.strokeWidth,
        `must be a number in [${STROKE_RANGE.join(', ')}]`,
      ),
      referenceN: pick(
        'aa.referenceN',
        aa.referenceN,
        (v: unknown): v is number => Number.isInteger(v) && inRange(...REFERENCE_RANGE)(v),
        base.aa.referenceN,
        `must be an integer in [${REFERENCE_RANGE.join(', ')}]`,
      ),
    },
    warpParams: applyWarpParams(base.warpParams, patch.warpParams, known.warps, problems),
    output: pick(
      'output',
      patch.output,
      oneOf(OUTPUTS),
      base.output,
      `must be one of ${OUTPUTS.join(', ')}`,
    ),
    debug: pick(
      'debug',
      patch.debug,
      oneOf(DEBUG_VIEWS),
      base.debug,
      `must be one of ${DEBUG_VIEWS.join(', ')}`,
    ),
    background: pick(
      'background',
      patch.background,
      isUnitQuad,
      base.background,
      'must be four numbers in [0, 1]',
    ),
    time: pick('time', patch.time, inRange(0, 1e7), base.time, 'must be a number of seconds >= 0'),
  };
  return { state, problems };
}

function reportUnknown(
  prefix: string,
  obj: Record<string, unknown>,
  allowed: string[],
  problems: string[],
): void {
  for (const key of Object.keys(obj))
    if (!allowed.includes(key)) problems.push(`${prefix}${key}: unknown field`);
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (values as readonly string[]).includes(v);

const oneOfSet =
  (values: { has(id: string): boolean }) =>
  (v: unknown): v is string =>
    typeof v === 'string' && values.has(v);

const inRange =
  (min: number, max: number) =>
  (v: unknown): v is number =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

function isFinitePair(v: unknown): v is readonly [number, number] {
  return (
    Array.isArray(v) &&
    v.length === 2 &&
    v.every((x) => typeof x === 'number' && Number.isFinite(x) && Math.abs(x) < 1e12)
  );
}

function isUnitQuad(v: unknown): v is readonly [number, number, number, number] {
  return Array.isArray(v) && v.length === 4 && v.every(inRange(0, 1));
}
