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
} from '../../src/bench/plan';

const run = promisify(execFile);

describe('npm run bench -- --quick', () => {
  it('measures every case x method at two sizes and writes sane JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sdf-bench-'));
    try {
      const out = join(dir, 'bench.json');
      const { stdout } = await run('npx', ['tsx', 'src/cli/bench.ts', '--quick', '--json', out], {
        timeout: 240_000,
      });
      expect(stdout).toContain('| warp . scene |');
      const { renderer, rows } = JSON.parse(readFileSync(out, 'utf8')) as {
        renderer: string;
        rows: BenchRow[];
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
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
