/**
 * The one description of what the viewer shows. Everything drawn is a function of this
 * value: input -> ViewerState -> shader variant -> uniforms -> draw.
 */
import { DEFAULT_LAB, mergeLab, type LabState } from './lab-state';
import { MAX_EXPRESSION_CHARS } from '../expr/grammar';
import { applyParamValues, type ParamValues } from './param-values';
import { isRecord, type ParamValue } from '../shader/params';
import {
  applySchema,
  choice,
  integer,
  knownId,
  number,
  type Check,
  type Schema,
} from './state-schema';
import type { SceneInfo } from '../catalog/scene-header';
import {
  AA_FILTERS,
  AA_SOURCES,
  DEBUG_VIEWS,
  FADE_RANGE,
  OUTPUTS,
  REFERENCE_RANGE,
  STROKE_RANGE,
  ZOOM_RANGE,
  type AaFilter,
  type AaSource,
  type DebugView,
  type OutputMode,
} from '../catalog/aa-methods';
import type { WarpInfo } from '../catalog/warp-catalog';

export * from '../catalog/aa-methods';

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
  /**
   * Split-screen compare: left of the divider the `aa` method, right of it this source and
   * filter. `split` is the divider's place, 0 to 1, as a fraction of the full image width.
   */
  readonly compare: {
    readonly enabled: boolean;
    readonly source: AaSource;
    readonly filter: AaFilter;
    readonly split: number;
  };
  /** The `custom` warp (`u; v` of x, y) and `custom` scene (f of u, v) as typed formulas. */
  readonly expressions: { readonly warp: string; readonly field: string };
  /** Parameter values per scene id; a missing value means the scene's default. */
  readonly sceneParams: ParamValues;
  /** Parameter values per warp id; a missing value means the warp's default. */
  readonly warpParams: ParamValues;
  /** `coverage` draws the shape mask in linear grey, for measurements. */
  readonly output: OutputMode;
  readonly debug: DebugView;
  /** Background, sRGB-encoded components and straight alpha in [0, 1]. */
  readonly background: readonly [number, number, number, number];
  /** Seconds; 0 and frozen in test mode. */
  readonly time: number;
  /** The optimisation lab (the `optimise` scene): objective, start, methods, settings. */
  readonly lab: LabState;
}

export const DEFAULT_VIEW: ViewState = { center: [0, 0], zoom: 1, rotation: 0 };

export const DEFAULT_STATE: ViewerState = {
  scene: 'shapes',
  warp: 'identity',
  view: DEFAULT_VIEW,
  aa: { source: 'analytic', filter: 'adaptive', fadeWidth: 1, strokeWidth: 1, referenceN: 8 },
  compare: { enabled: false, source: 'hardware', filter: 'linear', split: 0.5 },
  expressions: {
    // A log-polar spiral: turns the plane's rays into a lattice's rows.
    warp: 'r = hypot(x, y); a = atan2(y, x); 0.8 * log(r) - 0.3 * a; 0.3 * log(r) + 0.8 * a',
    // Inigo Quilez's three-lobe fan, an implicit field that is not a distance.
    field: 'r = hypot(u, v); a = atan2(v, u); r - 1 + 0.5 * sin(3 * a + 2 * r^2)',
  },
  sceneParams: {},
  warpParams: {},
  output: 'color',
  debug: 'none',
  background: [0.07, 0.08, 0.1, 1],
  time: 0,
  lab: DEFAULT_LAB,
};

/** A state patch as it may arrive from the automation surface or the GUI. */
export type StatePatch = {
  scene?: string;
  warp?: string;
  view?: Partial<ViewState>;
  aa?: Partial<ViewerState['aa']>;
  compare?: Partial<ViewerState['compare']>;
  expressions?: Partial<ViewerState['expressions']>;
  sceneParams?: Record<string, Record<string, ParamValue>>;
  warpParams?: Record<string, Record<string, ParamValue>>;
  output?: OutputMode;
  debug?: DebugView;
  background?: readonly [number, number, number, number];
  time?: number;
  lab?: Partial<LabState>;
};

export interface Validated {
  readonly state: ViewerState;
  /** One line per rejected field: `aa.fadeWidth: must be a number in [0, 8]`. */
  readonly problems: string[];
}

/** What the catalogues currently hold, so ids and parameters can be checked. */
export interface KnownIds {
  readonly scenes: ReadonlyMap<string, SceneInfo>;
  readonly warps: ReadonlyMap<string, WarpInfo>;
}

/** The whole state's checks, in the order problems are reported. */
function stateSchema(known: KnownIds): Schema<ViewerState> {
  return {
    scene: knownId('scene', known.scenes),
    warp: knownId('warp', known.warps),
    view: {
      center: { ok: isFinitePair, rule: 'must be two finite numbers' },
      zoom: number(ZOOM_RANGE),
      rotation: number([-1e3, 1e3], 'must be a finite number of radians'),
    },
    aa: {
      source: choice(AA_SOURCES),
      filter: choice(AA_FILTERS),
      fadeWidth: number(FADE_RANGE),
      strokeWidth: number(STROKE_RANGE),
      referenceN: integer(REFERENCE_RANGE),
    },
    compare: {
      enabled: { ok: (v): v is boolean => typeof v === 'boolean', rule: 'must be true or false' },
      source: choice(AA_SOURCES),
      filter: choice(AA_FILTERS),
      split: number([0, 1]),
    },
    // Only type and length here: a formula with a syntax error is still the user's text,
    // shown with its error at the input while the last good shader keeps drawing.
    expressions: { warp: expressionText, field: expressionText },
    sceneParams: {
      merge: (base, raw, problems) =>
        applyParamValues('sceneParams', base, raw, known.scenes, problems),
    },
    warpParams: {
      merge: (base, raw, problems) =>
        applyParamValues('warpParams', base, raw, known.warps, problems),
    },
    output: choice(OUTPUTS),
    debug: choice(DEBUG_VIEWS),
    background: { ok: isUnitQuad, rule: 'must be four numbers in [0, 1]' },
    time: number([0, 1e7], 'must be a number of seconds >= 0'),
    lab: { merge: mergeLab },
  };
}

/**
 * Applies `patch` (untrusted) on top of `base` field by field. A field that fails its check
 * keeps the base value and adds a problem; unknown fields are reported and ignored.
 */
export function applyPatch(base: ViewerState, patch: unknown, known: KnownIds): Validated {
  const problems: string[] = [];
  if (!isRecord(patch)) return { state: base, problems: ['state: expected an object'] };
  const state = applySchema('', patch, base, stateSchema(known), problems);
  return { state, problems };
}

const expressionText: Check<string> = {
  ok: (v): v is string => typeof v === 'string' && v.length <= MAX_EXPRESSION_CHARS,
  rule: `must be text of at most ${MAX_EXPRESSION_CHARS} characters`,
};

function isFinitePair(v: unknown): v is readonly [number, number] {
  return (
    Array.isArray(v) &&
    v.length === 2 &&
    v.every((x) => typeof x === 'number' && Number.isFinite(x) && Math.abs(x) < 1e12)
  );
}

function isUnitQuad(v: unknown): v is readonly [number, number, number, number] {
  return Array.isArray(v) && v.length === 4 && v.every(number([0, 1]).ok);
}
