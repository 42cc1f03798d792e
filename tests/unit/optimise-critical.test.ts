import { describe, expect, it } from 'vitest';
import { classify, findCriticalPoints } from '../../src/lab/critical-points';
import { OBJECTIVE_EXAMPLES } from '../../src/model/lab-examples';
import { parseObjective } from '../../src/expr/jet';
import { runMethod, DEFAULT_RUN_OPTIONS } from '../../src/lab/methods';

describe('classify', () => {
  it.each([
    [[2, 0, 6], 'minimum', [2, 6]],
    [[-1, 0, -3], 'maximum', [-3, -1]],
    [[2, 0, -2], 'saddle', [-2, 2]],
    [[1, 1, 1], 'degenerate', [0, 2]],
    [[0, 0, 0], 'degenerate', [0, 0]],
    [[0, 1, 0], 'saddle', [-1, 1]],
  ] as const)('%j is a %s with eigenvalues %j', (h, kind, eigenvalues) => {
    const got = classify(h);
    expect(got.kind).toBe(kind);
    expect(got.eigenvalues[0]).toBeCloseTo(eigenvalues[0], 14);
    expect(got.eigenvalues[1]).toBeCloseTo(eigenvalues[1], 14);
  });

  it('keeps the small eigenvalue of a nearly singular Hessian accurate', () => {
    // [[1e8, 1e4], [1e4, 2]]: det = 1e8 exactly, eigenvalues near 1e8 and 1. The textbook
    // mean - gap loses 8 digits of the small one; the product must equal det.
    const { eigenvalues, kind } = classify([1e8, 1e4, 2]);
    expect(kind).toBe('minimum');
    expect(Math.abs(eigenvalues[0] * eigenvalues[1] - 1e8) / 1e8).toBeLessThan(1e-14);
    expect(Math.abs(eigenvalues[0] + eigenvalues[1] - (1e8 + 2)) / 1e8).toBeLessThan(1e-15);
  });

  it('classifies the origin of x^2 - y^2 as a saddle', () => {
    expect(classify(parseObjective('x^2 - y^2').at(0, 0).h).kind).toBe('saddle');
  });
});

describe('findCriticalPoints', () => {
  it("finds Himmelblau's 4 minima, 1 maximum and 4 saddles", () => {
    const himmelblau = parseObjective('(x^2 + y - 11)^2 + (x + y^2 - 7)^2');
    const points = findCriticalPoints(himmelblau, { min: [-5, -5], max: [5, 5] });
    const near = (x: number, y: number) =>
      points.filter((p) => Math.hypot(p.x - x, p.y - y) <= 1e-6);
    for (const [x, y] of OBJECTIVE_EXAMPLES.Himmelblau!.minima!) {
      expect(near(x, y).map((p) => p.kind)).toEqual(['minimum']);
      expect(near(x, y)[0]!.f).toBeCloseTo(0, 10);
    }
    expect(near(-0.270845, -0.923039).map((p) => p.kind)).toEqual(['maximum']);
    for (const [x, y] of [
      [3.385154, 0.073852],
      [0.086678, 2.884255],
      [-3.073026, -0.081353],
      [-0.127961, -1.953715],
    ] as const)
      expect(
        near(x, y).map((p) => p.kind),
        `saddle at (${x}, ${y})`,
      ).toEqual(['saddle']);
    expect(points).toHaveLength(9);
    // Sorted by f: the minima (f = 0) first, the maximum (f = 181.6) last.
    expect(points.map((p) => p.f)).toEqual([...points.map((p) => p.f)].sort((a, b) => a - b));
    expect(points.at(-1)!.kind).toBe('maximum');
  });

  it('keeps only points inside the bounds', () => {
    const wells = parseObjective('(x^2 - 1)^2 + y^2');
    const points = findCriticalPoints(wells, { min: [0.5, -1], max: [2, 1] });
    expect(points.map((p) => p.kind)).toEqual(['minimum']);
    expect(Math.hypot(points[0]!.x - 1, points[0]!.y)).toBeLessThan(1e-9);
  });
});

describe('OBJECTIVE_EXAMPLES', () => {
  it.each(Object.entries(OBJECTIVE_EXAMPLES))(
    '%s parses, frames its start, lists true minima',
    (_, example) => {
      const objective = parseObjective(example.text);
      const half = 1 / example.view.zoom;
      const [cx, cy] = example.view.center;
      expect(Math.abs(example.start[0] - cx)).toBeLessThan(half);
      expect(Math.abs(example.start[1] - cy)).toBeLessThan(half);
      const critical = findCriticalPoints(objective, {
        min: [cx - half, cy - half],
        max: [cx + half, cy + half],
      });
      for (const [x, y] of example.minima ?? []) {
        expect(Math.hypot(...objective.at(x, y).g)).toBeLessThan(1e-4);
        const found = critical.find((p) => Math.hypot(p.x - x, p.y - y) <= 1e-5);
        expect(found?.kind, `minimum (${x}, ${y})`).toBe('minimum');
      }
      // The Newton-type methods and BFGS converge from the start (saddle: they leave it).
      const path = runMethod(objective, 'bfgs', example.start, DEFAULT_RUN_OPTIONS);
      expect(path.status).toBe(example.minima ? 'converged' : 'diverged');
    },
  );
});
