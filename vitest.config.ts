import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: fast, in Node with happy-dom and WXT's fake browser. Tests that need a real
// browser are `*.browser.test.ts` and run from vitest.browser.config.ts instead.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    restoreMocks: true,
    // The property tests (fast-check, hundreds of runs each) take 2–3 s on a quiet machine;
    // a clean-clone CI run with the machine busy took one to 9.7 s, over the 5 s default.
    testTimeout: 30_000,
  },
});
