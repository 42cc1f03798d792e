/**
 * The optimisation lab's command-line flags: --objective, --start x,y, --methods a,b,
 * --step, --momentum, --iterations, --tolerance. Any of them picks the `optimise` scene
 * (unless --scene names one). --paths-json writes what the lab computed: every method's
 * path, status and message, and the critical points, as JSON (`-` for standard output).
 */
import { OPTIMISE_ID } from '../../variant/expression-variants';
import { ExprError } from '../../expr/parse';
import { parseObjective } from '../../expr/jet';
import type { LabState } from '../../model/lab-state';
import { labRun } from '../../lab/lab-run';
import { METHODS, RUN_OPTION_RANGES, type MethodId } from '../../lab/methods';
import { LAB_FLAGS, numberIn, type RenderFlags } from './render-args';

type Fail = (flag: string, message: string) => never;

/** The state patch the lab flags ask for, or undefined when none is given. */
export function labFlagsPatch(flags: RenderFlags, fail: Fail): Record<string, unknown> | undefined {
  if (!LAB_FLAGS.some((f) => flags[f] !== undefined)) return undefined;
  const lab: { -readonly [K in keyof LabState]?: LabState[K] } = {};
  if (flags.objective !== undefined) {
    try {
      parseObjective(flags.objective);
    } catch (error) {
      if (!(error instanceof ExprError)) throw error;
      fail('objective', `${error.message} (at character ${error.position})`);
    }
    lab.objective = flags.objective;
  }
  if (flags.start !== undefined) {
    const parts = flags.start.split(',').map((t) => numberIn(t, [-1e6, 1e6]));
    if (parts.length !== 2 || parts.some((v) => v === undefined))
      fail('start', `must be two numbers x,y within +-1e6, like -1.2,1, got "${flags.start}"`);
    lab.start = [parts[0]!, parts[1]!];
  }
  if (flags.methods !== undefined) {
    const names = flags.methods.split(',').map((m) => m.trim());
    const unknown = names.find((m) => !(METHODS as readonly string[]).includes(m));
    if (unknown !== undefined || !names.length)
      fail('methods', `unknown method "${unknown}" (known: ${METHODS.join(', ')})`);
    lab.methods = names as MethodId[];
    lab.selected = names[0] as MethodId;
  }
  for (const [flag, key] of [
    ['step', 'step'],
    ['momentum', 'momentum'],
    ['iterations', 'maxIterations'],
    ['tolerance', 'tolerance'],
  ] as const) {
    const text = flags[flag];
    if (text === undefined) continue;
    const range = RUN_OPTION_RANGES[key];
    const value = numberIn(text, range);
    if (value === undefined || (key === 'maxIterations' && !Number.isInteger(value)))
      fail(flag, `must be a number from ${range[0]} to ${range[1]}, got "${text}"`);
    lab[key] = value!;
  }
  return { ...(flags.scene === undefined ? { scene: OPTIMISE_ID } : {}), lab };
}

/** The lab's run for `lab` as JSON text: paths with every iterate, and critical points. */
export function labRunJson(lab: LabState): string {
  const outcome = labRun(lab);
  if ('error' in outcome) return JSON.stringify({ objective: lab.objective, error: outcome.error });
  const { paths, critical, fMin } = outcome.run;
  return JSON.stringify(
    {
      objective: lab.objective,
      start: lab.start,
      options: {
        step: lab.step,
        momentum: lab.momentum,
        maxIterations: lab.maxIterations,
        tolerance: lab.tolerance,
      },
      fMin,
      paths: paths.map((p) => ({
        method: p.method,
        status: p.status,
        message: p.message,
        iterations: p.points.length - 1,
        evaluations: p.evaluations,
        points: p.points,
      })),
      critical,
    },
    null,
    2,
  );
}
