import { existsSync } from 'node:fs';

/** Where Chrome or Chromium usually lives, after the environment variables. */
export const STANDARD_CHROME_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const CHROME_ENV_VARS = ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH'] as const;

/**
 * The browser to drive: `CHROME_PATH`, then `PUPPETEER_EXECUTABLE_PATH`, then the standard
 * install paths. Throws an error that names the fix when none exists.
 */
export function findChrome(
  env: Readonly<Record<string, string | undefined>> = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  for (const name of CHROME_ENV_VARS) {
    const path = env[name];
    if (!path) continue;
    if (exists(path)) return path;
    throw new Error(
      `${name} is set to "${path}", but no file is there. Point it at a Chrome or Chromium binary.`,
    );
  }
  const found = STANDARD_CHROME_PATHS.find(exists);
  if (found) return found;
  throw new Error(
    'No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or set CHROME_PATH to its binary. Looked in: ' +
      STANDARD_CHROME_PATHS.join(', '),
  );
}
