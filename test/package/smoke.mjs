// Run by scripts/check-package.mjs inside a scratch project where the packed tarball is installed.
import assert from 'node:assert/strict';
import * as root from 'safeguarding-thresholds';
import { stokeOnTrent } from 'safeguarding-thresholds/stoke-on-trent';
import { staffordshire } from 'safeguarding-thresholds/staffordshire';
import { check } from './smoke-checks.cjs';

check(root, { stokeOnTrent, staffordshire }, assert);
console.log('ESM smoke: ok');
