import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import * as define from '../src/define-entry.js';

const api = { ...root, ...define };
import { staffordshire, stokeOnTrent } from '../src/index.js';
import { onlyThresholdError } from './helpers.js';

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
  mapLevel: (a, b, c) => api.mapLevel(a as never, b as never, c as never),
  carryAssessment: (a, b, c) => api.carryAssessment(a as never, b as never, c as never),
  decideConsent: (a, b) => api.decideConsent(a as never, b as never),
  recordConsentDecision: (a, b) => api.recordConsentDecision(a as never, b as never),
  contactFor: (a, b) => api.contactFor(a as never, b as never),
  censusFactors: (a, b) => api.censusFactors(a as never, b as never),
  searchIndicators: (a, b, c) => api.searchIndicators(a as never, b as never, c as never),
  defineFramework: (a) => api.defineFramework(a),
};


const snapshot = JSON.stringify([stokeOnTrent, staffordshire]);

describe('hostile input', () => {
  for (const [name, call] of Object.entries(calls)) {
    it(`${name}: targeted cases (proxies, fake Dates, prototype keys, huge values) throw only ThresholdError`, () => {
      for (const a of frameworks) for (const b of hostile) onlyThresholdError(() => call(a, b, stokeOnTrent));
      for (const b of hostile) onlyThresholdError(() => call(stokeOnTrent, b, staffordshire));
    });

    fcTest.prop([fc.oneof(fc.constantFrom(stokeOnTrent, staffordshire), fc.anything()), fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), fc.anything()])(
      `${name}: arbitrary input returns or throws ThresholdError`,
      (a, b, c) => onlyThresholdError(() => call(a, b, c)),
    );
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
