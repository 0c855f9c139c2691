// contactFor over frameworks a user defines (defineFramework): contacts tied to levels, contacts without a
// phone number, an office name or hours, referral portals, the caller's bank holidays, office hours in
// several sessions, and the sentences a practitioner reads in each case. The built-in frameworks have a
// phone number and hours for every contact, so these answers are reached only through a user's data.
import { describe, expect, it } from 'vitest';
import { contactFor, staffordshire, stokeOnTrent, type Framework } from '../src/index.js';
import { defineFramework } from '../src/define-entry.js';
import { errorOf, readJson } from './helpers.js';

type Data = Record<string, unknown>;
const FW = 'Example Borough Levels of Need (illustrative)';
const src = (page: number) => ({ document: 'example-borough-thresholds', section: 'Contacts', page });
const WEEKDAYS_9_5 = [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }];
const HOURS_TEXT = 'Mon, Tue, Wed, Thu, Fri 09:00–17:00';
const contact = (id: string, role: string, name: string, page: number, extra: Data = {}): Data => ({
  id,
  name,
  role,
  when: `Call ${name}.`,
  source: src(page),
  ...extra,
});
const front = (extra: Data = {}) => contact('front-door', 'front-door', 'Front Door', 6, { phone: '0100', hours: WEEKDAYS_9_5, ...extra });
const night = (extra: Data = {}) => contact('night', 'out-of-hours', 'Night Team', 7, { phone: '0200', ...extra });
const police = (extra: Data = {}) =>
  contact('police', 'police-emergency', 'Police', 8, { phone: '999', when: 'If a child is in immediate danger, call 999.', ...extra });

/** The example borough of the docs (levels: 1 Universal, no call; 2 Early Help, advice; 3 Social Care, a request for service) with these contacts. */
function borough(contacts: Data[]): Framework {
  const input = readJson('docs/examples/example-borough.json') as Data;
  return defineFramework({ ...input, contacts });
}

const at = (iso: string) => new Date(iso);
const TUESDAY = at('2026-11-24T10:00:00Z');
const TUESDAY_NIGHT = at('2026-11-24T21:00:00Z');
const OUTSIDE = `Tuesday 2026-11-24 21:00 (Europe/London) is outside Front Door hours (${HOURS_TEXT}): out of hours.`;
const LEVEL_2 = 'Complete an Early Help Assessment.';

describe('contactFor: contacts the document ties to levels', () => {
  const tiedFramework = () =>
    borough([
      contact('care-door', 'front-door', 'Care Front Door', 6, { phone: '0100', hours: WEEKDAYS_9_5, levels: [3] }),
      contact('help-door', 'front-door', 'Early Help Hub', 7, { phone: '0101', hours: WEEKDAYS_9_5, levels: [2] }),
      contact('care-night', 'out-of-hours', 'Care Out of Hours', 8, { phone: '0200', levels: [3] }),
      contact('help-night', 'out-of-hours', 'Early Help Out of Hours', 9, { phone: '0201', levels: [2] }),
      police(),
    ]);

  it('names the front door and the out-of-hours service the document gives for the asked level, not the first listed', () => {
    const fw = tiedFramework();
    expect(contactFor(fw, { at: TUESDAY, level: 2 }).contact?.id).toBe('help-door');
    expect(contactFor(fw, { at: TUESDAY, level: 'level-3' }).contact?.id).toBe('care-door');
    expect(contactFor(fw, { at: TUESDAY_NIGHT, level: 3 }).contact?.id).toBe('care-night');
    // without a level, the first of each role
    expect(contactFor(fw, { at: TUESDAY }).contact?.id).toBe('care-door');
    expect(contactFor(fw, { at: TUESDAY_NIGHT }).contact?.id).toBe('care-night');
  });

  it("at a level whose action is not a referral but for which the document names a front door: that door's service out of hours, the reason quoting why", () => {
    const a = contactFor(tiedFramework(), { at: TUESDAY_NIGHT, level: 2 });
    expect([a.contact?.id, a.ifUrgent, a.assumptions]).toEqual(['help-night', undefined, []]);
    expect(a.reason).toBe(
      `Tuesday 2026-11-24 21:00 (Europe/London) is outside Early Help Hub hours (${HOURS_TEXT}): out of hours. Early Help's action is not itself a referral ("${LEVEL_2}"), but ${FW} names Early Help Hub for it: "Call Early Help Hub." (out of hours: Early Help Out of Hours).`,
    );
    expect(a.sources).toEqual([src(9), src(7)]);
  });

  it('a front door named for a level, without an out-of-hours service: the reason names none', () => {
    const fw = borough([contact('help-door', 'front-door', 'Early Help Hub', 7, { phone: '0101', hours: WEEKDAYS_9_5, levels: [2] })]);
    const a = contactFor(fw, { at: TUESDAY, level: 2 });
    expect(a.reason).toBe(
      `Tuesday 2026-11-24 10:00 (Europe/London) is within Early Help Hub office hours (${HOURS_TEXT}). Early Help's action is not itself a referral ("${LEVEL_2}"), but ${FW} names Early Help Hub for it: "Call Early Help Hub.".`,
    );
  });

  it('a front door named for other levels: the assumption lists them by name', () => {
    const fw = borough([front({ levels: [1, 3] }), night(), police()]);
    expect(contactFor(fw, { at: TUESDAY, level: 2 }).assumptions).toEqual([
      `${FW} names Front Door for "Call Front Door." (Universal, Social Care), not for Early Help, whose action is "${LEVEL_2}": this answer offers it as the nearest contact the document names, which is the library's choice, not the document's direction.`,
    ]);
    const stoke = contactFor(stokeOnTrent, { at: TUESDAY, level: 2 });
    expect(stoke.assumptions).toEqual([
      `Thresholds for Intervention names Children's Social Care Integrated Front Door for "${stokeOnTrent.contacts[0]!.when}" (Getting Risk Support), not for Getting Advice, whose action is "Advice, guidance and signposting. Consider completion of an Early Help Assessment.": this answer offers it as the nearest contact the document names, which is the library's choice, not the document's direction.`,
    ]);
  });

  it('referral portals: offered only at the levels the document names them for; their hours and urgency as the data gives them', () => {
    const fw = borough([
      front(),
      night(),
      police(),
      contact('portal-a', 'referral-portal', 'Portal A', 10, {
        levels: [3],
        hours: WEEKDAYS_9_5,
        urgency: { urgent: false, text: 'For non-urgent referrals', source: src(11) },
      }),
      contact('portal-b', 'referral-portal', 'Portal B', 12, { levels: [3] }),
      contact('portal-c', 'referral-portal', 'Portal C', 13),
    ]);
    const a = contactFor(fw, { at: TUESDAY, level: 3 });
    expect(a.alsoAvailable.map((c) => c.id)).toEqual(['portal-a', 'portal-b']);
    expect(a.reason).toBe(`Tuesday 2026-11-24 10:00 (Europe/London) is within Front Door office hours (${HOURS_TEXT}). For non-urgent referrals: Portal A.`);
    expect(a.assumptions).toEqual([`${FW} does not state when Portal B accepts referrals: this answer assumes at any time.`]);
    expect(a.sources).toEqual([src(6), src(10), src(12)]);
    expect(contactFor(fw, { at: TUESDAY, level: 2 }).alsoAvailable).toEqual([]);
    expect(contactFor(fw, { at: TUESDAY }).alsoAvailable).toEqual([]);
  });
});

describe('contactFor: what the answer says when the data lacks a phone number, an office name or hours', () => {
  it('no call at level 1: each further offer quoted with its number where it has one; the urgent service and the police without a number', () => {
    const fw = borough([
      front(),
      night({ phone: undefined }),
      police({ phone: undefined }),
      contact('nurse', 'health', 'School Nurse', 9, { phone: '0300' }),
      contact('visitor', 'health', 'Health Visitor', 10),
    ]);
    const a = contactFor(fw, { at: TUESDAY_NIGHT, level: 1 });
    expect([a.contact, a.ifUrgent?.contact.id, a.alsoAvailable.map((c) => c.id)]).toEqual([undefined, 'night', ['nurse', 'visitor']]);
    expect(a.reason).toBe(
      `The document's action at Universal is "No additional action required.": this answer names no one to call. ${FW} also offers: "Call School Nurse." (School Nurse 0300). ${FW} also offers: "Call Health Visitor." (Health Visitor). Should the concern become urgent safeguarding: Night Team (out of hours). If a child is in immediate danger: Police ("If a child is in immediate danger, call 999.").`,
    );
    expect(contactFor(fw, { at: TUESDAY, level: 1 }).reason).toContain('Should the concern become urgent safeguarding: Front Door 0100 (open now).');
  });

  it('no call at level 1 in a framework naming no front door, out-of-hours service or police: the action alone, cited', () => {
    const fw = borough([contact('nurse', 'health', 'School Nurse', 9, { phone: '0300' })]);
    const a = contactFor(fw, { at: TUESDAY, level: 1 });
    expect([a.contact, a.ifUrgent, a.levelAction?.text]).toEqual([undefined, undefined, 'No additional action required.']);
    expect(a.reason).toBe(
      `The document's action at Universal is "No additional action required.": this answer names no one to call. ${FW} also offers: "Call School Nurse." (School Nurse 0300).`,
    );
    expect(a.sources).toEqual([{ document: 'example-borough-thresholds', section: 'Levels', page: 2 }, src(9)]);
  });

  it('no call at level 1 in the built-ins: the urgent service open now or out of hours, and the police with their number', () => {
    const health =
      ' Thresholds for Intervention also offers: "You can also discuss your concerns with a professional you trust who works with children and families. This could be a health visitor, school nurse or teacher" (Stoke-on-Trent Integrated 0-19 Health Visiting and School Nursing Service 0808 178 3374).';
    const police999 =
      ' If a child is in immediate danger: Staffordshire Police 999 ("If you think a child is in immediate danger, call the police on 999 or 101.").';
    const start = `The document's action at Thriving is "No additional action required.": this answer names no one to call.${health}`;
    expect(contactFor(stokeOnTrent, { at: TUESDAY, level: 1 }).reason).toBe(
      `${start} Should the concern become urgent safeguarding: Children's Social Care Integrated Front Door 01782 235100 (open now).${police999}`,
    );
    expect(contactFor(stokeOnTrent, { at: TUESDAY_NIGHT, level: 1 }).reason).toBe(
      `${start} Should the concern become urgent safeguarding: Children's Social Care Emergency Duty Team 01782 234234 (out of hours).${police999}`,
    );
  });

  it('a front door without hours: always open, and the reason says the data gives it none', () => {
    const a = contactFor(borough([front({ hours: undefined }), night()]), { at: TUESDAY_NIGHT });
    expect([a.contact?.id, a.officeOpen]).toEqual(['front-door', true]);
    expect(a.reason).toBe('Front Door has no office hours in the data: always open.');
  });

  it('a front door whose hours list no session: never open, and the reason says none are stated', () => {
    const a = contactFor(borough([front({ hours: [] }), night()]), { at: TUESDAY });
    expect([a.contact?.id, a.officeOpen, a.nextChange]).toEqual(['night', false, undefined]);
    expect(a.reason).toBe('Tuesday 2026-11-24 10:00 (Europe/London) is outside Front Door hours (none stated): out of hours.');
  });

  it('advice out of hours: the front door when it opens; the out-of-hours service if urgent, named without a number when the data has none', () => {
    const a = contactFor(borough([front(), night({ phone: undefined }), police()]), { at: TUESDAY_NIGHT, level: 2 });
    expect([a.contact?.id, a.ifUrgent?.contact.id, a.nextChange?.local]).toEqual(['front-door', 'night', '2026-11-25 09:00']);
    expect(a.reason).toBe(
      `${OUTSIDE} The document's action at Early Help is not a referral to children's social care ("${LEVEL_2}"): contact Front Door when it opens (2026-11-25 09:00). If it becomes urgent safeguarding: Night Team.`,
    );
    // the front door, the out-of-hours service the answer offers if urgent, and the level's action that decides it
    expect(a.sources).toEqual([src(6), src(7), { document: 'example-borough-thresholds', section: 'Levels', page: 2 }]);
  });

  it('advice out of hours without an out-of-hours service: the front door when it opens, nothing offered if urgent', () => {
    const a = contactFor(borough([front(), police()]), { at: TUESDAY_NIGHT, level: 2 });
    expect([a.contact?.id, a.ifUrgent]).toEqual(['front-door', undefined]);
    expect(a.reason).toBe(
      `${OUTSIDE} The document's action at Early Help is not a referral to children's social care ("${LEVEL_2}"): contact Front Door when it opens (2026-11-25 09:00).`,
    );
  });

  it('no front door, only an out-of-hours service: that service at any hour and any level, the reason saying so', () => {
    const fw = borough([night(), police()]);
    for (const level of [undefined, 2, 3]) {
      const a = contactFor(fw, { at: TUESDAY, ...(level === undefined ? {} : { level }) });
      expect([a.contact?.id, a.officeOpen, a.ifUrgent, a.nextChange], `level ${level}`).toEqual(['night', false, undefined, undefined]);
      expect(a.reason, `level ${level}`).toBe(`${FW} names no front door, only its out-of-hours service.`);
    }
    // immediate danger: the police, then that service now; there is no office to wait for
    const danger = contactFor(fw, { at: TUESDAY, level: 2, immediateDanger: true });
    expect([danger.contact?.id, danger.then?.id]).toEqual(['police', 'night']);
    expect(danger.reason).toBe(
      `Immediate danger: call Police on 999 first, whatever the hour. Then: ${FW} names no front door, only its out-of-hours service. A child in immediate danger is an urgent concern at any level, so it goes to Night Team now: "Call Night Team."`,
    );
  });

  it('only a police contact: named without a number when the data has none; at a level, no TypeError', () => {
    const a = contactFor(borough([police({ phone: undefined })]), { at: TUESDAY, level: 2 });
    expect(a.contact).toBeUndefined();
    expect(a.reason).toBe(
      `${FW} names no front door or out-of-hours service; the only contact it names for a child is Police, for immediate danger: "If a child is in immediate danger, call 999.".`,
    );
    expect(a.sources).toEqual([src(8), { document: 'example-borough-thresholds', section: 'Levels', page: 2 }]);
  });

  it('no contacts at all: the answer says the framework names no one, with or without immediate danger', () => {
    const fw = borough([]);
    const a = contactFor(fw, { at: TUESDAY });
    expect([a.contact, a.reason, a.sources]).toEqual([undefined, `${FW} names no front door or out-of-hours service.`, []]);
    expect(contactFor(fw, { at: TUESDAY, immediateDanger: true }).reason).toBe(
      `Immediate danger: ${FW} names no police contact. ${FW} names no front door or out-of-hours service.`,
    );
    // only the police: no one named after them, so nothing is assumed about whom to contact next
    const onlyPolice = contactFor(borough([police()]), { at: TUESDAY, immediateDanger: true });
    expect([onlyPolice.contact?.id, onlyPolice.then, onlyPolice.assumptions]).toEqual(['police', undefined, []]);
  });

  it("immediate danger: the police's own number; without one, 999, and the answer says it assumes so", () => {
    const own = contactFor(borough([front(), night(), police({ phone: '112' })]), { at: TUESDAY, immediateDanger: true });
    expect(own.reason).toMatch(/^Immediate danger: call Police on 112 first, whatever the hour\. Then: /);
    // whom to contact after the police is this library's reading, said as such (audit)
    const next = /^After Police, this answer names .* do not say whom to contact next\.$/;
    expect(own.assumptions).toEqual([expect.stringMatching(next)]);
    const none = contactFor(borough([front(), night(), police({ phone: undefined })]), { at: TUESDAY, immediateDanger: true });
    expect(none.reason).toMatch(/^Immediate danger: call Police on 999 first, whatever the hour\. Then: /);
    expect(none.assumptions).toEqual([
      `The data gives Police no phone number: this answer gives 999, the emergency number in the UK.`,
      expect.stringMatching(next),
    ]);
  });

  it('immediate danger at a level of advice: the urgent service now, "not to" the office only when the office is another contact and closed', () => {
    const christmas = contactFor(stokeOnTrent, { at: at('2026-12-25T12:00:00Z'), level: 4, immediateDanger: true });
    expect(christmas.reason).toBe(
      `Immediate danger: call Staffordshire Police on 999 first, whatever the hour. Then: Friday 2026-12-25 12:00 (Europe/London) is a bank holiday (Christmas Day): out of hours. A child in immediate danger is an urgent concern at any level, so it goes to Children's Social Care Emergency Duty Team now, not to Children's Social Care Integrated Front Door when it opens: "If you have reasonable cause to suspect that a child has suffered or is likely to suffer Significant Harm you can call the Integrated Front Door on 01782 235100 (Mon-Thurs, 8.30am – 5pm and Fri, 8.30am – 4.30pm), or call our Emergency Duty Team on 01782 234234 if you're calling out of office hours, at weekends or on bank holidays."`,
    );
    const open = contactFor(stokeOnTrent, { at: TUESDAY, level: 2, immediateDanger: true });
    expect(open.reason).toMatch(/, so it goes to Children's Social Care Integrated Front Door now: "for emergency safeguarding referrals"$/);
    // no out-of-hours service: the contact is the (closed) front door itself
    const alone = contactFor(borough([front(), police()]), { at: TUESDAY_NIGHT, level: 2, immediateDanger: true });
    expect(alone.reason).toMatch(/, so it goes to Front Door now: "Call Front Door\."$/);
  });
});

describe("contactFor: the caller's bank holidays and the next change of the office", () => {
  const satNov28 = at('2026-11-28T11:00:00Z');
  const ASSUMED = /does not say whether it is open on bank holidays: this answer assumes it is closed/;

  it("names a caller's holiday as given by the caller, but keeps the shipped name of a holiday it already knows", () => {
    expect(contactFor(staffordshire, { at: at('2030-05-06T10:00:00Z'), bankHolidays: ['2030-05-06'] }).bankHoliday).toEqual({
      date: '2030-05-06',
      name: 'Bank holiday (given by the caller)',
    });
    expect(contactFor(staffordshire, { at: at('2026-12-25T10:00:00Z'), bankHolidays: ['2026-12-25'] }).bankHoliday).toEqual({
      date: '2026-12-25',
      name: 'Christmas Day',
    });
  });

  it('a holiday skipped on a working day: the next opening after it, and the assumption that the office is closed then', () => {
    const a = contactFor(staffordshire, { at: at('2026-11-27T17:00:00Z'), bankHolidays: ['2026-11-30'] });
    expect(a.nextChange?.local).toBe('2026-12-01 08:30');
    expect(a.assumptions).toEqual([expect.stringMatching(ASSUMED)]);
  });

  it('a holiday on a day the office is closed anyway changes nothing and assumes nothing', () => {
    const a = contactFor(staffordshire, { at: satNov28, bankHolidays: ['2026-11-29'] });
    expect([a.nextChange?.local, a.assumptions]).toEqual(['2026-11-30 08:30', []]);
  });

  it('asked on a holiday: the reason gives the holiday, so the answer states the assumption it rests on', () => {
    const a = contactFor(staffordshire, { at: satNov28, bankHolidays: ['2026-11-28'] });
    expect(a.reason).toBe('Saturday 2026-11-28 11:00 (Europe/London) is a bank holiday (Bank holiday (given by the caller)): out of hours.');
    expect(a.assumptions).toEqual([expect.stringMatching(ASSUMED)]);
  });

  it('cites the sentence saying the office is closed on bank holidays when the answer rests on it', () => {
    const fw = borough([front({ closedOnBankHolidays: { text: 'The Front Door is closed on bank holidays.', source: src(11) } }), night(), police()]);
    expect(contactFor(fw, { at: at('2026-12-25T12:00:00Z') }).sources).toEqual([src(7), src(11)]);
    expect(contactFor(fw, { at: TUESDAY_NIGHT }).sources).toEqual([src(7)]);
  });

  it('an office closed for more than the four weeks it looks ahead: no next change, and the reason gives no date', () => {
    const days = Array.from({ length: 27 }, (_, i) => new Date(Date.UTC(2026, 10, 25 + i)).toISOString().slice(0, 10)); // 25 Nov – 21 Dec
    expect([days[0], days[26]]).toEqual(['2026-11-25', '2026-12-21']);
    const a = contactFor(borough([front(), night(), police()]), { at: TUESDAY_NIGHT, level: 2, bankHolidays: days });
    expect(a.nextChange).toBeUndefined();
    expect(a.reason).toContain(`("${LEVEL_2}"): contact Front Door when it opens. If it becomes urgent safeguarding: Night Team 0200.`);
    const alone = contactFor(borough([front()]), { at: TUESDAY_NIGHT, bankHolidays: days });
    expect(alone.reason).toBe(`${OUTSIDE} ${FW} names no out-of-hours service: contact Front Door when it opens.`);
    // the day after the list, it opens again
    expect(contactFor(borough([front()]), { at: at('2026-12-21T21:00:00Z'), bankHolidays: days }).nextChange?.local).toBe('2026-12-22 09:00');
  });

  it('office hours in two sessions, listed in any order: the next opening or closing is the nearest', () => {
    const fw = borough([
      front({
        hours: [
          { days: [1, 2, 3, 4, 5], opens: '13:00', closes: '17:00' },
          { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '12:00' },
        ],
      }),
      night(),
    ]);
    expect(contactFor(fw, { at: at('2026-11-24T08:00:00Z') }).nextChange).toEqual({
      at: '2026-11-24T09:00:00.000Z',
      local: '2026-11-24 09:00',
      officeOpen: true,
    });
    expect(contactFor(fw, { at: at('2026-11-24T10:00:00Z') }).nextChange).toEqual({
      at: '2026-11-24T12:00:00.000Z',
      local: '2026-11-24 12:00',
      officeOpen: false,
    });
    expect(contactFor(fw, { at: at('2026-11-24T12:30:00Z') }).nextChange).toEqual({
      at: '2026-11-24T13:00:00.000Z',
      local: '2026-11-24 13:00',
      officeOpen: true,
    });
  });

  it('sessions that meet or overlap: the office closes when the last of them ends, not when one of them does', () => {
    const meet = borough([
      front({
        hours: [
          { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '12:00' },
          { days: [1, 2, 3, 4, 5], opens: '12:00', closes: '17:00' },
        ],
      }),
    ]);
    expect(contactFor(meet, { at: TUESDAY }).nextChange).toEqual({ at: '2026-11-24T17:00:00.000Z', local: '2026-11-24 17:00', officeOpen: false });
    const overlap = borough([
      front({
        hours: [
          { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' },
          { days: [2], opens: '12:00', closes: '14:00' },
        ],
      }),
    ]);
    const a = contactFor(overlap, { at: at('2026-11-24T13:00:00Z') });
    expect([a.officeOpen, a.nextChange?.local]).toEqual([true, '2026-11-24 17:00']);
  });

  it('a time near the clocks going back is read in the summer time still in force (Sunday 25 October 2026, 00:30 BST)', () => {
    const fw = borough([front({ hours: [{ days: [7], opens: '00:30', closes: '06:00' }] }), night()]);
    expect(contactFor(fw, { at: at('2026-10-24T20:00:00Z') }).nextChange).toEqual({
      at: '2026-10-24T23:30:00.000Z',
      local: '2026-10-25 00:30',
      officeOpen: true,
    });
    // 01:00 UTC is 01:00 GMT, after the change: open until 06:00 GMT
    expect(contactFor(fw, { at: at('2026-10-25T01:00:00Z') }).nextChange).toEqual({
      at: '2026-10-25T06:00:00.000Z',
      local: '2026-10-25 06:00',
      officeOpen: false,
    });
    // and the clocks going forward (Sunday 29 March 2026): 03:00 BST is 02:00 UTC
    const spring = borough([front({ hours: [{ days: [7], opens: '03:00', closes: '06:00' }] }), night()]);
    expect(contactFor(spring, { at: at('2026-03-28T12:00:00Z') }).nextChange?.at).toBe('2026-03-29T02:00:00.000Z');
  });

  it('Sunday is named as such', () => {
    const a = contactFor(staffordshire, { at: at('2026-11-29T11:00:00Z') });
    expect([a.local.weekday, a.reason.startsWith('Sunday 2026-11-29 11:00 (Europe/London) is outside')]).toEqual(['Sunday', true]);
  });
});

describe('contactFor: errors name the function, the path and the bad value', () => {
  it('not a framework', () => {
    expect(errorOf(() => contactFor('stoke-on-trent' as never, { at: TUESDAY })).message).toBe(
      'contactFor: the framework argument must be a framework of this package (a built-in such as stokeOnTrent, or the result of defineFramework); received "stoke-on-trent".',
    );
  });

  it('an unknown key, at its own path, with the nearest allowed key', () => {
    const e = errorOf(() => contactFor(stokeOnTrent, { at: TUESDAY, immediatDanger: true } as never));
    expect([e.code, e.issues.map((i) => i.path), e.suggestions]).toEqual(['INVALID_INPUT', [['immediatDanger']], ['immediateDanger']]);
    expect(e.message).toMatch(/^contactFor: query: unknown key "immediatDanger"; did you mean 'immediateDanger'\?/);
  });

  it('a value that is not plain data', () => {
    const e = errorOf(() => contactFor(stokeOnTrent, { at: TUESDAY, bankHolidays: new Set(['2026-12-25']) } as never));
    expect([e.code, e.issues.map((i) => i.path)]).toEqual(['INVALID_INPUT', [['bankHolidays']]]);
    expect(e.message).toMatch(/^contactFor: query\.bankHolidays /);
  });
});
