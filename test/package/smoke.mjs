// Run by scripts/check-package.mjs inside a scratch project where the packed tarball is installed.
import assert from 'node:assert/strict';
import * as root from 'safeguarding-thresholds';
import * as stokeModule from 'safeguarding-thresholds/stoke-on-trent';
import * as staffsModule from 'safeguarding-thresholds/staffordshire';
import * as defineModule from 'safeguarding-thresholds/define';
import { check } from './smoke-checks.cjs';

check(root, { stokeOnTrent: stokeModule.stokeOnTrent, staffordshire: staffsModule.staffordshire, stokeModule, staffsModule, defineModule }, assert);
console.log('ESM smoke: ok');
