import { PROGRAM_CACHE_CAP } from '../gl/program-cache';
import { WHOLE_FRAME_MS } from '../render/live-frames';
/**
 * Page flags from the query string. `?test` turns on the deterministic test mode:
 * a fixed canvas of `width` x `height` CSS pixels (default 256 x 256), DPR pinned to
 * `dpr` (default 1; `dpr=device` follows the display), time frozen at 0, and
 * `window.sdfReady` set once the first frame is drawn, and programs compiled before the
 * frame that needs them (`compile=parallel` turns background compiles back on).
 * `programs` sets the program cache's cap (tests of eviction); `bands` the cost in ms above
 * which a live frame is a preview then bands (off in test mode unless given).
 */
export interface PageOptions {
  readonly test: boolean;
  readonly width: number;
  readonly height: number;
  /** undefined = follow the display's devicePixelRatio. */
  readonly dpr: number | undefined;
  /** Live frames compile new programs in the background where the browser can. */
  readonly parallelCompile: boolean;
  readonly programCap: number;
  /** Live frames estimated to cost more than this draw as a preview, then in bands. */
  readonly bandsAboveMs: number;
}

const MAX_SIDE = 4096;
const PROGRAM_CAP_RANGE = [2, 256] as const;

export function readPageOptions(search: string): { options: PageOptions; problems: string[] } {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const test = params.has('test');
  const int = (name: string, fallback: number): number => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    const value = Number(raw);
    if (Number.isInteger(value) && value >= 1 && value <= MAX_SIDE) return value;
    problems.push(
      `${name}=${raw.slice(0, 20)}: expected an integer from 1 to ${MAX_SIDE}; using ${fallback}`,
    );
    return fallback;
  };
  const width = int('width', 256);
  const height = int('height', 256);
  const compile = params.get('compile');
  if (compile !== null && compile !== 'parallel' && compile !== 'wait')
    problems.push(`compile=${compile.slice(0, 20)}: expected "parallel" or "wait"`);
  const parallelCompile = compile === 'parallel' || (compile !== 'wait' && !test);
  const capParam = params.get('programs');
  let programCap: number = PROGRAM_CACHE_CAP;
  if (capParam !== null) {
    const value = Number(capParam);
    if (Number.isInteger(value) && value >= PROGRAM_CAP_RANGE[0] && value <= PROGRAM_CAP_RANGE[1])
      programCap = value;
    else
      problems.push(
        `programs=${capParam.slice(0, 20)}: expected an integer from ${PROGRAM_CAP_RANGE.join(' to ')}; using ${PROGRAM_CACHE_CAP}`,
      );
  }
  const dprParam = params.get('dpr');
  let dpr: number | undefined = test ? 1 : undefined;
  if (dprParam === 'device') dpr = undefined;
  else if (dprParam !== null) {
    const value = Number(dprParam);
    if (Number.isFinite(value) && value >= 0.25 && value <= 8) dpr = value;
    else
      problems.push(`dpr=${dprParam.slice(0, 20)}: expected a number from 0.25 to 8 or "device"`);
  }
  // Test mode draws every frame whole, so what a test counts never hangs on a timing;
  // `bands=<ms>` turns preview-then-bands on above that cost (the heavy-frame tests).
  const bandsParam = params.get('bands');
  let bandsAboveMs = test ? Infinity : WHOLE_FRAME_MS;
  if (bandsParam !== null) {
    const value = Number(bandsParam);
    if (Number.isFinite(value) && value >= 0 && value <= 1e5) bandsAboveMs = value;
    else problems.push(`bands=${bandsParam.slice(0, 20)}: expected milliseconds from 0 to 100000`);
  }
  return {
    options: { test, width, height, dpr, parallelCompile, programCap, bandsAboveMs },
    problems,
  };
}
