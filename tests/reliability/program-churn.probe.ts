/**
 * Churn: many switches of scene, warp, derivative source and filter, each drawn, with the
 * page's live WebGL objects counted by wrapping every create* / delete* call before the
 * page's scripts run. A bounded program cache keeps programs at its cap (plus the programs
 * still drawing), and every other kind of object flat.
 */
import type { Page } from 'puppeteer-core';
import { PROGRAM_CACHE_CAP } from '../../src/gl/program-cache';
import { createLibrary } from '../../src/model/library';
import { diskSources } from '../../src/node/disk-sources';
import { AA_FILTERS, AA_SOURCES } from '../../src/model/state';
import { REPO_ROOT } from '../tools/assemble-case';
import { seededRandom } from '../browser/url-fuzz-cases';
import type { Probe, ProbeResult } from './probe';

/** Outputs a frame can draw at once (colour, compare, a probe): programs pinned beyond the cap. */
const PINNED_ROLES = 4;
/** Heap growth allowed after a forced collection, in MiB: caches of parsed headers and text. */
const HEAP_SLACK_MIB = 4;

/** Runs in the page before its scripts: live counts of each kind of GL object. */
function countGlObjects(): void {
  const live: Record<string, number> = {};
  (window as unknown as { __glLive: Record<string, number> }).__glLive = live;
  const proto = WebGL2RenderingContext.prototype as unknown as Record<
    string,
    (...a: unknown[]) => unknown
  >;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const kind =
      /^(create|delete)(Program|Shader|Texture|Framebuffer|Renderbuffer|Buffer|VertexArray|Query|Sampler)$/.exec(
        name,
      );
    if (!kind) continue;
    const original = proto[name]!;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      const result = original.apply(this, args);
      const key = kind[2]!;
      if (kind[1] === 'create' && result) live[key] = (live[key] ?? 0) + 1;
      if (kind[1] === 'delete' && args[0]) live[key] = (live[key] ?? 0) - 1;
      return result;
    };
  }
}

async function snapshot(page: Page): Promise<{ gl: Record<string, number>; heapMiB: number }> {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  const metrics = await page.metrics();
  const gl = await page.evaluate(() => ({
    ...(window as unknown as { __glLive: Record<string, number> }).__glLive,
  }));
  return { gl, heapMiB: (metrics.JSHeapUsedSize ?? 0) / 2 ** 20 };
}

/** `count` seeded switches; `cap` is the page's program cache cap (small in CI, to evict). */
export function programChurn({ cap = PROGRAM_CACHE_CAP, cheap = false } = {}): Probe {
  return async ({ browser, viewerUrl, count, seed, log }): Promise<ProbeResult> => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String((e as Error).message ?? e).slice(0, 200)));
    await page.evaluateOnNewDocument(countGlObjects);
    await page.goto(`${viewerUrl}?test&width=128&height=96&programs=${cap}`);
    await page.waitForFunction(() => window.sdfReady === true, { timeout: 60_000 });
    const library = createLibrary(diskSources(REPO_ROOT));
    const ids = { scenes: [...library.scenes.keys()], warps: [...library.warps.keys()] };
    // The slowest variants (tens of seconds on SwiftShader) stay out of the CI subset.
    const slow = (scene: string, source: string, filter: string) =>
      cheap &&
      (/^(primitives|composition|custom)$/.test(scene) ||
        filter === 'adaptive' ||
        source === 'reference' ||
        source === 'second-order');
    const random = seededRandom(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const before = await snapshot(page);
    let failedFrames = 0;
    let maxPrograms = 0;
    for (let i = 0; i < count; i++) {
      const state = {
        scene: pick(ids.scenes),
        warp: pick(ids.warps),
        source: pick(AA_SOURCES),
        filter: pick(AA_FILTERS),
      };
      if (slow(state.scene, state.source, state.filter)) {
        i--;
        continue;
      }
      const frame = await page.evaluate((s) => {
        window.sdf!.setState({
          scene: s.scene,
          warp: s.warp,
          aa: { source: s.source, filter: s.filter },
        });
        const f = window.sdf!.render();
        return {
          drawn: f.drawn,
          programs:
            (window as unknown as { __glLive: Record<string, number> }).__glLive.Program ?? 0,
        };
      }, state);
      if (!frame.drawn) failedFrames++;
      maxPrograms = Math.max(maxPrograms, frame.programs);
      if ((i + 1) % 50 === 0) log(`program churn: ${i + 1} of ${count} switches`);
    }
    const after = await snapshot(page);
    await page.close();
    const kinds = [...new Set([...Object.keys(before.gl), ...Object.keys(after.gl)])].sort();
    const failures: string[] = [];
    if (maxPrograms > cap + PINNED_ROLES)
      failures.push(
        `${maxPrograms} live programs, more than the cap ${cap} + ${PINNED_ROLES} drawing`,
      );
    for (const kind of kinds)
      if (
        kind !== 'Program' &&
        kind !== 'Shader' &&
        (after.gl[kind] ?? 0) !== (before.gl[kind] ?? 0)
      )
        failures.push(
          `live ${kind} objects went from ${before.gl[kind] ?? 0} to ${after.gl[kind] ?? 0}`,
        );
    if ((after.gl.Shader ?? 0) > 0) failures.push(`${after.gl.Shader} shader objects left alive`);
    const heapGrowth = after.heapMiB - before.heapMiB;
    if (heapGrowth > HEAP_SLACK_MIB)
      failures.push(`JS heap grew by ${heapGrowth.toFixed(1)} MiB (allowed ${HEAP_SLACK_MIB})`);
    if (failedFrames) failures.push(`${failedFrames} switches drew nothing`);
    failures.push(...errors.map((e) => `page error: ${e}`));
    const counts = (gl: Record<string, number>) =>
      kinds.map((k) => `${k} ${gl[k] ?? 0}`).join(', ');
    return {
      id: 'program-churn',
      title: `Switches of scene, warp, source and filter, each drawn (program cache cap ${cap})`,
      cases: count,
      figures: [
        ['most live programs', maxPrograms],
        ['live GL objects before', counts(before.gl)],
        ['live GL objects after', counts(after.gl)],
        [
          'JS heap MiB before / after',
          `${before.heapMiB.toFixed(1)} / ${after.heapMiB.toFixed(1)}`,
        ],
        ['frames that drew nothing', failedFrames],
        ['page errors', errors.length],
      ],
      failures,
    };
  };
}

/** Switches in the report's run (the test suite runs a cheap subset). */
export const PROGRAM_CHURN_FULL_COUNT = 1000;

/** The report's run: every variant kind, the shipped cap. */
export const runProgramChurn: Probe = programChurn();
