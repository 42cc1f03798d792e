/**
 * The production build under a strict Content-Security-Policy: `vite build` into a temporary
 * folder, served by a small static server that sends the policy with every response. The
 * viewer must start, draw, compile a formula scene and read dropped files (a scene header,
 * which zod checks, and a state file) without one violation: no eval, no inline style.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import type { Probe } from './probe';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/** One build, one page: the run is the same every time. */
export const CSP_FULL_COUNT = 1;
export const POLICY = "default-src 'self'; script-src 'self'";
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A scene whose header zod checks when it is dropped on the page. */
const DROPPED_SCENE = `/*{ "id": "csp-disc", "name": "CSP disc", "description": "A disc.",
  "params": [{ "name": "radius", "type": "float", "min": 0.1, "max": 1, "default": 0.5 }] }*/
vec3 sdgScene(vec2 u) { float r = length(u); return vec3(r - u_radius, u / max(r, 1e-6)); }
vec3 sceneColor(vec2 u) { return vec3(0.9, 0.4, 0.2); }
`;
const DROPPED_STATE = JSON.stringify({
  format: 'sdf-viewer-state',
  version: 1,
  state: { scene: 'fan', warp: 'polar' },
});

async function buildViewer(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
}

/** Serves `dir` on a free loopback port, the policy on every response (404s included). */
async function serveWithPolicy(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    response.setHeader('Content-Security-Policy', POLICY);
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    readFile(file).then(
      (bytes) => {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'Content-Type': type }).end(bytes);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/` };
}

/** Polls in node: puppeteer's waitForFunction would be one more script under the policy. */
async function until(page: Page, check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await page.evaluate(check)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Drops a file on the page as the user would, through a synthetic drop event. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    (fileName, content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    },
    name,
    text,
  );
}

export const runCsp: Probe = async (context) => {
  const outDir = mkdtempSync(join(tmpdir(), 'csp-build-'));
  const failures: string[] = [];
  // Chrome reports each violation twice, as an event and as a console line: both are kept.
  const events: string[] = [];
  const consoleLines: string[] = [];
  const pageErrors: string[] = [];
  let drew = false;
  let served: { server: Server; url: string } | undefined;
  const page = await context.browser.newPage();
  try {
    context.log('csp: vite build');
    await buildViewer(outDir);
    served = await serveWithPolicy(outDir);
    await page.evaluateOnNewDocument(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
        ),
      );
    });
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) consoleLines.push(message.text());
      else if (message.type() === 'error') pageErrors.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`page error: ${(error as Error).message}`));
    context.log('csp: open the build under the policy');
    await page.goto(`${served.url}?test&width=128&height=128`);
    await until(page, () => window.sdfReady === true, 'window.sdfReady');
    drew = await page.evaluate(() => window.sdf!.render().drawn);
    const formula = await page.evaluate(() => {
      const problems = window.sdf!.setState({
        scene: 'custom',
        expressions: { field: 'sqrt(u^2+v^2)-0.5' },
      });
      const frame = window.sdf!.render();
      return { problems, error: frame.error ?? window.sdf!.messages().error };
    });
    if (formula.problems.length || formula.error)
      failures.push(
        `formula scene: ${[...formula.problems, formula.error].filter(Boolean).join('; ')}`,
      );
    // lil-gui's stylesheet applies, and its icon font loads from a file.
    const panel = await page.evaluate(async () => {
      const root = document.querySelector('.lil-gui.lil-auto-place, .lil-gui.autoPlace');
      await document.fonts.load('16px lil-gui', '\u2713');
      return {
        fixed: !!root && getComputedStyle(root).position === 'fixed',
        font: [...document.fonts].some(
          (f) => f.family.includes('lil-gui') && f.status === 'loaded',
        ),
      };
    });
    if (!panel.fixed) failures.push("the panel is unstyled: lil-gui's stylesheet did not apply");
    if (!panel.font) failures.push("lil-gui's icon font did not load");
    await dropFile(page, 'csp-disc.glsl', DROPPED_SCENE);
    await until(page, () => window.sdf!.getState().scene === 'csp-disc', 'the dropped scene');
    await dropFile(page, 'state.json', DROPPED_STATE);
    await until(page, () => window.sdf!.getState().warp === 'polar', 'the dropped state file');
    if (await page.evaluate(() => window.sdf!.render().error))
      failures.push('the dropped state does not draw');
    events.push(
      ...(await page.evaluate(
        () => (window as unknown as { cspViolations: string[] }).cspViolations,
      )),
    );
  } catch (error) {
    failures.push(`the viewer did not work under the policy: ${(error as Error).message}`);
  } finally {
    await page.close();
    await new Promise((done) => served?.server.close(done) ?? done(undefined));
    rmSync(outDir, { recursive: true, force: true });
  }
  if (!drew) failures.push('the viewer drew nothing');
  const violations = Math.max(events.length, consoleLines.length);
  failures.push(...[...events, ...consoleLines].map((v) => `violation: ${v}`), ...pageErrors);
  return {
    id: 'csp',
    title: `the production build under \`${POLICY}\`: start, draw, a formula, dropped files`,
    cases: 1,
    figures: [
      ['violations', violations],
      ['page errors', pageErrors.length],
      ['app drew', drew ? 'yes' : 'no'],
    ],
    failures,
  };
};
