import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import * as define from '../src/define-entry.js';

const api = { ...root, ...define };
import { staffordshire, stokeOnTrent } from '../src/index.js';
import { errorOf, expectPlainFrozen, nonPlainValues, onlyThresholdError } from './helpers.js';

// Every public function, given anything, returns or throws ThresholdError with a code:
// never a TypeError, never a hang, never prototype pollution, never a change to built-in data.
const revoked = (() => {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
})();
const trap = new Proxy(
  {},
  {
    ownKeys() {
      throw new Error('trap');
    },
    get() {
      throw new Error('trap');
    },
    getOwnPropertyDescriptor() {
      throw new Error('trap');
    },
  },
);
const getter = Object.defineProperty({}, 'indicators', { get: () => ['x'], enumerable: true });
const fakeDate = Object.create(Date.prototype) as Date;
const hostile: unknown[] = [
  null,
  undefined,
  NaN,
  Infinity,
  -0,
  '',
  '__proto__',
  'constructor',
  'toString',
  Symbol('s'),
  () => 1,
  new Date('invalid'),
  fakeDate,
  revoked,
  trap,
  getter,
  Object.freeze({}),
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  new Array(100_000).fill('education-regular-attendance'),
  'x'.repeat(200_000),
  [revoked],
  { indicators: [trap] },
  { at: fakeDate },
  { at: new Date(), bankHolidays: new Array(10_000).fill('2026-01-01') },
  ...nonPlainValues(),
];
const frameworks: unknown[] = [stokeOnTrent, staffordshire, ...hostile];

type Call = (a: unknown, b: unknown, c: unknown) => unknown;
const calls: Record<string, Call> = {
  getFramework: (a) => api.getFramework(a as never),
  getLevel: (a, b) => api.getLevel(a as never, b as never),
  getArea: (a, b) => api.getArea(a as never, b as never),
  getIndicator: (a, b) => api.getIndicator(a as never, b as never),
  findIndicators: (a, b) => api.findIndicators(a as never, b as never),
  resolveLevel: (a, b) => api.resolveLevel(a as never, b as never),
  levelOf: (a, b) => api.levelOf(a as never, b as never),
  consentConcernFor: (a, b) => api.consentConcernFor(a as never, b as never),
  consentPurposeFor: (a, b) => api.consentPurposeFor(a as never, b as never),
  isLevelId: (a, b) => api.isLevelId(a as never, b),
  isAreaId: (a, b) => api.isAreaId(a as never, b),
  isIndicatorId: (a, b) => api.isIndicatorId(a as never, b),
  mapLevel: (a, b, c) => api.mapLevel(a as never, b as never, c as never),
  carryAssessment: (a, b, c) => api.carryAssessment(a as never, b as never, c as never),
  decideConsent: (a, b) => api.decideConsent(a as never, b as never),
  recordConsentDecision: (a, b) => api.recordConsentDecision(a as never, b as never),
  contactFor: (a, b) => api.contactFor(a as never, b as never),
  censusFactors: (a, b) => api.censusFactors(a as never, b as never),
  searchIndicators: (a, b, c) => api.searchIndicators(a as never, b as never, c as never),
  suggestIndicators: (a, b, c) => api.suggestIndicators(a as never, b as never, c as never),
  defineFramework: (a) => api.defineFramework(a),
  provenanceOf: (a) => api.provenanceOf(a as never),
  recordResolution: (a, b) => api.recordResolution(a as never, b as never),
  replayRecord: (a, b) => api.replayRecord(a as never, b as never),
  diffFrameworks: (a, b) => api.diffFrameworks(a as never, b as never),
  formatDiff: (a) => api.formatDiff(a as never),
  bankHolidaysFromFeed: (a, b) => api.bankHolidaysFromFeed(a, b as never),
};

const snapshot = JSON.stringify([stokeOnTrent, staffordshire]);

describe('hostile input', () => {
  for (const [name, call] of Object.entries(calls)) {
    it(`${name}: targeted cases (proxies, fake Dates, prototype keys, huge values) throw only ThresholdError`, () => {
      for (const a of frameworks) for (const b of hostile) onlyThresholdError(() => call(a, b, stokeOnTrent));
      for (const b of hostile) onlyThresholdError(() => call(stokeOnTrent, b, staffordshire));
    });

    fcTest.prop([
      fc.oneof(fc.constantFrom(stokeOnTrent, staffordshire), fc.anything()),
      fc.oneof(
        fc.anything({
          withNullPrototype: true,
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withDate: true,
        }),
        fc.constantFrom(...nonPlainValues({ proxies: false })),
      ),
      fc.anything(),
    ])(`${name}: arbitrary input returns or throws ThresholdError`, (a, b, c) => onlyThresholdError(() => call(a, b, c)));
  }

  it('leaves no prototype pollution and no change to the built-in data', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify([stokeOnTrent, staffordshire])).toBe(snapshot);
  });

  it('a huge assessment resolves (duplicates count once)', () => {
    const r = api.resolveLevel(stokeOnTrent, { indicators: new Array(100_000).fill('housing-risk-of-eviction') });
    expect(r.needs).toHaveLength(1);
  });
});

describe('non-plain input is an error with its path, never read as empty', () => {
  const fw = stokeOnTrent;
  const cases: [string, () => unknown, readonly (string | number)[]][] = [
    ['resolveLevel Map', () => api.resolveLevel(fw, new Map([['indicators', ['education-attendance-below-90']]]) as never), []],
    ['levelOf Set in indicators', () => api.levelOf(fw, { indicators: new Set(['education-attendance-below-90']) } as never), ['indicators']],
    [
      'findIndicators class instance',
      () =>
        api.findIndicators(
          fw,
          new (class {
            kind = 'need';
          })() as never,
        ),
      [],
    ],
    ['searchIndicators Date options', () => api.searchIndicators(fw, 'x', new Date() as never), []],
    ['decideConsent array situation', () => api.decideConsent(fw, [] as never), []],
    ['contactFor Map query', () => api.contactFor(fw, new Map() as never), []],
    ['mapLevel boxed level', () => api.mapLevel(fw, Object(3) as never, staffordshire), []],
    ['carryAssessment Map measures', () => api.carryAssessment(fw, { measures: new Map() } as never, staffordshire), ['measures']],
  ];
  for (const [name, call, path] of cases) {
    it(name, () => {
      const e = errorOf(call);
      expect(e.issues.map((i) => i.path)).toContainEqual(path);
    });
  }
});

// ---------------------------------------------------------------- results
const fwArb = fc.constantFrom(stokeOnTrent, staffordshire);
const idsArb = fwArb.chain((fw) =>
  fc.tuple(
    fc.constant(fw),
    fc.subarray(
      fw.indicators.map((i) => i.id),
      { maxLength: 8 },
    ),
  ),
);
const measuresArb = fc.record({ attendancePercent: fc.double({ min: 0, max: 100, noNaN: true }), missingEpisodesLast90Days: fc.nat(20) }, { requiredKeys: [] });
const situationArb = fc.record({
  purpose: fc.constantFrom('early-help-assessment', 'referral-to-childrens-social-care', 'prevent-referral', 'information-sharing'),
  concern: fc.constantFrom('wellbeing', 'child-in-need', 'significant-harm'),
  consent: fc.constantFrom('given', 'refused', 'not-yet-sought', 'cannot-be-obtained'),
  approval: fc.constantFrom('not-sought', 'granted', 'refused'),
  immediateDanger: fc.boolean(),
  seekingConsentWouldPlaceChildAtRisk: fc.boolean(),
  seekingConsentWouldCauseUndueDelay: fc.boolean(),
});
/** Runs `f`; a ThresholdError (valid input the data does not cover) is not a result. */
const resultOf = (f: () => unknown): unknown => {
  try {
    return f();
  } catch (e) {
    if (e instanceof root.ThresholdError) return undefined;
    throw e;
  }
};

describe('every result of every public function is plain, deep-frozen data', () => {
  fcTest.prop([idsArb, measuresArb, fc.integer({ min: 1, max: 4 })])(
    'resolveLevel, levelOf, carryAssessment, mapLevel, consentConcernFor, censusFactors',
    ([fw, ids], measures, rank) => {
      const other = fw === stokeOnTrent ? staffordshire : stokeOnTrent;
      for (const r of [
        api.resolveLevel(fw, { indicators: ids, measures }),
        api.levelOf(fw, { indicators: ids, measures }),
        api.carryAssessment(fw, { indicators: ids, measures }, other),
        api.mapLevel(fw, rank, other),
        api.consentConcernFor(fw, rank),
        api.censusFactors(fw, { indicators: ids, measures }),
      ])
        expectPlainFrozen(r);
    },
  );
  fcTest.prop([fwArb, situationArb, fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })])(
    'decideConsent, recordConsentDecision, contactFor (with and without a level)',
    (fw, situation, at) => {
      const d = resultOf(() => api.decideConsent(fw, situation)) as root.ConsentDecision | undefined;
      if (d !== undefined) {
        expectPlainFrozen(d);
        const r = resultOf(() =>
          api.recordConsentDecision(d, {
            practitioner: 'A. Lead',
            decidedAt: at,
            reason: 'r',
            approver: 'M',
            informationShared: 'i',
            sharedWith: 's',
            parentsView: 'p',
          }),
        );
        expectPlainFrozen(r);
      }
      expectPlainFrozen(resultOf(() => api.contactFor(fw, { at, immediateDanger: situation.immediateDanger })) ?? null);
      for (const l of fw.levels) expectPlainFrozen(api.contactFor(fw, { at, level: l.id }));
    },
  );
  fcTest.prop([fwArb, fc.string({ maxLength: 40 }), fc.constantFrom(undefined, 'need', 'strength'), fc.integer({ min: 1, max: 4 })])(
    'searchIndicators, findIndicators, lookups, getFramework',
    (fw, query, kind, rank) => {
      expectPlainFrozen(api.searchIndicators(fw, query, { limit: 5 }));
      expectPlainFrozen(api.findIndicators(fw, kind === undefined ? { level: rank } : { kind, level: rank }));
      expectPlainFrozen(api.getLevel(fw, rank));
      expectPlainFrozen(api.getArea(fw, fw.areas[rank % fw.areas.length]!.id));
      expectPlainFrozen(api.getIndicator(fw, fw.indicators[rank]!.id));
      expectPlainFrozen(resultOf(() => api.consentPurposeFor(fw, fw.routes[0]?.id ?? 'none')) ?? null);
      expect(Object.isFrozen(api.getFramework(fw.id as never))).toBe(true);
    },
  );
});
