/**
 * Whom to call now: office hours and out-of-hours contacts from the
 * framework's data, read in Europe/London local time (summer time included,
 * through `Intl`), with England and Wales bank holidays.
 * @module
 */
import { bankHolidaysFromFeed, isBankHolidayFeed, isIsoDate } from './bank-holiday-feed.js';
import { provenance, type Provenance } from './provenance.js';
import { freezeResult, indexOf, type FrameworkIndex } from './core.js';
import { describe } from './errors.js';
import { Checker, checkBoolean, checkDate, readInput } from './input.js';
import { bankHolidayList, bankHolidayYears, bankHolidaysEnglandAndWales } from './generated/bank-holidays.js';
import { dateOf, fromLocal, hhmm, type Local, toLocal, toMinutes } from './london-time.js';
import { resolveLevelRef } from './lookup.js';
import type { Contact, Framework, FrameworkIds, Level, SourceRef } from './model.js';
import { dedupeSources } from './resolve.js';

/** Options of {@link contactFor}. Strict. @category Contacts */
export interface ContactQuery<L extends string = string> {
  /** the instant you are asking about */
  readonly at: Date;
  /**
   * the level of need (rank or id): where its own action needs no call (Stoke-on-Trent Thriving: "No additional action required."), no one
   * to call and that action quoted (`levelAction`); where the document sends you to advice or early help, out of hours, when the front door
   * opens (the emergency service is for urgent safeguarding); where it names the front door for the level (Staffordshire Level 3 and
   * Level 4), out of hours its out-of-hours service; with `immediateDanger`, or absent: the answer for an urgent concern
   */
  readonly level?: L | number;
  /** a child in immediate danger: the police on 999 first, whatever the hour */
  readonly immediateDanger?: boolean;
  /** extra bank holidays, added to the shipped England and Wales list: ISO dates `YYYY-MM-DD`, or the government's published JSON (https://www.gov.uk/bank-holidays.json) as is */
  readonly bankHolidays?: readonly string[] | BankHolidayFeed;
}

/** The government's published bank-holiday JSON (https://www.gov.uk/bank-holidays.json); only `england-and-wales` is read. @category Contacts */
export interface BankHolidayFeed {
  readonly 'england-and-wales': {
    readonly division: string;
    readonly events: readonly { readonly title: string; readonly date: string; readonly notes?: string; readonly bunting?: boolean }[];
  };
  readonly [division: string]: unknown;
}

/** A bank holiday. @category Contacts */
export interface BankHoliday {
  readonly date: string;
  readonly name: string;
}

/** The out-of-hours service for urgent safeguarding, with the document's words for when to use it. @category Contacts */
export interface UrgentContact {
  readonly contact: Contact;
  /** the sentence saying what it is for, verbatim */
  readonly text: string;
  readonly source: SourceRef;
}

/** The result of {@link contactFor}. @category Contacts */
export interface ContactAdvice {
  readonly framework: string;
  /** the instant asked about, ISO 8601 */
  readonly at: string;
  /** the instant in Europe/London local time */
  readonly local: { readonly date: string; readonly time: string; readonly weekday: string };
  /** the level asked about, if any */
  readonly level?: Level;
  /** whom to call first; absent when the framework names no one for the situation (the reason says so) */
  readonly contact?: Contact;
  /** whom to call next, after `contact` (immediate danger: the office or out-of-hours service) */
  readonly then?: Contact;
  /** should the concern become urgent: at a level of advice or early help out of hours, the out-of-hours service; at a level whose action needs no call (`levelAction`), the urgent service at that hour (the front door when open, else the out-of-hours service) */
  readonly ifUrgent?: UrgentContact;
  /** at a level whose own action needs no call to children's services (`action.response` `universal`, e.g. Stoke-on-Trent Thriving: "No additional action required.") and no immediate danger: that action, verbatim; `contact` is then absent, `alsoAvailable` holds what the document offers instead (e.g. a health visitor or school nurse) and the reason says so */
  readonly levelAction?: { readonly text: string; readonly source: SourceRef };
  /** other contacts the source names for this situation (e.g. police non-emergency 101, a referral portal for non-urgent referrals) */
  readonly alsoAvailable: readonly Contact[];
  readonly immediateDanger: boolean;
  readonly officeOpen: boolean;
  /** the bank holiday on that local date, if any */
  readonly bankHoliday?: BankHoliday;
  /** false when the shipped list does not cover that year and the caller passed none for it: a bank holiday may be missed */
  readonly bankHolidaysKnown: boolean;
  /** why, for a person */
  readonly reason: string;
  /** what the answer assumes that the document does not state (e.g. an office closed on bank holidays) */
  readonly assumptions: readonly string[];
  /** when the office next opens or closes (ISO 8601 and local); absent when the data has no office hours, or no change within four weeks */
  readonly nextChange?: { readonly at: string; readonly local: string; readonly officeOpen: boolean };
  readonly sources: readonly SourceRef[];
  /** framework, edition, dataHash and package version that produced this answer */
  readonly provenance: Provenance;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const QUERY_KEYS = ['at', 'level', 'immediateDanger', 'bankHolidays'] as const;

function checkQuery(ix: FrameworkIndex, input: unknown): { at: Date; level: Level | undefined; immediateDanger: boolean; extra: readonly string[] } {
  const c = new Checker('contactFor', 'query', 'INVALID_INPUT');
  const q = c.record(readInput('contactFor', 'query', input, 'INVALID_INPUT', true), [], QUERY_KEYS);
  const extra: string[] = [];
  if (q !== undefined) {
    checkDate(c, q.at, ['at']);
    if (q.immediateDanger !== undefined) checkBoolean(c, q.immediateDanger, ['immediateDanger']);
    // the government's published JSON (https://www.gov.uk/bank-holidays.json) is read by its own module
    const list = isBankHolidayFeed(q.bankHolidays) ? bankHolidaysFromFeed(q.bankHolidays, ['bankHolidays']).map((h) => h.date) : q.bankHolidays;
    if (list !== undefined && c.array(list, ['bankHolidays'], 'ISO dates (YYYY-MM-DD) or the government feed (https://www.gov.uk/bank-holidays.json)')) {
      list.forEach((v, i) => {
        if (isIsoDate(v)) extra.push(v);
        else c.add(['bankHolidays', i], `is not an ISO date of the calendar (YYYY-MM-DD): ${describe(v)}.`);
      });
    }
  }
  c.done();
  const level = q!.level === undefined ? undefined : resolveLevelRef(ix, q!.level, 'contactFor', 'query', ['level']);
  return { at: q!.at as Date, level, immediateDanger: (q!.immediateDanger as boolean | undefined) ?? false, extra };
}

/**
 * Whom to call at an instant: the framework's front door in office hours
 * (read in Europe/London time, summer time included; bank holidays are out of
 * hours), else its out-of-hours service; with immediate danger, the police on
 * 999 first, whatever the hour, and a child in immediate danger is urgent at any
 * level: then the front door, or out of hours the out-of-hours service. Given a
 * `level`, the answer fits it: where the level's own action needs no call (e.g.
 * Stoke-on-Trent Thriving: "No additional action required."), no one is named as
 * the contact; `levelAction` quotes that action, `alsoAvailable` holds what the
 * document offers instead and `ifUrgent` the urgent service; where the document
 * sends you to advice or early help, out of hours it says when the front door
 * opens and offers the out-of-hours service only `ifUrgent`, quoting what the
 * document says that service is for; where it names the front door for the level
 * (Staffordshire p. 14: "New referrals for children who meet the threshold for
 * Level 3 and Level 4 …"), out of hours its out-of-hours service. Says why, when the office next opens or
 * closes, what it assumes that the document does not state, and flags a date
 * whose bank holidays this package does not know. A framework whose front door has
 * no hours is always open; one with only a police contact names the police for
 * immediate danger and says it names no one else.
 *
 * @param fw - any framework
 * @param query - `{ at, level?, immediateDanger?, bankHolidays? }`; strict
 * @throws {@link ThresholdError} `INVALID_INPUT` (invalid `Date` or a subclass of `Date`, bad bank-holiday list, unknown key, not a framework), `UNKNOWN_LEVEL`
 * @category Contacts
 * @example
 * ```ts
 * import { contactFor, stokeOnTrent } from 'safeguarding-thresholds';
 * // Friday 4.45 pm in November: the Integrated Front Door closed at 4.30 pm
 * const a = contactFor(stokeOnTrent, { at: new Date('2026-11-27T16:45:00Z') });
 * [a.contact?.name, a.contact?.phone, a.officeOpen];
 * //=> [ "Children's Social Care Emergency Duty Team", '01782 234234', false ]
 * // the same instant for a Getting Help concern: wait for the front door
 * const b = contactFor(stokeOnTrent, { at: new Date('2026-11-27T16:45:00Z'), level: 'getting-help' });
 * [b.contact?.phone, b.nextChange?.local, b.ifUrgent?.contact.phone];
 * //=> [ '01782 235100', '2026-11-30 08:30', '01782 234234' ]
 * // Thriving: the document's action is no call; the urgent service stays at hand
 * const c = contactFor(stokeOnTrent, { at: new Date('2026-11-27T16:45:00Z'), level: 1 });
 * [c.contact, c.levelAction?.text, c.ifUrgent?.contact.phone];
 * //=> [ undefined, 'No additional action required.', '01782 234234' ]
 * ```
 */
export function contactFor<Ids extends FrameworkIds>(fw: Framework<Ids>, query: ContactQuery<Ids['level']>): ContactAdvice {
  const ix = indexOf(fw, 'contactFor');
  {
    const { at, level, immediateDanger, extra } = checkQuery(ix, query);
    const f = ix.fw;
    const forLevel = (c: Contact): boolean => level === undefined || c.levels === undefined || c.levels.includes(level.rank);
    const office = f.contacts.find((c) => c.role === 'front-door' && forLevel(c)) ?? f.contacts.find((c) => c.role === 'front-door');
    const outOfHours = f.contacts.find((c) => c.role === 'out-of-hours' && forLevel(c)) ?? f.contacts.find((c) => c.role === 'out-of-hours');
    const police = f.contacts.find((c) => c.role === 'police-emergency');
    const police101 = f.contacts.filter((c) => c.role === 'police-non-emergency');
    const portals = level === undefined ? [] : f.contacts.filter((c) => c.role === 'referral-portal' && c.levels?.includes(level.rank));
    // the document names the front door for this level (Staffordshire p. 14: "New referrals for children who meet the threshold for Level 3 and Level 4 …")
    const namedForLevel = level !== undefined && office?.levels?.includes(level.rank) === true;
    // a level whose own action needs no call (Stoke-on-Trent Thriving: "No additional action required."); immediate danger overrides it
    const noCall = level !== undefined && level.action.response === 'universal' && !namedForLevel && !immediateDanger;
    // a level whose action is not a referral to children's social care and for which the document names no front door:
    // advice or early help, not urgent safeguarding — unless the child is in immediate danger, which is urgent at any level
    const advice = level !== undefined && !level.action.requestForService && !namedForLevel && !immediateDanger;
    const health = noCall ? f.contacts.filter((c) => c.role === 'health') : [];
    const assumptions: string[] = [];

    const holidays = new Map<string, string>(bankHolidayList.map((h) => [h.date, h.name]));
    for (const d of extra) if (!holidays.has(d)) holidays.set(d, 'Bank holiday (given by the caller)');
    const knownYears = new Set<number>([...bankHolidayYears, ...extra.map((d) => Number(d.slice(0, 4)))]);

    const local = toLocal(at.getTime());
    const date = dateOf(local);
    const holidayName = holidays.get(date);
    const bankHoliday = holidayName === undefined ? undefined : { date, name: holidayName };
    const bankHolidaysKnown = knownYears.has(local.y);

    const hours = office?.hours;
    const openAt = (l: Local): boolean =>
      office !== undefined &&
      (hours === undefined ||
        (!holidays.has(dateOf(l)) && hours.some((h) => h.days.includes(l.weekday) && toMinutes(h.opens) <= l.minutes && l.minutes < toMinutes(h.closes))));
    const officeOpen = openAt(local);

    // the next opening or closing, walking forward day by day (at most four weeks): the first time a session
    // opens or closes at which the office is no longer as it is now (sessions may meet or overlap)
    let nextChange: ContactAdvice['nextChange'];
    let skippedHoliday = bankHoliday !== undefined;
    if (hours !== undefined) {
      for (let i = 0; i < 28 && nextChange === undefined; i++) {
        const day = new Date(Date.UTC(local.y, local.m - 1, local.d + i));
        const l = { y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate() };
        const weekday = ((day.getUTCDay() + 6) % 7) + 1;
        if (holidays.has(dateOf(l))) {
          if (hours.some((h) => h.days.includes(weekday))) skippedHoliday = true;
          continue;
        }
        // every session's times, whatever its days: one that does not change the state that day is dropped below
        const edges = hours
          .flatMap((h) => [toMinutes(h.opens), toMinutes(h.closes)])
          .filter((minutes) => (i > 0 || minutes > local.minutes) && openAt({ ...l, minutes, weekday }) !== officeOpen)
          .sort((a, b) => a - b);
        const e = edges[0];
        if (e !== undefined) {
          const ms = fromLocal(l.y, l.m, l.d, e);
          nextChange = { at: new Date(ms).toISOString(), local: `${dateOf(l)} ${hhmm(e)}`, officeOpen: !officeOpen };
        }
      }
    }
    if (office?.hours !== undefined && office.closedOnBankHolidays === undefined && skippedHoliday) {
      assumptions.push(
        `${f.name} gives the hours of ${office.name} but does not say whether it is open on bank holidays: this answer assumes it is closed on bank holidays, as out of hours.`,
      );
    }
    if (office !== undefined && hours === undefined) {
      assumptions.push(`The data gives ${office.name} no office hours: this answer treats it as always open, as the data format says.`);
    }
    // with immediate danger the reason says why the urgent service is named at any level (below)
    if (level !== undefined && !noCall && !immediateDanger && office?.levels !== undefined && !office.levels.includes(level.rank)) {
      const ranks = office.levels.map((r) => f.levels[r - 1]!.name).join(', '); // ranks are checked against the levels
      assumptions.push(
        `${f.name} names ${office.name} for "${office.when}" (${ranks}), not for ${level.name}, whose action is "${level.action.text}": this answer offers it as the nearest contact the document names, which is the library's choice, not the document's direction.`,
      );
    }
    for (const p of portals)
      if (p.hours === undefined) assumptions.push(`${f.name} does not state when ${p.name} accepts referrals: this answer assumes at any time.`);

    const hoursText = (hours ?? []).map((h) => `${h.days.map((d) => WEEKDAYS[d - 1]!.slice(0, 3)).join(', ')} ${h.opens}–${h.closes}`).join('; ');
    const when = `${WEEKDAYS[local.weekday - 1]} ${date} ${hhmm(local.minutes)} (Europe/London)`;
    const tel = (c: Contact): string => `${c.name}${c.phone ? ` ${c.phone}` : ''}`;
    const urgentText = (c: Contact): UrgentContact => ({ contact: c, text: c.urgency?.text ?? c.when, source: c.urgency?.source ?? c.source });

    let contact: Contact | undefined;
    let ifUrgent: UrgentContact | undefined;
    let reason: string;
    if (noCall) {
      contact = undefined;
      const urgentNow = officeOpen ? office : (outOfHours ?? office);
      ifUrgent = urgentNow ? urgentText(urgentNow) : undefined;
      const offers = health.map((c) => ` ${f.name} also offers: "${c.when}" (${tel(c)}).`).join('');
      reason =
        `The document's action at ${level.name} is "${level.action.text}": this answer names no one to call.${offers}` +
        (ifUrgent ? ` Should the concern become urgent safeguarding: ${tel(ifUrgent.contact)}${officeOpen ? ' (open now)' : ' (out of hours)'}.` : '') +
        (police ? ` If a child is in immediate danger: ${tel(police)} ("${police.when}").` : '');
    } else if (office === undefined && outOfHours === undefined) {
      contact = undefined;
      reason = `${f.name} names no front door or out-of-hours service${police ? `; the only contact it names for a child is ${police.name}${police.phone ? ` (${police.phone})` : ''}, for immediate danger: "${police.when}"` : ''}.`;
    } else if (officeOpen) {
      contact = office;
      reason =
        hours === undefined
          ? `${office!.name} has no office hours in the data: always open.`
          : `${when} is within ${office!.name} office hours (${hoursText}).`;
    } else {
      const outside =
        office === undefined
          ? `${f.name} names no front door, only its out-of-hours service.`
          : bankHoliday
            ? `${when} is a bank holiday (${bankHoliday.name}): out of hours.`
            : `${when} is outside ${office.name} hours (${hoursText || 'none stated'}): out of hours.`;
      if (advice && office !== undefined) {
        contact = office;
        ifUrgent = outOfHours ? urgentText(outOfHours) : undefined;
        reason =
          `${outside} The document's action at ${level.name} is not a referral to children's social care ("${level.action.text}"): contact ${office.name} when it opens` +
          (nextChange ? ` (${nextChange.local})` : '') +
          '.' +
          (ifUrgent ? ` If it becomes urgent safeguarding: ${tel(ifUrgent.contact)}.` : '');
        if (ifUrgent && outOfHours!.urgency === undefined) {
          assumptions.push(
            `${f.name} names ${outOfHours!.name} for "${outOfHours!.when}" and does not say it is only for urgent concerns: at ${level.name} this answer assumes the contact can wait until ${office.name} opens.`,
          );
        }
      } else {
        contact = outOfHours ?? office;
        reason = outOfHours
          ? outside
          : `${outside} ${f.name} names no out-of-hours service: contact ${office!.name} when it opens${nextChange ? ` (${nextChange.local})` : ''}.`;
      }
    }
    if (immediateDanger && contact !== undefined && level !== undefined && !level.action.requestForService && !namedForLevel)
      reason +=
        ` A child in immediate danger is an urgent concern at any level, so it goes to ${contact.name} now` +
        (office && contact !== office ? `, not to ${office.name} when it opens` : '') +
        `: "${urgentText(contact).text}"`;
    if (namedForLevel && !level.action.requestForService)
      reason += ` ${level.name}'s action is not itself a referral ("${level.action.text}"), but ${f.name} names ${office.name} for it: "${office.when}"${outOfHours ? ` (out of hours: ${outOfHours.name})` : ''}.`;
    if (!bankHolidaysKnown) reason += ` This package does not know the bank holidays of ${local.y}; if it is one, the office is closed.`;

    let then: Contact | undefined;
    if (immediateDanger) {
      if (police) {
        then = contact;
        contact = police;
        reason = `Immediate danger: call ${police.name} on ${police.phone ?? '999'} first, whatever the hour. Then: ${reason}`;
        if (!police.phone) assumptions.push(`The data gives ${police.name} no phone number: this answer gives 999, the emergency number in the UK.`);
        if (then)
          assumptions.push(
            `After ${police.name}, this answer names ${then.name} ("${then.when}"), as for an urgent safeguarding concern at this hour: ${f.area}'s words on immediate danger ("${police.when}") do not say whom to contact next.`,
          );
      } else {
        reason = `Immediate danger: ${f.name} names no police contact. ${reason}`;
      }
    }
    const alsoAvailable = [...health, ...portals, ...police101]; // never contact or then: those have other roles
    for (const p of portals) if (p.urgency) reason += ` ${p.urgency.text}: ${p.name}.`;
    return freezeResult({
      framework: f.id,
      at: at.toISOString(),
      local: { date, time: hhmm(local.minutes), weekday: WEEKDAYS[local.weekday - 1]! },
      ...(level ? { level } : {}),
      ...(contact ? { contact } : {}),
      ...(then ? { then } : {}),
      ...(ifUrgent ? { ifUrgent } : {}),
      ...(noCall ? { levelAction: { text: level.action.text, source: level.action.source } } : {}),
      alsoAvailable,
      immediateDanger,
      officeOpen,
      ...(bankHoliday ? { bankHoliday } : {}),
      bankHolidaysKnown,
      reason,
      assumptions,
      ...(nextChange ? { nextChange } : {}),
      sources: dedupeSources([
        ...(noCall ? [level.action.source] : []),
        ...(contact ? [contact.source] : police ? [police.source] : []),
        ...(then ? [then.source] : []),
        ...(ifUrgent ? [ifUrgent.source] : []),
        ...(advice && !officeOpen ? [level.action.source] : []),
        ...(namedForLevel && !level.action.requestForService ? [office.source] : []),
        ...(office?.closedOnBankHolidays && skippedHoliday ? [office.closedOnBankHolidays.source] : []),
        ...alsoAvailable.map((c) => c.source),
      ]),
      provenance: provenance(f),
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
