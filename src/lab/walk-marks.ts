/**
 * The seed's one-dimensional walk, drawn on the plot scene when its `showWalk` box is on:
 * on f(x) = x^2 - 6x + 13 from x = 1 (where f' = -4, so downhill is to the right), step
 * against the sign of f' and halve the step whenever f' changes sign; the walk closes in
 * on x = 3, f = 4. Newton's step x - f'/f'' lands there at once, drawn as one segment.
 */
import type { Mark } from '../gl/marks-pass';
import type { ViewerState } from '../model/state';
import { newton1d, walk1d, type Function1d } from './walk1d';

/** The plot scene's map from plot coordinates to warp units (scenes/plot.glsl). */
const PLOT_ORIGIN = [3, 5.5] as const;
const PLOT_SCALE = [2.6, 9.5] as const;

/** The walk in white and Newton's step in magenta: apart from the plot's own inks. */
export const WALK_COLORS = {
  walk: [0.96, 0.96, 0.96, 1],
  newton: [0.95, 0.2, 0.75, 1],
} as const satisfies Record<string, Mark['color']>;

const seedFunction: Function1d = (x) => ({ v: x * x - 6 * x + 13, d: 2 * x - 6, dd: 2 });
export const SEED_WALK = { start: 1, step: 1.5, tolerance: 1e-6, maxSteps: 200 } as const;

export function seedWalks() {
  const { start, ...options } = SEED_WALK;
  return {
    walk: walk1d(seedFunction, start, options),
    newton: newton1d(seedFunction, start, options),
  };
}

const toWorld = (x: number): [number, number] => [
  (x - PLOT_ORIGIN[0]) / PLOT_SCALE[0],
  (seedFunction(x).v - PLOT_ORIGIN[1]) / PLOT_SCALE[1],
];

/** The marks depend on nothing but the seed's function: made once, on first use. */
let made: Mark[] | undefined;

export function walkMarks(state: ViewerState): Mark[] {
  if (state.scene !== 'plot' || state.sceneParams.plot?.showWalk !== true) return [];
  made ??= buildWalkMarks();
  return made;
}

function buildWalkMarks(): Mark[] {
  const { walk, newton } = seedWalks();
  const marks: Mark[] = [];
  const polyline = (xs: readonly number[], color: Mark['color'], dot: number) => {
    xs.forEach((x, i) => {
      if (i > 0) marks.push({ from: toWorld(xs[i - 1]!), to: toWorld(x), halfWidth: 0.8, color });
    });
    xs.forEach((x) => marks.push({ from: toWorld(x), to: toWorld(x), halfWidth: dot, color }));
  };
  polyline(newton.xs, WALK_COLORS.newton, 3.5);
  polyline(walk.xs, WALK_COLORS.walk, 2.8);
  return marks;
}
