import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // builds src/generated/ and dist/ when missing or stale, so no test skips or runs on old output
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default'],
    testTimeout: 60_000,
    // type tests (test/**/*.test-d.ts) run in the same `vitest run`, checked by tsc
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
