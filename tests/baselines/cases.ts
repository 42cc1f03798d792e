/**
 * Render baselines: each case is a whole state, drawn at a small fixed size and compared
 * pixel by pixel with tests/baselines/expected/<name>.png (tests/browser/render-baselines.test.ts).
 * Every field that changes the picture is spelt out, so a case never depends on the viewer's
 * defaults, on what picking a scene sets, or on the case before it.
 */
import type { ParamValue } from '../../src/shader/params';
import type { DebugView, OutputMode, ViewerState, ViewState } from '../../src/model/state';

/** Small enough that the whole set runs in seconds on SwiftShader. */
export const BASELINE_SIZE = { width: 128, height: 96 } as const;

/** A complete state patch: the fields below, no more and no fewer, are what a case draws. */
export interface BaselineState {
  readonly scene: string;
  readonly warp: string;
  readonly view: ViewState;
  readonly aa: ViewerState['aa'];
  readonly compare: ViewerState['compare'];
  readonly expressions: ViewerState['expressions'];
  readonly sceneParams: Readonly<Record<string, Readonly<Record<string, ParamValue>>>>;
  readonly warpParams: Readonly<Record<string, Readonly<Record<string, ParamValue>>>>;
  readonly output: OutputMode;
  readonly debug: DebugView;
  readonly background: readonly [number, number, number, number];
  readonly time: number;
}

export interface BaselineCase {
  /** `<scene>-<warp>-<source>[-<filter>][-<extra>]`: also the expected PNG's file name. */
  readonly name: string;
  readonly state: BaselineState;
}

const VIEW: ViewState = { center: [0, 0], zoom: 1, rotation: 0 };
const FIELD = 'r = hypot(u, v); a = atan2(v, u); r - 0.7 + 0.2 * sin(5 * a + 3 * r^2)';

/** The parts no case varies, pinned rather than left to the viewer's defaults. */
const FIXED = {
  compare: { enabled: false, source: 'hardware', filter: 'linear', split: 0.5 },
  expressions: { warp: 'x; y', field: FIELD },
  output: 'color',
  debug: 'none',
  background: [0.07, 0.08, 0.1, 1],
  time: 0,
} as const satisfies Partial<BaselineState>;

type Aa = Pick<ViewerState['aa'], 'source' | 'filter' | 'fadeWidth'> & Partial<ViewerState['aa']>;

function state(
  scene: string,
  warp: string,
  aa: Aa,
  more: Partial<Omit<BaselineState, 'scene' | 'warp' | 'aa'>> = {},
): BaselineState {
  return {
    ...FIXED,
    scene,
    warp,
    view: VIEW,
    sceneParams: {},
    warpParams: {},
    ...more,
    aa: { strokeWidth: 1, referenceN: 8, ...aa },
  };
}

export const BASELINE_CASES: readonly BaselineCase[] = [
  {
    name: 'shapes-identity-none',
    state: state('shapes', 'identity', { source: 'none', filter: 'linear', fadeWidth: 1 }),
  },
  {
    name: 'shapes-identity-analytic-box',
    state: state('shapes', 'identity', { source: 'analytic', filter: 'box', fadeWidth: 1 }),
  },
  {
    name: 'shapes-polar-analytic-adaptive',
    state: state('shapes', 'polar', { source: 'analytic', filter: 'adaptive', fadeWidth: 1 }),
  },
  {
    name: 'checker-log-polar-analytic-adaptive',
    state: state(
      'checker',
      'log-polar',
      { source: 'analytic', filter: 'adaptive', fadeWidth: 1 },
      { view: { center: [0, 0], zoom: 0.8, rotation: 0 } },
    ),
  },
  {
    name: 'shapes-swirl-autodiff-adaptive',
    state: state('shapes', 'swirl', { source: 'autodiff', filter: 'adaptive', fadeWidth: 1.5 }),
  },
  {
    name: 'rings-identity-hardware-linear',
    state: state('rings', 'identity', { source: 'hardware', filter: 'linear', fadeWidth: 1 }),
  },
  {
    name: 'hairlines-identity-analytic-strip',
    state: state('hairlines', 'identity', { source: 'analytic', filter: 'strip', fadeWidth: 1 }),
  },
  {
    name: 'custom-swirl-autodiff-linear',
    state: state(
      'custom',
      'swirl',
      { source: 'autodiff', filter: 'linear', fadeWidth: 1 },
      { view: { center: [0.1, -0.05], zoom: 1.2, rotation: 0.3 } },
    ),
  },
  {
    name: 'circle-identity-analytic-linear-coverage',
    state: state(
      'circle',
      'identity',
      { source: 'analytic', filter: 'linear', fadeWidth: 2 },
      { output: 'coverage' },
    ),
  },
  {
    name: 'shapes-polar-analytic-box-bands',
    state: state(
      'shapes',
      'polar',
      { source: 'analytic', filter: 'box', fadeWidth: 1 },
      { debug: 'bands' },
    ),
  },
  {
    name: 'rings-log-polar-analytic-smoothstep',
    state: state(
      'rings',
      'log-polar',
      { source: 'analytic', filter: 'smoothstep', fadeWidth: 3 },
      { view: { center: [0.2, 0], zoom: 1, rotation: -0.4 } },
    ),
  },
  // Last: its parameter values stay in the page, so a case after it would need a fresh one.
  {
    name: 'dots-polar-autodiff-box',
    state: state(
      'dots',
      'polar',
      { source: 'autodiff', filter: 'box', fadeWidth: 1 },
      // Nine columns round the circle: the seam across the atan2 cut is in the picture.
      { warpParams: { polar: { angularScale: 1.125 } } },
    ),
  },
];
