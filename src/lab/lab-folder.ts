import { asTextArea } from '../ui/text-area-control';
import type GUI from 'lil-gui';
import { ExprError } from '../expr/parse';
import { OBJECTIVE_EXAMPLES } from '../model/lab-examples';
import { parseObjective } from '../expr/jet';
import { labRun, type LabOutcome } from './lab-run';
import { METHOD_COLORS } from './lab-marks';
import { classify } from './critical-points';
import { METHOD_LABELS, METHODS, RUN_OPTION_RANGES, type MethodId } from './methods';
import type { ViewerState } from '../model/state';
import type { Viewer } from '../render/viewer';

/**
 * The Optimise folder, shown with the `optimise` scene: the objective and its examples,
 * which methods walk and their settings, which iterate to inspect, and a readout of every
 * path and of the derivatives at the inspected iterate. Click the canvas to start there.
 */
export function createLabFolder(gui: GUI, viewer: Viewer): (state: ViewerState) => void {
  const folder = gui.addFolder('Optimise');
  const lab = viewer.state.lab;
  const mirror = {
    objective: lab.objective,
    example: '',
    step: lab.step,
    momentum: lab.momentum,
    maxIterations: lab.maxIterations,
    tolerance: lab.tolerance,
    selected: lab.selected as string,
    iterate: lab.iterate,
    ...Object.fromEntries(METHODS.map((m) => [toggle(m), lab.methods.includes(m)])),
  } as Record<string, string | number | boolean>;
  const update = (patch: Partial<ViewerState['lab']>) => viewer.update({ lab: patch });

  const objective = folder.add(mirror, 'objective').name('f(x, y) =');
  asTextArea(objective, 2);
  const problem = document.createElement('pre');
  problem.className = 'formula-error';
  problem.dataset.formula = 'objective';
  objective.domElement.after(problem);
  objective.onFinishChange((text: string) => {
    try {
      parseObjective(text);
      problem.textContent = '';
      update({ objective: text });
    } catch (error) {
      if (!(error instanceof ExprError)) throw error;
      problem.textContent = `${error.message} (at character ${error.position})`;
    }
  });
  folder
    .add(mirror, 'example', {
      '(pick one)': '',
      ...Object.fromEntries(Object.keys(OBJECTIVE_EXAMPLES).map((k) => [k, k])),
    })
    .name('examples')
    .onChange((name: string) => {
      const example = OBJECTIVE_EXAMPLES[name];
      if (!example) return;
      problem.textContent = '';
      viewer.update({
        lab: { objective: example.text, start: example.start, iterate: 0 },
        view: { ...example.view, rotation: 0 },
      });
    });
  for (const method of METHODS)
    folder
      .add(mirror, toggle(method))
      .name(METHOD_LABELS[method])
      .onChange(() => update({ methods: METHODS.filter((m) => mirror[toggle(m)] === true) }))
      .domElement.style.setProperty('--method-color', rgb(METHOD_COLORS[method]));
  const range = RUN_OPTION_RANGES;
  folder
    .add(mirror, 'step', range.step[0], range.step[1])
    .name('step size')
    .onChange((v: number) => update({ step: v }));
  folder
    .add(mirror, 'momentum', range.momentum[0], range.momentum[1], 0.01)
    .name('momentum')
    .onChange((v: number) => update({ momentum: v }));
  folder
    .add(mirror, 'maxIterations', range.maxIterations[0], 2000, 1)
    .name('iteration cap')
    .onChange((v: number) => update({ maxIterations: Math.round(v) }));
  folder
    .add(mirror, 'tolerance')
    .name('tolerance |grad f|')
    .onFinishChange((v: number) => update({ tolerance: v }));
  folder
    .add(mirror, 'selected', Object.fromEntries(METHODS.map((m) => [METHOD_LABELS[m], m])))
    .name('inspect method')
    .onChange((v: string) => update({ selected: v as MethodId }));
  const iterate = folder
    .add(mirror, 'iterate', 0, 100, 1)
    .name('inspect iterate')
    .onChange((v: number) => update({ iterate: Math.round(v) }));
  const readout = document.createElement('pre');
  readout.className = 'lab-readout';
  readout.setAttribute('role', 'status');
  folder.$children.append(readout);

  const shown: { outcome?: LabOutcome; selected?: string; iterate?: number } = {};
  return (state) => {
    folder.show(state.scene === 'optimise');
    if (state.scene !== 'optimise') return;
    Object.assign(mirror, {
      objective: state.lab.objective,
      step: state.lab.step,
      momentum: state.lab.momentum,
      maxIterations: state.lab.maxIterations,
      tolerance: state.lab.tolerance,
      selected: state.lab.selected,
      iterate: state.lab.iterate,
      ...Object.fromEntries(METHODS.map((m) => [toggle(m), state.lab.methods.includes(m)])),
    });
    // The panel's own sync updates every control's display after this.
    const outcome = labRun(state.lab);
    // A pan or zoom changes nothing here: the readout is redone only for a new run or iterate.
    if (
      outcome === shown.outcome &&
      state.lab.selected === shown.selected &&
      state.lab.iterate === shown.iterate
    )
      return;
    Object.assign(shown, { outcome, selected: state.lab.selected, iterate: state.lab.iterate });
    if ('error' in outcome) {
      readout.textContent = outcome.error;
      return;
    }
    const selected = outcome.run.paths.find((p) => p.method === state.lab.selected);
    iterate.max(Math.max(1, (selected?.points.length ?? 1) - 1));
    readout.textContent = describe(state, outcome.run);
  };
}

const MODEL_SHAPES = {
  minimum: 'a bowl (ellipse)',
  maximum: 'a dome (ellipse)',
  saddle: 'a saddle (hyperbola)',
  degenerate: 'degenerate (a valley or ridge)',
} as const;

/** The paths in one line each, then the derivatives at the inspected iterate. */
function describe(
  state: ViewerState,
  run: Exclude<ReturnType<typeof labRun>, { error: string }>['run'],
): string {
  const n = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(5)).toString() : String(v));
  const lines = run.paths.flatMap((p) => {
    const last = p.points.at(-1)!;
    const row = `${METHOD_LABELS[p.method].padEnd(17)}${String(p.points.length - 1).padStart(5)} steps  f ${n(last.f)}`;
    return p.status === 'converged' ? [row] : [row, `  ${p.message}`];
  });
  const path = run.paths.find((p) => p.method === state.lab.selected);
  const at = path?.points[Math.min(state.lab.iterate, path.points.length - 1)];
  if (path && at) {
    const jet = run.objective.at(at.x, at.y);
    const { kind, eigenvalues } = classify(jet.h);
    lines.push(
      '',
      `${METHOD_LABELS[path.method]}, iterate ${Math.min(state.lab.iterate, path.points.length - 1)}:`,
      `  x = (${n(at.x)}, ${n(at.y)})   f = ${n(jet.v)}`,
      `  grad f = (${n(jet.g[0])}, ${n(jet.g[1])})`,
      `  H = [${n(jet.h[0])} ${n(jet.h[1])}; ${n(jet.h[1])} ${n(jet.h[2])}]`,
      `  eigenvalues ${n(eigenvalues[0])}, ${n(eigenvalues[1])}`,
      `  Newton's model: ${MODEL_SHAPES[kind]}`,
    );
  }
  const minima = run.critical.map((c) => `${c.kind} (${n(c.x)}, ${n(c.y)}) f ${n(c.f)}`);
  if (minima.length) lines.push('', 'critical points:', ...minima.slice(0, 9).map((m) => `  ${m}`));
  return lines.join('\n');
}

/** The mirror's key of a method's on/off box (not the method's id: `momentum` is a setting too). */
function toggle(method: MethodId): string {
  return `use:${method}`;
}

function rgb(c: readonly number[]): string {
  return `rgb(${c
    .slice(0, 3)
    .map((v) => Math.round(v * 255))
    .join(' ')})`;
}
