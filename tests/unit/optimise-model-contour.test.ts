import { describe, expect, it } from 'vitest';
import { parseObjective } from '../../src/expr/jet';
import { modelContour } from '../../src/lab/lab-marks';

/** Newton's model of `jet` at `at`, evaluated at p. */
function model(text: string, at: [number, number]) {
  const jet = parseObjective(text).at(...at);
  return {
    jet,
    m: ([x, y]: readonly [number, number]) => {
      const s = [x - at[0], y - at[1]];
      const [hxx, hxy, hyy] = jet.h;
      return (
        jet.v +
        jet.g[0] * s[0]! +
        jet.g[1] * s[1]! +
        0.5 * (hxx * s[0]! ** 2 + 2 * hxy * s[0]! * s[1]! + hyy * s[1]! ** 2)
      );
    },
  };
}

describe("Newton's model drawn as its level set through the iterate", () => {
  for (const [kind, text, at] of [
    ['ellipse', 'x^2 + 3*y^2 + x*y - 2*x', [1, 1]],
    ['hyperbola', 'x^2 - y^2 + 0.3*x*y', [0.5, 0.2]],
    ['rotated ellipse of Rosenbrock', '(1 - x)^2 + 100*(y - x^2)^2', [-1.2, 1]],
  ] as const)
    it(`is a ${kind} on which m equals f at the iterate`, () => {
      const { jet, m } = model(text, [at[0], at[1]]);
      const marks = modelContour(jet, at, [1, 0, 0, 1]);
      expect(marks.length).toBeGreaterThan(50);
      const scale = Math.abs(jet.v) + 1;
      for (const mark of marks) expect(Math.abs(m(mark.from) - jet.v) / scale).toBeLessThan(1e-9);
    });

  it('draws nothing at a critical point (the level set collapses) or where H is singular', () => {
    const { jet } = model('x^2 + y^2', [0, 0]);
    expect(modelContour(jet, [0, 0], [1, 0, 0, 1])).toEqual([]);
    const flat = model('x^2 + y', [1, 1]);
    expect(modelContour(flat.jet, [1, 1], [1, 0, 0, 1])).toEqual([]);
  });
});
