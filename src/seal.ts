/**
 * Deep freezing and the framework brand, apart from src/core.ts so that the generated framework modules import
 * nothing but this, src/inflate.ts and the tag index: a bundle then holds a framework's data ahead of the
 * library's code, not between two parts of it (gzip matches repeats only within 32 KB, and the data is larger).
 * @module
 * @internal
 */

/** The brand a framework of this package carries (non-enumerable: JSON and spread leave it out). @internal */
export const BRAND: unique symbol = Symbol.for('safeguarding-thresholds.framework') as never;

/** Deep-freezes plain data in place and returns it; stops at objects already frozen. @internal */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  } else {
    const o = value as Record<string, unknown>;
    // plain data only: own enumerable keys (Object.prototype has no enumerable ones)
    for (const key in o) deepFreeze(o[key]);
  }
  return value;
}

/** Brands and deep-freezes validated framework data of `defineFramework`. @internal */
export function sealDefined<F>(data: unknown): F {
  Object.defineProperty(data, BRAND, { value: true, enumerable: false });
  return deepFreeze(data) as F;
}

/** Brands and deep-freezes validated built-in framework data (the generated modules call it). @internal */
export const sealFramework: <F>(data: unknown) => F = sealDefined;
