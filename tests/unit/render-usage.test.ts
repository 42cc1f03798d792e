import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SWITCH_FLAGS, VALUE_FLAGS } from '../../src/node/cli/render-args';
import { RENDER_USAGE } from '../../src/node/cli/render-usage';

describe('npm run render -- --help', () => {
  it('names every option the parser takes', () => {
    for (const flag of [...VALUE_FLAGS, ...SWITCH_FLAGS, 'batch'])
      expect(RENDER_USAGE, `--${flag}`).toContain(`--${flag}`);
    expect(RENDER_USAGE).toContain('default 1024x768');
  });

  it('prints the usage and exits 0, for --help and -h, without starting a browser', () => {
    for (const flag of ['--help', '-h']) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/node/cli/render.ts', flag], {
        encoding: 'utf8',
        env: { ...process.env, CHROME_PATH: '/nonexistent' },
      });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe(RENDER_USAGE);
    }
  }, 60_000);
});
