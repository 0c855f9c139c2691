/**
 * The England and Wales bank holidays as the government publishes them
 * (https://www.gov.uk/bank-holidays.json), read into plain dates, so a caller
 * can keep `contactFor` current without a release of this package.
 * @module
 */
import { describe, invalid, type ThresholdIssue } from './errors.js';
import { isPlain, readInput } from './input.js';
import type { BankHoliday } from './contacts.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** True for an ISO date of the calendar (`YYYY-MM-DD`, a day that exists). @internal */
export const isIsoDate = (v: unknown): v is string => {
  const m = typeof v === 'string' ? ISO_DATE.exec(v) : null;
  if (m === null) return false;
  const dt = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return dt.getUTCFullYear() === Number(m[1]) && dt.getUTCMonth() === Number(m[2]) - 1 && dt.getUTCDate() === Number(m[3]);
};

/** True when `value` (copied by `readInput`) looks like the government's feed (an object with an `england-and-wales` key), rather than a list of dates. @internal */
export function isBankHolidayFeed(value: unknown): boolean {
  return isPlain(value) && Object.prototype.hasOwnProperty.call(value, 'england-and-wales');
}

/**
 * Reads the government's published bank-holiday JSON
 * (`{ "england-and-wales": { "division", "events": [{ "title", "date", "notes", "bunting" }] }, … }`)
 * into the England and Wales bank holidays, in date order. Other divisions
 * (Scotland, Northern Ireland) are ignored: the frameworks of this package are
 * English. `contactFor`'s `bankHolidays` option accepts the same JSON as is.
 *
 * @param input - the parsed JSON of https://www.gov.uk/bank-holidays.json
 * @param path - the JSON path of `feed` in the caller's input, for error messages
 * @throws {@link ThresholdError} `INVALID_INPUT` naming each problem with its path and value
 * @category Contacts
 * @example
 * ```ts
 * import { bankHolidaysFromFeed } from 'safeguarding-thresholds';
 * const feed = { 'england-and-wales': { division: 'england-and-wales', events: [{ title: 'Christmas Day', date: '2030-12-25', notes: '', bunting: true }] } };
 * bankHolidaysFromFeed(feed);
 * //=> [ { date: '2030-12-25', name: 'Christmas Day' } ]
 * ```
 */
export function bankHolidaysFromFeed(input: unknown, path: readonly (string | number)[] = []): readonly BankHoliday[] {
  // copied into plain data first: a getter or proxy that throws is a ThresholdError, and nothing after it is caught
  const feed = readInput('bankHolidaysFromFeed', 'feed', input, 'INVALID_INPUT');
  const keys = readInput('bankHolidaysFromFeed', 'path', path, 'INVALID_INPUT');
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string' || typeof k === 'number')) {
    invalid('INVALID_INPUT', `bankHolidaysFromFeed: path must be an array of keys (strings and numbers); received ${describe(path)}`);
  }
  const issues: ThresholdIssue[] = [];
  const at = (...p: (string | number)[]): (string | number)[] => [...keys, ...p];
  const problem = (p: (string | number)[], message: string): void => {
    issues.push({ path: p, message });
  };
  const fail = (): never =>
    invalid(
      'INVALID_INPUT',
      `Not the government's bank-holiday JSON (https://www.gov.uk/bank-holidays.json): ${issues
        .slice(0, 5)
        .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`)
        .join('; ')}${issues.length > 5 ? `; and ${issues.length - 5} more` : ''}`,
      issues,
    );
  if (!isPlain(feed)) {
    problem(at(), `expected an object with an 'england-and-wales' key; received ${describe(feed)}`);
    return fail();
  }
  const division = feed['england-and-wales'];
  if (!isPlain(division)) {
    problem(at('england-and-wales'), `expected an object { division, events }; received ${describe(division)}`);
    return fail();
  }
  if (division.division !== 'england-and-wales') {
    problem(at('england-and-wales', 'division'), `expected 'england-and-wales'; received ${describe(division.division)}`);
  }
  const events = division.events;
  if (!Array.isArray(events)) {
    problem(at('england-and-wales', 'events'), `expected an array of events; received ${describe(events)}`);
    return fail();
  }
  const out: BankHoliday[] = [];
  events.forEach((e: unknown, n) => {
    const p = (k?: string): (string | number)[] => (k === undefined ? at('england-and-wales', 'events', n) : at('england-and-wales', 'events', n, k));
    if (!isPlain(e)) {
      problem(p(), `expected an event { title, date, notes, bunting }; received ${describe(e)}`);
      return;
    }
    const before = issues.length;
    if (typeof e.title !== 'string' || e.title.trim() === '') problem(p('title'), `expected a non-empty string; received ${describe(e.title)}`);
    if (!isIsoDate(e.date)) problem(p('date'), `expected an ISO date (YYYY-MM-DD); received ${describe(e.date)}`);
    if (e.notes !== undefined && typeof e.notes !== 'string') problem(p('notes'), `expected a string; received ${describe(e.notes)}`);
    if (e.bunting !== undefined && typeof e.bunting !== 'boolean') problem(p('bunting'), `expected true or false; received ${describe(e.bunting)}`);
    if (issues.length === before) out.push({ date: e.date as string, name: e.title as string });
  });
  if (issues.length > 0) fail();
  out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return Object.freeze(out.map((h) => Object.freeze(h)));
}
