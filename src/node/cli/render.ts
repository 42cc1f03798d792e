/**
 * Renders PNG files headlessly through the browser's own export (`window.sdf.exportPng`),
 * so a file from here is the file the Export button writes, state chunk included.
 *   npm run render -- --scene shapes --size 1200x600 --out shapes.png
 *   npm run render -- --scene path/to/my.glsl --set ink=#ff8800 --scale 2 --out my.png
 *   npm run render -- --state examples/view.json --transparent --out view.png
 *   npm run render -- --batch examples/renders.json
 * Options: --scene <id|file.glsl> --warp <id> --source <name> --filter <name> --fade <px>
 *   --warp-expr "u; v" --field-expr "f" (the custom warp / field as formulas, docs/autodiff.md)
 *   --reference <N> --set <param>=<value> (repeatable; `scene.` / `warp.` picks the owner)
 *   --size <W>x<H> --scale <1-4> --transparent --mode <color|coverage> --tile <px>
 *   --state <file.json | #s1.hash> --out <file.png>; or --batch <file.json>: a JSON array
 *   of objects with the same keys, paths relative to the batch file.
 *   --time <s> --frames <N> --fps <F>: a numbered PNG sequence (name-0001.png, ...).
 *   --glsl <file.glsl> --target <shadertoy|webgl2> --params <constants|uniforms>: the view
 *   as one self-contained shader, written without a browser.
 * The optimisation lab: --objective "f(x, y)" --start x,y --methods gd,bfgs --step --momentum
 *   --iterations --tolerance (src/node/cli/render-lab.ts); --paths-json <file | -> writes its
 *   paths as JSON, and needs no --out.
 * Every check that needs no browser runs before the browser starts.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { diskSources } from '../disk-sources';
import {
  checkFlags,
  frameFile,
  parseBatch,
  parseRenderArgs,
  type RenderFlags,
} from './render-args';
import { resolveJob, type RenderJob } from './render-jobs';
import type { ExportProgress } from '../../features/export/render-export';
import { labRunJson } from './render-lab';
import { RENDER_USAGE, wantsHelp } from './render-usage';

async function plan(argv: readonly string[]): Promise<RenderJob[]> {
  const command = parseRenderArgs(argv);
  const files = diskSources(process.cwd());
  if ('job' in command) return [await resolveJob(checkFlags(command.job), files)];
  const fail = (message: string): never => {
    throw new Error(`--batch ${command.batch}: ${message}`);
  };
  let text = '';
  try {
    text = readFileSync(command.batch, 'utf8');
  } catch (error) {
    fail(`cannot read it (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail(`not valid JSON (${(error as Error).message})`);
  }
  let entries: RenderFlags[] = [];
  try {
    entries = parseBatch(json);
  } catch (error) {
    fail((error as Error).message);
  }
  const baseDir = dirname(resolve(command.batch));
  const jobs: RenderJob[] = [];
  for (const [index, flags] of entries.entries())
    jobs.push(await resolveJob(checkFlags(flags, `batch[${index}] `), files, baseDir));
  return jobs;
}

/**
 * Writes through a temporary file in the same folder and renames it into place, so a
 * failed write (a full disk, say) never leaves a truncated PNG at `out`.
 */
function writeWhole(out: string, bytes: Uint8Array): void {
  const partial = `${out}.${process.pid}.partial`;
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, out);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** A path as the user would write it: relative to here when it is below here. */
function shown(path: string): string {
  const near = relative(process.cwd(), path);
  return near.startsWith('..') ? path : near;
}

type ExportPng = (
  options: RenderJob['options'],
  onProgress: (p: ExportProgress) => void,
) => Promise<Uint8Array>;

/** A job's PNG, or each frame of its sequence, each written as soon as it is done. */
async function renderFrames(
  job: RenderJob,
  file: string,
  label: string,
  exportPng: ExportPng,
): Promise<void> {
  const { frames, fps } = job.sequence ?? { frames: 1, fps: 1 };
  for (let frame = 0; frame < frames; frame++) {
    const out = job.sequence ? frameFile(file, frame, frames) : file;
    const name = shown(out);
    const time = job.options.state.time + frame / fps;
    const of = job.sequence ? ` frame ${frame + 1}/${frames} t=${time.toFixed(3)} s` : '';
    // Every frame says so, however fast its tiles go by.
    if (job.sequence)
      process.stderr.write(`render ${[label.trim(), of.trim(), name].filter(Boolean).join(' ')}\n`);
    const started = performance.now();
    const options = { ...job.options, state: { ...job.options.state, time } };
    const png = await exportPng(options, (p) =>
      process.stderr.write(
        `render ${label}${p.tilesDone}/${p.tiles} tiles${of} ${name} (${p.width}x${p.height})\n`,
      ),
    );
    writeWhole(out, png);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `wrote ${name} (${job.options.width}x${job.options.height}, ${png.length} bytes, ${seconds} s)`,
    );
  }
}

async function main(): Promise<void> {
  if (wantsHelp(process.argv.slice(2))) {
    process.stdout.write(RENDER_USAGE);
    return;
  }
  const jobs = await plan(process.argv.slice(2));
  for (const job of jobs) {
    if (!job.pathsJson) continue;
    const json = labRunJson(job.options.state.lab);
    if (job.pathsJson === '-') console.log(json);
    else {
      writeWhole(job.pathsJson, new TextEncoder().encode(json));
      process.stderr.write(`wrote ${shown(job.pathsJson)}\n`);
    }
  }
  for (const job of jobs) {
    if (!job.glsl) continue;
    const { path, shader } = job.glsl;
    writeWhole(path, new TextEncoder().encode(shader.text));
    console.log(`wrote ${shown(path)} (${shader.text.split('\n').length - 1} lines of GLSL)`);
  }
  if (!jobs.some((job) => job.out)) return;
  // Loaded only once every check has passed: a bad flag fails without Vite or Chromium.
  const { exportPngFile, startHeadlessViewer } = await import('./headless-viewer');
  const viewer = await startHeadlessViewer();
  try {
    const page = await viewer.open(256, 256);
    for (const [index, job] of jobs.entries()) {
      if (!job.out) continue;
      const label = jobs.length > 1 ? `[${index + 1}/${jobs.length}] ` : '';
      if (job.source) await page.evaluate((s) => window.sdf!.setSource(s.path, s.text), job.source);
      await renderFrames(job, job.out, label, (options, onProgress) =>
        exportPngFile(page, options, onProgress),
      );
    }
  } finally {
    await viewer.close();
  }
}

main().catch((error: unknown) => {
  console.error(`render: ${(error as Error).message.split('\n')[0]}`);
  process.exit(1);
});
