import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { bankHolidays, contactFor, staffordshire, stokeOnTrent, type Framework } from '../src/index.js';
import { defineFramework } from '../src/define-entry.js';
import { codeOf, errorOf, onlyThresholdError, readJson } from './helpers.js';

const at = (iso: string) => new Date(iso);
const phone = (fw: Framework, iso: string, extra: object = {}) => contactFor(fw, { at: at(iso), ...extra }).contact?.phone;

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
    expect([a.contact?.phone, a.officeOpen]).toEqual(['0345 604 2886', false]);
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
    expect([a.officeOpen, a.contact?.phone, a.bankHoliday?.name]).toEqual([false, '01782 234234', 'Boxing Day (substitute day)']);
    expect(a.reason).toMatch(/bank holiday/);
    expect(a.nextChange?.local).toBe('2026-12-29 08:30');
    // Easter 2026: closed Good Friday to Easter Monday
    expect(contactFor(staffordshire, { at: at('2026-04-02T16:00:00Z') }).nextChange?.local).toBe('2026-04-07 08:30');
    expect(bankHolidays.holidays.map((h) => h.date)).toContain('2027-12-28');
  });

  it("flags a year whose bank holidays are not shipped, and accepts the caller's own list", () => {
    const a = contactFor(stokeOnTrent, { at: at('2030-05-06T10:00:00Z') });
    expect([a.officeOpen, a.bankHolidaysKnown]).toEqual([true, false]);
    expect(a.reason).toMatch(/does not know the bank holidays of 2030/);
    const b = contactFor(stokeOnTrent, { at: at('2030-05-06T10:00:00Z'), bankHolidays: ['2030-05-06'] });
    expect([b.officeOpen, b.bankHolidaysKnown, b.bankHoliday?.date]).toEqual([false, true, '2030-05-06']);
  });

  it('immediate danger: the police on 999 first, whatever the hour, then the office or out-of-hours service', () => {
    const day = contactFor(stokeOnTrent, { at: at('2026-11-24T10:00:00Z'), immediateDanger: true });
    expect([day.contact?.phone, day.then?.phone]).toEqual(['999', '01782 235100']);
    expect(day.alsoAvailable.map((c) => c.phone)).toEqual(['101']);
    const night = contactFor(staffordshire, { at: at('2026-11-24T02:00:00Z'), immediateDanger: true });
    expect([night.contact?.phone, night.then?.phone]).toEqual(['999', '0345 604 2886']);
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

describe('contactFor: contacts that fit the level', () => {
  const friday = at('2026-11-27T16:45:00Z'); // Stoke-on-Trent and Staffordshire offices closed at 16:30

  it('Stoke-on-Trent, advice or early help out of hours: the front door when it opens, the Emergency Duty Team only if urgent (quoted)', () => {
    // Thriving needs no call at all ("No additional action required."): see 'contactFor: no call at a level whose action needs none'
    for (const level of ['getting-advice', 'getting-help', 'getting-more-help'] as const) {
      const a = contactFor(stokeOnTrent, { at: friday, level });
      expect([a.level?.id, a.contact?.id, a.officeOpen, a.nextChange?.local], level).toEqual([level, 'integrated-front-door', false, '2026-11-30 08:30']);
      expect(a.ifUrgent?.contact.id).toBe('emergency-duty-team');
      expect(a.ifUrgent?.text).toMatch(/^If you have reasonable cause to suspect that a child has suffered or is likely to suffer Significant Harm/);
      expect(a.reason).toContain(`"${stokeOnTrent.levels.find((l) => l.id === level)!.action.text}"`);
      expect(a.reason).toMatch(
        /is not a referral to children.s social care .*: contact Children.s Social Care Integrated Front Door when it opens \(2026-11-30 08:30\)/,
      );
      // the document names the front door for significant harm only: offering it here is said to be an assumption
      expect(a.assumptions).toHaveLength(1);
      expect(a.assumptions[0]).toMatch(/the library's choice, not the document's direction/);
    }
  });

  it('Stoke-on-Trent, Getting Risk Support out of hours: the Emergency Duty Team, with the portal for non urgent risk referrals', () => {
    const a = contactFor(stokeOnTrent, { at: friday, level: 5 });
    expect([a.contact?.id, a.ifUrgent]).toEqual(['emergency-duty-team', undefined]);
    expect(a.alsoAvailable.map((c) => c.id)).toEqual(['integrated-front-door-portal', 'police-non-emergency']);
    expect(a.reason).toMatch(/For non urgent risk referrals: Integrated Front Door portal/);
    expect(a.assumptions).toEqual([
      expect.stringMatching(/does not state when Integrated Front Door portal .* accepts referrals: this answer assumes at any time/),
    ]);
  });

  it('Staffordshire: SCAS for Level 3 and Level 4 in office hours; out of hours EDS at both (p. 14)', () => {
    const tuesday = at('2026-11-24T10:00:00Z');
    expect(contactFor(staffordshire, { at: tuesday, level: 3 }).contact?.id).toBe('scas');
    expect(contactFor(staffordshire, { at: tuesday, level: 'statutory-specialist' }).contact?.id).toBe('scas');
    const l3 = contactFor(staffordshire, { at: friday, level: 'targeted-early-help' });
    expect([l3.contact?.id, l3.ifUrgent]).toEqual(['eds', undefined]);
    // Staffordshire calls EDS "Out of hours" and does not say it is only for urgent concerns: at Universal Plus the answer says what it assumes
    const l2 = contactFor(staffordshire, { at: friday, level: 2 });
    expect([l2.contact?.id, l2.ifUrgent?.contact.id, l2.ifUrgent?.text, l2.nextChange?.local]).toEqual(['scas', 'eds', 'Out of hours', '2026-11-30 08:30']);
    expect(l2.assumptions).toContainEqual(
      expect.stringMatching(
        /does not say it is only for urgent concerns: at Universal Plus \/ Earliest Help this answer assumes the contact can wait until Staffordshire Children's Advice and Support \(SCAS\) opens/,
      ),
    );
    const l4 = contactFor(staffordshire, { at: friday, level: 4 });
    expect([l4.contact?.id, l4.ifUrgent]).toEqual(['eds', undefined]);
  });

  it('says when an answer rests on an assumption: Staffordshire does not say SCAS is closed on bank holidays; Stoke-on-Trent does', () => {
    const boxing = at('2026-12-28T10:00:00Z');
    const s = contactFor(staffordshire, { at: boxing });
    expect(s.officeOpen).toBe(false);
    expect(s.assumptions).toEqual([expect.stringMatching(/does not say whether it is open on bank holidays: this answer assumes it is closed/)]);
    expect(contactFor(stokeOnTrent, { at: boxing }).assumptions).toEqual([]);
    // an ordinary Tuesday morning assumes nothing
    expect(contactFor(staffordshire, { at: at('2026-11-24T10:00:00Z') }).assumptions).toEqual([]);
  });

  it("Stoke-on-Trent names its front door for significant harm only: offered at a lower level, the answer says that is the library's choice", () => {
    const thu11 = new Date('2026-11-26T11:00:00Z');
    for (const level of [2, 3, 4]) {
      const a = contactFor(stokeOnTrent, { at: thu11, level });
      expect(a.contact?.phone).toBe('01782 235100');
      expect(a.assumptions.join(' '), `level ${level}`).toMatch(/not for .*the library's choice, not the document's direction/);
    }
    expect(contactFor(stokeOnTrent, { at: thu11, level: 5 }).assumptions.join(' ')).not.toMatch(/the library's choice/);
  });

  it('immediate danger still puts the police first at every level', () => {
    for (const l of staffordshire.levels)
      expect(contactFor(staffordshire, { at: friday, level: l.id, immediateDanger: true }).contact?.role).toBe('police-emergency');
  });

  it('rejects an unknown level, naming the valid ones', () => {
    const e = errorOf(() => contactFor(stokeOnTrent, { at: friday, level: 'universal' as never }));
    expect(e.code).toBe('UNKNOWN_LEVEL');
  });
});

describe('contactFor: frameworks without office hours or with only a police contact', () => {
  const borough = () => readJson('docs/examples/example-borough.json') as { id: string; contacts: Record<string, unknown>[] };

  it('a front door without hours is always open (as the schema says), and the answer says it assumes so', () => {
    const input = borough();
    delete input.contacts[0]!.hours;
    const fw = defineFramework(input);
    for (const iso of ['2026-11-28T03:00:00Z', '2026-12-25T12:00:00Z']) {
      const a = contactFor(fw, { at: at(iso) });
      expect([a.contact?.id, a.officeOpen, a.nextChange]).toEqual(['front-door', true, undefined]);
      expect(a.assumptions).toEqual([expect.stringMatching(/no office hours: this answer treats it as always open/)]);
    }
  });

  it('only a police contact: no TypeError; the police for immediate danger, and otherwise the answer says no one else is named', () => {
    const input = borough();
    input.contacts = input.contacts.filter((c) => c.role === 'police-emergency');
    const fw = defineFramework(input);
    const calm = contactFor(fw, { at: at('2026-11-24T10:00:00Z') });
    expect([calm.contact, calm.officeOpen]).toEqual([undefined, false]);
    expect(calm.reason).toMatch(/names no front door or out-of-hours service; the only contact it names for a child is Police \(999\), for immediate danger/);
    expect(calm.sources).toEqual([input.contacts[0]!.source]);
    const danger = contactFor(fw, { at: at('2026-11-24T10:00:00Z'), immediateDanger: true, level: 2 });
    expect([danger.contact?.id, danger.then]).toEqual(['police', undefined]);
  });

  it('only a front door (no out-of-hours service): out of hours it says when the front door opens', () => {
    const input = borough();
    input.contacts = input.contacts.filter((c) => c.role === 'front-door');
    const fw = defineFramework(input);
    const a = contactFor(fw, { at: at('2026-11-24T20:00:00Z'), level: 3 });
    expect([a.contact?.id, a.officeOpen, a.nextChange?.local]).toEqual(['front-door', false, '2026-11-25 09:00']);
    expect(a.reason).toMatch(/names no out-of-hours service: contact Example Borough Front Door when it opens \(2026-11-25 09:00\)/);
    expect(contactFor(fw, { at: at('2026-11-24T20:00:00Z'), immediateDanger: true }).reason).toMatch(/names no police contact/);
  });
});

describe('contactFor properties', () => {
  const fwArb = fc.constantFrom<Framework>(stokeOnTrent, staffordshire);
  const dateArb = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T23:59:59Z'), noInvalidDate: true });

  fcTest.prop([fwArb, dateArb])('immediate danger always puts the police first', (fw, d) => {
    expect(contactFor(fw, { at: d, immediateDanger: true }).contact?.role).toBe('police-emergency');
  });

  fcTest.prop([fwArb, dateArb])('open exactly when the next change is a closing, and the next change is later', (fw, d) => {
    const a = contactFor(fw, { at: d });
    expect(a.contact?.role).toBe(a.officeOpen ? 'front-door' : 'out-of-hours');
    expect(a.nextChange!.officeOpen).toBe(!a.officeOpen);
    expect(Date.parse(a.nextChange!.at)).toBeGreaterThan(d.getTime());
    // just after the change, the state has changed
    expect(contactFor(fw, { at: new Date(Date.parse(a.nextChange!.at)) }).officeOpen).toBe(!a.officeOpen);
    expect(a.bankHolidaysKnown).toBe(true);
  });

  fcTest.prop([fwArb, dateArb, fc.nat()])('out of hours, a level of advice or early help never points at the out-of-hours service first', (fw, d, n) => {
    const level = fw.levels[n % fw.levels.length]!;
    const a = contactFor(fw, { at: d, level: level.rank });
    // the document names the front door for the level (Staffordshire p. 14: Level 3 and Level 4)
    const named = fw.contacts.some((c) => c.role === 'front-door' && c.levels?.includes(level.rank));
    if (level.action.response === 'universal' && !named) expect([a.contact, a.levelAction?.text]).toEqual([undefined, level.action.text]);
    else if (a.officeOpen) expect(a.contact?.role).toBe('front-door');
    else if (level.action.requestForService || named) expect(a.contact?.role).toBe('out-of-hours');
    else expect([a.contact?.role, a.ifUrgent?.contact.role, a.nextChange?.officeOpen]).toEqual(['front-door', 'out-of-hours', true]);
  });

  fcTest.prop([fwArb, fc.anything({ withNullPrototype: true })])('only ThresholdError is thrown', (fw, q) => {
    onlyThresholdError(() => contactFor(fw, q as never));
  });
});

describe('contactFor: what the answer says, in words a practitioner can check', () => {
  const HOURS = 'Mon, Tue, Wed, Thu 08:30–17:00; Fri 08:30–16:30';
  const staffs = (id: string) => staffordshire.contacts.find((c) => c.id === id)!;

  it('in office hours: the local date, time and weekday, and the hours it falls within', () => {
    const a = contactFor(stokeOnTrent, { at: at('2026-11-24T10:00:00Z') });
    expect([a.framework, a.at, a.local]).toEqual(['stoke-on-trent', '2026-11-24T10:00:00.000Z', { date: '2026-11-24', time: '10:00', weekday: 'Tuesday' }]);
    expect(a.reason).toBe(`Tuesday 2026-11-24 10:00 (Europe/London) is within Children's Social Care Integrated Front Door office hours (${HOURS}).`);
    expect(a.nextChange).toEqual({ at: '2026-11-24T17:00:00.000Z', local: '2026-11-24 17:00', officeOpen: false });
  });

  it('out of hours and on a bank holiday: says which, naming the office and its hours or the holiday', () => {
    expect(contactFor(staffordshire, { at: at('2026-11-28T11:00:00Z') }).reason).toBe(
      `Saturday 2026-11-28 11:00 (Europe/London) is outside Staffordshire Children's Advice and Support (SCAS) hours (${HOURS}): out of hours.`,
    );
    const boxing = contactFor(stokeOnTrent, { at: at('2026-12-28T10:00:00Z') });
    expect(boxing.reason).toBe('Monday 2026-12-28 10:00 (Europe/London) is a bank holiday (Boxing Day (substitute day)): out of hours.');
    expect(boxing.bankHoliday).toEqual({ date: '2026-12-28', name: 'Boxing Day (substitute day)' });
  });

  it('immediate danger: the police and their number first, then the rest of the answer', () => {
    const a = contactFor(stokeOnTrent, { at: at('2026-11-24T10:00:00Z'), immediateDanger: true, level: 5 });
    expect([a.contact?.id, a.then?.id, a.immediateDanger, a.alsoAvailable.map((c) => c.id)]).toEqual([
      'police-emergency',
      'integrated-front-door',
      true,
      ['integrated-front-door-portal', 'police-non-emergency'],
    ]);
    expect(a.reason).toBe(
      `Immediate danger: call Staffordshire Police on 999 first, whatever the hour. Then: Tuesday 2026-11-24 10:00 (Europe/London) is within Children's Social Care Integrated Front Door office hours (${HOURS}). For non urgent risk referrals: Integrated Front Door portal (Request Early Help / Children Social Care).`,
    );
  });

  it('advice out of hours: the reason quotes the level action and names the out-of-hours number in case it becomes urgent', () => {
    const a = contactFor(stokeOnTrent, { at: at('2026-11-27T16:45:00Z'), level: 3 });
    expect([a.contact?.id, a.ifUrgent?.contact.id]).toEqual(['integrated-front-door', 'emergency-duty-team']);
    expect(a.reason).toBe(
      `Friday 2026-11-27 16:45 (Europe/London) is outside Children's Social Care Integrated Front Door hours (${HOURS}): out of hours. The document's action at Getting Help is not a referral to children's social care ("${stokeOnTrent.levels[2]!.action.text}"): contact Children's Social Care Integrated Front Door when it opens (2026-11-30 08:30). If it becomes urgent safeguarding: Children's Social Care Emergency Duty Team 01782 234234.`,
    );
  });

  it("cites the contact's source, the level action's when it decides, and the police's when they are part of the answer", () => {
    const stoke = (id: string) => stokeOnTrent.contacts.find((c) => c.id === id)!;
    const l3 = contactFor(stokeOnTrent, { at: at('2026-11-27T16:45:00Z'), level: 3 });
    expect(l3.sources).toEqual([stoke('integrated-front-door').source, stokeOnTrent.levels[2]!.action.source, stoke('police-non-emergency').source]);
    expect(contactFor(staffordshire, { at: at('2026-11-28T11:00:00Z') }).sources).toEqual([staffs('eds').source]);
    const danger = contactFor(staffordshire, { at: at('2026-11-24T10:00:00Z'), immediateDanger: true });
    expect(danger.sources).toEqual([staffs('police-emergency').source, staffs('scas').source]);
    // in office hours at a level whose action is advice, the action is not cited: the office is the answer
    expect(contactFor(staffordshire, { at: at('2026-11-24T10:00:00Z'), level: 3 }).sources).toEqual([staffs('scas').source]);
  });

  it('query errors name contactFor, the key and what is expected', () => {
    expect(errorOf(() => contactFor(stokeOnTrent, 'x' as never)).message).toBe(
      'contactFor: query must be an object with the keys at, level, immediateDanger or bankHolidays; received "x".',
    );
    expect(errorOf(() => contactFor(stokeOnTrent, { at: new Date(), bankHolidays: 'x' } as never)).message).toBe(
      'contactFor: query.bankHolidays must be an array of ISO dates (YYYY-MM-DD) or the government feed (https://www.gov.uk/bank-holidays.json); received "x".',
    );
    const e = errorOf(() => contactFor(stokeOnTrent, { at: new Date(), bankHolidays: [20261224] } as never));
    expect([e.message, e.issues[0]!.path]).toEqual([
      'contactFor: query.bankHolidays[0] is not an ISO date of the calendar (YYYY-MM-DD): 20261224.',
      ['bankHolidays', 0],
    ]);
    expect(errorOf(() => contactFor(stokeOnTrent, { at: new Date(), immediateDanger: 'yes' } as never)).message).toBe(
      'contactFor: query.immediateDanger must be true or false; received "yes".',
    );
    const level = errorOf(() => contactFor(stokeOnTrent, { at: new Date(), level: 9 }));
    expect([level.code, level.issues[0]!.path, level.message.startsWith('contactFor: query.level 9 is not a rank of stoke-on-trent')]).toEqual([
      'UNKNOWN_LEVEL',
      ['level'],
      true,
    ]);
  });

  it("accepts the government's bank-holiday feed for a year the package does not ship", () => {
    const feed = { 'england-and-wales': { division: 'england-and-wales', events: [{ title: 'Early May bank holiday', date: '2030-05-06' }] } };
    const a = contactFor(stokeOnTrent, { at: at('2030-05-06T10:00:00Z'), bankHolidays: feed });
    expect([a.officeOpen, a.bankHolidaysKnown, a.bankHoliday?.date, a.contact?.id]).toEqual([false, true, '2030-05-06', 'emergency-duty-team']);
    expect(a.nextChange?.local).toBe('2030-05-07 08:30');
  });
});

// ---- try-out defects of contactFor (immediate danger, no-call levels, Staffordshire Level 3, Date subclass) ----

describe('contactFor try-out: immediate danger is urgent at every level, out of hours too', () => {
  const christmas = at('2026-12-25T12:00:00Z'); // Friday, a bank holiday
  const tuesdayNight = at('2026-11-24T21:00:00Z');
  const edtSentence = "call our Emergency Duty Team on 01782 234234 if you're calling out of office hours, at weekends or on bank holidays.";

  it('Stoke-on-Trent Getting More Help on Christmas Day: the police, then the Emergency Duty Team now, not the front door days later', () => {
    const a = contactFor(stokeOnTrent, { at: christmas, level: 4, immediateDanger: true });
    expect([a.contact?.phone, a.then?.id, a.then?.phone, a.ifUrgent]).toEqual(['999', 'emergency-duty-team', '01782 234234', undefined]);
    expect(a.reason).toContain(edtSentence);
    expect(a.reason).not.toMatch(/when it opens \(/);
    // the emergency duty team is the document's service for suspected significant harm out of hours; that it comes
    // next after the police is this library's reading, and the answer says so (audit)
    expect(a.assumptions).toEqual([
      `After Staffordshire Police, this answer names Children's Social Care Emergency Duty Team ("${edtSentence}"), as for an urgent safeguarding concern at this hour: Stoke-on-Trent's words on immediate danger ("If you think a child is in immediate danger, call the police on 999 or 101.") do not say whom to contact next.`,
    ]);
  });

  it('weekday 21:00: every Stoke-on-Trent level and every Staffordshire level goes police → out-of-hours service', () => {
    for (const [fw, ooh] of [
      [stokeOnTrent, 'emergency-duty-team'],
      [staffordshire, 'eds'],
    ] as const)
      for (const l of fw.levels) {
        const a = contactFor(fw, { at: tuesdayNight, level: l.rank, immediateDanger: true });
        expect([a.contact?.role, a.then?.id, a.ifUrgent, a.levelAction], `${fw.id} ${l.id}`).toEqual(['police-emergency', ooh, undefined, undefined]);
        expect(a.sources, `${fw.id} ${l.id}`).toContainEqual(a.then!.source);
      }
  });

  it('in office hours the front door follows the police at every level, with the reason quoting what it is for', () => {
    const a = contactFor(stokeOnTrent, { at: at('2026-11-24T10:00:00Z'), level: 1, immediateDanger: true });
    expect([a.contact?.phone, a.then?.phone]).toEqual(['999', '01782 235100']);
    expect(a.reason).toContain('"for emergency safeguarding referrals"');
  });
});

describe('contactFor try-out: no call at a level whose action needs none', () => {
  const tuesday = at('2026-11-24T10:00:00Z');
  const tuesdayNight = at('2026-11-24T21:00:00Z');

  it('Stoke-on-Trent Thriving: no front door as the action; the level\'s action and the "professional you trust" sentence quoted', () => {
    const a = contactFor(stokeOnTrent, { at: tuesday, level: 1 });
    expect(a.contact).toBeUndefined();
    expect(a.levelAction).toEqual({ text: 'No additional action required.', source: stokeOnTrent.levels[0]!.action.source });
    expect(a.reason).toContain('"No additional action required."');
    expect(a.reason).toContain('You can also discuss your concerns with a professional you trust who works with children and families.');
    expect(a.alsoAvailable.map((c) => c.id)).toEqual(['health-visiting-school-nursing', 'police-non-emergency']);
    expect(a.assumptions).toEqual([]);
    expect(a.sources[0]).toEqual(stokeOnTrent.levels[0]!.action.source);
  });

  it('emergency advice stays: the police for immediate danger in the reason, the urgent service as ifUrgent (front door open, else EDT)', () => {
    const day = contactFor(stokeOnTrent, { at: tuesday, level: 'thriving' });
    expect(day.reason).toContain('If you think a child is in immediate danger, call the police on 999 or 101.');
    expect(day.ifUrgent?.contact.id).toBe('integrated-front-door');
    const night = contactFor(stokeOnTrent, { at: tuesdayNight, level: 'thriving' });
    expect([night.contact, night.ifUrgent?.contact.id]).toEqual([undefined, 'emergency-duty-team']);
  });

  it('Staffordshire Universal: no SCAS call as the action; "can access services directly" quoted; police and SCAS / EDS if urgent', () => {
    const a = contactFor(staffordshire, { at: tuesday, level: 'universal' });
    expect(a.contact).toBeUndefined();
    expect(a.levelAction?.text).toBe('Children, young people, parents and carers can access services directly.');
    expect(a.reason).toContain('If a child is considered to be at IMMEDIATE risk, then the professional should contact the police 999.');
    expect(a.ifUrgent?.contact.id).toBe('scas');
    expect(contactFor(staffordshire, { at: tuesdayNight, level: 1 }).ifUrgent?.contact.id).toBe('eds');
  });

  it('a level with an action other than "universal" keeps its contact (Getting Advice: the front door, said to be an assumption)', () => {
    const a = contactFor(stokeOnTrent, { at: tuesday, level: 2 });
    expect([a.contact?.id, a.levelAction]).toEqual(['integrated-front-door', undefined]);
  });

  fcTest.prop([
    fc.constantFrom<Framework>(stokeOnTrent, staffordshire),
    fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T23:59:59Z'), noInvalidDate: true }),
  ])('at level 1 of either framework, without immediate danger no one is named and the police stay in the reason; with it, the police come first', (fw, d) => {
    const police = fw.contacts.find((c) => c.role === 'police-emergency')!;
    const a = contactFor(fw, { at: d, level: 1 });
    expect([a.contact, a.levelAction?.text, a.ifUrgent?.contact.role]).toEqual([
      undefined,
      fw.levels[0]!.action.text,
      a.officeOpen ? 'front-door' : 'out-of-hours',
    ]);
    expect(a.reason).toContain(police.when);
    const b = contactFor(fw, { at: d, level: 1, immediateDanger: true });
    expect([b.contact?.role, b.then?.role, b.levelAction]).toEqual(['police-emergency', b.officeOpen ? 'front-door' : 'out-of-hours', undefined]);
  });
});

describe('contactFor try-out: Staffordshire Level 3 is a phone referral to SCAS, EDS out of hours (p. 14)', () => {
  const p14 =
    "New referrals for children who meet the threshold for Level 3 and Level 4 who are not known or are currently closed to children's services, should ideally be made by phone:";

  it('Tuesday 21:00 at Targeted Early Help: EDS now, quoting p. 14; not "when SCAS opens"', () => {
    const a = contactFor(staffordshire, { at: at('2026-11-24T21:00:00Z'), level: 3 });
    expect([a.contact?.id, a.contact?.phone, a.ifUrgent]).toEqual(['eds', '0345 604 2886', undefined]);
    expect(a.reason).toContain(p14);
    expect(a.reason).not.toMatch(/not a referral to children.s social care .*when it opens/);
    expect(a.sources).toContainEqual({
      document: 'staffordshire-threshold-framework-2022',
      section: 'Meeting the Needs of Children and Families in Staffordshire',
      page: 14,
    });
    expect(a.assumptions).toEqual([]);
  });

  it("quotes the data's SCAS sentence (checked word for word against the source by source-quotes.test.ts)", () => {
    expect(staffordshire.contacts.find((c) => c.id === 'scas')?.when).toBe(p14);
  });
});

describe('contactFor try-out: a Date subclass is refused like any class instance', () => {
  it('names the path and the class', () => {
    class Stamp extends Date {}
    const e = errorOf(() => contactFor(stokeOnTrent, { at: new Stamp('2026-11-24T10:00:00Z') }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map((i) => i.path)).toEqual([['at']]);
    expect(e.message).toMatch(/query\.at must be a plain Date .*not an instance of Stamp/);
    // a plain Date from the same instant is fine
    expect(contactFor(stokeOnTrent, { at: new Date('2026-11-24T10:00:00Z') }).officeOpen).toBe(true);
  });
});
