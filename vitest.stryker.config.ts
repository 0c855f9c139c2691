// The vitest configuration Stryker runs (npm run test:mutation, stryker.config.mjs): the unit
// tests of the decision modules, without the tests that run the built package (dist/) or compare
// generated documents, which a mutant of the sources cannot change. `test/stryker-setup.ts` lowers
// fast-check's default number of runs for this configuration only.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'test/examples.test.ts',
      'test/tsdoc-examples.test.ts',
      'test/json-schema.test.ts',
      'test/registry.test.ts',
      'test/tree-shaking.test.ts',
      'test/e2e/**',
    ],
    globalSetup: ['test/global-setup-data.ts'],
    setupFiles: ['test/stryker-setup.ts'],
    testTimeout: 60_000,
  },
});
