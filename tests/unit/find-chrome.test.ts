import { describe, expect, it } from 'vitest';
import { findChrome, STANDARD_CHROME_PATHS } from '../../src/node/cli/find-chrome';

describe('findChrome', () => {
  const only =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);

  it('prefers CHROME_PATH, then PUPPETEER_EXECUTABLE_PATH', () => {
    expect(
      findChrome({ CHROME_PATH: '/a', PUPPETEER_EXECUTABLE_PATH: '/b' }, only('/a', '/b')),
    ).toBe('/a');
    expect(findChrome({ PUPPETEER_EXECUTABLE_PATH: '/b' }, only('/b', '/usr/bin/chromium'))).toBe(
      '/b',
    );
  });

  it('falls back to the standard paths in order', () => {
    expect(findChrome({}, only('/usr/bin/google-chrome', '/usr/bin/chromium'))).toBe(
      '/usr/bin/chromium',
    );
  });

  it('names the variable when it points nowhere', () => {
    expect(() => findChrome({ CHROME_PATH: '/nowhere' }, only())).toThrow(
      'CHROME_PATH is set to "/nowhere", but no file is there',
    );
  });

  it('says how to install one when none is found', () => {
    expect(() => findChrome({}, only())).toThrow(/apt-get install chromium.*CHROME_PATH/);
    expect(STANDARD_CHROME_PATHS).toContain('/usr/bin/chromium');
  });
});
