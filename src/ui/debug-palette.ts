/**
 * The colour stops of the debug views (shaders/debug/views.glsl), for the legend. Colours
 * are straight sRGB-encoded components in [0, 1], as the shader writes them. The legend's
 * swatches are compared with pixels the shader draws in tests/browser/inspector.test.ts,
 * so a change to one side without the other fails there.
 */
import { DET_NEUTRAL_LOG2, DET_SINGULAR } from '../features/inspect/det-class';

export type Rgb = readonly [number, number, number];

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/** Distance bands: a line every BAND_PX of d_px, in the colour of its side. */
export const BAND_PX = 8;
export const BAND_INSIDE: Rgb = [0.95, 0.6, 0.25];
export const BAND_OUTSIDE: Rgb = [0.3, 0.55, 0.9];

/** Slope: log2 |grad f| per world unit over +-SLOPE_RANGE_LOG2 (16x either way). */
export const SLOPE_RANGE_LOG2 = 4;
export const SLOPE_TRUE: Rgb = [0.5, 0.5, 0.5];
export const SLOPE_COMPRESSED: Rgb = [1, 0.55, 0.1];
export const SLOPE_STRETCHED: Rgb = [0.15, 0.45, 1];

export function slopeColor(gain: number): Rgb {
  const t = clamp01(Math.abs(Math.log2(gain)) / SLOPE_RANGE_LOG2);
  return mix(SLOPE_TRUE, gain > 1 ? SLOPE_COMPRESSED : SLOPE_STRETCHED, t);
}

/** det J: the classes of src/features/inspect/det-class.ts, tinted by log2 |det| over 16x. */
export const DET_NEUTRAL: Rgb = [0.45, 0.45, 0.45];
export const DET_EXPAND: Rgb = [1, 0.35, 0.15];
export const DET_SHRINK: Rgb = [0.1, 0.75, 0.85];
export const DET_FLIP_DIM: Rgb = [0.35, 0.05, 0.3];
export const DET_FLIP_BRIGHT: Rgb = [1, 0.2, 0.9];
export const DET_SINGULAR_COLOR: Rgb = [1, 1, 1];
/** Outside the neutral band, at least this much tint: the classes stay apart. */
const DET_MIN_TINT = 0.35;

export function detColor(det: number): Rgb {
  if (Math.abs(det) < DET_SINGULAR) return DET_SINGULAR_COLOR;
  if (det < 0) return mix(DET_FLIP_DIM, DET_FLIP_BRIGHT, clamp01(Math.log2(-det) / 4 + 0.5));
  const t = Math.log2(det);
  if (Math.abs(t) < DET_NEUTRAL_LOG2) return DET_NEUTRAL;
  const k = DET_MIN_TINT + (1 - DET_MIN_TINT) * clamp01(Math.abs(t) / 4);
  return mix(DET_NEUTRAL, t > 0 ? DET_EXPAND : DET_SHRINK, k);
}

/** Direction: hue from the gradient's screen angle; DIRECTION_OUTSIDE brightness at coverage 0. */
export const DIRECTION_OUTSIDE = 0.55;

export function hueColor(degrees: number): Rgb {
  const turns = degrees / 360;
  const fract = (x: number) => x - Math.floor(x);
  const channel = (offset: number) => clamp01(Math.abs(fract(turns + offset) * 6 - 3) - 1);
  return [channel(0), channel(2 / 3), channel(1 / 3)];
}

/** Error: log10 ramp stops, |coverage - reference| at each. */
export const ERROR_STOPS: readonly { error: number; color: Rgb }[] = [
  { error: 0.001, color: [0, 0, 0] },
  { error: 0.01, color: [0.1, 0.3, 1] },
  { error: 0.1, color: [1, 0.85, 0.1] },
  { error: 0.5, color: [1, 1, 1] },
];

/** CSS `rgb()` of a colour as an 8-bit canvas stores it. */
export function cssColor(c: Rgb): string {
  const byte = (x: number) => Math.round(clamp01(x) * 255);
  return `rgb(${byte(c[0])}, ${byte(c[1])}, ${byte(c[2])})`;
}
