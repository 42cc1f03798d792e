/**
 * A reliability probe: one kind of churn or hostile input, run against the real viewer.
 * The test suite runs each probe on a seeded subset and asserts on its result; the
 * `npm run reliability` command runs the full counts and writes docs/reliability.md.
 */
import type { Browser } from 'puppeteer-core';

export interface ProbeContext {
  readonly browser: Browser;
  /** The viewer's dev-server URL (no query, no hash). */
  readonly viewerUrl: string;
  /** How many cases to run: a subset in CI, the full count for the report. */
  readonly count: number;
  readonly seed: number;
  /** Progress lines for long runs (stderr in the report command, silent in tests). */
  readonly log: (line: string) => void;
}

export interface ProbeResult {
  /** Short stable id, e.g. `hostile-hashes`. */
  readonly id: string;
  /** What was tried, one line, for the report's table. */
  readonly title: string;
  readonly cases: number;
  /** The figures, in the order the report prints them, e.g. ['page errors', 0]. */
  readonly figures: ReadonlyArray<readonly [string, string | number]>;
  /** Each broken promise in one line; empty when the probe passed. */
  readonly failures: readonly string[];
}

export type Probe = (context: ProbeContext) => Promise<ProbeResult>;
