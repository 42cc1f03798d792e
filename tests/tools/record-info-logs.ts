/**
 * Compiles each case of info-log-cases.ts in headless Chromium and writes the browser's
 * real info log to tests/fixtures/info-logs/<name>.json. Run: npm run record:info-logs
 */
import { writeFileSync } from 'node:fs';
import { launchBrowser } from '../../src/node/cli/browser';
import { assembleInput, caseInput } from './assemble-case';
import { INFO_LOG_CASES } from './info-log-cases';

const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  for (const testCase of INFO_LOG_CASES) {
    const input = caseInput(testCase);
    const { source } = assembleInput(input);
    const log = await page.evaluate((text) => {
      const gl = document.createElement('canvas').getContext('webgl2')!;
      const shader = gl.createShader(gl.FRAGMENT_SHADER)!;
      gl.shaderSource(shader, text);
      gl.compileShader(shader);
      return gl.getShaderInfoLog(shader) ?? '';
    }, source);
    if (!log.trim())
      throw new Error(`${testCase.name}: compiled without errors; the case is not broken`);
    // The input is stored with the log, so the replay does not drift as the shaders evolve.
    const fixture = { name: testCase.name, browser: await browser.version(), log, input };
    writeFileSync(
      `tests/fixtures/info-logs/${testCase.name}.json`,
      `${JSON.stringify(fixture, null, 2)}\n`,
    );
    console.log(`${testCase.name}: ${log.trim().split('\n').length} log lines`);
  }
} finally {
  await browser.close();
}
