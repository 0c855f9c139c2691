// Run by scripts/check-package.mjs inside a scratch project where the packed tarball is installed.
import assert from 'node:assert/strict';
import * as root from 'safeguarding-thresholds';
import * as stokeModule from 'safeguarding-thresholds/stoke-on-trent';
import * as staffsModule from 'safeguarding-thresholds/staffordshire';
import * as defineModule from 'safeguarding-thresholds/define';
import { createRequire } from 'node:module';
import { check } from './smoke-checks.cjs';

check(root, { stokeOnTrent: stokeModule.stokeOnTrent, staffordshire: staffsModule.staffordshire, stokeModule, staffsModule, defineModule }, assert);
// an app that loads both builds (dual package) still recognises the other build's errors
const cjs = createRequire(import.meta.url)('safeguarding-thresholds');
assert.notEqual(cjs.ThresholdError, root.ThresholdError);
assert.throws(
  () => cjs.getLevel(cjs.stokeOnTrent, 'nope'),
  (e) => e instanceof root.ThresholdError && e.code === 'UNKNOWN_LEVEL',
);
assert.throws(
  () => root.getLevel(root.stokeOnTrent, 'nope'),
  (e) => e instanceof cjs.ThresholdError,
);
assert.equal(new Error('x') instanceof root.ThresholdError, false);
console.log('ESM smoke: ok');
