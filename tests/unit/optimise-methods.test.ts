import { describe, expect, it } from 'vitest';
import { parseObjective } from '../../src/expr/jet';
import {
  clampRunOptions,
  DEFAULT_RUN_OPTIONS,
  METHOD_LABELS,
  METHODS,
  quadraticModel,
  RUN_OPTION_RANGES,
  runMethod,
  type MethodId,
  type Path,
  type RunOptions,
} from '../../src/lab/methods';

const last = (path: Path) => path.points.at(-1)!;
const distance = (path: Path, [x, y]: readonly [number, number]) =>
  Math.hypot(last(path).x - x, last(path).y - y);
const steps = (path: Path) => path.points.length - 1;
const options = (overrides: Partial<RunOptions> = {}): RunOptions => ({
  ...DEFAULT_RUN_OPTIONS,
  ...overrides,
});

const ROSENBROCK = parseObjective('(1 - x)^2 + 100*(y - x^2)^2');
const HIMMELBLAU = parseObjective('(x^2 + y - 11)^2 + (x + y^2 - 7)^2');
const SADDLE = parseObjective('x^2 - y^2');

describe('method table', () => {
  it('labels every method', () => {
    expect(Object.keys(METHOD_LABELS).sort()).toEqual([...METHODS].sort());
    expect(METHOD_LABELS.bfgs).toBe('BFGS');
  });

  it('keeps the defaults inside the ranges, and clamps and defaults bad options', () => {
    expect(clampRunOptions(DEFAULT_RUN_OPTIONS)).toEqual(DEFAULT_RUN_OPTIONS);
    const clamped = clampRunOptions({
      step: 1e9,
      momentum: NaN,
      maxIterations: 0.2,
      tolerance: -1,
    });
    expect(clamped).toEqual({
      step: RUN_OPTION_RANGES.step[1],
      momentum: DEFAULT_RUN_OPTIONS.momentum,
      maxIterations: 1,
      tolerance: RUN_OPTION_RANGES.tolerance[0],
    });
  });
});

describe('Newton', () => {
  it('minimises a quadratic in exactly one step', () => {
    const quadratic = parseObjective('x^2 + 3*y^2 + x*y - 2*x');
    const path = runMethod(quadratic, 'newton', [-2, 1.5], options());
    expect(path.status).toBe('converged');
    expect(steps(path)).toBe(1);
    // grad = (2x + y - 2, x + 6y) = 0 at (12/11, -2/11).
    expect(distance(path, [12 / 11, -2 / 11])).toBeLessThanOrEqual(1e-12);
  });

  it('stops with a message where the Hessian is singular', () => {
    const path = runMethod(parseObjective('x + y'), 'newton', [0, 0], options());
    expect(path.status).toBe('non-finite');
    expect(path.message).toMatch(/singular/);
  });
});

describe('gradient descent', () => {
  it('walks x^2 - 6x + 13 (+ y^2) from x = 1 to x = 3, f = 4', () => {
    const objective = parseObjective('x^2 - 6*x + 13 + y^2');
    const path = runMethod(objective, 'gd', [1, 0], options({ step: 0.1, tolerance: 1e-10 }));
    expect(path.status).toBe('converged');
    expect(distance(path, [3, 0])).toBeLessThanOrEqual(1e-6);
    expect(last(path).f).toBeCloseTo(4, 10);
    // Downhill from the start: f'(1) = -4, so the first step goes right by step * 4.
    expect(path.points[1]!.x).toBeCloseTo(1.4, 12);
  });
});

describe('Rosenbrock from (-1.2, 1)', () => {
  const run = (method: MethodId) =>
    runMethod(ROSENBROCK, method, [-1.2, 1], options({ step: 0.001, maxIterations: 5000 }));

  it('BFGS reaches (1, 1) within 1e-6 in at most 60 iterations (measured 40)', () => {
    const path = run('bfgs');
    expect(path.status).toBe('converged');
    expect(distance(path, [1, 1])).toBeLessThanOrEqual(1e-6);
    expect(steps(path)).toBeLessThanOrEqual(60);
    // Gradient descent needs far more: it hits its cap of 5000 steps in the valley.
    const gd = run('gd');
    expect(steps(gd)).toBeGreaterThan(10 * steps(path));
  });

  it('damped Newton reaches (1, 1) within 1e-6 in at most 40 iterations (measured 21)', () => {
    const path = run('damped-newton');
    expect(path.status).toBe('converged');
    expect(distance(path, [1, 1])).toBeLessThanOrEqual(1e-6);
    expect(steps(path)).toBeLessThanOrEqual(40);
  });
});

describe('Himmelblau: one minimum per quadrant', () => {
  const cases: [[number, number], [number, number]][] = [
    [
      [4, 4],
      [3, 2],
    ],
    [
      [-4, 4],
      [-2.805118, 3.131312],
    ],
    [
      [-4, -4],
      [-3.77931, -3.283186],
    ],
    [
      [4, -4],
      [3.584428, -1.848126],
    ],
  ];
  for (const method of ['damped-newton', 'bfgs', 'newton'] as const)
    it.each(cases)(`${method} from %j reaches %j`, (start, minimum) => {
      const path = runMethod(HIMMELBLAU, method, start, options({ tolerance: 1e-10 }));
      expect(path.status).toBe('converged');
      expect(distance(path, minimum)).toBeLessThanOrEqual(1e-6);
      expect(steps(path)).toBeLessThanOrEqual(20);
    });
});

describe('the saddle x^2 - y^2', () => {
  it('stalls gradient descent started on its stable axis', () => {
    const path = runMethod(SADDLE, 'gd', [0.8, 0], options({ step: 0.1 }));
    expect(path.status).toBe('converged');
    expect(distance(path, [0, 0])).toBeLessThanOrEqual(1e-8);
  });

  it.each(['damped-newton', 'bfgs'] as const)('%s leaves it from off the axis', (method) => {
    const path = runMethod(SADDLE, method, [0.8, 0.1], options());
    expect(path.status).toBe('diverged');
    expect(path.message).toMatch(/^diverged after \d+ steps: f passed -1e8 \(unbounded below\?\)$/);
    expect(Math.abs(last(path).y)).toBeGreaterThan(1e3);
  });

  it('attracts pure Newton in one step', () => {
    const path = runMethod(SADDLE, 'newton', [0.8, 0.1], options());
    expect(path.status).toBe('converged');
    expect(steps(path)).toBe(1);
    expect(distance(path, [0, 0])).toBe(0);
  });
});

describe('bad numbers end a run with a status, never an exception or a hang', () => {
  it('reports a step that is too large', () => {
    const path = runMethod(parseObjective('x^2 + y^2'), 'gd', [1, 1], options({ step: 1.5 }));
    // Each step doubles x: x -> x - 1.5 * 2x = -2x.
    expect(path.status).toBe('diverged');
    expect(path.message).toMatch(/^diverged after \d+ steps: f passed 1e8 \(step too large\?\)$/);
    expect(steps(path)).toBeLessThan(30);
  });

  it.each(METHODS)('%s on log(x) from x = -1 is non-finite at the start', (method) => {
    const path = runMethod(parseObjective('log(x)'), method, [-1, 0], options());
    expect(path.status).toBe('non-finite');
    expect(path.message).toMatch(/f is NaN at \(-1\.00000, 0\.00000\) after 0 steps/);
    expect(path.points).toHaveLength(1);
  });

  it('reports a step off the domain', () => {
    const path = runMethod(parseObjective('log(x) + x'), 'gd', [0.5, 0], options({ step: 1 }));
    expect(path.status).toBe('non-finite');
    expect(steps(path)).toBe(1);
  });

  it.each(METHODS)('%s on a plane, an overflow and a NaN start ends', (method) => {
    const statuses = [
      runMethod(parseObjective('-x - y'), method, [0, 0], options({ step: 2 })),
      runMethod(parseObjective('exp(exp(x))'), method, [6, 0], options({ step: 2 })),
      runMethod(parseObjective('x^2'), method, [NaN, 0], options()),
    ].map((p) => p.status);
    expect(statuses.every((s) => s !== 'converged')).toBe(true);
  });

  it('counts evaluations, line-search trials included', () => {
    const path = runMethod(ROSENBROCK, 'bfgs', [-1.2, 1], options());
    expect(path.evaluations).toBeGreaterThanOrEqual(path.points.length);
    expect(path.method).toBe('bfgs');
  });
});

describe('quadraticModel', () => {
  it('centres a bowl on its minimum', () => {
    const objective = parseObjective('x^2 + 3*y^2 + x*y - 2*x');
    const model = quadraticModel(objective.at(-2, 1.5), [-2, 1.5]);
    expect(model.kind).toBe('ellipse');
    expect(model.centre![0]).toBeCloseTo(12 / 11, 12);
    expect(model.centre![1]).toBeCloseTo(-2 / 11, 12);
    expect(model.centreValue).toBeCloseTo(objective.at(12 / 11, -2 / 11).v, 12);
    // H = [[2, 1], [1, 6]]: eigenvalues 4 -+ sqrt(5).
    expect(model.eigenvalues[0]).toBeCloseTo(4 - Math.sqrt(5), 12);
    expect(model.eigenvalues[1]).toBeCloseTo(4 + Math.sqrt(5), 12);
    const [e1, e2] = model.eigenvectors;
    expect(e1[0] * e2[0] + e1[1] * e2[1]).toBeCloseTo(0, 14);
    // H e1 = lambda1 e1.
    expect(2 * e1[0] + e1[1]).toBeCloseTo(model.eigenvalues[0] * e1[0], 12);
  });

  it('tells a saddle and a flat direction apart', () => {
    expect(quadraticModel(SADDLE.at(1, 1)).kind).toBe('hyperbola');
    expect(quadraticModel(SADDLE.at(1, 1), [1, 1]).centre).toEqual([0, 0]);
    const flat = quadraticModel(parseObjective('x^2 + y').at(1, 1));
    expect(flat.kind).toBe('degenerate');
    expect(flat.centre).toBeNull();
  });
});
