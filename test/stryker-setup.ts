// vitest setup file of the mutation-testing run only (vitest.stryker.config.ts; never `npm test`):
// fast-check's property tests run 10 cases instead of the default 100, because Stryker runs the
// covering tests once per mutant. A property that sets its own `numRuns` keeps it. The full
// number of cases still runs in `npm test`; a mutant only a rare generated case would kill can
// survive here, so the score is, if anything, an under-estimate. See docs/benchmarks.md.
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), numRuns: 10 });
