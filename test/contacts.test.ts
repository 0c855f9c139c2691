import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { bankHolidays, contactFor, staffordshire, stokeOnTrent, type Framework } from '../src/index.js';
import { codeOf, errorOf, onlyThresholdError } from './helpers.js';

const at = (iso: string) => new Date(iso);
const phone = (fw: Framework, iso: string, extra: object = {}) => contactFor(fw, { at: at(iso), ...extra }).contact.phone;

describe('contactFor: office hours from the data, in Europe/London time', () => {
  it('Stoke-on-Trent Integrated Front Door 01782 235100 Mon–Thu 08:30–17:00; boundaries exact (08:30 open, 17:00 closed)', () => {
    // Monday 23 November 2026: GMT
    expect(phone(stokeOnTrent, '2026-11-23T08:29:59Z')).toBe('01782 234234');
    expect(phone(stokeOnTrent, '2026-11-23T08:30:00Z')).toBe('01782 235100');
    expect(phone(stokeOnTrent, '2026-11-23T16:59:59Z')).toBe('01782 235100');
    expect(phone(stokeOnTrent, '2026-11-23T17:00:00Z')).toBe('01782 234234');
  });

  it('Friday closes at 16:30; the weekend is out of hours', () => {
    expect(phone(staffordshire, '2026-11-27T16:29:00Z')).toBe('0300 111 8007');
    const a = contactFor(staffordshire, { at: at('2026-11-27T16:30:00Z') });
    expect([a.contact.phone, a.officeOpen]).toEqual(['0345 604 2886', false]);
    expect(a.nextChange).toEqual({ at: '2026-11-30T08:30:00.000Z', local: '2026-11-30 08:30', officeOpen: true });
    expect(phone(staffordshire, '2026-11-28T11:00:00Z')).toBe('0345 604 2886');
  });

  it('reads summer time: 08:30 BST is 07:30 UTC', () => {
    expect(phone(stokeOnTrent, '2026-07-01T07:29:00Z')).toBe('01782 234234');
    expect(phone(stokeOnTrent, '2026-07-01T07:30:00Z')).toBe('01782 235100');
    expect(phone(stokeOnTrent, '2026-07-01T15:59:00Z')).toBe('01782 235100');
    const a = contactFor(stokeOnTrent, { at: at('2026-07-01T16:00:00Z') });
    expect([a.officeOpen, a.local.time]).toEqual([false, '17:00']);
  });

  it('gives the next opening across the change to summer time', () => {
    // Friday 27 March 2026, 17:00 GMT; clocks go forward on Sunday 29 March
    const a = contactFor(stokeOnTrent, { at: at('2026-03-27T17:00:00Z') });
    expect(a.nextChange).toEqual({ at: '2026-03-30T07:30:00.000Z', local: '2026-03-30 08:30', officeOpen: true });
    const b = contactFor(stokeOnTrent, { at: at('2026-03-30T09:00:00Z') });
    expect(b.nextChange).toEqual({ at: '2026-03-30T16:00:00.000Z', local: '2026-03-30 17:00', officeOpen: false });
  });

  it('bank holidays are out of hours, including substitute days (Monday 28 December 2026)', () => {
    const a = contactFor(stokeOnTrent, { at: at('2026-12-28T10:00:00Z') });
    expect([a.officeOpen, a.contact.phone, a.bankHoliday?.name]).toEqual([false, '01782 234234', 'Boxing Day (substitute day)']);
    expect(a.reason).toMatch(/bank holiday/);
    expect(a.nextChange?.local).toBe('2026-12-29 08:30');
    // Easter 2026: closed Good Friday to Easter Monday
    expect(contactFor(staffordshire, { at: at('2026-04-02T16:00:00Z') }).nextChange?.local).toBe('2026-04-07 08:30');
    expect(bankHolidays.holidays.map((h) => h.date)).toContain('2027-12-28');
  });

  it('flags a year whose bank holidays are not shipped, and accepts the caller\'s own list', () => {
    const a = contactFor(stokeOnTrent, { at: at('2030-05-06T10:00:00Z') });
    expect([a.officeOpen, a.bankHolidaysKnown]).toEqual([true, false]);
    expect(a.reason).toMatch(/does not know the bank holidays of 2030/);
    const b = contactFor(stokeOnTrent, { at: at('2030-05-06T10:00:00Z'), bankHolidays: ['2030-05-06'] });
    expect([b.officeOpen, b.bankHolidaysKnown, b.bankHoliday?.date]).toEqual([false, true, '2030-05-06']);
  });

  it('immediate danger: the police on 999 first, whatever the hour, then the office or out-of-hours service', () => {
    const day = contactFor(stokeOnTrent, { at: at('2026-11-24T10:00:00Z'), immediateDanger: true });
    expect([day.contact.phone, day.then?.phone]).toEqual(['999', '01782 235100']);
    expect(day.alsoAvailable.map((c) => c.phone)).toEqual(['101']);
    const night = contactFor(staffordshire, { at: at('2026-11-24T02:00:00Z'), immediateDanger: true });
    expect([night.contact.phone, night.then?.phone]).toEqual(['999', '0345 604 2886']);
    expect(night.alsoAvailable).toEqual([]); // the Staffordshire document names no 101
    expect(night.sources.length).toBeGreaterThan(0);
  });

  it('rejects an invalid Date, a bad list or an unknown key, naming it', () => {
    expect(codeOf(() => contactFor(stokeOnTrent, { at: new Date('nope') }))).toBe('INVALID_INPUT');
    expect(codeOf(() => contactFor(stokeOnTrent, { at: '2026-11-23T10:00:00Z' } as never))).toBe('INVALID_INPUT');
    const e = errorOf(() => contactFor(stokeOnTrent, { at: new Date(), bankHolidays: ['2026-02-30', '28/12/2026'] }));
    expect([e.code, e.issues.length]).toEqual(['INVALID_INPUT', 2]);
    expect(e.message).toContain('"2026-02-30"');
    expect(codeOf(() => contactFor(stokeOnTrent, { at: new Date(), danger: true } as never))).toBe('INVALID_INPUT');
  });
});

describe('contactFor properties', () => {
  const fwArb = fc.constantFrom<Framework>(stokeOnTrent, staffordshire);
  const dateArb = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T23:59:59Z'), noInvalidDate: true });

  fcTest.prop([fwArb, dateArb])('immediate danger always puts the police first', (fw, d) => {
    expect(contactFor(fw, { at: d, immediateDanger: true }).contact.role).toBe('police-emergency');
  });

  fcTest.prop([fwArb, dateArb])('open exactly when the next change is a closing, and the next change is later', (fw, d) => {
    const a = contactFor(fw, { at: d });
    expect(a.contact.role).toBe(a.officeOpen ? 'front-door' : 'out-of-hours');
    expect(a.nextChange!.officeOpen).toBe(!a.officeOpen);
    expect(Date.parse(a.nextChange!.at)).toBeGreaterThan(d.getTime());
    // just after the change, the state has changed
    expect(contactFor(fw, { at: new Date(Date.parse(a.nextChange!.at)) }).officeOpen).toBe(!a.officeOpen);
    expect(a.bankHolidaysKnown).toBe(true);
  });

  fcTest.prop([fwArb, fc.anything({ withNullPrototype: true })])('only ThresholdError is thrown', (fw, q) => {
    onlyThresholdError(() => contactFor(fw, q as never));
  });
});
