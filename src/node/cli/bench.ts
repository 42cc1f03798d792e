/**
 * npm run bench [-- --quick] [--motion-only] [--json FILE] [--frames N] [--warp ID] [--size WxH]
 * Every bench case x AA method in headless Chromium: median ms per frame at 512x512 and
 * 1920x1080, ratio to `none` from the same run, and errors against the 64x64 reference (16x16 for motion).
 * Then motion: each method's frame-to-frame coverage change under a slow sub-pixel pan
 * against the reference's, at 512x512 over 8 frames (src/node/bench/temporal-bench.ts).
 * Last, the renderer's floor: one heavy full-screen draw against the same draw with its work
 * masked off by a branch, a zero-trip loop, a failing depth or stencil test, or the scissor
 * (src/node/bench/renderer-floor.ts), at 512x512 (64x64 with --quick).
 * --quick: 64x64 and 96x54, 3 frames, motion at 64x64 over 3 (the smoke test CI runs).
 */
import { writeFileSync } from 'node:fs';
import {
  BENCH_CASES,
  BENCH_METHODS,
  REFERENCE_FLOOR_MEAN,
  REFERENCE_N,
  type BenchRow,
} from '../bench/plan';
import { floorTable, markdownTable, temporalTable } from '../bench/report';
import { measureFloor } from '../bench/renderer-floor';
import { MOTION_REFERENCE_N, PAN_PX, temporalPage } from '../bench/temporal-bench';
import { benchPage } from '../bench/run-bench';
import { startHeadlessViewer } from './headless-viewer';

interface BenchArgs {
  quick: boolean;
  /** Only the motion rows (the frame timings and static errors are skipped). */
  motionOnly: boolean;
  json?: string;
  frames?: number;
  /** Only the cases with this warp id. */
  warp?: string;
  /** Only this size instead of the default pair. */
  size?: [number, number];
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { quick: false, motionOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--quick') args.quick = true;
    else if (flag === '--motion-only') args.motionOnly = true;
    else if (flag === '--json') args.json = argv[++i] ?? fail('--json needs a file name');
    else if (flag === '--frames') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 1000)
        fail('--frames must be an integer from 1 to 1000');
      args.frames = n;
    } else if (flag === '--warp') args.warp = argv[++i] ?? fail('--warp needs a warp id');
    else if (flag === '--size') {
      const m = /^(\d+)x(\d+)$/.exec(argv[++i] ?? '');
      const size = m ? ([Number(m[1]), Number(m[2])] as [number, number]) : undefined;
      if (!size || size.some((n) => n < 16 || n > 4096))
        fail('--size must be <W>x<H> with sides from 16 to 4096');
      args.size = size;
    } else
      fail(
        `unknown option ${flag} (known: --quick --motion-only --json FILE --frames N --warp ID --size WxH)`,
      );
  }
  return args;
}

function fail(message: string): never {
  throw new Error(message);
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const sizes: [number, number][] = args.size
    ? [args.size]
    : args.quick
      ? [
          [64, 64],
          [96, 54],
        ]
      : [
          [512, 512],
          [1920, 1080],
        ];
  const frames = args.frames ?? (args.quick ? 3 : 21);
  const cases = BENCH_CASES.filter((c) => !args.warp || c.warp === args.warp);
  if (cases.length === 0) fail(`no bench case uses warp "${args.warp}"`);
  const viewer = await startHeadlessViewer();
  const rows: BenchRow[] = [];
  try {
    const version = await viewer.browser.version();
    let renderer = '';
    for (const [width, height] of args.motionOnly ? [] : sizes) {
      const page = await viewer.open(width, height);
      renderer = (await page.evaluate(() => window.sdf!.info())).renderer;
      rows.push(
        ...(await benchPage(page, {
          cases,
          methods: BENCH_METHODS,
          frames,
          fade: 1,
          progress: (line) => console.error(`bench: ${line}`),
        })),
      );
      await page.close();
    }
    // Motion: one size, fewer frames than the timing rounds (each is a full readback set).
    const [motionWidth, motionHeight] = args.size ?? (args.quick ? [64, 64] : [512, 512]);
    const motionPage = await viewer.open(motionWidth, motionHeight);
    renderer ||= (await motionPage.evaluate(() => window.sdf!.info())).renderer;
    const motionFrames = args.quick ? 3 : 8;
    const temporal = await temporalPage(motionPage, {
      cases,
      methods: BENCH_METHODS,
      frames: motionFrames,
      fade: 1,
      progress: (line) => console.error(`bench: ${line}`),
    });
    await motionPage.close();
    const floorPage = await viewer.browser.newPage();
    const floorSize = args.quick ? 64 : 512;
    const rendererFloor = await measureFloor(floorPage, floorSize, args.quick ? 3 : 9);
    await floorPage.close();
    const timing = rows.length ? `Frames per method: ${frames} (after 1 warm-up round), ` : '';
    const floor = (REFERENCE_FLOOR_MEAN * 100).toFixed(2);
    const errors = `Errors against the ${REFERENCE_N}x${REFERENCE_N} reference (its own floor: mean ${floor} %)`;
    console.log(
      `Browser: ${version}\nRenderer: ${renderer}\n${timing}fade width 1 px\n${errors}\n`,
    );
    if (rows.length) console.log(markdownTable(rows));
    console.log(
      `\nMotion: ${motionFrames} frames panned by (${PAN_PX.join(', ')}) px per frame, ` +
        `frame-to-frame coverage change against the ${MOTION_REFERENCE_N}x${MOTION_REFERENCE_N} reference's\n`,
    );
    console.log(temporalTable(temporal));
    console.log(
      `\nThe renderer's floor: a heavy ${floorSize}x${floorSize} draw with its work masked off\n`,
    );
    console.log(floorTable(rendererFloor.rows));
    if (args.json)
      writeFileSync(
        args.json,
        `${JSON.stringify({ browser: version, renderer, frames, referenceN: REFERENCE_N, referenceFloorMean: REFERENCE_FLOOR_MEAN, rows, temporal, floor: { size: floorSize, ...rendererFloor } }, null, 2)}\n`,
      );
  } finally {
    await viewer.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exit(1);
});
