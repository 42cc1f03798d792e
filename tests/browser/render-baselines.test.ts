/**
 * Render baselines (after MapLibre's render tests): each case in tests/baselines/cases.ts is
 * drawn and its RGBA8 canvas readback compared with a committed PNG. Small, deliberate
 * changes of the picture show up here even where no measuring test looks.
 * `UPDATE_BASELINES=1` rewrites the expected PNGs instead of comparing.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PngEncoder } from '../../src/features/export/png-encoder';
import { BASELINE_CASES, BASELINE_SIZE, type BaselineCase } from '../baselines/cases';
import { decodePng } from './export-helpers';
import { openViewer, readRgba8, setState, type ViewerPage } from './viewer-page';

import { CHANNEL_TOLERANCE, compareImages, MAX_EXCEEDING_FRACTION } from './image-compare';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXPECTED_DIR = join(ROOT, 'tests/baselines/expected');
const OUTPUT_DIR = join(ROOT, 'test-results/baselines');
const UPDATE = process.env.UPDATE_BASELINES === '1';
const UPDATE_COMMAND = 'UPDATE_BASELINES=1 npx vitest run tests/browser/render-baselines.test.ts';

interface Image {
  readonly width: number;
  readonly height: number;
  /** RGBA8, rows top to bottom. */
  readonly data: Uint8Array;
}

/** An RGBA8 PNG through the project's own encoder (the one the Export button uses). */
async function encodePng({ width, height, data }: Image): Promise<Buffer> {
  const encoder = new PngEncoder({ width, height, colorType: 6 });
  await encoder.writeRows(data);
  return Buffer.concat(await encoder.finish());
}

async function readExpected(name: string): Promise<Image | null> {
  try {
    const png = decodePng(await readFile(join(EXPECTED_DIR, `${name}.png`)));
    return { width: png.width, height: png.height, data: new Uint8Array(png.rgba) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

let viewer: ViewerPage | undefined;

/**
 * Draws a case. Pages are shared (opening one costs ~1.5 s, a draw ~0.1 s) while the state
 * left behind holds no parameter values, which a patch can only merge into, never clear; then
 * a fresh page starts. Every case is checked to read back exactly the state it gave.
 */
async function render(test: BaselineCase): Promise<Image> {
  if (viewer) {
    const left = await viewer.page.evaluate(() => window.sdf!.getState());
    if (JSON.stringify([left.sceneParams, left.warpParams]) !== '[{},{}]') {
      await viewer.close();
      viewer = undefined;
    }
  }
  viewer ??= await openViewer({ query: { ...BASELINE_SIZE } });
  await setState(viewer.page, test.state);
  const now = await viewer.page.evaluate(() => window.sdf!.getState());
  const drawn = Object.fromEntries(
    Object.keys(test.state).map((k) => [k, now[k as keyof typeof now]]),
  );
  expect(drawn, `${test.name}: the page's state is not the case's`).toEqual(test.state);
  const image = await readRgba8(viewer.page);
  const { error } = await viewer.page.evaluate(() => window.sdf!.messages());
  if (error) throw new Error(`${test.name} did not compile:\n${error}`);
  return image;
}

const shown = (path: string) => relative(ROOT, path);

describe('render baselines', () => {
  afterAll(() => viewer?.close());

  it.each(BASELINE_CASES.map((test) => [test.name, test] as const))(
    '%s matches its expected PNG',
    async (name, test) => {
      const actual = await render(test);
      const actualPath = join(OUTPUT_DIR, `${name}.actual.png`);
      const diffPath = join(OUTPUT_DIR, `${name}.diff.png`);
      if (UPDATE) {
        await mkdir(EXPECTED_DIR, { recursive: true });
        const path = join(EXPECTED_DIR, `${name}.png`);
        await writeFile(path, await encodePng(actual));
        console.log(`UPDATE_BASELINES=1: wrote ${shown(path)} (not compared)`);
        return;
      }
      const expected = await readExpected(name);
      if (!expected) {
        await mkdir(OUTPUT_DIR, { recursive: true });
        await writeFile(actualPath, await encodePng(actual));
        throw new Error(
          `${name}: no expected PNG at ${shown(join(EXPECTED_DIR, `${name}.png`))}; ` +
            `this render is at ${shown(actualPath)}. Create it with: ${UPDATE_COMMAND}`,
        );
      }
      if (expected.width !== actual.width || expected.height !== actual.height)
        throw new Error(
          `${name}: rendered ${actual.width}x${actual.height}, expected ` +
            `${expected.width}x${expected.height}; re-create it with: ${UPDATE_COMMAND}`,
        );
      const diff = compareImages(actual.data, expected.data);
      const pixels = actual.width * actual.height;
      const allowed = Math.floor(pixels * MAX_EXCEEDING_FRACTION);
      // Stale pictures from an earlier failure would mislead: a pass removes them.
      await rm(actualPath, { force: true });
      await rm(diffPath, { force: true });
      if (diff.exceeding <= allowed) return;
      await mkdir(OUTPUT_DIR, { recursive: true });
      await writeFile(actualPath, await encodePng(actual));
      await writeFile(diffPath, await encodePng({ ...actual, data: diff.image }));
      expect.fail(
        `${name}: ${diff.exceeding} of ${pixels} pixels ` +
          `(${((100 * diff.exceeding) / pixels).toFixed(2)} %) differ by more than ` +
          `${CHANNEL_TOLERANCE}/255 in some channel (allowed: ${allowed}); ` +
          `${diff.differing} differ at all, by up to ${diff.max}/255.\n` +
          `  actual: ${shown(actualPath)}\n  diff:   ${shown(diffPath)}\n` +
          `If the change is intended: ${UPDATE_COMMAND}`,
      );
    },
  );

  it.skipIf(UPDATE)('has a case for every expected PNG', async () => {
    const names = new Set(BASELINE_CASES.map((test) => `${test.name}.png`));
    const files = (await readdir(EXPECTED_DIR).catch(() => [])).filter((f) => f.endsWith('.png'));
    expect(
      files.filter((f) => !names.has(f)),
      'expected PNGs with no case (delete them)',
    ).toEqual([]);
  });
});
