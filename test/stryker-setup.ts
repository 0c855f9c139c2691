// vitest setup file of the mutation-testing run only (vitest.stryker.config.ts; never `npm test`):
// fast-check's property tests run 10 cases instead of the default 100, because Stryker runs the
// covering tests once per mutant. A property that sets its own `numRuns` keeps it. The full
// number of cases still runs in `npm test`; a mutant only a rare generated case would kill can
// survive here, so the score is, if anything, an under-estimate. See docs/benchmarks.md.
//
// The seed is fixed too. `@fast-check/vitest`'s `test.prop` names each test "<title> (with
// seed=<seed>)", and without a global seed that seed is drawn afresh each time a file is collected.
// Stryker runs a mutant's covering tests by name (vitest's testNamePattern, built from the names
// of the dry run), so in every mutant run the names no longer matched: no `test.prop` property
// ever ran against a mutant, and every mutant only a property would kill survived.
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), numRuns: 10, seed: 20261124 });
