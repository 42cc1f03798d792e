import { describe, expect, it } from 'vitest';
import { parseObjective } from '../../src/expr/jet';
import { along, newton1d, walk1d, type Function1d } from '../../src/lab/walk1d';

// The seed article's example: f = x^2 - 6x + 13, f'(1) = -4, minimum f(3) = 4.
const SEED = along(parseObjective('x^2 - 6*x + 13'));
const f = (x: number) => x * x - 6 * x + 13;

describe('walk1d', () => {
  it('walks from x = 1 to the minimum at 3, halving at each overshoot', () => {
    const walk = walk1d(SEED, 1, { step: 0.7, tolerance: 1e-9, maxSteps: 500 });
    expect(walk.status).toBe('converged');
    const x = walk.xs.at(-1)!;
    expect(Math.abs(x - 3)).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(f(x) - 4)).toBeLessThanOrEqual(1e-12);
    // f'(1) < 0: the first steps go right, 0.7 at a time, until x = 3.1 overshoots.
    expect(walk.xs.slice(0, 5).map((v) => +v.toFixed(12))).toEqual([1, 1.7, 2.4, 3.1, 2.75]);
    // After the overshoot the steps only shrink.
    const lengths = walk.xs.slice(1).map((v, i) => Math.abs(v - walk.xs[i]!));
    for (let i = 1; i < lengths.length; i++)
      expect(lengths[i]!).toBeLessThanOrEqual(lengths[i - 1]! + 1e-15);
  });

  it('stops at its cap, and on a non-finite derivative', () => {
    const slope: Function1d = (x) => ({ v: -x, d: -1, dd: 0 });
    expect(walk1d(slope, 0, { step: 1, tolerance: 1e-9, maxSteps: 10 })).toMatchObject({
      status: 'max-iterations',
      xs: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    });
    const log = along(parseObjective('log(x) + x*x'));
    const walk = walk1d(log, 0.3, { step: 1, tolerance: 1e-9, maxSteps: 10 });
    expect(walk.status).toBe('non-finite');
    expect(walk.xs).toEqual([0.3, -0.7]);
  });
});

describe('newton1d', () => {
  it('lands on x = 3 in one step', () => {
    const walk = newton1d(SEED, 1, { tolerance: 1e-12, maxSteps: 20 });
    expect(walk.status).toBe('converged');
    expect(walk.xs).toEqual([1, 3]);
  });

  it("stops where f'' = 0", () => {
    const flat = newton1d(along(parseObjective('x')), 1, { tolerance: 1e-12, maxSteps: 20 });
    expect(flat.status).toBe('non-finite');
    expect(flat.message).toMatch(/f'' is 0/);
  });
});
