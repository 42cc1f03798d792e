import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One Vite server and one headless Chromium for the whole run, shared by the browser tests.
    globalSetup: ['tests/browser/global-setup.ts'],
    // SwiftShader shares two cores with the server: browser files run one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    // The JSON report is what .ci/run counts; the default reporter is for people.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    hookTimeout: 120_000,
  },
});
