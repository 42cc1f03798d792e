/**
 * Hostile formulas typed into the custom field and warp of one page: none may reach a
 * shader as text, each must be accepted or rejected with a message, and the canvas keeps
 * drawing (the last good program) without page errors or a flood of console messages.
 */
import { CONSTANTS, FUNCTIONS } from '../../src/expr/grammar';
import { DEFAULT_STATE } from '../../src/model/state';
import { hostileFormulaCases } from './hostile-formula-cases';
import type { Probe } from './probe';
import {
  isNavigation,
  openWatchedPage,
  pageAlive,
  pageHealth,
  type WatchedPage,
} from './watched-page';

export const HOSTILE_FORMULAS_FULL_COUNT = 300;

/** Records every shader source the page compiles, before any of its scripts run. */
const CAPTURE_SHADER_SOURCES = `(() => {
  const original = WebGL2RenderingContext.prototype.shaderSource;
  window.__shaderSources = [];
  WebGL2RenderingContext.prototype.shaderSource = function (shader, source) {
    window.__shaderSources.push(String(source));
    return original.call(this, shader, source);
  };
})();`;

/** Words of a formula that the grammar does not know: none of them may reach GLSL. */
function foreignWords(text: string): string[] {
  const allowed = new Set([
    ...Object.keys(FUNCTIONS),
    ...Object.keys(CONSTANTS),
    'u',
    'v',
    'x',
    'y',
  ]);
  const words = text.match(/(?<![\p{L}\p{N}_$])[\p{L}_$][\p{L}\p{N}_$]*/gu) ?? [];
  return [...new Set(words)].filter((w) => !allowed.has(w));
}

interface CaseOutcome {
  readonly problems: string[];
  readonly applied: boolean;
  readonly changed: boolean;
  readonly framesDrawn: number;
  readonly error: string | null;
  /** Foreign words and markers found in shaders compiled for this case. */
  readonly leaks: string[];
}

export const runHostileFormulas: Probe = async ({ browser, viewerUrl, count, seed, log }) => {
  const cases = hostileFormulaCases(seed, count);
  const failures: string[] = [];
  const totals = { accepted: 0, rejected: 0, pageErrors: 0, leakingSources: 0, console: 0 };
  let slowest = { ms: 0, text: '' };
  let maxConsole = 0;
  let viewer: WatchedPage | undefined;

  const open = async (): Promise<WatchedPage> => {
    const opened = await openWatchedPage(browser, viewerUrl, {
      beforeLoad: CAPTURE_SHADER_SOURCES,
    });
    // Both formulas in use; what compiles now is the vocabulary shaders may contain.
    await opened.page.evaluate(async () => {
      window.sdf!.setState({ scene: 'custom', warp: 'custom' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const w = window as unknown as { __shaderSources: string[]; __baseline: Set<string> };
      w.__baseline = new Set(w.__shaderSources.join('\n').match(/[\p{L}\p{N}_$]+/gu));
      w.__shaderSources.length = 0;
    });
    return opened;
  };

  for (let index = 0, retries = 0; index < cases.length; index++) {
    const { kind, slot, text, markers } = cases[index]!;
    const mark = { failures: failures.length, totals: { ...totals }, slowest, maxConsole };
    try {
      const label = `case ${index} (${kind}, ${slot}, ${text.length} chars): ${JSON.stringify(text.slice(0, 60))}`;
      if (!viewer || !(await pageAlive(viewer.page))) {
        if (viewer) failures.push(`${label}: the page stopped answering; opened a fresh one`);
        await viewer?.page.close().catch(() => undefined);
        viewer = await open();
      }
      const { page, errors } = viewer;
      const errorsBefore = errors.length;
      const consoleBefore = viewer.consoleMessages();
      const started = performance.now();
      const outcome: CaseOutcome = await page.evaluate(
        async (slot, text, words, markers, good) => {
          const sdf = window.sdf!;
          const w = window as unknown as { __shaderSources: string[]; __baseline: Set<string> };
          const framesBefore = sdf.info().framesDrawn;
          const changed = sdf.getState().expressions[slot] !== text;
          const problems = sdf.setState({ expressions: { [slot]: text } });
          // The change draws on the next animation frame; the second one follows it.
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const fresh = words.filter((word) => !w.__baseline.has(word));
          const leaks = new Set<string>();
          for (const source of w.__shaderSources.splice(0)) {
            for (const word of fresh)
              if (new RegExp(`(?<![\\p{L}\\p{N}_$])${word}(?![\\p{L}\\p{N}_$])`, 'u').test(source))
                leaks.add(word);
            for (const marker of markers) if (source.includes(marker)) leaks.add(marker);
          }
          const outcome = {
            problems,
            applied: sdf.getState().expressions[slot] === text,
            changed: changed && problems.length === 0,
            framesDrawn: sdf.info().framesDrawn - framesBefore,
            error: sdf.messages().error,
            leaks: [...leaks],
          };
          // Back to the good formula, so the next case's error can only be its own.
          sdf.setState({ expressions: { [slot]: good } });
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          w.__shaderSources.length = 0;
          return outcome;
        },
        slot,
        text,
        foreignWords(text).map((w) => w.replace(/\$/g, '\\$')),
        markers,
        DEFAULT_STATE.expressions[slot],
      );
      const ms = performance.now() - started;
      if (ms > slowest.ms) slowest = { ms, text };
      // Console events of the case have all arrived once the evaluate above has answered.
      const consoleMessages = viewer.consoleMessages() - consoleBefore;
      totals.console += consoleMessages;
      maxConsole = Math.max(maxConsole, consoleMessages);

      const rejected = outcome.problems.length > 0 || outcome.error !== null;
      if (rejected) totals.rejected++;
      else totals.accepted++;
      if (!rejected && !outcome.applied) failures.push(`${label}: neither applied nor rejected`);
      if (outcome.changed && outcome.framesDrawn < 1) failures.push(`${label}: no frame was drawn`);
      if (outcome.leaks.length) {
        totals.leakingSources++;
        failures.push(`${label}: shader text contains ${outcome.leaks.join(', ')}`);
      }
      if (consoleMessages > 1) failures.push(`${label}: ${consoleMessages} console messages`);
      for (const error of errors.slice(errorsBefore)) failures.push(`${label}: ${error}`);
      totals.pageErrors += errors.length - errorsBefore;
    } catch (error) {
      if (!isNavigation(error) || ++retries > 3) throw error;
      // Undo the interrupted case and run it again on a fresh page.
      failures.length = mark.failures;
      Object.assign(totals, mark.totals);
      ({ slowest, maxConsole } = mark);
      await viewer?.page.close().catch(() => undefined);
      viewer = undefined;
      index--;
      continue;
    }
    retries = 0;
    // A broken viewer fails nearly every case: enough said, and the run stays short.
    if (failures.length >= 50) {
      failures.push(`stopped after case ${index}: too many failures`);
      break;
    }
    if (index % 50 === 49) log(`hostile formulas: ${index + 1} of ${cases.length}`);
  }
  if (viewer) {
    const health = await pageHealth(viewer.page);
    for (const what of [...health.injected, ...health.polluted]) failures.push(`page: ${what}`);
    const frame = await viewer.page.evaluate(() => window.sdf!.render());
    if (!frame.drawn) failures.push('the last frame was not drawn');
    await viewer.page.close();
  }
  return {
    id: 'hostile-formulas',
    title:
      'Hostile formulas (GLSL injection, comments, unicode, caps) in the custom field and warp',
    cases: cases.length,
    figures: [
      ['cases', cases.length],
      ['accepted', totals.accepted],
      ['rejected', totals.rejected],
      ['page errors', totals.pageErrors],
      ['shader sources containing user text', totals.leakingSources],
      ['slowest case (ms)', Math.round(slowest.ms)],
      ['slowest case formula', JSON.stringify(slowest.text.slice(0, 80))],
      ['console messages, total', totals.console],
      ['console messages, most in one case', maxConsole],
    ],
    failures,
  };
};
