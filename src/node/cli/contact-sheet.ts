/**
 * npm run contact-sheets: renders the figures in docs/ from the live catalogues.
 *   docs/primitives.png       the primitive contact sheet scene
 *   docs/contact-warps.png    one scene through every warp
 *   docs/contact-aa.png       one edge close-up per AA method, with its error
 *   docs/contact-debug.png    the derivative views of one warped scene
 *   docs/scenes.png           every scene file at its own defaults
 * Name sheets to render only those: npm run contact-sheets -- scenes warps
 * (primitives, warps, aa, debug, scenes); --out-dir <folder> writes them there instead.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { BENCH_METHODS, benchMethodLabel } from '../bench/plan';
import { edgeErrors } from '../../features/quality/metrics';
import { applyState, coverageOf, methodState } from '../page-driver';
import { diskSources } from '../disk-sources';
import { sceneCatalog } from '../../catalog/scene-catalog';
import { scenePickPatch } from '../../model/scene-defaults';
import { DEFAULT_STATE } from '../../model/state';
import { warpCatalog } from '../../catalog/warp-catalog';
import { renderPng, startHeadlessViewer, type HeadlessViewer } from './headless-viewer';

interface Tile {
  readonly png: Buffer;
  readonly caption: string;
}

/** A grid of captioned images, laid out by Chromium and captured as one PNG. */
async function sheet(
  page: Page,
  tiles: readonly Tile[],
  columns: number,
  scale: number,
): Promise<Buffer> {
  const cells = tiles
    .map(
      (t) =>
        `<figure><img src="data:image/png;base64,${t.png.toString('base64')}"><figcaption>${escapeHtml(t.caption)}</figcaption></figure>`,
    )
    .join('');
  await page.setContent(
    `<!doctype html><style>
      body { margin: 0; padding: 12px; background: #0d0f13; color: #d8dbe2; font: 14px system-ui, sans-serif; width: max-content; }
      main { display: grid; grid-template-columns: repeat(${columns}, auto); gap: 12px; }
      figure { margin: 0; } img { display: block; zoom: ${scale}; image-rendering: pixelated; }
      figcaption { padding-top: 4px; }
    </style><main>${cells}</main>`,
  );
  const body = await page.$('body');
  return Buffer.from(await body!.screenshot());
}

/** Where the sheets go: docs/, or the folder given with --out-dir (the staleness test's). */
let outDir = 'docs';

function writeSheet(name: string, png: Buffer): void {
  const path = join(outDir, name);
  writeFileSync(path, png);
  console.log(`wrote ${path}`);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function primitivesSheet(viewer: HeadlessViewer): Promise<void> {
  const wide = await viewer.open(1280, 720);
  writeSheet('primitives.png', await renderPng(wide, { scene: 'primitives', warp: 'identity' }));
}

async function warpsSheet(viewer: HeadlessViewer): Promise<void> {
  const small = await viewer.open(320, 240);
  const warps = [...warpCatalog(diskSources(process.cwd())).warps.values()];
  const warpTiles: Tile[] = [];
  for (const warp of warps)
    warpTiles.push({
      png: await renderPng(small, {
        scene: 'primitives',
        warp: warp.id,
        aa: { source: 'analytic', filter: 'adaptive' },
      }),
      caption: warp.name,
    });
  writeSheet('contact-warps.png', await sheet(await viewer.browser.newPage(), warpTiles, 4, 1));
}

async function aaSheet(viewer: HeadlessViewer): Promise<void> {
  // A 72 x 72 pixel close-up of the swirl (the spike of the box), shown 4x: every pixel shows.
  const crop = await viewer.open(72, 72);
  const view = { center: [0.4, 0.42], zoom: 5 };
  await applyState(crop, { scene: 'shapes', warp: 'swirl', view });
  const reference = await coverageOf(crop, { source: 'reference', referenceN: 16 });
  const aaTiles: Tile[] = [];
  for (const method of BENCH_METHODS) {
    const error = edgeErrors(
      await coverageOf(crop, { ...methodState(method), fadeWidth: 1 }),
      reference,
    );
    await applyState(crop, { output: 'color' });
    aaTiles.push({
      png: await renderPng(crop, { aa: { ...methodState(method), fadeWidth: 1 } }),
      caption: `${benchMethodLabel(method)}: mean ${(error.mean * 100).toFixed(1)} %, max ${(error.max * 100).toFixed(0)} %`,
    });
  }
  writeSheet('contact-aa.png', await sheet(await viewer.browser.newPage(), aaTiles, 4, 4));
}

async function debugSheet(viewer: HeadlessViewer): Promise<void> {
  const small = await viewer.open(320, 240);
  const debugTiles: Tile[] = [];
  const views = {
    none: 'scene',
    bands: 'distance bands, 8 px',
    slope: '|grad f| per world unit',
    jacobian: 'det J of the warp',
    direction: 'gradient direction',
  };
  for (const [debug, caption] of Object.entries(views))
    debugTiles.push({
      png: await renderPng(small, {
        scene: 'primitives',
        warp: 'inversion',
        debug,
        output: 'color',
        aa: { source: 'analytic', filter: 'adaptive' },
      }),
      caption,
    });
  writeSheet('contact-debug.png', await sheet(await viewer.browser.newPage(), debugTiles, 5, 1));
}

/**
 * Every scene file at its own defaults, as picking it in the panel shows it: the viewer's
 * default warp and antialiasing first, then the scene's pick patch (its warp, view and aa).
 */
async function scenesSheet(viewer: HeadlessViewer): Promise<void> {
  // 16:9, the shape of a typical viewer window (the primitive sheet needs it to fit).
  const page = await viewer.open(384, 216);
  const { scenes } = sceneCatalog(diskSources(process.cwd()));
  const tiles: Tile[] = [];
  for (const scene of scenes.values()) {
    const { warp, aa } = DEFAULT_STATE;
    await applyState(page, { warp, aa, output: 'color', debug: 'none' });
    tiles.push({
      png: await renderPng(page, scenePickPatch(scene)),
      caption: `${scene.name} (${scene.id})`,
    });
  }
  writeSheet('scenes.png', await sheet(await viewer.browser.newPage(), tiles, 4, 1));
}

const SHEETS: Record<string, (viewer: HeadlessViewer) => Promise<void>> = {
  primitives: primitivesSheet,
  warps: warpsSheet,
  aa: aaSheet,
  debug: debugSheet,
  scenes: scenesSheet,
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dirFlag = args.indexOf('--out-dir');
  if (dirFlag >= 0) {
    const dir = args.splice(dirFlag, 2)[1];
    if (!dir) throw new Error('--out-dir needs a folder');
    outDir = dir;
  }
  const names = args;
  const unknown = names.filter((n) => !(n in SHEETS));
  if (unknown.length)
    throw new Error(
      `unknown sheet ${unknown.join(', ')} (known: ${Object.keys(SHEETS).join(', ')})`,
    );
  const viewer = await startHeadlessViewer();
  try {
    for (const name of names.length ? names : Object.keys(SHEETS)) await SHEETS[name]!(viewer);
  } finally {
    await viewer.close();
  }
}

main().catch((error: unknown) => {
  console.error(`contact-sheets: ${(error as Error).message}`);
  process.exit(1);
});
