/**
 * The optimisation lab's settings as the state holds them: which methods walk, and the
 * options of a run with their defaults and ranges (the lab's methods live in src/lab).
 */
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
