/**
 * `npm run reliability`: every probe in tests/reliability/*.probe.ts at its full count,
 * against one viewer server and one headless Chromium; progress on stderr, the table in
 * docs/reliability.md. Exits 1 when a probe reports failures.
 *   --only id1,id2   run the probes of those files (`bad-cli` is bad-cli.probe.ts)
 *   --quick          a tenth of each count
 * A probe file exports its probe as `run<Name>` and its full count as `<NAME>_FULL_COUNT`.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../src/node/cli/browser';
import { startViewerServer } from '../../src/node/cli/serve';
import type { Probe } from './probe';
import { reliabilityMarkdown, type ProbeRow } from './report';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const REPORT = resolve(HERE, '../../docs/reliability.md');
/** For a probe file that names no full count. */
const DEFAULT_FULL_COUNT = 100;
const SEED = 1;

interface Options {
  readonly only: string[];
  readonly quick: boolean;
}

function readOptions(argv: readonly string[]): Options {
  const options = { only: [] as string[], quick: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') options.quick = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg.includes('=') ? arg.slice(7) : argv[++i];
      if (!value) throw new Error('--only needs a list of probe ids, like bad-cli,csp');
      options.only.push(...value.split(',').filter(Boolean));
    } else throw new Error(`unknown option ${arg} (known: --only id1,id2, --quick)`);
  }
  return options;
}

interface LoadedProbe {
  readonly file: string;
  readonly run: Probe;
  readonly fullCount: number;
}

/** Imports a probe file; a string says why it cannot run. */
async function loadProbe(file: string): Promise<LoadedProbe | string> {
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(join(HERE, file)).href)) as Record<string, unknown>;
  } catch (error) {
    return `${file}: does not import (${(error as Error).message.split('\n')[0]})`;
  }
  const probes = Object.entries(module).filter(
    ([name, value]) => /^run[A-Z]/.test(name) && typeof value === 'function',
  );
  if (probes.length !== 1)
    return `${file}: exports ${probes.length} run<Name> functions, not one probe`;
  const counts = Object.entries(module).filter(
    ([name, value]) => name.endsWith('FULL_COUNT') && typeof value === 'number',
  );
  const fullCount = (counts[0]?.[1] as number | undefined) ?? DEFAULT_FULL_COUNT;
  if (!counts.length)
    process.stderr.write(`reliability: ${file} names no *_FULL_COUNT; running ${fullCount}\n`);
  return { file, run: probes[0]![1] as Probe, fullCount };
}

async function rendererOf(browser: Browser, url: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto(`${url}?test`);
    await page.waitForFunction(() => window.sdfReady === true, { timeout: 120_000 });
    return (await page.evaluate(() => window.sdf!.info())).renderer;
  } finally {
    await page.close();
  }
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  const files = readdirSync(HERE)
    .filter((f) => f.endsWith('.probe.ts'))
    .filter((f) => !options.only.length || options.only.includes(f.replace(/\.probe\.ts$/, '')))
    .sort();
  const missing = options.only.filter((id) => !files.includes(`${id}.probe.ts`));
  if (missing.length) throw new Error(`no probe file for ${missing.join(', ')}`);
  const skipped: string[] = [];
  const probes: LoadedProbe[] = [];
  for (const file of files) {
    const loaded = await loadProbe(file);
    if (typeof loaded === 'string') {
      process.stderr.write(`reliability: skipping ${loaded}\n`);
      skipped.push(loaded);
    } else probes.push(loaded);
  }

  const { server, url } = await startViewerServer({ watch: false });
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const rows: ProbeRow[] = [];
  try {
    const renderer = await rendererOf(browser, url);
    for (const { file, run, fullCount } of probes) {
      const count = options.quick ? Math.max(1, Math.ceil(fullCount / 10)) : fullCount;
      const id = file.replace(/\.probe\.ts$/, '');
      process.stderr.write(`reliability: ${id}, ${count} cases\n`);
      const started = performance.now();
      const log = (line: string) => process.stderr.write(`  ${line}\n`);
      const result = await run({ browser, viewerUrl: url, count, seed: SEED, log }).catch(
        (error: unknown) => ({
          id,
          title: '(the probe itself threw)',
          cases: 0,
          figures: [],
          failures: [`the probe threw: ${(error as Error).stack ?? error}`],
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      rows.push({ file, result, seconds });
      process.stderr.write(
        `reliability: ${id}: ${result.failures.length} failures in ${seconds.toFixed(0)} s\n`,
      );
    }
    const cpuList = cpus();
    const markdown = reliabilityMarkdown(rows, {
      date: new Date().toISOString().slice(0, 10),
      cpus: `${cpuList.length} CPUs (${cpuList[0]?.model.trim() ?? 'unknown'}), ${process.platform}, Node ${process.version}`,
      browser: await browser.version(),
      renderer,
      seed: SEED,
      quick: options.quick,
      only: options.only,
      skipped,
    });
    // Formatted as `npm run lint` checks it, so a regenerated report passes as written.
    const config = await resolveConfig(REPORT);
    writeFileSync(REPORT, await format(markdown, { ...config, parser: 'markdown' }));
    process.stderr.write(`reliability: wrote ${REPORT}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
  return rows.some((r) => r.result.failures.length) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`reliability: ${(error as Error).message.split('\n')[0]}`);
    process.exit(1);
  },
);
