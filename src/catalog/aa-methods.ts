/**
 * The catalogue of antialiasing methods, outputs and views, and the ranges of the numbers
 * that tune them: the facts the state, the scene headers, the panel and the CLI all check
 * against. It imports nothing, so each of those can import it without a cycle.
 */
/**
 * Where the pixel-space gradient comes from (DESIGN.md); `reference` supersamples instead.
 * `autodiff` takes the warp Jacobian from dual numbers of the warp's expression;
 * `second-order` also bends the edge by the field's Hessian (jets), where the scene is an
 * expression (otherwise it is `autodiff`).
 */
export const AA_SOURCES = [
  'none',
  'naive',
  'hardware',
  'analytic',
  'autodiff',
  'second-order',
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
 * direction), or `error`: |coverage - the N x N reference's| as a log colour ramp. See
 * shaders/debug/views.glsl.
 */
export const DEBUG_VIEWS = ['none', 'bands', 'slope', 'jacobian', 'direction', 'error'] as const;

export type AaSource = (typeof AA_SOURCES)[number];
export type AaFilter = (typeof AA_FILTERS)[number];
export type OutputMode = (typeof OUTPUTS)[number];
export type DebugView = (typeof DEBUG_VIEWS)[number];

export const ZOOM_RANGE = [1e-4, 1e6] as const;
export const FADE_RANGE = [0, 8] as const;
export const STROKE_RANGE = [0.01, 16] as const;
export const REFERENCE_RANGE = [1, 64] as const;
