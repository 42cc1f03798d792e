import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  benchMethodLabel,
  BENCH_CASES,
  BENCH_METHODS,
  rowSource,
  type BenchMethod,
  type BenchRow,
} from '../../src/node/bench/plan';
import { FLOOR_CASES, type FloorRow } from '../../src/node/bench/renderer-floor';
import type { TemporalRow } from '../../src/node/bench/temporal-bench';

const run = promisify(execFile);

describe('npm run bench -- --quick', () => {
  it('measures every case x method at two sizes and writes sane JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sdf-bench-'));
    try {
      const out = join(dir, 'bench.json');
      const { stdout } = await run(
        'npx',
        ['tsx', 'src/node/cli/bench.ts', '--quick', '--json', out],
        {
          timeout: 240_000,
        },
      );
      expect(stdout).toContain('| warp . scene |');
      const { renderer, rows, temporal, floor } = JSON.parse(readFileSync(out, 'utf8')) as {
        renderer: string;
        rows: BenchRow[];
        temporal: TemporalRow[];
        floor: { size: number; renderer: string; rows: FloorRow[] };
      };
      expect(renderer).not.toBe('');
      expect(rows).toHaveLength(BENCH_CASES.length * BENCH_METHODS.length * 2);
      for (const row of rows) {
        for (const key of ['msPerFrame', 'msP10', 'msP90', 'ratioToNone'] as const)
          expect(
            Number.isFinite(row[key]) && row[key] >= 0,
            `${key} of ${JSON.stringify(row)}`,
          ).toBe(true);
        for (const key of ['meanErr', 'p99Err', 'maxErr'] as const)
          expect(row[key] >= 0 && row[key] <= 1, `${key} of ${JSON.stringify(row)}`).toBe(true);
      }
      const mean = (method: BenchMethod) => {
        const of = rows.filter((r) => r.source === rowSource(method) && r.filter === method.filter);
        expect(of, `rows of ${benchMethodLabel(method)}`).toHaveLength(BENCH_CASES.length * 2);
        return of.reduce((s, r) => s + r.meanErr, 0) / of.length;
      };
      const supersample = BENCH_METHODS.find((m) => m.referenceN === 8)!;
      const none = BENCH_METHODS.find((m) => m.source === 'none')!;
      expect(mean(supersample), 'supersampling beats no AA').toBeLessThan(mean(none));

      // Motion: every case x method once, and a hard edge crawls where AA glides.
      expect(stdout).toContain('| mean temporal err (floor) |');
      expect(temporal).toHaveLength(BENCH_CASES.length * BENCH_METHODS.length);
      for (const row of temporal) {
        for (const key of ['meanErr', 'p99Err', 'maxErr'] as const)
          expect(row[key] >= 0 && row[key] <= 2, `${key} of ${JSON.stringify(row)}`).toBe(true);
        expect(row.flicker > 0 && Number.isFinite(row.flicker)).toBe(true);
        expect(row.floorMeanErr > 0 && row.floorMeanErr < row.meanErr + 0.05).toBe(true);
      }
      const moving = (m: BenchMethod) =>
        temporal.filter((r) => r.source === rowSource(m) && r.filter === m.filter);
      const adaptive = BENCH_METHODS.find((m) => m.filter === 'adaptive')!;
      for (const [i, row] of moving(adaptive).entries())
        expect(row.meanErr, `${row.warp} . ${row.scene}`).toBeLessThan(moving(none)[i]!.meanErr);

      // The renderer's floor: every masked draw timed, in units of the plain one.
      expect(stdout).toContain("The renderer's floor");
      expect(floor.rows.map((r) => r.name)).toEqual(FLOOR_CASES.map((c) => c.name));
      for (const row of floor.rows)
        expect(row.ms > 0 && Number.isFinite(row.ofPlain), JSON.stringify(row)).toBe(true);
      expect(floor.rows[0]!.ofPlain).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
