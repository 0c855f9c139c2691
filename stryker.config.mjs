// Mutation testing of the decision modules: `npm run test:mutation` (not part of `npm test`:
// 2,082 mutants, an estimated two to three hours at concurrency 1 on a loaded two-core machine).
// Restrict a run with `--mutate` (several files separated by commas), e.g.
//   npx stryker run --mutate src/consent.ts,src/lookup.ts --concurrency 1
// See docs/benchmarks.md, "Mutation testing".
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  // resolution, consent, crosswalk (and its relation), contacts (and its local time), lookups
  mutate: [
    'src/resolve.ts',
    'src/resolve/**/*.ts',
    'src/consent.ts',
    'src/crosswalk.ts',
    'src/crosswalk-relation.ts',
    'src/contacts.ts',
    'src/london-time.ts',
    'src/lookup.ts',
  ],
  coverageAnalysis: 'perTest',
  // Reuse the results of mutants whose code and covering tests did not change since the last run
  // (the file is not committed: reports/ is ignored). `--force` re-runs everything.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 90, low: 85, break: null },
  concurrency: 2,
  timeoutMS: 60_000,
  ignorePatterns: ['dist', 'docs/api', 'docs/explorer', 'coverage', 'reports', '.tmp', '.stryker-tmp'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
