/**
 * Reading untrusted input, the one way every public function does it:
 *
 * 1. {@link readInput} copies an argument into plain data in one guarded step.
 *    Only plain objects (`{}` literals or null-prototype), real arrays,
 *    primitives and — where a function asks for them — Dates are accepted; a
 *    Map, Set, class instance, boxed value, typed array, symbol key, empty
 *    array slot or cycle is reported with its JSON path. Every own key is read
 *    (non-enumerable ones too, so nothing is silently skipped), each value once;
 *    a getter is read as `JSON.stringify` reads it. User code that throws
 *    while being read (a getter, a proxy trap, a revoked proxy, a fake Date)
 *    ends in a `ThresholdError` whose `cause` is what was thrown. This is
 *    the only `try` around user input: computing happens afterwards, on the
 *    copy, so a bug in the library surfaces as a bug, never as bad input.
 * 2. A {@link Checker} validates the copy, collecting every problem (each with
 *    its JSON path and a sentence naming the bad value and the nearest valid
 *    ones) and throws them all at once with {@link Checker.done}.
 *
 * Results go out through `freezeResult` (core.ts): plain, deep-frozen data.
 * @module
 * @internal
 */
import { describe, fail, nearest, where, type ThresholdErrorCode, type ThresholdIssue } from './errors.js';
import { distance } from './distance.js';

/** A path from an argument's root. @internal */
export type Path = readonly (string | number)[];

/** A copied plain object: own data properties only (a `__proto__` key stays an own key). @internal */
export type Plain = { readonly [key: string]: unknown };

const MAX_DEPTH = 64;

/**
 * Copies `value` (the argument `name` of `fn`) into plain data, or throws
 * `code` listing every part that is not plain data. Dates are kept (copied)
 * only when `dates` is true. @internal
 */
export function readInput(fn: string, name: string, value: unknown, code: ThresholdErrorCode, dates = false): unknown {
  // primitives need no copy: the fast path of every call
  if (typeof value !== 'object' || value === null) return value;
  const issues: ThresholdIssue[] = [];
  const path: (string | number)[] = [];
  const stack: object[] = [];
  let out: unknown;
  try {
    out = copy(value, path, stack, issues, name, dates);
  } catch (e) {
    fail(
      fn,
      code,
      [
        {
          path: [...path],
          message: `${where(name, path)} could not be read (${reason(e)}). Pass plain data: object literals, arrays, strings, numbers, booleans.`,
          code,
        },
      ],
      e,
    );
  }
  if (issues.length > 0) fail(fn, code, issues);
  return out;
}

function reason(e: unknown): string {
  try {
    if (e instanceof Error) return `${e.name}: ${e.message}`;
    return `it threw ${describe(e)}`;
  } catch {
    return 'it threw an unreadable value';
  }
}

function copy(value: unknown, path: (string | number)[], stack: object[], issues: ThresholdIssue[], name: string, dates: boolean): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const bad = (message: string): undefined => {
    issues.push({ path: [...path], message: `${where(name, path)} ${message}` });
    return undefined;
  };
  if (stack.includes(value)) return bad('refers back to itself (a cycle); pass plain, tree-shaped data.');
  if (stack.length >= MAX_DEPTH) return bad(`is nested more than ${MAX_DEPTH} levels deep.`);
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return bad(`must be a plain array; received ${describe(value)}.`);
    const n = value.length;
    const out = new Array<unknown>(n);
    stack.push(value);
    for (let i = 0; i < n; i++) {
      const d = Reflect.getOwnPropertyDescriptor(value, i);
      path.push(i);
      if (d === undefined) bad('is an empty slot of a sparse array; every item must be given.');
      else out[i] = copy('value' in d ? d.value : d.get?.call(value), path, stack, issues, name, dates);
      path.pop();
    }
    stack.pop();
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) {
    const out: Record<string, unknown> = {};
    stack.push(value);
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key === 'symbol') {
        bad(`has a symbol key (${String(key.description)}); pass string keys only.`);
        continue;
      }
      const d = Reflect.getOwnPropertyDescriptor(value, key);
      if (d === undefined) continue;
      path.push(key);
      // a getter is read once, as JSON.stringify would; if it throws, readInput reports it with the cause
      const read = copy('value' in d ? d.value : d.get?.call(value), path, stack, issues, name, dates);
      if (key === '__proto__') Object.defineProperty(out, key, { value: read, enumerable: true, writable: true, configurable: true });
      else out[key] = read;
      path.pop();
    }
    stack.pop();
    return out;
  }
  if (value instanceof Date) {
    // a fake Date (Date.prototype without the internal slot) throws here: caught by readInput
    const t = Date.prototype.getTime.call(value);
    // a subclass of Date is a class instance: refused like any other (plain data only)
    if (dates && proto !== Date.prototype) {
      const ctor: unknown = Reflect.getOwnPropertyDescriptor(proto as object, 'constructor')?.value;
      const cls = typeof ctor === 'function' && ctor.name !== '' ? ctor.name : 'a subclass of Date';
      return bad(`must be a plain Date (new Date(…)), not an instance of ${cls}; received ${describe(value)}.`);
    }
    if (dates) return new Date(t);
    return bad(`must be plain data; received ${describe(value)}.`);
  }
  return bad(`must be plain data (an object literal, array, string, number or boolean); received ${describe(value)}.`);
}

/** True for a copied plain object (not an array, not a Date). @internal */
export function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** The allowed key nearest to `key`, if one is close. @internal */
function nearestKey(key: string, allowed: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(k.length / 3)) + 1;
  for (const a of allowed) {
    const l = a.toLowerCase();
    const d = l.startsWith(k) || k.startsWith(l) ? 0 : distance(k, l, bestD);
    if (d < bestD) {
      bestD = d;
      best = a;
    }
  }
  return best;
}

/** A list read as a sentence: `a, b or c`. @internal */
export function orList(items: readonly string[], quote = true): string {
  const q = quote ? items.map((i) => JSON.stringify(i)) : [...items];
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

/**
 * Validates a copied argument, collecting every problem with its path; throws
 * them all at once from {@link Checker.done}. @internal
 */
export class Checker {
  readonly issues: ThresholdIssue[] = [];
  constructor(
    /** the public function, for messages */
    readonly fn: string,
    /** the argument's name, e.g. `assessment` */
    readonly name: string,
    /** the code for shape problems */
    readonly code: ThresholdErrorCode,
  ) {}

  /** `assessment.indicators[3]` */
  at(path: Path): string {
    return where(this.name, path);
  }

  /** Records a problem at `path`; `message` follows the path, e.g. `must be a string; received 3.` */
  add(path: Path, message: string, extra: { code?: ThresholdErrorCode; suggestions?: readonly string[] } = {}): void {
    this.issues.push({ path: [...path], message: `${this.at(path)} ${message}`, ...extra });
  }

  /** Records an unknown value, naming the nearest valid ones. */
  unknown(path: Path, code: ThresholdErrorCode, what: string, bad: unknown, valid: readonly string[], more = ''): void {
    const suggestions = nearest(bad, valid);
    const hint = suggestions.length > 0 ? ` Did you mean ${orList(suggestions)}?` : '';
    this.add(path, `${describe(bad)} is not ${what}.${more}${hint}`, { code, suggestions });
  }

  /**
   * The object at `path`, when it is a plain object whose keys are all in
   * `allowed`; records every unknown key. `undefined` when it is not an object.
   */
  record(value: unknown, path: Path, allowed: readonly string[]): Plain | undefined {
    if (!isPlain(value)) {
      this.add(path, `must be an object with the keys ${orList(allowed, false)}; received ${describe(value)}.`);
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        const near = nearestKey(key, allowed);
        this.issues.push({
          path: [...path, key],
          message: `${this.at(path) || this.name}: unknown key ${JSON.stringify(key)}${near ? `; did you mean '${near}'?` : '.'} Allowed keys: ${allowed.join(', ')}.`,
          ...(near ? { suggestions: [near] } : {}),
        });
      }
    }
    return value;
  }

  /** A string at `path` (optionally non-empty after trimming), else records the problem. */
  string(value: unknown, path: Path, what: string, nonEmpty = false): value is string {
    if (typeof value === 'string' && (!nonEmpty || value.trim() !== '')) return true;
    this.add(path, `must be ${what}; received ${describe(value)}.`);
    return false;
  }

  /** An array at `path`, else records the problem. */
  array(value: unknown, path: Path, what: string): value is readonly unknown[] {
    if (Array.isArray(value)) return true;
    this.add(path, `must be an array of ${what}; received ${describe(value)}.`);
    return false;
  }

  /** Throws every problem recorded, if any. */
  done(): void {
    if (this.issues.length > 0) fail(this.fn, this.code, this.issues);
  }
}

/** A boolean at `path`, else records the problem. @internal */
export function checkBoolean(c: Checker, value: unknown, path: Path): value is boolean {
  if (typeof value === 'boolean') return true;
  c.add(path, `must be true or false; received ${describe(value)}.`);
  return false;
}

/** One of `allowed` at `path`, else records the problem (naming the nearest). @internal */
export function checkOneOf<T extends string>(c: Checker, value: unknown, path: Path, allowed: readonly T[]): value is T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return true;
  const near = typeof value === 'string' ? nearest(value, allowed, 1) : [];
  c.add(
    path,
    `must be one of ${orList(allowed)}; received ${describe(value)}.${near.length > 0 && typeof value === 'string' ? ` Did you mean ${JSON.stringify(near[0])}?` : ''}`,
    {
      ...(near.length > 0 ? { suggestions: near } : {}),
    },
  );
  return false;
}

/** A valid Date at `path` (copied by `readInput(..., dates = true)`), else records the problem. @internal */
export function checkDate(c: Checker, value: unknown, path: Path): value is Date {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return true;
  c.add(path, value instanceof Date ? 'is an invalid Date (its time is NaN); pass a valid Date.' : `must be a Date; received ${describe(value)}.`);
  return false;
}

/** The most results any function returns per list: the one `limit` rule of the library. @internal */
export const MAX_LIMIT = 1000;

/**
 * Checks a `limit` option, the same rule everywhere: a whole number from 1 to
 * 1000 (`undefined` means the function's default). @internal
 */
export function checkLimit(c: Checker, value: unknown, path: Path): value is number | undefined {
  if (value === undefined) return true;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_LIMIT) return true;
  c.add(path, `must be a whole number from 1 to ${MAX_LIMIT} (leave it out for the default); received ${describe(value)}.`);
  return false;
}
