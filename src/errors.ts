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
  /** what is wrong there, as a sentence naming the argument and the bad value */
  readonly message: string;
  /** the code this problem alone would raise, e.g. `UNKNOWN_INDICATOR` */
  readonly code?: ThresholdErrorCode;
  /** the nearest valid values for this problem, best first */
  readonly suggestions?: readonly string[];
}

/** Marks errors of this package across its ESM and CommonJS builds (a registered symbol is shared). */
const ERROR_BRAND: unique symbol = Symbol.for('safeguarding-thresholds.ThresholdError') as never;

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
    options: { issues?: readonly ThresholdIssue[]; suggestions?: readonly string[]; cause?: unknown } = {},
  ) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.name = 'ThresholdError';
    this.code = code;
    this.issues = Object.freeze((options.issues ?? []).map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) })));
    this.suggestions = Object.freeze([...(options.suggestions ?? [])]);
    Object.defineProperty(this, ERROR_BRAND, { value: true });
  }

  /**
   * `instanceof ThresholdError` holds for an error of this package whichever of its builds
   * (ESM or CommonJS) threw it, so an app that loads both still recognises it.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[ERROR_BRAND] === true;
  }
}

/** Renders any value for an error message, safely and briefly (never calls user code that can throw out). @internal */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined) return String(value);
  if (typeof value === 'bigint') return `the bigint ${String(value)}n`;
  if (value === null) return 'null';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'function') return 'a function';
  try {
    if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) return 'an object';
    if (value instanceof Date) {
      const t = Date.prototype.getTime.call(value);
      return Number.isNaN(t) ? 'an invalid Date' : `the Date ${new Date(t).toISOString()}`;
    }
    if (value instanceof Map) return 'a Map';
    if (value instanceof Set) return 'a Set';
    if (ArrayBuffer.isView(value)) return 'a typed array';
    const name: unknown = (proto as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name !== '' ? `an instance of ${name}` : 'an object with a custom prototype';
  } catch {
    return 'an unreadable object (a revoked or throwing proxy, or a fake Date)';
  }
}

/** Renders a JSON path after an argument name: `assessment.indicators[3]`. @internal */
export function where(root: string, path: readonly (string | number)[]): string {
  let out = root;
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? (out === '' ? p : `.${p}`) : `[${JSON.stringify(p)}]`;
  return out;
}

/**
 * Throws one ThresholdError for every issue found. The code is the issues'
 * shared code, else `fallback`; the message lists every issue. @internal
 */
export function fail(fn: string, fallback: ThresholdErrorCode, issues: readonly ThresholdIssue[], cause?: unknown): never {
  const codes = new Set(issues.map((i) => i.code ?? fallback));
  const code = codes.size === 1 ? [...codes][0]! : fallback;
  const suggestions = issues.length === 1 ? (issues[0]!.suggestions ?? []) : [];
  const head = issues.length === 1 ? `${fn}: ` : `${fn}: ${issues.length} problems. `;
  const shown = issues.slice(0, 20).map((i) => i.message);
  if (issues.length > 20) shown.push(`And ${issues.length - 20} more (see issues).`);
  throw new ThresholdError(code, head + shown.join(' '), { issues, suggestions, ...(cause === undefined ? {} : { cause }) });
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

/** Throws `code` for `bad`, naming it and the nearest of `valid` (`more`: a sentence to add, such as an other-framework hint). @internal */
export function unknown(code: ThresholdErrorCode, what: string, bad: unknown, valid: readonly string[], where = '', more = ''): never {
  const suggestions = nearest(bad, valid);
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?` : '.';
  throw new ThresholdError(code, `Unknown ${what} ${describe(bad)}${where}${hint}${more}`, { suggestions });
}

/** Throws INVALID_INPUT (or another code) naming the argument and what was received. @internal */
export function invalid(code: ThresholdErrorCode, message: string, issues?: readonly ThresholdIssue[]): never {
  throw new ThresholdError(code, message, issues ? { issues } : {});
}
