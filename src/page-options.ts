/**
 * Page flags from the query string. `?test` turns on the deterministic test mode:
 * a fixed canvas of `width` x `height` CSS pixels (default 256 x 256), DPR pinned to
 * `dpr` (default 1; `dpr=device` follows the display), time frozen at 0, and
 * `window.sdfReady` set once the first frame is drawn.
 */
export interface PageOptions {
  readonly test: boolean;
  readonly width: number;
  readonly height: number;
  /** undefined = follow the display's devicePixelRatio. */
  readonly dpr: number | undefined;
}

const MAX_SIDE = 4096;

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
  const dprParam = params.get('dpr');
  let dpr: number | undefined = test ? 1 : undefined;
  if (dprParam === 'device') dpr = undefined;
  else if (dprParam !== null) {
    const value = Number(dprParam);
    if (Number.isFinite(value) && value >= 0.25 && value <= 8) dpr = value;
    else
      problems.push(`dpr=${dprParam.slice(0, 20)}: expected a number from 0.25 to 8 or "device"`);
  }
  return { options: { test, width, height, dpr }, problems };
}
