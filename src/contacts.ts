/**
 * Whom to call now: office hours and out-of-hours contacts from the
 * framework's data, read in Europe/London local time (summer time included,
 * through `Intl`), with England and Wales bank holidays.
 * @module
 */
import { freezeResult, indexOf } from './core.js';
import { describe, invalid } from './errors.js';
import { Checker, readInput } from './input.js';
import { bankHolidaysEnglandAndWales } from './generated/bank-holidays.js';
import type { Contact, Framework, FrameworkIds, SourceRef } from './model.js';
import { dedupeSources } from './resolve.js';

/** Options of {@link contactFor}. Strict. @category Contacts */
export interface ContactQuery {
  /** the instant you are asking about */
  readonly at: Date;
  /** a child in immediate danger: the police on 999 first, whatever the hour */
  readonly immediateDanger?: boolean;
  /** extra bank holidays (ISO dates `YYYY-MM-DD`), added to the shipped England and Wales list */
  readonly bankHolidays?: readonly string[];
}

/** A bank holiday. @category Contacts */
export interface BankHoliday {
  readonly date: string;
  readonly name: string;
}

/** The result of {@link contactFor}. @category Contacts */
export interface ContactAdvice {
  readonly framework: string;
  /** the instant asked about, ISO 8601 */
  readonly at: string;
  /** the instant in Europe/London local time */
  readonly local: { readonly date: string; readonly time: string; readonly weekday: string };
  /** whom to call first */
  readonly contact: Contact;
  /** whom to call next, after `contact` (immediate danger: the office or out-of-hours service) */
  readonly then?: Contact;
  /** other contacts the source names for this situation (e.g. police non-emergency 101) */
  readonly alsoAvailable: readonly Contact[];
  readonly immediateDanger: boolean;
  readonly officeOpen: boolean;
  /** the bank holiday on that local date, if any */
  readonly bankHoliday?: BankHoliday;
  /** false when the shipped list does not cover that year and the caller passed none for it: a bank holiday may be missed */
  readonly bankHolidaysKnown: boolean;
  /** why, for a person */
  readonly reason: string;
  /** when the office next opens or closes (ISO 8601 and local); absent when the data has no office hours */
  readonly nextChange?: { readonly at: string; readonly local: string; readonly officeOpen: boolean };
  readonly sources: readonly SourceRef[];
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const QUERY_KEYS = ['at', 'immediateDanger', 'bankHolidays'] as const;

let london: Intl.DateTimeFormat | undefined;
interface Local {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  readonly minutes: number;
  readonly weekday: number; // ISO 1..7
}
function toLocal(ms: number): Local {
  london ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const p: Record<string, string> = {};
  for (const part of london.formatToParts(new Date(ms))) p[part.type] = part.value;
  const y = Number(p.year);
  const m = Number(p.month);
  const d = Number(p.day);
  const weekday = ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
  return { y, m, d, minutes: Number(p.hour) * 60 + Number(p.minute), weekday };
}
const pad = (n: number): string => String(n).padStart(2, '0');
const dateOf = (l: { y: number; m: number; d: number }): string => `${l.y}-${pad(l.m)}-${pad(l.d)}`;
const hhmm = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const toMinutes = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** The UTC instant of a Europe/London wall-clock time (exact across summer-time changes for times the office uses). */
function fromLocal(y: number, m: number, d: number, minutes: number): number {
  const wall = Date.UTC(y, m - 1, d, Math.floor(minutes / 60), minutes % 60);
  let guess = wall;
  for (let i = 0; i < 3; i++) {
    const l = toLocal(guess);
    const seen = Date.UTC(l.y, l.m - 1, l.d, Math.floor(l.minutes / 60), l.minutes % 60);
    guess += wall - seen;
  }
  return guess;
}

function checkQuery(input: unknown): { at: Date; immediateDanger: boolean; extra: readonly string[] } {
  const c = new Checker('contactFor', 'query', 'INVALID_INPUT');
  const q = c.record(readInput('contactFor', 'query', input, 'INVALID_INPUT', true), [], QUERY_KEYS);
  const extra: string[] = [];
  if (q !== undefined) {
    c.date(q.at, ['at']);
    if (q.immediateDanger !== undefined) c.boolean(q.immediateDanger, ['immediateDanger']);
    const list = q.bankHolidays;
    if (list !== undefined && c.array(list, ['bankHolidays'], 'ISO dates (YYYY-MM-DD)')) {
      list.forEach((v, i) => {
        const m = typeof v === 'string' ? ISO_DATE.exec(v) : null;
        const ok = m !== null && (() => {
          const dt = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
          return dt.getUTCFullYear() === Number(m[1]) && dt.getUTCMonth() === Number(m[2]) - 1 && dt.getUTCDate() === Number(m[3]);
        })();
        if (ok) extra.push(v as string);
        else c.add(['bankHolidays', i], `is not an ISO date of the calendar (YYYY-MM-DD): ${describe(v)}.`);
      });
    }
  }
  c.done();
  return { at: q!.at as Date, immediateDanger: (q!.immediateDanger as boolean | undefined) ?? false, extra };
}

/**
 * Whom to call at an instant: the framework's front door in office hours
 * (read in Europe/London time, summer time included; bank holidays are out of
 * hours), else its out-of-hours service; with immediate danger, the police on
 * 999 first, whatever the hour. Says why, when the office next opens or closes,
 * and flags a date whose bank holidays this package does not know.
 *
 * @param fw - any framework whose contacts have roles `front-door` (with `hours`) and `out-of-hours`
 * @param query - `{ at, immediateDanger?, bankHolidays? }`; strict
 * @throws {@link ThresholdError} `INVALID_INPUT` (invalid `Date`, bad bank-holiday list, unknown key, not a framework)
 * @category Contacts
 * @example
 * ```ts
 * import { contactFor, stokeOnTrent } from 'safeguarding-thresholds';
 * // Friday 4.45 pm in November: the Integrated Front Door closed at 4.30 pm
 * const a = contactFor(stokeOnTrent, { at: new Date('2026-11-27T16:45:00Z') });
 * [a.contact.name, a.contact.phone, a.officeOpen];
 * //=> [ "Children's Social Care Emergency Duty Team", '01782 234234', false ]
 * a.nextChange?.local;
 * //=> '2026-11-30 08:30'
 * ```
 */
export function contactFor<Ids extends FrameworkIds>(fw: Framework<Ids>, query: ContactQuery): ContactAdvice {
  const ix = indexOf(fw, 'contactFor');
  {
    const { at, immediateDanger, extra } = checkQuery(query);
    const f = ix.fw;
    const office = f.contacts.find((c) => c.role === 'front-door' && c.hours !== undefined);
    const outOfHours = f.contacts.find((c) => c.role === 'out-of-hours');
    const police = f.contacts.find((c) => c.role === 'police-emergency');
    const police101 = f.contacts.filter((c) => c.role === 'police-non-emergency');
    if (office === undefined && outOfHours === undefined && police === undefined) {
      invalid('INVALID_INPUT', `contactFor: ${f.id} has no front-door, out-of-hours or police contact`);
    }

    const holidays = new Map<string, string>(bankHolidaysEnglandAndWales.holidays.map((h) => [h.date, h.name]));
    for (const d of extra) if (!holidays.has(d)) holidays.set(d, 'Bank holiday (given by the caller)');
    const knownYears = new Set<number>([...bankHolidaysEnglandAndWales.years, ...extra.map((d) => Number(d.slice(0, 4)))]);

    const local = toLocal(at.getTime());
    const date = dateOf(local);
    const holidayName = holidays.get(date);
    const bankHoliday = holidayName === undefined ? undefined : { date, name: holidayName };
    const bankHolidaysKnown = knownYears.has(local.y);

    const openAt = (l: Local): boolean =>
      office !== undefined &&
      !holidays.has(dateOf(l)) &&
      (office.hours ?? []).some((h) => h.days.includes(l.weekday) && toMinutes(h.opens) <= l.minutes && l.minutes < toMinutes(h.closes));
    const officeOpen = openAt(local);

    // the next opening or closing, walking forward day by day (at most four weeks)
    let nextChange: ContactAdvice['nextChange'];
    if (office?.hours !== undefined) {
      for (let i = 0; i < 28 && nextChange === undefined; i++) {
        const day = new Date(Date.UTC(local.y, local.m - 1, local.d + i));
        const l = { y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate() };
        const weekday = ((day.getUTCDay() + 6) % 7) + 1;
        if (holidays.has(dateOf(l))) continue;
        const edges = office.hours
          .filter((h) => h.days.includes(weekday))
          .flatMap((h) => [
            { minutes: toMinutes(h.opens), open: true },
            { minutes: toMinutes(h.closes), open: false },
          ])
          .filter((e) => e.open !== officeOpen && (i > 0 || e.minutes > local.minutes))
          .sort((a, b) => a.minutes - b.minutes);
        const e = edges[0];
        if (e) {
          const ms = fromLocal(l.y, l.m, l.d, e.minutes);
          nextChange = { at: new Date(ms).toISOString(), local: `${dateOf(l)} ${hhmm(e.minutes)}`, officeOpen: e.open };
        }
      }
    }

    const hoursText = (office?.hours ?? []).map((h) => `${h.days.map((d) => WEEKDAYS[d - 1]!.slice(0, 3)).join(', ')} ${h.opens}–${h.closes}`).join('; ');
    const when = `${WEEKDAYS[local.weekday - 1]} ${date} ${hhmm(local.minutes)} (Europe/London)`;
    const dayContact = officeOpen ? office : (outOfHours ?? office);
    let reason: string;
    if (officeOpen) reason = `${when} is within ${office!.name} office hours (${hoursText}).`;
    else if (bankHoliday) reason = `${when} is a bank holiday (${bankHoliday.name}): out of hours.`;
    else reason = `${when} is outside ${office?.name ?? 'office'} hours (${hoursText || 'none stated'}): out of hours.`;
    if (!bankHolidaysKnown) reason += ` This package does not know the bank holidays of ${local.y}; if it is one, the office is closed.`;

    let contact = dayContact!;
    let then: Contact | undefined;
    if (immediateDanger && police) {
      contact = police;
      then = dayContact;
      reason = `Immediate danger: call ${police.name} on ${police.phone ?? '999'} first, whatever the hour. Then: ${reason}`;
    }
    const alsoAvailable = police101.filter((c) => c !== contact);
    return freezeResult({
      framework: f.id,
      at: at.toISOString(),
      local: { date, time: hhmm(local.minutes), weekday: WEEKDAYS[local.weekday - 1]! },
      contact,
      ...(then ? { then } : {}),
      alsoAvailable,
      immediateDanger,
      officeOpen,
      ...(bankHoliday ? { bankHoliday } : {}),
      bankHolidaysKnown,
      reason,
      ...(nextChange ? { nextChange } : {}),
      sources: dedupeSources([contact.source, ...(then ? [then.source] : []), ...alsoAvailable.map((c) => c.source)]),
    });
  }
}

/**
 * The England and Wales bank holidays this package ships, with their source and
 * the years the list is complete for.
 * @category Contacts
 * @example
 * ```ts
 * import { bankHolidays } from 'safeguarding-thresholds';
 * bankHolidays.holidays.find((h) => h.date === '2026-12-28')?.name;
 * //=> 'Boxing Day (substitute day)'
 * ```
 */
export const bankHolidays = bankHolidaysEnglandAndWales;
