/**
 * The one error type the library throws.
 * @module
 */
import { distance } from './distance.js';

/** Machine-readable error codes. The code is the contract; messages are for people. */
export type ThresholdErrorCode =
  | 'UNKNOWN_FRAMEWORK'
  | 'UNKNOWN_LEVEL'
  | 'UNKNOWN_AREA'
  | 'UNKNOWN_INDICATOR'
  | 'INVALID_ASSESSMENT'
  | 'INVALID_MEASURE'
  | 'INVALID_SITUATION'
  | 'UNSUPPORTED_PURPOSE'
  | 'NO_CROSSWALK'
  | 'INVALID_FRAMEWORK'
  | 'INVALID_INPUT';

/** One problem in an input, with the JSON path where it was found. */
export interface ThresholdIssue {
  /** path from the argument's root, e.g. `["indicators", 3]` */
  readonly path: readonly (string | number)[];
  /** what is wrong there */
  readonly message: string;
}

/**
 * The only error the library throws. `code` tells a program what went wrong;
 * `message` tells a person, naming the bad value and, where it helps, the
 * nearest valid ones (also in `suggestions`).
 *
 * @category Errors
 * @example
 * ```ts
 * import { getLevel, stokeOnTrent, ThresholdError } from 'safeguarding-thresholds';
 * let error;
 * try {
 *   getLevel(stokeOnTrent, 'getting-hlep'); // also a compile error in TypeScript
 * } catch (e) {
 *   if (e instanceof ThresholdError) error = e;
 * }
 * [error.code, error.suggestions[0]];
 * //=> [ 'UNKNOWN_LEVEL', 'getting-help' ]
 * ```
 */
export class ThresholdError extends Error {
  /** what went wrong, for programs */
  readonly code: ThresholdErrorCode;
  /** every problem found, each with its JSON path (for `INVALID_*` codes) */
  readonly issues: readonly ThresholdIssue[];
  /** the nearest valid values, best first, where there are any */
  readonly suggestions: readonly string[];

  constructor(
    code: ThresholdErrorCode,
    message: string,
    options: { issues?: readonly ThresholdIssue[]; suggestions?: readonly string[] } = {},
  ) {
    super(message);
    this.name = 'ThresholdError';
    this.code = code;
    this.issues = Object.freeze([...(options.issues ?? [])]);
    this.suggestions = Object.freeze([...(options.suggestions ?? [])]);
  }
}

/** Renders any value for an error message, safely and briefly. @internal */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === undefined) return String(value);
  if (value === null) return 'null';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a Date';
  return 'an object';
}

/**
 * The valid values nearest to `bad`: shared words, prefixes and edit distance.
 * Deterministic; at most `limit`. @internal
 */
export function nearest(bad: unknown, valid: readonly string[], limit = 3): string[] {
  if (valid.length === 0) return [];
  if (typeof bad !== 'string' && typeof bad !== 'number') return valid.slice(0, limit);
  const b = String(bad).toLowerCase().slice(0, 80);
  const words = new Set(b.split(/[^a-z0-9]+/).filter((w) => w.length > 2));
  const scored = valid.map((v, index) => {
    const lv = v.toLowerCase();
    let score = distance(b, lv, 12);
    if (lv.startsWith(b) || b.startsWith(lv)) score -= 6;
    else if (lv.includes(b) || b.includes(lv)) score -= 4;
    for (const w of lv.split('-')) if (words.has(w)) score -= 3;
    return { v, score, index };
  });
  scored.sort((x, y) => x.score - y.score || x.index - y.index);
  return scored.slice(0, limit).map((s) => s.v);
}

/** Throws `code` for `bad`, naming it and the nearest of `valid`. @internal */
export function unknown(code: ThresholdErrorCode, what: string, bad: unknown, valid: readonly string[], where = ''): never {
  const suggestions = nearest(bad, valid);
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?` : '';
  throw new ThresholdError(code, `Unknown ${what} ${describe(bad)}${where}${hint}`, { suggestions });
}

/** Throws INVALID_INPUT (or another code) naming the argument and what was received. @internal */
export function invalid(code: ThresholdErrorCode, message: string, issues?: readonly ThresholdIssue[]): never {
  throw new ThresholdError(code, message, issues ? { issues } : {});
}

/**
 * Re-throws a ThresholdError as is, and turns anything else raised while
 * reading hostile input (a throwing proxy trap, a revoked proxy, a fake Date)
 * into `INVALID_INPUT`, so that no public function throws another type. @internal
 */
export function rethrow(e: unknown, where: string): never {
  if (e instanceof ThresholdError) throw e;
  let why = 'unreadable value';
  try {
    if (e instanceof Error) why = `${e.name}: ${e.message}`;
  } catch {
    // keep the generic reason
  }
  throw new ThresholdError('INVALID_INPUT', `${where}: the input could not be read (${why})`);
}
