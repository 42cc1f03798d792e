import { existsSync, readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePng } from './export-helpers';
import { runCli, shellWords } from './cli-process';
import { frameFile } from '../../src/node/cli/render-args';

const README = readFileSync('README.md', 'utf8');

/** The render examples: the `npm run render` lines of the README's command-line section. */
const section = README.slice(README.indexOf('### Render from the command line'));
const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
const commands = block
  .split('\n')
  .map((line) => line.replace(/\s+#.*$/, '').trim())
  .filter((line) => line.startsWith('npm run render -- '))
  .map((line) => shellWords(line).slice(4));

/** Where a command's files land: its --out (each frame of --frames), --glsl, or its batch's outs. */
function outputsOf(args: string[]): string[] {
  const flag = (name: string) => args[args.indexOf(name) + 1];
  const outs: string[] = [];
  if (args.includes('--glsl')) outs.push(flag('--glsl')!);
  if (args.includes('--out')) {
    const frames = args.includes('--frames') ? Number(flag('--frames')) : 0;
    const out = flag('--out')!;
    if (!frames) outs.push(out);
    for (let i = 0; i < frames; i++) outs.push(frameFile(out, i, frames));
  }
  if (!args.includes('--batch')) return outs;
  const file = flag('--batch')!;
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const jobs = JSON.parse(readFileSync(file, 'utf8')) as { out: string }[];
  return jobs.map((job) => dir + job.out);
}

describe("the README's render examples, run as written", () => {
  it('are all found', () => {
    expect(commands.length).toBeGreaterThanOrEqual(7);
  });

  it("ship the scene the README's scene example shows", () => {
    const shown = /```glsl\n(\/\*\{\n {2}"id": "my-scene"[\s\S]*?)```/.exec(README)![1];
    expect(readFileSync('examples/my-scene.glsl', 'utf8')).toBe(shown);
  });

  it.each(commands.map((args) => [args.join(' '), args]))(
    'npm run render -- %s',
    async (_, args) => {
      const outs = outputsOf(args);
      for (const out of outs) rmSync(out, { force: true });
      try {
        const run = await runCli('src/node/cli/render.ts', args);
        const other = run.stderr
          .split('\n')
          .filter(
            (l) => l && !/^render( \[\d+\/\d+\])?( \d+\/\d+ tiles | frame \d+\/\d+ t=)/.test(l),
          );
        expect(other, 'nothing on stderr but progress').toEqual([]);
        expect(run.code).toBe(0);
        if (args.includes('--help')) expect(run.stdout).toMatch(/^Usage: npm run render/);
        for (const out of outs) {
          expect(existsSync(out), `${out} written`).toBe(true);
          if (out.endsWith('.glsl')) {
            expect(readFileSync(out, 'utf8')).toMatch(/void (main|mainImage)\(/);
            continue;
          }
          const png = decodePng(readFileSync(out));
          expect(png.width * png.height, `${out} has pixels`).toBeGreaterThan(0);
        }
      } finally {
        for (const out of outs) rmSync(out, { force: true });
      }
    },
    180_000,
  );
});
