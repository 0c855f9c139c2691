// vitest globalSetup of the mutation-testing run (vitest.stryker.config.ts): only the generated
// modules the sources import; the tests that need dist/ are not part of that run.
import { setupData } from './global-setup.js';

export default setupData;
