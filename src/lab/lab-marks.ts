/**
 * What the lab draws over its contours, as marks (src/gl/marks-pass.ts): each method's
 * path as a polyline with a dot per step, the start, the critical points by kind, and at
 * the selected method's inspected iterate the gradient arrow and Newton's local quadratic
 * model as its own contour (an ellipse, or a hyperbola at a saddle).
 */
import type { Mark } from '../gl/marks-pass';
import type { ViewerState } from '../model/state';
import type { Jet } from '../expr/jet';
import { quadraticModel } from './quadratic-model';
import { labRun, type LabOutcome, type LabRun } from './lab-run';
import type { MethodId } from './methods';

type Rgba = readonly [number, number, number, number];

/** One colour per method (sRGB), shared by the marks, the plot and the panel. */
export const METHOD_COLORS: Record<MethodId, Rgba> = {
  gd: [0.89, 0.34, 0.18, 1],
  momentum: [0.93, 0.62, 0.05, 1],
  nesterov: [0.3, 0.62, 0.22, 1],
  newton: [0.16, 0.48, 0.75, 1],
  'damped-newton': [0.48, 0.2, 0.76, 1],
  bfgs: [0.85, 0.07, 0.4, 1],
};

export const CRITICAL_COLORS = {
  minimum: [0.1, 0.55, 0.3, 1],
  maximum: [0.8, 0.15, 0.1, 1],
  saddle: [0.95, 0.55, 0.1, 1],
  degenerate: [0.4, 0.4, 0.4, 1],
} as const satisfies Record<string, Rgba>;

const INK: Rgba = [0.1, 0.12, 0.16, 1];
/** Longest drawn gradient arrow, device pixels. */
const ARROW_PX = 56;
/** Model contour: segments, and how far (in model units) a hyperbola's branches reach. */
const CONIC_SEGMENTS = 120;
const HYPERBOLA_REACH = 2.5;

type Vec = readonly [number, number];

/** asinh units between the lab's contours, and f units per asinh unit. */
const LEVEL_SPACING = 0.45;
const LEVEL_SCALE = 1;

/** The contour shader's uniforms (shaders/lab/contours.glsl): levels counted from f_min. */
export function labUniforms(state: ViewerState): Record<string, number> {
  if (state.scene !== 'optimise') return {};
  const outcome = labRun(state.lab);
  return {
    u_labLevelRef: 'run' in outcome ? outcome.run.fMin : 0,
    u_labLevelScale: LEVEL_SCALE,
    u_labSpacing: LEVEL_SPACING,
  };
}

/** The marks for `state` on a `width` x `height` target; none outside the lab. */
export function labMarks(state: ViewerState, size: { width: number; height: number }): Mark[] {
  if (state.scene !== 'optimise' || state.warp !== 'identity') return [];
  const outcome = labRun(state.lab);
  if ('error' in outcome) return [];
  const px = 2 / (state.view.zoom * Math.min(size.width, size.height)); // world per pixel
  // A pan redraws every frame with the same marks: build them once per run, iterate and scale.
  const { selected, iterate, start } = state.lab;
  const key = [selected, iterate, px, ...start];
  if (last.outcome !== outcome || last.key.some((v, i) => v !== key[i])) {
    last = { outcome, key, marks: buildMarks(outcome.run, state.lab, px) };
  }
  return last.marks;
}

let last: { outcome?: LabOutcome; key: unknown[]; marks: Mark[] } = { key: [], marks: [] };

function buildMarks(run: LabRun, lab: ViewerState['lab'], px: number): Mark[] {
  const marks: Mark[] = [];
  const segment = (from: Vec, to: Vec, halfWidth: number, color: Rgba) =>
    marks.push({ from, to, halfWidth, color });
  const dot = (at: Vec, radius: number, color: Rgba) => segment(at, at, radius, color);
  const ring = (at: Vec, radius: number, color: Rgba) =>
    marks.push({ from: at, to: at, halfWidth: 0.9, ring: radius, color });

  for (const c of run.critical) {
    const at: Vec = [c.x, c.y];
    const color = CRITICAL_COLORS[c.kind];
    if (c.kind === 'saddle') {
      const r = 6 * px;
      segment([c.x - r, c.y - r], [c.x + r, c.y + r], 1.1, color);
      segment([c.x - r, c.y + r], [c.x + r, c.y - r], 1.1, color);
    } else ring(at, 6, color);
  }
  for (const path of run.paths) {
    const color = METHOD_COLORS[path.method];
    const points = path.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
    for (let i = 1; i < points.length; i++)
      segment([points[i - 1]!.x, points[i - 1]!.y], [points[i]!.x, points[i]!.y], 0.9, color);
    for (const p of points) dot([p.x, p.y], 2.1, color);
  }
  ring(lab.start, 7, INK);
  dot(lab.start, 2.5, INK);

  const selected = run.paths.find((p) => p.method === lab.selected);
  const at = selected?.points[Math.min(lab.iterate, selected.points.length - 1)];
  if (selected && at && Number.isFinite(at.x) && Number.isFinite(at.y)) {
    const jet = run.objective.at(at.x, at.y);
    const color = METHOD_COLORS[selected.method];
    marks.push(...modelContour(jet, [at.x, at.y], color));
    marks.push(...gradientArrow(jet, [at.x, at.y], px));
    ring([at.x, at.y], 9, color);
  }
  return marks;
}

/** grad f at `at`, drawn uphill, ARROW_PX long (its length is in the readout, not here). */
function gradientArrow(jet: Jet, at: Vec, px: number): Mark[] {
  const norm = Math.hypot(jet.g[0], jet.g[1]);
  if (!(norm > 0) || !Number.isFinite(norm)) return [];
  const d: Vec = [jet.g[0] / norm, jet.g[1] / norm];
  const len = ARROW_PX * px;
  const tip: Vec = [at[0] + d[0] * len, at[1] + d[1] * len];
  const head = 9 * px;
  const side = (s: number): Vec => [
    tip[0] - head * (d[0] * 0.87 - s * d[1] * 0.5),
    tip[1] - head * (d[1] * 0.87 + s * d[0] * 0.5),
  ];
  const color: Rgba = [0.05, 0.05, 0.05, 0.9];
  return [
    { from: at, to: tip, halfWidth: 1.2, color },
    { from: tip, to: side(1), halfWidth: 1.2, color },
    { from: tip, to: side(-1), halfWidth: 1.2, color },
  ];
}

/**
 * Newton's model m(s) = f + g.s + s^T H s / 2 around `at` (src/lab/quadratic-model.ts),
 * drawn as its level set through `at` (m = f). In principal coordinates t about the Newton
 * point that is l1 t1^2 + l2 t2^2 = k with k = 2 (f - m(centre)): an ellipse where H is
 * definite, a hyperbola where it is indefinite.
 */
export function modelContour(jet: Jet, at: Vec, color: Rgba): Mark[] {
  const model = quadraticModel(jet, [at[0], at[1]]);
  if (!model.centre) return [];
  const k = 2 * (jet.v - model.centreValue);
  if (!(Math.abs(k) > 0) || !Number.isFinite(k)) return [];
  const [l1, l2] = model.eigenvalues;
  const [v1, v2] = model.eigenvectors;
  const c = model.centre;
  const toWorld = (t1: number, t2: number): Vec => [
    c[0] + v1[0] * t1 + v2[0] * t2,
    c[1] + v1[1] * t1 + v2[1] * t2,
  ];
  const curves: Vec[][] = [];
  if (model.kind === 'ellipse') {
    const a = Math.sqrt(k / l1);
    const b = Math.sqrt(k / l2);
    curves.push(
      Array.from({ length: CONIC_SEGMENTS + 1 }, (_, i) => {
        const t = (2 * Math.PI * i) / CONIC_SEGMENTS;
        return toWorld(a * Math.cos(t), b * Math.sin(t));
      }),
    );
  } else {
    // l_p t_p^2 + l_q t_q^2 = k with l_p k > 0 > l_q k: t_p = +-sqrt(k/l_p) cosh u.
    const [lp, lq, swap] = l1 * k > 0 ? [l1, l2, false] : [l2, l1, true];
    const a = Math.sqrt(k / lp);
    const b = Math.sqrt(-k / lq);
    const n = CONIC_SEGMENTS / 2;
    for (const sign of [1, -1])
      curves.push(
        Array.from({ length: n + 1 }, (_, i) => {
          const u = -HYPERBOLA_REACH + (2 * HYPERBOLA_REACH * i) / n;
          const p = sign * a * Math.cosh(u);
          const q = b * Math.sinh(u);
          return swap ? toWorld(q, p) : toWorld(p, q);
        }),
      );
  }
  const faint: Rgba = [color[0], color[1], color[2], 0.85];
  return curves
    .filter((curve) => curve.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1])))
    .flatMap((curve) =>
      curve.slice(1).map((to, i) => ({ from: curve[i]!, to, halfWidth: 0.75, color: faint })),
    );
}
