/**
 * The optimisation lab's methods on a typed objective, all fed by exact jets (value,
 * gradient, Hessian): gradient descent, heavy-ball momentum, Nesterov, Newton, damped
 * (saddle-free) Newton and BFGS. Each run returns its whole path with a status and a
 * message; no input makes it throw or loop forever (docs/optimisation.md).
 */
import type { Objective } from '../expr/jet';
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

export const METHODS = ['gd', 'momentum', 'nesterov', 'newton', 'damped-newton', 'bfgs'] as const;
export type MethodId = (typeof METHODS)[number];

export const METHOD_LABELS: Record<MethodId, string> = {
  gd: 'gradient descent',
  momentum: 'momentum',
  nesterov: 'Nesterov',
  newton: 'Newton',
  'damped-newton': 'damped Newton',
  bfgs: 'BFGS',
};

export interface RunOptions {
  /** Learning rate of gd / momentum / nesterov, world units per unit gradient. Newton-type
   * methods and BFGS take full steps and choose their own length by line search. */
  step: number;
  /** Velocity kept per step by momentum and nesterov, in [0, 1). */
  momentum: number;
  /** Most steps (iterations) before giving up; each may evaluate the objective several times. */
  maxIterations: number;
  /** Converged when |grad| <= tolerance; Newton-type methods and BFGS also stop when the
   * accepted step is below tolerance * (1 + |x|). */
  tolerance: number;
}

/**
 * Defaults measured on OBJECTIVE_EXAMPLES (docs/optimisation.md): step 0.002 keeps the
 * first-order methods stable on Rosenbrock (whose valley needs step < 2 / 1490 at the start
 * and about 2 / 1002 at the minimum), at the price of slow gradient descent elsewhere;
 * momentum then converges on every example's minimum within the cap.
 */
export const DEFAULT_RUN_OPTIONS: Readonly<RunOptions> = {
  step: 0.002,
  momentum: 0.9,
  maxIterations: 3000,
  tolerance: 1e-8,
};

/** [min, max] of each option: the one source for the panel, URL-state checks and the CLI. */
export const RUN_OPTION_RANGES: Readonly<Record<keyof RunOptions, readonly [number, number]>> = {
  step: [1e-5, 2],
  momentum: [0, 0.999],
  maxIterations: [1, 5000],
  tolerance: [1e-12, 1e-1],
};

/** `options` with missing or non-finite fields defaulted, clamped to RUN_OPTION_RANGES. */
export function clampRunOptions(options: Partial<RunOptions>): RunOptions {
  const pick = (key: keyof RunOptions): number => {
    const value = options[key];
    const [lo, hi] = RUN_OPTION_RANGES[key];
    const given =
      typeof value === 'number' && Number.isFinite(value) ? value : DEFAULT_RUN_OPTIONS[key];
    return Math.min(hi, Math.max(lo, given));
  };
  return {
    step: pick('step'),
    momentum: pick('momentum'),
    maxIterations: Math.round(pick('maxIterations')),
    tolerance: pick('tolerance'),
  };
}

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
