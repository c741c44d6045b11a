import { defineConfig } from 'vitest/config';

// Tests against the built extension in real Chromium and Firefox ESR (see tests/browser).
// One file at a time: the machine has two cores and each file starts its own browser.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
