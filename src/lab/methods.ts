/**
 * The optimisation lab's methods on a typed objective, all fed by exact jets (value,
 * gradient, Hessian): gradient descent, heavy-ball momentum, Nesterov, Newton, damped
 * (saddle-free) Newton and BFGS. Each run returns its whole path with a status and a
 * message; no input makes it throw or loop forever (docs/optimisation.md).
 */
import type { Objective } from '../expr/jet';
import {
  METHODS,
  METHOD_LABELS,
  DEFAULT_RUN_OPTIONS,
  RUN_OPTION_RANGES,
  clampRunOptions,
  type MethodId,
  type RunOptions,
} from '../model/lab-settings';
import { DIVERGENCE_LIMIT, type Evaluate, type Trial } from './line-search';
import { norm2 } from '../util/sym2';
import {
  bfgs,
  dampedNewton,
  gradientDescent,
  momentumDescent,
  newton,
  type Stepper,
  type StepperOptions,
} from './steppers';

export { quadraticModel, type QuadraticModel } from './quadratic-model';

export {
  METHODS,
  METHOD_LABELS,
  DEFAULT_RUN_OPTIONS,
  RUN_OPTION_RANGES,
  clampRunOptions,
  type MethodId,
  type RunOptions,
};

/** One iterate: position (world units), value and gradient length there. */
export interface PathPoint {
  x: number;
  y: number;
  f: number;
  gradNorm: number;
}

export interface Path {
  method: MethodId;
  /** points[0] is the start, then one point per step; x and y are always finite (f and
   * gradNorm may not be, on the last point of a 'non-finite' path). */
  points: PathPoint[];
  status: 'converged' | 'max-iterations' | 'diverged' | 'non-finite';
  /** One sentence for people, e.g. 'diverged after 12 steps: |f| passed 1e8 (step too large?)'. */
  message: string;
  /** Objective evaluations (jets), line-search and look-ahead trials included. */
  evaluations: number;
}

const SECOND_ORDER: ReadonlySet<MethodId> = new Set(['newton', 'damped-newton', 'bfgs']);

function stepperFor(method: MethodId, evaluate: Evaluate, options: StepperOptions): Stepper {
  switch (method) {
    case 'gd':
      return gradientDescent(evaluate, options);
    case 'momentum':
      return momentumDescent(evaluate, options, false);
    case 'nesterov':
      return momentumDescent(evaluate, options, true);
    case 'newton':
      return newton(evaluate);
    case 'damped-newton':
      return dampedNewton(evaluate);
    case 'bfgs':
      return bfgs(evaluate);
  }
}

const fmt = (v: number) => v.toExponential(2);
const steps = (k: number) => `${k} step${k === 1 ? '' : 's'}`;

/** Why the iterate cannot be continued from, or null if it can. */
function trouble(it: Trial, k: number): { status: Path['status']; message: string } | null {
  const [x, y] = it.x;
  const where = `(${x.toPrecision(6)}, ${y.toPrecision(6)})`;
  if (!Number.isFinite(it.jet.v))
    return {
      status: 'non-finite',
      message: `f is ${it.jet.v} at ${where} after ${steps(k)} (outside its domain, or a step too large?)`,
    };
  if (!Number.isFinite(it.jet.g[0]) || !Number.isFinite(it.jet.g[1]))
    return {
      status: 'non-finite',
      message: `the gradient is not finite at ${where} after ${steps(k)}`,
    };
  const beyond =
    Math.hypot(x, y) > DIVERGENCE_LIMIT
      ? '|x| passed 1e8 (step too large?)'
      : it.jet.v < -DIVERGENCE_LIMIT
        ? 'f passed -1e8 (unbounded below?)'
        : it.jet.v > DIVERGENCE_LIMIT
          ? 'f passed 1e8 (step too large?)'
          : '';
  if (!beyond) return null;
  // At the start nothing has diverged yet: say where it is instead.
  if (k === 0)
    return {
      status: 'diverged',
      message: `the start ${where} is beyond the limits (|x| and |f| at most 1e8; f = ${it.jet.v.toExponential(2)})`,
    };
  return { status: 'diverged', message: `diverged after ${steps(k)}: ${beyond}` };
}

/**
 * Runs `method` on `objective` from `start` (world units). Options outside
 * RUN_OPTION_RANGES are clamped. Never throws for bad numbers: a NaN start, an off-domain
 * objective or a runaway step end the path with a status and a message.
 */
export function runMethod(
  objective: Objective,
  method: MethodId,
  start: [number, number],
  options: RunOptions,
): Path {
  const opts = clampRunOptions(options);
  let evaluations = 0;
  const evaluate = (p: [number, number]) => {
    evaluations++;
    return objective.at(p[0], p[1]);
  };
  const points: PathPoint[] = [];
  const finish = (status: Path['status'], message: string): Path => ({
    method,
    points,
    status,
    message,
    evaluations,
  });
  const record = ({ x, jet }: Trial) => {
    if (Number.isFinite(x[0]) && Number.isFinite(x[1]))
      points.push({ x: x[0], y: x[1], f: jet.v, gradNorm: norm2(jet.g) });
  };

  if (!Number.isFinite(start[0]) || !Number.isFinite(start[1]))
    return finish('non-finite', `the start (${start[0]}, ${start[1]}) is not a finite point`);
  let current: Trial = { x: [start[0], start[1]], jet: evaluate(start) };
  record(current);
  const stepper = stepperFor(method, evaluate, opts);
  for (let k = 0; ; k++) {
    const problem = trouble(current, k);
    if (problem) return finish(problem.status, problem.message);
    const gradNorm = norm2(current.jet.g);
    if (gradNorm <= opts.tolerance)
      return finish(
        'converged',
        `converged after ${steps(k)}: |grad| = ${fmt(gradNorm)} <= tolerance`,
      );
    if (k >= opts.maxIterations)
      return finish(
        'max-iterations',
        `stopped at the cap of ${steps(k)}: |grad| = ${fmt(gradNorm)} is still above tolerance`,
      );
    const minStep = opts.tolerance * (1 + norm2(current.x));
    const next = stepper(current, minStep);
    if ('stop' in next) return finish(next.stop, `stopped after ${steps(k)}: ${next.message}`);
    record(next);
    const moved = Math.hypot(next.x[0] - current.x[0], next.x[1] - current.x[1]);
    current = next;
    if (SECOND_ORDER.has(method) && moved < minStep && !trouble(current, k + 1))
      return finish(
        'converged',
        `converged after ${steps(k + 1)}: the step ${fmt(moved)} is below tolerance * (1 + |x|) (|grad| = ${fmt(norm2(current.jet.g))})`,
      );
  }
}
