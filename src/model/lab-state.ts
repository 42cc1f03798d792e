/**
 * The optimisation lab's part of the viewer state: the objective typed as a formula, where
 * the walkers start, which methods walk, their settings, and which iterate is inspected.
 * Checked field by field like the rest of the state (a link or preset is untrusted).
 */
import { MAX_EXPRESSION_CHARS } from '../expr/grammar';
import { isRecord } from '../shader/params';
import { excerpt } from '../util/excerpt';
import { OBJECTIVE_EXAMPLES } from './lab-examples';
import { DEFAULT_RUN_OPTIONS, METHODS, RUN_OPTION_RANGES, type MethodId } from '../lab/methods';

export interface LabState {
  /** f(x, y), the same grammar as the custom field (docs/autodiff.md). */
  readonly objective: string;
  /** Where every method starts, objective coordinates. */
  readonly start: readonly [number, number];
  /** The methods that walk, in METHODS order. */
  readonly methods: readonly MethodId[];
  /** Step size of the gradient methods (Newton and BFGS choose their own). */
  readonly step: number;
  /** Momentum and Nesterov's velocity decay, 0 to < 1. */
  readonly momentum: number;
  /** Most iterations a method may take. */
  readonly maxIterations: number;
  /** Stop once |grad f| is at most this. */
  readonly tolerance: number;
  /** The method whose gradient arrow and Newton model are drawn. */
  readonly selected: MethodId;
  /** Which iterate of the selected method they are drawn at (clamped to its path). */
  readonly iterate: number;
}

/** Most iterations that can be inspected; also the cap of maxIterations' range. */
const ITERATE_RANGE = [0, RUN_OPTION_RANGES.maxIterations[1]] as const;
const START_LIMIT = 1e6;

const DEFAULT_EXAMPLE = OBJECTIVE_EXAMPLES.Rosenbrock!;

export const DEFAULT_LAB: LabState = {
  objective: DEFAULT_EXAMPLE.text,
  start: DEFAULT_EXAMPLE.start,
  methods: [...METHODS],
  ...DEFAULT_RUN_OPTIONS,
  selected: 'bfgs',
  iterate: 0,
};

type Rule = { ok: (v: unknown) => boolean; rule: string };

const within =
  ([min, max]: readonly [number, number]) =>
  (v: unknown) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const isMethod = (v: unknown): v is MethodId =>
  typeof v === 'string' && (METHODS as readonly string[]).includes(v);

const RULES: Record<keyof LabState, Rule> = {
  objective: {
    ok: (v) => typeof v === 'string' && v.length <= MAX_EXPRESSION_CHARS,
    rule: `must be text of at most ${MAX_EXPRESSION_CHARS} characters`,
  },
  start: {
    ok: (v) => Array.isArray(v) && v.length === 2 && v.every(within([-START_LIMIT, START_LIMIT])),
    rule: `must be two numbers within +-${START_LIMIT}`,
  },
  methods: {
    ok: (v) => Array.isArray(v) && v.length <= METHODS.length && v.every(isMethod),
    rule: `must be a list of ${METHODS.join(', ')}`,
  },
  step: { ok: within(RUN_OPTION_RANGES.step), rule: rangeRule(RUN_OPTION_RANGES.step) },
  momentum: {
    ok: within(RUN_OPTION_RANGES.momentum),
    rule: rangeRule(RUN_OPTION_RANGES.momentum),
  },
  maxIterations: {
    ok: (v) => Number.isInteger(v) && within(RUN_OPTION_RANGES.maxIterations)(v),
    rule: `must be an integer in [${RUN_OPTION_RANGES.maxIterations.join(', ')}]`,
  },
  tolerance: {
    ok: within(RUN_OPTION_RANGES.tolerance),
    rule: rangeRule(RUN_OPTION_RANGES.tolerance),
  },
  selected: { ok: isMethod, rule: `must be one of ${METHODS.join(', ')}` },
  iterate: {
    ok: (v) => Number.isInteger(v) && within(ITERATE_RANGE)(v),
    rule: `must be an integer in [${ITERATE_RANGE.join(', ')}]`,
  },
};

function rangeRule([min, max]: readonly [number, number]): string {
  return `must be a number in [${min}, ${max}]`;
}

/** `raw` (untrusted) over `base`: good fields taken, bad ones kept and named in `problems`. */
export function mergeLab(base: LabState, raw: unknown, problems: string[]): LabState {
  if (!isRecord(raw)) {
    problems.push('lab: expected an object');
    return base;
  }
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(raw)) {
    const rule = Object.hasOwn(RULES, key) ? RULES[key as keyof LabState] : undefined;
    if (!rule) problems.push(`lab.${excerpt(key, { max: 40 })}: unknown field`);
    else if (rule.ok(raw[key])) out[key] = raw[key];
    else problems.push(`lab.${key}: ${rule.rule}`);
  }
  // The same method twice would draw one path over another: keep the first of each.
  out.methods = METHODS.filter((m) => (out.methods as MethodId[]).includes(m));
  return out as unknown as LabState;
}
