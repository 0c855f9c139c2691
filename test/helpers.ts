import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { ThresholdError, type ThresholdErrorCode } from '../src/errors.js';

export const root = new URL('..', import.meta.url).pathname;
export const readJson = (p: string): unknown => JSON.parse(readFileSync(`${root}${p}`, 'utf8'));

/** The code of the ThresholdError `fn` throws; fails the test on any other outcome. */
export function codeOf(fn: () => unknown): ThresholdErrorCode | 'no error' {
  try {
    fn();
  } catch (e) {
    if (e instanceof ThresholdError) return e.code;
    throw new Error(`expected a ThresholdError, got ${String(e)}`, { cause: e });
  }
  return 'no error';
}

/** The ThresholdError `fn` throws. */
export function errorOf(fn: () => unknown): ThresholdError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ThresholdError) return e;
    throw new Error(`expected a ThresholdError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected a ThresholdError, nothing was thrown');
}

/** `fn` returns, or throws a ThresholdError with a code: never anything else. */
export function onlyThresholdError(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ThresholdError);
    expect((e as ThresholdError).code).toMatch(/^[A-Z_]+$/);
  }
}

/**
 * `value` is plain, deep-frozen data: `structuredClone` and a JSON round trip
 * give a deep-equal copy (so nothing is lost: no getters, class instances,
 * Dates or `undefined` values), and every object and array in it is frozen.
 */
export function expectPlainFrozen(value: unknown): void {
  expect(structuredClone(value)).toStrictEqual(value);
  expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
  const walk = (v: unknown, path: string): void => {
    if (typeof v !== 'object' || v === null) {
      expect(v, `${path} is undefined`).not.toBeUndefined();
      return;
    }
    expect(Object.isFrozen(v), `${path} is frozen`).toBe(true);
    const proto: unknown = Object.getPrototypeOf(v);
    expect(proto === Object.prototype || proto === Array.prototype, `${path} is a plain object or array`).toBe(true);
    for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(value, 'result');
}

/**
 * Map, Set, Date, class instance, boxed value, typed array, throwing getter and
 * (with `proxies`) throwing and revoked proxies: input no function accepts.
 * fast-check cannot generate from proxies, so properties pass `proxies: false`.
 */
export function nonPlainValues({ proxies = true } = {}): unknown[] {
  class Assessment {
    indicators = ['education-attendance-below-90'];
  }
  const throwingGetter = Object.defineProperty({}, 'indicators', {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });
  const throwingProto = new Proxy(
    {},
    {
      getPrototypeOf() {
        throw new Error('getPrototypeOf trap');
      },
    },
  );
  const throwingGet = new Proxy(
    { indicators: [] },
    {
      getOwnPropertyDescriptor() {
        throw new Error('descriptor trap');
      },
    },
  );
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  return [
    new Map([['indicators', ['education-attendance-below-90']]]),
    new Set(['education-attendance-below-90']),
    new Date(),
    new Assessment(),
    Object(5),
    new Uint8Array(2),
    throwingGetter,
    ...(proxies ? [throwingProto, throwingGet, revoked.proxy] : []),
    { indicators: new Set(['education-attendance-below-90']) },
    { measures: new Map([['attendancePercent', 50]]) },
    { measures: new Date() },
    { indicators: [new String('education-attendance-below-90')] },
    { limit: new Number(3) },
  ];
}
