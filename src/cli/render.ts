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
import { parseRenderArgs } from './render-args';
import { startViewerServer } from './serve';

async function main(): Promise<void> {
  const args = parseRenderArgs(process.argv.slice(2));
  const { server, url } = await startViewerServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') console.error(`page: ${m.text()}`);
    });
    await page.setViewport({
      width: Math.min(args.width, 4096),
      height: Math.min(args.height, 4096),
    });
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
