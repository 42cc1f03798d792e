import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePng } from './export-helpers';
import { runCli } from './cli-process';
import { CHANNEL_TOLERANCE, compareImages, MAX_EXCEEDING_FRACTION } from './image-compare';

const FIGURES = JSON.parse(readFileSync('docs/figures.json', 'utf8')) as { out: string }[];
/** Sheets rendered here; primitives and warps take a minute more and are left to `npm run figures`. */
const SHEETS = { aa: 'contact-aa.png', debug: 'contact-debug.png', scenes: 'scenes.png' };

/**
 * The figures in docs/ are what `npm run figures` makes now: each is rendered again into a
 * scratch folder and compared with the committed file. A failure names the stale figure.
 */
describe('the figures in docs/', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sdf-figures-'));
    // The batch's outs are relative to its own folder: a copy here renders here.
    copyFileSync('docs/figures.json', join(dir, 'figures.json'));
    const runs = [
      await runCli('src/node/cli/render.ts', ['--batch', join(dir, 'figures.json')]),
      await runCli('src/node/cli/contact-sheet.ts', ['--out-dir', dir, ...Object.keys(SHEETS)]),
    ];
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([...FIGURES.map((f) => f.out), ...Object.values(SHEETS)])(
    'docs/%s is up to date (else: npm run figures)',
    (name) => {
      const fresh = decodePng(readFileSync(join(dir, name)));
      const committed = decodePng(readFileSync(join('docs', name)));
      expect([fresh.width, fresh.height], 'size').toEqual([committed.width, committed.height]);
      const { exceeding, max } = compareImages(fresh.rgba, committed.rgba);
      const allowed = Math.floor(MAX_EXCEEDING_FRACTION * fresh.width * fresh.height);
      expect(
        exceeding,
        `pixels off by more than ${CHANNEL_TOLERANCE}/255 (largest ${max}/255)`,
      ).toBeLessThanOrEqual(allowed);
    },
  );
});
