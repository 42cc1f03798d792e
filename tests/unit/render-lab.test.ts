import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { labFlagsPatch, labRunJson } from '../../src/node/cli/render-lab';
import { DEFAULT_LAB } from '../../src/model/lab-state';

const fail = (flag: string, message: string): never => {
  throw new Error(`--${flag}: ${message}`);
};
const flags = (extra: Record<string, string>) => ({ set: [], transparent: false, ...extra });

describe('the lab on the command line', () => {
  it('reads --objective, --start, --methods and the settings into a lab patch', () => {
    expect(
      labFlagsPatch(
        flags({ objective: 'x^2 + y^2', start: '-1.5,2', methods: 'bfgs,gd', iterations: '50' }),
        fail,
      ),
    ).toEqual({
      scene: 'optimise',
      lab: {
        objective: 'x^2 + y^2',
        start: [-1.5, 2],
        methods: ['bfgs', 'gd'],
        selected: 'bfgs',
        maxIterations: 50,
      },
    });
    expect(labFlagsPatch(flags({}), fail)).toBeUndefined();
  });

  it('refuses bad lab flags with one line naming the flag', () => {
    expect(() => labFlagsPatch(flags({ objective: 'x +* y' }), fail)).toThrow(/^--objective: /);
    expect(() => labFlagsPatch(flags({ start: '1' }), fail)).toThrow(/^--start: must be two/);
    expect(() => labFlagsPatch(flags({ methods: 'gd,sgd' }), fail)).toThrow(/unknown method "sgd"/);
    expect(() => labFlagsPatch(flags({ step: '7' }), fail)).toThrow(/^--step: must be a number/);
    expect(() => labFlagsPatch(flags({ iterations: '2.5' }), fail)).toThrow(/^--iterations/);
  });

  it('writes every path as JSON, BFGS at a minimum of Himmelblau within 1e-6', () => {
    const lab = {
      ...DEFAULT_LAB,
      objective: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
      start: [4, 4] as const,
    };
    const json = JSON.parse(labRunJson(lab)) as {
      paths: { method: string; status: string; points: { x: number; y: number }[] }[];
      critical: { kind: string }[];
    };
    expect(json.paths.map((p) => p.method)).toEqual(DEFAULT_LAB.methods);
    const bfgs = json.paths.find((p) => p.method === 'bfgs')!;
    expect(bfgs.status).toBe('converged');
    const end = bfgs.points.at(-1)!;
    expect(Math.hypot(end.x - 3, end.y - 2)).toBeLessThan(1e-6);
    expect(json.critical.filter((c) => c.kind === 'minimum').length).toBeGreaterThanOrEqual(1);
  });

  it('prints the paths from npm run render without a browser (--paths-json -)', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/node/cli/render.ts',
        '--objective',
        'x^2 - 6*x + 13 + y^2',
        '--start',
        '1,0',
        '--methods',
        'newton',
        '--paths-json',
        '-',
      ],
      { encoding: 'utf8', env: { ...process.env, CHROME_PATH: '/nonexistent' } },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { paths: { points: { x: number; f: number }[] }[] };
    // Newton on a quadratic: one step, to x = 3 where f = 4.
    expect(json.paths[0]!.points.map((p) => [p.x, p.f])).toEqual([
      [1, 8],
      [3, 4],
    ]);
  }, 60_000);
});
