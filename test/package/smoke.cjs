// Run by scripts/check-package.mjs inside a scratch project where the packed tarball is installed.
const assert = require('node:assert/strict');
const root = require('safeguarding-thresholds');
const stokeModule = require('safeguarding-thresholds/stoke-on-trent');
const staffsModule = require('safeguarding-thresholds/staffordshire');
const defineModule = require('safeguarding-thresholds/define');
const { check } = require('./smoke-checks.cjs');

check(root, { stokeOnTrent: stokeModule.stokeOnTrent, staffordshire: staffsModule.staffordshire, stokeModule, staffsModule, defineModule }, assert);
console.log('CJS smoke: ok');
