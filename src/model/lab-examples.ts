/**
 * Objectives for the optimisation lab, each with a start that shows the methods apart and
 * a view that frames the interesting part. View units are the viewer's: the shorter canvas
 * side spans [-1, 1] / zoom around `center`, so zoom 0.2 shows about [-5, 5].
 */

export interface ObjectiveExample {
  /** The formula, in x and y (parses with parseObjective). */
  text: string;
  /** Where the runs begin, world units. */
  start: [number, number];
  view: { center: [number, number]; zoom: number };
  /** Every local minimum, where known in closed form or to 6 decimals. */
  minima?: [number, number][];
}

export const OBJECTIVE_EXAMPLES: Record<string, ObjectiveExample> = {
  // The seed's 1D example x^2 - 6x + 13 (minimum 4 at x = 3), made a bowl 3x steeper in y.
  'quadratic bowl': {
    text: 'x^2 - 6*x + 13 + 3*y^2',
    start: [1, 1.5],
    view: { center: [3, 0], zoom: 0.3 },
    minima: [[3, 0]],
  },
  // A bowl with tilted, 1 : 3.7 axes: gradient descent zig-zags, Newton needs one step.
  'tilted bowl': {
    text: 'x^2 + 3*y^2 + x*y - 2*x',
    start: [-2, 1.5],
    view: { center: [0, 0], zoom: 0.35 },
    minima: [[12 / 11, -2 / 11]],
  },
  // A curved, flat-bottomed valley: first-order methods crawl along it.
  Rosenbrock: {
    text: '(1 - x)^2 + 100*(y - x^2)^2',
    start: [-1.2, 1],
    view: { center: [0, 1], zoom: 0.45 },
    minima: [[1, 1]],
  },
  // Four minima, one maximum and four saddles: which minimum a run finds depends on its start.
  Himmelblau: {
    text: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
    start: [-0.3, -0.9],
    view: { center: [0, 0], zoom: 0.18 },
    minima: [
      [3, 2],
      [-2.805118, 3.131312],
      [-3.77931, -3.283186],
      [3.584428, -1.848126],
    ],
  },
  // Steep walls and a narrow valley along y -> 0 with x large.
  Beale: {
    text: '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
    start: [1, 1.2],
    view: { center: [1.5, 0.5], zoom: 0.3 },
    minima: [[3, 0.5]],
  },
  // A saddle: gradient descent on the x axis stops at it, Newton jumps to it.
  saddle: {
    text: 'x^2 - y^2',
    start: [1, 0.05],
    view: { center: [0, 0], zoom: 0.6 },
  },
  // Two minima split by a ridge through a saddle at the origin.
  'two wells': {
    text: '(x^2 - 1)^2 + y^2',
    start: [0.05, 1],
    view: { center: [0, 0], zoom: 0.6 },
    minima: [
      [-1, 0],
      [1, 0],
    ],
  },
  // A quadratic with correlated axes (minimum 0 at (1, 3)).
  Booth: {
    text: '(x + 2*y - 7)^2 + (2*x + y - 5)^2',
    start: [-4, -3],
    view: { center: [0, 1], zoom: 0.15 },
    minima: [[1, 3]],
  },
};
