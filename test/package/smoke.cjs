// Run by scripts/check-package.mjs inside a scratch project where the packed tarball is installed.
const assert = require('node:assert/strict');
const root = require('safeguarding-thresholds');
const { stokeOnTrent } = require('safeguarding-thresholds/stoke-on-trent');
const { staffordshire } = require('safeguarding-thresholds/staffordshire');
const { check } = require('./smoke-checks.cjs');

check(root, { stokeOnTrent, staffordshire }, assert);
console.log('CJS smoke: ok');
