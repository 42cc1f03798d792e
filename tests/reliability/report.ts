/** The markdown of docs/reliability.md, from the probes' results. */
import type { ProbeResult } from './probe';

export interface ProbeRow {
  readonly file: string;
  readonly result: ProbeResult;
  readonly seconds: number;
}

export interface RunFacts {
  readonly date: string;
  readonly cpus: string;
  readonly browser: string;
  readonly renderer: string;
  readonly seed: number;
  readonly quick: boolean;
  readonly only: readonly string[];
  /** Probe files left out, each with why. */
  readonly skipped: readonly string[];
}

/** Failures listed per probe below the table; the rest are counted. */
const LISTED_FAILURES = 20;

/** Text safe inside a table cell. */
const cell = (text: string | number): string =>
  String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function reliabilityMarkdown(rows: readonly ProbeRow[], facts: RunFacts): string {
  const lines = [
    '# Reliability',
    '',
    'Each probe throws one kind of hostile input or churn at the real viewer, counts what',
    'happened and lists every broken promise. The test suite (`tests/reliability/*.test.ts`)',
    'runs the same probes, the long ones on fewer cases; this page is the full run. Seconds',
    'are wall-clock on the machine below, with whatever else it was running at the time.',
    '',
    `- Machine: ${facts.cpus}`,
    `- Browser: ${facts.browser}`,
    `- WebGL renderer: ${facts.renderer}`,
    `- Date: ${facts.date}; seed ${facts.seed}` +
      (facts.quick ? '; **quick run** (a tenth of each count)' : '') +
      (facts.only.length ? `; only ${facts.only.join(', ')}` : ''),
    '',
    '| id | what is tried | cases | figures | failures | s |',
    '| -- | ------------- | ----: | ------- | -------: | -: |',
    ...rows.map(({ result, seconds }) =>
      [
        '',
        cell(result.id),
        cell(result.title),
        result.cases,
        result.figures.map(([name, value]) => cell(`${name}: ${value}`)).join('<br>'),
        result.failures.length,
        seconds.toFixed(0),
        '',
      ]
        .join(' | ')
        .trim(),
    ),
    '',
  ];
  const failed = rows.filter((r) => r.result.failures.length);
  if (failed.length) {
    lines.push('## Failures', '');
    for (const { result } of failed) {
      lines.push(`### ${result.id}`, '');
      for (const failure of result.failures.slice(0, LISTED_FAILURES))
        lines.push(`- ${failure.replace(/\n/g, ' ')}`);
      const more = result.failures.length - LISTED_FAILURES;
      if (more > 0) lines.push(`- ... and ${more} more`);
      lines.push('');
    }
  }
  if (facts.skipped.length) lines.push('## Not run', '', ...facts.skipped.map((s) => `- ${s}`), '');
  lines.push('Regenerate with `npm run reliability` (`--only id1,id2`, `--quick`).', '');
  return lines.join('\n');
}
