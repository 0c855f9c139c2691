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
