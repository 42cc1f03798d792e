/**
 * 25 bad `npm run render` calls. Each must exit 1 with exactly one line on stderr (no
 * stack trace) and leave no file where its PNG would have gone. CHROME_PATH points
 * nowhere, so a call that slipped past the checks to the browser fails with a message
 * about Chrome instead of about its flag, and is counted as a failure.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Probe } from './probe';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/** Calls at once: each is a second of CPU, and the machine may have two cores. */
const PARALLEL = 2;

interface BadCall {
  readonly name: string;
  /** Flags; `OUT` is replaced with the call's own output path, `DIR` with its folder. */
  readonly args: readonly string[];
  /** What the one line must name. */
  readonly says: RegExp;
  /** Files written into DIR before the call (a state or batch file). */
  readonly files?: Readonly<Record<string, string>>;
}

const batchOf = (entries: unknown): string => JSON.stringify(entries);

export const BAD_CALLS: readonly BadCall[] = [
  { name: 'size 0x0', args: ['--size', '0x0', '--out', 'OUT'], says: /--size/ },
  { name: 'size -5x5', args: ['--size', '-5x5', '--out', 'OUT'], says: /--size/ },
  { name: 'size abc', args: ['--size', 'abc', '--out', 'OUT'], says: /--size/ },
  { name: 'size 5x', args: ['--size', '5x', '--out', 'OUT'], says: /--size/ },
  { name: 'size 100000x100000', args: ['--size', '100000x100000', '--out', 'OUT'], says: /16384/ },
  {
    name: 'unknown --set param',
    args: ['--scene', 'fan', '--set', 'zap=1', '--out', 'OUT'],
    says: /"zap"/,
  },
  {
    name: '--set wrong type',
    args: ['--scene', 'fan', '--set', 'lobes=many', '--out', 'OUT'],
    says: /--set lobes/,
  },
  {
    name: '--set without =',
    args: ['--scene', 'fan', '--set', 'lobes', '--out', 'OUT'],
    says: /<param>=<value>/,
  },
  {
    name: 'unknown flag',
    args: ['--colour', 'red', '--out', 'OUT'],
    says: /unknown option --colour/,
  },
  {
    name: '--state missing file',
    args: ['--state', 'DIR/nope.json', '--out', 'OUT'],
    says: /--state.*ENOENT/,
  },
  {
    name: '--state invalid JSON',
    args: ['--state', 'DIR/state.json', '--out', 'OUT'],
    files: { 'state.json': '{"scene": "fan",' },
    says: /--state.*not valid JSON/,
  },
  {
    name: '--state wrong shape',
    args: ['--state', 'DIR/state.json', '--out', 'OUT'],
    files: { 'state.json': '{"scene": 42, "view": [1, 2]}' },
    says: /--state: .*scene/,
  },
  {
    name: '--state hash of another version',
    args: ['--state', '#s9.eyJ9', '--out', 'OUT'],
    says: /--state.*format "s9"/,
  },
  {
    name: '--batch missing file',
    args: ['--batch', 'DIR/nope.json'],
    says: /--batch .*nope\.json: cannot read it \(ENOENT\)/,
  },
  {
    name: '--batch invalid JSON',
    args: ['--batch', 'DIR/batch.json'],
    files: { 'batch.json': '[{"out": "a.png"' },
    says: /--batch .*not valid JSON/,
  },
  {
    name: '--batch wrong shape',
    args: ['--batch', 'DIR/batch.json'],
    files: { 'batch.json': batchOf({ out: 'out.png' }) },
    says: /--batch .*batch\.json: .*non-empty JSON array/,
  },
  {
    name: 'output folder missing',
    args: ['--out', 'DIR/no/such/folder/out.png'],
    says: /--out.*does not exist/,
  },
  { name: 'output is a folder', args: ['--out', 'DIR'], says: /--out.*folder/ },
  {
    name: 'unknown scene',
    args: ['--scene', 'nosuch', '--out', 'OUT'],
    says: /unknown scene "nosuch"/,
  },
  {
    name: 'unknown warp',
    args: ['--warp', 'nosuch', '--out', 'OUT'],
    says: /unknown warp "nosuch"/,
  },
  {
    name: 'unknown filter',
    args: ['--filter', 'blur', '--out', 'OUT'],
    says: /unknown filter "blur"/,
  },
  { name: 'fade out of range', args: ['--fade', '99', '--out', 'OUT'], says: /--fade/ },
  { name: 'scale 0', args: ['--scale', '0', '--out', 'OUT'], says: /--scale/ },
  {
    name: '--scene and --field-expr',
    args: ['--scene', 'fan', '--field-expr', 'u', '--out', 'OUT'],
    says: /not both/,
  },
  {
    name: 'empty --field-expr',
    args: ['--field-expr', '', '--out', 'OUT'],
    says: /--field-expr: is empty/,
  },
];

export const BAD_CLI_FULL_COUNT = BAD_CALLS.length;

interface Outcome {
  readonly code: number | null;
  readonly stderr: string;
}

/**
 * Bundles src/node/cli/render.ts with esbuild (the transformer tsx runs) once per probe: through
 * tsx's loader each call spends ~1.5 s of CPU resolving mathjs's 1200 modules, bundled
 * ~0.2 s. The browser half stays a separate chunk, loaded only after the checks as in the
 * source, and its packages stay outside (vite carries native code), resolved from
 * node_modules, where the bundle sits.
 */
async function bundleRender(): Promise<{ entry: string; dispose: () => void }> {
  const { build } = await import('esbuild');
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/bad-cli-render-'));
  await build({
    entryPoints: [join(ROOT, 'src/node/cli/render.ts')],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    external: ['vite', 'puppeteer-core', 'pngjs'],
    outdir: dir,
    logLevel: 'silent',
  });
  return { entry: join(dir, 'render.js'), dispose: () => rmSync(dir, { recursive: true }) };
}

function runRender(entry: string, args: readonly string[]): Promise<Outcome> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [entry, ...args], {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: '/nonexistent/chrome-for-bad-cli-probe' },
      timeout: 60_000,
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stderr }));
  });
}

/** Runs one call in a folder of its own: its stderr, and what it broke, one line each. */
async function tryCall(
  entry: string,
  call: BadCall,
  dir: string,
): Promise<{ stderr: string; broken: string[] }> {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(call.files ?? {})) writeFileSync(join(dir, name), text);
  const out = join(dir, 'out.png');
  const args = call.args.map((a) => a.replace('OUT', out).replace('DIR', dir));
  const before = readdirSync(dir).sort().join(',');
  const { code, stderr } = await runRender(entry, args);
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  const broken: string[] = [];
  if (code !== 1) broken.push(`exit code ${code}, not 1`);
  if (lines.length !== 1)
    broken.push(`${lines.length} stderr lines: ${lines.slice(0, 3).join(' | ')}`);
  else if (!/^render: /.test(lines[0]!) || !call.says.test(lines[0]!))
    broken.push(`unclear message "${lines[0]}" (expected ${call.says})`);
  if (/CHROME_PATH/.test(stderr)) broken.push('reached the browser before failing');
  const after = readdirSync(dir).sort().join(',');
  if (existsSync(out) || after !== before) broken.push(`left files: ${after}`);
  return { stderr: stderr.trim(), broken: broken.map((b) => `${call.name}: ${b}`) };
}

export const runBadCli: Probe = async (context) => {
  const calls = BAD_CALLS.slice(0, context.count);
  const root = mkdtempSync(join(tmpdir(), 'bad-cli-'));
  const { entry, dispose } = await bundleRender();
  const failures: string[] = [];
  let exit1 = 0;
  let oneLine = 0;
  let leftFiles = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < calls.length; i = next++) {
      const call = calls[i]!;
      const { stderr, broken } = await tryCall(entry, call, join(root, `call-${i}`));
      exit1 += broken.some((b) => /exit code/.test(b)) ? 0 : 1;
      oneLine += broken.some((b) => /stderr lines|unclear/.test(b)) ? 0 : 1;
      leftFiles += broken.some((b) => /left files/.test(b)) ? 1 : 0;
      failures.push(...broken);
      context.log(
        `bad-cli ${i + 1}/${calls.length} ${call.name}: ${broken.length ? 'FAIL' : 'ok'}, ${stderr}`,
      );
    }
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } finally {
    rmSync(root, { recursive: true, force: true });
    dispose();
  }
  return {
    id: 'bad-cli',
    title: 'bad `npm run render` calls: sizes, --set, flags, state and batch files, folders, names',
    cases: calls.length,
    figures: [
      ['calls', calls.length],
      ['exit 1', exit1],
      ['one clear line', oneLine],
      ['partial files left', leftFiles],
    ],
    failures,
  };
};
