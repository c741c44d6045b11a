import { defineConfig } from 'vitest/config';

// `npm run bench:senses`: the sense benchmark (./care-senses.run.ts) in Node with happy-dom,
// through vitest only so that it reads the extension's TypeScript as it is. A report, not a
// test: it prints its figures and passes.
export default defineConfig({
  test: {
    include: ['tests/bench/care-senses/care-senses.run.ts'],
    environment: 'happy-dom',
    testTimeout: 600_000,
  },
});
