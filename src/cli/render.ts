/**
 * Renders the viewer headlessly to a PNG file, through the same page and shaders as the
 * browser.
 *   npm run render -- --scene shapes --size 1200x600 --fade 1 --out docs/shapes.png
 * Options: --scene <id> --warp <id> --source <name> --filter <name> --fade <px>
 *          --output <color|coverage> --size <W>x<H> --out <file.png>
 */
import { writeFileSync } from 'node:fs';
import { parseRenderArgs } from './render-args';
import { renderPng, startHeadlessViewer } from './headless-viewer';

async function main(): Promise<void> {
  const args = parseRenderArgs(process.argv.slice(2));
  const viewer = await startHeadlessViewer();
  try {
    const page = await viewer.open(args.width, args.height);
    writeFileSync(args.out, await renderPng(page, args.patch));
    console.log(`wrote ${args.out} (${args.width}x${args.height})`);
  } finally {
    await viewer.close();
  }
}

main().catch((error: unknown) => {
  console.error(`render: ${(error as Error).message}`);
  process.exit(1);
});
