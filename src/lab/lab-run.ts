/**
 * The lab's results for a state: each chosen method's path from the start, and the
 * critical points around it. A pure function of the lab state, remembered for the last
 * few states, so the marks, the plot, the readout and the CLI share one run.
 */
import { ExprError } from '../expr/parse';
import { findCriticalPoints, type CriticalPoint } from './critical-points';
import { parseObjective, type Objective } from '../expr/jet';
import type { LabState } from '../model/lab-state';
import { runMethod, type Path } from './methods';

export interface LabRun {
  readonly objective: Objective;
  readonly paths: readonly Path[];
  /** Critical points within the search box around the start and the paths, lowest f first. */
  readonly critical: readonly CriticalPoint[];
  /** The lowest f seen (a minimum, or the lowest iterate): the convergence plot's floor. */
  readonly fMin: number;
}

export type LabOutcome = { readonly run: LabRun } | { readonly error: string };

const remembered = new Map<string, LabOutcome>();
const REMEMBER = 8;

/** Runs (or recalls) every chosen method; a bad objective is an error, never a throw. */
export function labRun(lab: LabState): LabOutcome {
  const { selected: _selected, iterate: _iterate, ...inputs } = lab;
  const key = JSON.stringify(inputs);
  let outcome = remembered.get(key);
  if (!outcome) {
    outcome = compute(lab);
    if (remembered.size >= REMEMBER) remembered.delete(remembered.keys().next().value!);
    remembered.set(key, outcome);
  }
  return outcome;
}

function compute(lab: LabState): LabOutcome {
  let objective: Objective;
  try {
    objective = parseObjective(lab.objective);
  } catch (error) {
    if (!(error instanceof ExprError)) throw error;
    return { error: `objective: ${error.message} (at character ${error.position})` };
  }
  const options = {
    step: lab.step,
    momentum: lab.momentum,
    maxIterations: lab.maxIterations,
    tolerance: lab.tolerance,
  };
  const start: [number, number] = [lab.start[0], lab.start[1]];
  const paths = lab.methods.map((method) => runMethod(objective, method, start, options));
  const critical = findCriticalPoints(objective, searchBox(start, paths));
  const values = [
    ...critical.filter((c) => c.kind === 'minimum').map((c) => c.f),
    ...paths.flatMap((p) => p.points.map((q) => q.f)),
  ].filter(Number.isFinite);
  const fMin = values.length ? Math.min(...values) : 0;
  return { run: { objective, paths, critical, fMin } };
}

/** A box around the start and every finite iterate, half again as wide, at least 4 across. */
function searchBox(start: [number, number], paths: readonly Path[]) {
  const xs = [start[0]];
  const ys = [start[1]];
  for (const p of paths)
    for (const q of p.points)
      if (Math.abs(q.x) < 1e3 && Math.abs(q.y) < 1e3) {
        xs.push(q.x);
        ys.push(q.y);
      }
  const span = (v: number[]) => [Math.min(...v), Math.max(...v)] as const;
  const grow = ([lo, hi]: readonly [number, number]) => {
    const mid = (lo + hi) / 2;
    const half = Math.max(2, (hi - lo) * 0.75);
    return [mid - half, mid + half] as const;
  };
  const [x0, x1] = grow(span(xs));
  const [y0, y1] = grow(span(ys));
  return { min: [x0, y0] as [number, number], max: [x1, y1] as [number, number] };
}
