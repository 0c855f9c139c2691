// Shared assertions of the ESM and CJS smoke runs: the installed package works from
// the root and both subpaths, data is frozen, bad ids get the right codes.
function codeOf(fn) {
  try {
    fn();
  } catch (e) {
    return e instanceof Error && e.name === 'ThresholdError' ? e.code : `not a ThresholdError: ${e}`;
  }
  return 'no error';
}

// every public runtime name of the root entry (ESM and CJS alike), besides one per built-in
// framework. A name added to src/index.ts must be added here, and a name removed fails here.
const PUBLIC = [
  'ThresholdError',
  'bankHolidays',
  'bankHolidaysFromFeed',
  'canonicalJson',
  'carryAssessment',
  'censusFactors',
  'consentConcernFor',
  'consentPurposeFor',
  'contactFor',
  'decideConsent',
  'diffFrameworks',
  'findIndicators',
  'formatDiff',
  'frameworkHash',
  'frameworks',
  'getArea',
  'getFramework',
  'getIndicator',
  'getLevel',
  'isAreaId',
  'isIndicatorId',
  'isLevelId',
  'levelOf',
  'mapLevel',
  'provenanceOf',
  'recordConsentDecision',
  'recordResolution',
  'replayRecord',
  'resolveLevel',
  'searchIndicators',
  'sha256',
  'suggestIndicators',
  'tags',
];
// the built-in frameworks, as data/frameworks/ lists them (scripts/check-package.mjs passes the ids)
const BUILT_IN = JSON.parse(process.env.SGT_FRAMEWORK_IDS ?? '["stoke-on-trent","staffordshire"]');
const camel = (id) => id.replace(/-([a-z0-9])/g, (_m, c) => c.toUpperCase());

exports.check = function check(root, sub, assert) {
  const names = Object.keys(root)
    .filter((k) => k !== 'default' && k !== '__esModule')
    .sort();
  const expected = [...PUBLIC, ...BUILT_IN.map(camel)].sort();
  assert.deepEqual(names, expected);
  for (const n of expected) assert.notEqual(root[n], undefined, n);
  for (const id of BUILT_IN) assert.equal(root[camel(id)].id, id);
  assert.equal(typeof root.searchIndicators, 'function');
  assert.ok(root.searchIndicators(root.stokeOnTrent, 'missing from home', { limit: 3 }).length > 0);
  // defineFramework and the input schemas at their own subpath, nothing else
  assert.deepEqual(
    Object.keys(sub.defineModule)
      .filter((k) => k !== 'default' && k !== '__esModule')
      .sort(),
    ['defineFramework', 'schemas'],
  );
  assert.deepEqual(Object.keys(sub.defineModule.schemas).sort(), [
    'AssessmentSchema',
    'BankHolidayFeedSchema',
    'ConsentRecordSchema',
    'ConsentSituationSchema',
    'ContactQueryJsonSchema',
    'FrameworkSchema',
    'ResolutionRecordSchema',
  ]);
  assert.equal(sub.defineModule.schemas.AssessmentSchema.safeParse({ measures: { attendancePercent: 101 } }).success, false);
  const mine = sub.defineModule.defineFramework(JSON.parse(JSON.stringify(root.staffordshire)));
  assert.equal(root.resolveLevel(mine, { measures: { missingEpisodesLast90Days: 3 } }).level.id, 'statutory-specialist');
  assert.equal(
    codeOf(() => sub.defineModule.defineFramework({})),
    'INVALID_FRAMEWORK',
  );
  // each subpath carries exactly its one framework
  assert.deepEqual(
    Object.keys(sub.stokeModule).filter((k) => k !== 'default' && k !== '__esModule'),
    ['stokeOnTrent'],
  );
  assert.deepEqual(
    Object.keys(sub.staffsModule).filter((k) => k !== 'default' && k !== '__esModule'),
    ['staffordshire'],
  );
  const { stokeOnTrent, staffordshire, frameworks, getFramework, getLevel, getArea, getIndicator, findIndicators, ThresholdError, tags } = root;
  // the subpaths carry the same objects as the root
  assert.equal(sub.stokeOnTrent, stokeOnTrent);
  assert.equal(sub.staffordshire, staffordshire);
  assert.deepEqual(
    frameworks.map((f) => f.id),
    ['stoke-on-trent', 'staffordshire'],
  );
  assert.equal(getFramework('staffordshire'), staffordshire);
  assert.equal(getLevel(stokeOnTrent, 3).id, 'getting-help');
  assert.equal(getLevel(staffordshire, 'statutory-specialist').rank, 4);
  assert.equal(getArea(staffordshire, 'warmth').parent, 'parents-carers');
  assert.ok(stokeOnTrent.indicators.length > 250 && staffordshire.indicators.length > 200);
  const first = stokeOnTrent.indicators[0];
  assert.equal(getIndicator(stokeOnTrent, first.id), first);
  assert.ok(findIndicators(staffordshire, { tag: 'missing' }).length > 0);
  assert.ok(tags.length > 50);
  // frozen, deeply
  for (const fw of [stokeOnTrent, staffordshire]) {
    assert.ok(Object.isFrozen(fw) && Object.isFrozen(fw.indicators) && Object.isFrozen(fw.indicators[0]) && Object.isFrozen(fw.indicators[0].tags));
    assert.throws(() => {
      'use strict';
      fw.indicators[0].level = 99;
    }, TypeError);
  }
  // bad ids get the right codes
  assert.equal(
    codeOf(() => getFramework('stoke')),
    'UNKNOWN_FRAMEWORK',
  );
  assert.equal(
    codeOf(() => getLevel(stokeOnTrent, 'universal')),
    'UNKNOWN_LEVEL',
  );
  assert.equal(
    codeOf(() => getLevel(staffordshire, 5)),
    'UNKNOWN_LEVEL',
  );
  assert.equal(
    codeOf(() => getArea(stokeOnTrent, 'warmth')),
    'UNKNOWN_AREA',
  );
  assert.equal(
    codeOf(() => getIndicator(staffordshire, first.id)),
    'UNKNOWN_INDICATOR',
  );
  assert.equal(
    codeOf(() => getIndicator(stokeOnTrent, 'toString')),
    'UNKNOWN_INDICATOR',
  );
  assert.equal(
    codeOf(() => findIndicators(stokeOnTrent, { tags: 'missing' })),
    'INVALID_INPUT',
  );
  try {
    getLevel(stokeOnTrent, 'getting-hlep');
  } catch (e) {
    assert.ok(e instanceof ThresholdError);
    assert.equal(e.suggestions[0], 'getting-help');
  }
  // resolution, crosswalk and consent through the installed package
  const r = root.resolveLevel(stokeOnTrent, { measures: { attendancePercent: 89 } });
  assert.equal(r.level.id, 'getting-help');
  assert.equal(
    codeOf(() => root.resolveLevel(stokeOnTrent, { measure: {} })),
    'INVALID_ASSESSMENT',
  );
  assert.deepEqual(
    root.mapLevel(stokeOnTrent, 'getting-advice', staffordshire).to.map((l) => l.id),
    ['universal', 'universal-plus'],
  );
  assert.equal(
    root.carryAssessment(stokeOnTrent, { indicators: ['substance-use-class-a-serious-drug-misuse'] }, staffordshire).level.id,
    'statutory-specialist',
  );
  const d = root.decideConsent(stokeOnTrent, { purpose: 'prevent-referral', concern: 'significant-harm', consent: 'not-yet-sought' });
  assert.equal(d.disclosure, 'do-not-disclose');
  assert.equal(
    codeOf(() => root.decideConsent(staffordshire, { purpose: 'prevent-referral', concern: 'significant-harm', consent: 'given' })),
    'UNSUPPORTED_PURPOSE',
  );
};
