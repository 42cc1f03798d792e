/**
 * Renders the viewer headlessly to a PNG file, through the same page and shaders as the
 * browser.
 *   npm run render -- --scene shapes --size 1200x600 --fade 1 --out docs/shapes.png
 * Options: --scene <id> --warp <id> --source <name> --filter <name> --fade <px>
 *          --output <color|coverage> --size <W>x<H> --out <file.png>
 */
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { unpremultiply } from '../export/straight-alpha';
import { launchBrowser } from './browser';
import { startViewerServer } from './serve';

const MAX_SIDE = 4096;

interface RenderArgs {
  patch: Record<string, unknown>;
  width: number;
  height: number;
  out: string;
}

export function parseRenderArgs(argv: readonly string[]): RenderArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (!flag.startsWith('--')) throw new Error(`unexpected argument "${flag}"`);
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    values.set(flag.slice(2), value);
  }
  const known = ['scene', 'warp', 'source', 'filter', 'fade', 'output', 'size', 'out'];
  for (const key of values.keys()) if (!known.includes(key)) throw new Error(`unknown option --${key} (known: ${known.map((k) => `--${k}`).join(' ')})`);

  const out = values.get('out');
  if (!out) throw new Error('--out <file.png> is required');
  const size = /^(\d+)x(\d+)$/.exec(values.get('size') ?? '1024x768');
  const width = Number(size?.[1]);
  const height = Number(size?.[2]);
  if (!size || width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE)
    throw new Error(`--size must be <W>x<H> with each side from 1 to ${MAX_SIDE}, got "${values.get('size')}"`);

  const aa: Record<string, unknown> = {};
  if (values.has('source')) aa.source = values.get('source');
  if (values.has('filter')) aa.filter = values.get('filter');
  if (values.has('fade')) aa.fadeWidth = Number(values.get('fade'));
  const patch: Record<string, unknown> = { aa };
  for (const key of ['scene', 'warp', 'output'] as const) if (values.has(key)) patch[key] = values.get(key);
  return { patch, width, height, out };
}

async function main(): Promise<void> {
  const args = parseRenderArgs(process.argv.slice(2));
  const { server, url } = await startViewerServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') console.error(`page: ${m.text()}`);
    });
    await page.setViewport({ width: Math.min(args.width, 4096), height: Math.min(args.height, 4096) });
    await page.goto(`${url}?test&width=${args.width}&height=${args.height}`);
    await page.waitForFunction(() => window.sdfReady === true, { timeout: 120_000 });
    const problems = await page.evaluate((patch) => window.sdf!.setState(patch), args.patch);
    if (problems.length) throw new Error(problems.join('\n'));
    const frame = await page.evaluate(() => window.sdf!.render());
    if (frame.error) throw new Error(frame.error);
    const { width, height, base64 } = await page.evaluate(() => window.sdf!.readPixels('rgba8'));
    const png = new PNG({ width, height });
    png.data = Buffer.from(unpremultiply(new Uint8Array(Buffer.from(base64, 'base64'))));
    writeFileSync(args.out, PNG.sync.write(png));
    console.log(`wrote ${args.out} (${width}x${height})`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`render: ${(error as Error).message}`);
  process.exit(1);
});
