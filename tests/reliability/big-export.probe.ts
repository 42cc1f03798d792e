/**
 * The largest export: 16384 x 16384, opaque, through the path the command line takes
 * (`exportPngFile`, which polls `window.sdf.exportPng` and fetches the file in pieces).
 * Peak memory is sampled every 200 ms while it runs: the browser as the sum of VmRSS in
 * /proc of every Chromium process that CDP's SystemInfo.getProcessInfo lists (shared pages
 * count once per process, so this overstates), node as process.memoryUsage(). The file is
 * then checked without trusting the project's own PNG code: signature, IHDR, every CRC,
 * and the IDAT stream inflated chunk by chunk to exactly height * (1 + width * channels).
 */
import { readFileSync } from 'node:fs';
import { createInflate, crc32 } from 'node:zlib';
import type { Browser } from 'puppeteer-core';
import { exportPngFile } from '../../src/node/cli/headless-viewer';
import type { Probe, ProbeContext, ProbeResult } from './probe';

export const BIG_SIDE = 16384;
/** One export: about a minute on SwiftShader. */
export const BIG_EXPORT_FULL_COUNT = 1;
const MIB = 1024 * 1024;
const SAMPLE_MS = 200;
const PNG_SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Sum of VmRSS over the browser's processes, in bytes; 0 where /proc cannot be read. */
async function browserRss(browser: Browser): Promise<number> {
  const session = await browser.target().createCDPSession();
  try {
    const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as {
      processInfo: { id: number }[];
    };
    let total = 0;
    for (const { id } of processInfo) {
      try {
        const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'));
        total += Number(kib?.[1] ?? 0) * 1024;
      } catch {
        // The process ended between the listing and the read.
      }
    }
    return total;
  } finally {
    await session.detach();
  }
}

/** Samples memory until stopped; peaks are relative to the first sample. */
function memorySampler(browser: Browser) {
  const base = { browser: 0, rss: process.memoryUsage().rss, arrayBuffers: 0 };
  const peak = { browser: 0, rss: 0, arrayBuffers: 0 };
  base.arrayBuffers = process.memoryUsage().arrayBuffers;
  let running = true;
  const loop = (async () => {
    base.browser = await browserRss(browser);
    while (running) {
      const node = process.memoryUsage();
      peak.rss = Math.max(peak.rss, node.rss - base.rss);
      peak.arrayBuffers = Math.max(peak.arrayBuffers, node.arrayBuffers - base.arrayBuffers);
      peak.browser = Math.max(peak.browser, (await browserRss(browser)) - base.browser);
      await new Promise((r) => setTimeout(r, SAMPLE_MS));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak;
    },
  };
}

export interface PngCheck {
  readonly width: number;
  readonly height: number;
  readonly colorType: number;
  readonly problems: string[];
}

/** Checks a PNG file's structure and inflates its IDAT stream without keeping it. */
export async function checkPng(bytes: Buffer): Promise<PngCheck> {
  const problems: string[] = [];
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) problems.push('bad signature');
  const inflate = createInflate();
  let width = 0;
  let height = 0;
  let colorType = -1;
  let rowBytes = 0;
  let inflated = 0;
  let badFilters = 0;
  inflate.on('data', (piece: Buffer) => {
    // Every row starts with its filter type, 0 to 4.
    for (let at = (rowBytes - (inflated % rowBytes)) % rowBytes; at < piece.length; at += rowBytes)
      if (piece[at]! > 4) badFilters++;
    inflated += piece.length;
  });
  const ended = new Promise<void>((done, fail) => {
    inflate.on('end', done);
    inflate.on('error', fail);
  });
  const types: string[] = [];
  for (let at = 8; at < bytes.length;) {
    if (at + 12 > bytes.length) {
      problems.push(`a truncated chunk at byte ${at}`);
      break;
    }
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (at + 12 + length > bytes.length) {
      problems.push(`${type} runs past the end of the file`);
      break;
    }
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== bytes.readUInt32BE(at + 8 + length))
      problems.push(`${type} chunk at byte ${at}: CRC mismatch`);
    if (type === 'IHDR') {
      [width, height, colorType] = [data.readUInt32BE(0), data.readUInt32BE(4), data[9]!];
      if (data[8] !== 8) problems.push(`bit depth ${data[8]}, not 8`);
      rowBytes = 1 + width * (CHANNELS[colorType] ?? NaN);
    }
    if (type === 'IDAT' && !inflate.write(data)) await new Promise((r) => inflate.once('drain', r));
    types.push(type);
    at += 12 + length;
  }
  inflate.end();
  await ended.catch((error: Error) => problems.push(`IDAT does not inflate: ${error.message}`));
  if (types[0] !== 'IHDR') problems.push(`the first chunk is ${types[0]}, not IHDR`);
  if (types.at(-1) !== 'IEND') problems.push(`the last chunk is ${types.at(-1)}, not IEND`);
  const expected = height * rowBytes;
  if (inflated !== expected) problems.push(`IDAT inflates to ${inflated} bytes, not ${expected}`);
  if (badFilters) problems.push(`${badFilters} rows with a filter type over 4`);
  return { width, height, colorType, problems };
}

export interface BigExportRun {
  readonly result: ProbeResult;
  /** Peak bytes above the baseline taken just before the export. */
  readonly peak: { readonly browser: number; readonly rss: number; readonly arrayBuffers: number };
}

export async function measureBigExport(context: ProbeContext): Promise<BigExportRun> {
  const page = await context.browser.newPage();
  const failures: string[] = [];
  try {
    await page.goto(`${context.viewerUrl}?test&width=256&height=256`);
    await page.waitForFunction(() => window.sdfReady === true, { timeout: 120_000 });
    const sampler = memorySampler(context.browser);
    const started = performance.now();
    const png = await exportPngFile(page, { width: BIG_SIDE, height: BIG_SIDE }, (p) =>
      context.log(`big-export ${p.tilesDone}/${p.tiles} tiles`),
    );
    const seconds = (performance.now() - started) / 1000;
    const peak = await sampler.stop();
    context.log(`big-export: ${png.length} bytes in ${seconds.toFixed(1)} s; checking the file`);
    const check = await checkPng(png);
    failures.push(...check.problems);
    if (check.width !== BIG_SIDE || check.height !== BIG_SIDE)
      failures.push(`the file is ${check.width}x${check.height}`);
    if (check.colorType !== 2) failures.push(`colour type ${check.colorType}, not 2 (opaque RGB)`);
    const result: ProbeResult = {
      id: 'big-export',
      title: `one ${BIG_SIDE} x ${BIG_SIDE} opaque PNG export, memory sampled, the file checked`,
      cases: 1,
      figures: [
        ['width', check.width],
        ['height', check.height],
        ['file MiB', (png.length / MIB).toFixed(1)],
        ['seconds', seconds.toFixed(0)],
        ['peak browser MiB above baseline (sum of RSS)', (peak.browser / MIB).toFixed(0)],
        ['peak node RSS MiB above baseline', (peak.rss / MIB).toFixed(0)],
        ['peak node arrayBuffers MiB above baseline', (peak.arrayBuffers / MIB).toFixed(0)],
      ],
      failures,
    };
    return { result, peak };
  } finally {
    await page.close();
  }
}

export const runBigExport: Probe = async (context) => (await measureBigExport(context)).result;
