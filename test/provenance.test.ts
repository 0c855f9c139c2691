/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit copies of framework data freely */
import AjvModule from 'ajv/dist/2020.js';
import { createHash } from 'node:crypto';
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  bankHolidaysFromFeed,
  carryAssessment,
  consentConcernFor,
  consentPurposeFor,
  contactFor,
  decideConsent,
  diffFrameworks,
  formatDiff,
  mapLevel,
  provenanceOf,
  recordConsentDecision,
  recordResolution,
  replayRecord,
  resolveLevel,
  staffordshire,
  stokeOnTrent,
  type ConsentRecord,
  type Framework,
  type StokeOnTrentIndicatorId,
} from '../src/index.js';
import { defineFramework } from '../src/define.js';
import { canonicalJson, frameworkHash, sha256 } from '../src/sha256.js';
import { codeOf, errorOf, readJson } from './helpers.js';

const Ajv2020 = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as typeof AjvModule.default;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
const schema = (name: string) => {
  if (!compiled.has(name)) compiled.set(name, ajv.compile(readJson(`data/schema/${name}.schema.json`) as object));
  return compiled.get(name)!;
};
const { version } = readJson('package.json') as { version: string };

/** A new edition of a framework: its data, changed by `mutate`, through defineFramework. */
function edition(fw: Framework, mutate: (data: any) => void): Framework {
  const data = JSON.parse(JSON.stringify(fw));
  delete data.dataHash;
  mutate(data);
  return defineFramework(data);
}
const ind = (data: any, id: string): any => data.indicators.find((i: { id: string }) => i.id === id);

describe('sha256 (pure TypeScript)', () => {
  it('gives the FIPS 180-4 / NIST test vectors', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(sha256('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu')).toBe(
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    );
    expect(sha256('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  fcTest.prop([fc.string({ unit: 'grapheme', maxLength: 300 })])('agrees with node:crypto on any text, padding boundaries included', (s) => {
    expect(sha256(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
  });

  fcTest.prop([fc.uint8Array({ maxLength: 200 })])('agrees with node:crypto on any bytes', (bytes) => {
    expect(sha256(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});

describe('canonicalJson', () => {
  fcTest.prop([fc.jsonValue()])('is JSON that parses back to the value, whatever the key order', (v) => {
    const text = canonicalJson(v);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
    const reversed = JSON.parse(JSON.stringify(v), (_k, x) =>
      x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).reverse()) : x,
    );
    expect(canonicalJson(reversed)).toBe(text);
  });

  it('sorts keys, drops undefined and whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, d: { z: 0, y: -1.5 } })).toBe('{"a":[true,null,"x"],"b":1,"d":{"y":-1.5,"z":0}}');
  });
});

describe('editions and dataHash', () => {
  it('each built-in states its edition as printed, nothing invented', () => {
    expect(stokeOnTrent.edition).toEqual({
      title: 'Thresholds for Intervention: Understanding need and identifying risk',
      publisher: 'Stoke-on-Trent Safeguarding Children Partnership',
    });
    expect(staffordshire.edition?.published).toBe('April 2022');
    expect(staffordshire.edition?.publisher).toBeUndefined();
    expect(stokeOnTrent.edition?.published).toBeUndefined();
  });

  it('the built-in dataHash is the SHA-256 of the data file’s canonical JSON', () => {
    for (const fw of [stokeOnTrent, staffordshire]) {
      const file = readJson(`data/frameworks/${fw.id}.json`);
      expect(fw.dataHash).toBe(createHash('sha256').update(canonicalJson(file), 'utf8').digest('hex'));
      expect(frameworkHash(fw)).toBe(fw.dataHash);
    }
  });

  it('defineFramework computes the same hash for the same data, and replaces a stated one', () => {
    const file = readJson('data/frameworks/staffordshire.json') as Record<string, unknown>;
    expect(defineFramework(file).dataHash).toBe(staffordshire.dataHash);
    expect(defineFramework({ ...file, dataHash: staffordshire.dataHash }).dataHash).toBe(staffordshire.dataHash);
    // an edited copy of a built-in still carries the built-in's hash: it is recomputed, never trusted
    const edited = defineFramework({ ...structuredClone(staffordshire), name: 'Edited' });
    expect(edited.dataHash).not.toBe(staffordshire.dataHash);
    expect(edited.dataHash).toBe(frameworkHash({ ...file, name: 'Edited' }));
    expect(codeOf(() => defineFramework({ ...file, dataHash: 'not a hash' }))).toBe('INVALID_FRAMEWORK');
  });

  it('accepts a new edition of a built-in (same id, another hash), whose answers say so', () => {
    const next = edition(stokeOnTrent, (d) => {
      d.edition.published = 'January 2027';
    });
    expect(next.id).toBe(stokeOnTrent.id);
    expect(next.dataHash).not.toBe(stokeOnTrent.dataHash);
    expect(resolveLevel(next, {}).provenance).toMatchObject({ dataHash: next.dataHash, edition: { published: 'January 2027' } });
  });
});

describe('provenance on every answer', () => {
  const expected = (fw: Framework) => ({ framework: fw.id, edition: fw.edition, dataHash: fw.dataHash, library: `safeguarding-thresholds@${version}` });

  it('resolution, mapping, carry, consent decision and contact answer', () => {
    expect(resolveLevel(stokeOnTrent, {}).provenance).toEqual(expected(stokeOnTrent));
    expect(mapLevel(stokeOnTrent, 3, staffordshire).provenance).toEqual({ ...expected(stokeOnTrent), to: expected(staffordshire) });
    expect(carryAssessment(staffordshire, {}, stokeOnTrent).provenance).toEqual({ ...expected(staffordshire), to: expected(stokeOnTrent) });
    expect(decideConsent(staffordshire, { purpose: 'information-sharing', concern: 'wellbeing', consent: 'given' }).provenance).toEqual(
      expected(staffordshire),
    );
    expect(contactFor(staffordshire, { at: new Date('2026-06-01T10:00:00Z') }).provenance).toEqual(expected(staffordshire));
    expect(consentConcernFor(stokeOnTrent, 'getting-risk-support').provenance).toEqual(expected(stokeOnTrent));
    expect(consentPurposeFor(stokeOnTrent, 'prevent-referral').provenance).toEqual(expected(stokeOnTrent));
    expect(provenanceOf(stokeOnTrent)).toEqual(expected(stokeOnTrent));
    expect(Object.isFrozen(provenanceOf(stokeOnTrent))).toBe(true);
    expect(codeOf(() => provenanceOf({} as never))).toBe('INVALID_INPUT');
  });
});

const typical = {
  indicators: [
    'education-emerging-behaviour-concerns',
    'health-seeks-mental-health-support',
    'early-years-consistent-positive-activities',
  ] as StokeOnTrentIndicatorId[],
  measures: { attendancePercent: 89 },
};

describe('records', () => {
  const resolutionRecord = schema('resolution-record');
  const consentRecord = schema('consent-record');

  it('refuses a result changed after it was returned: a record never stores an answer the library did not give', () => {
    const r = resolveLevel(stokeOnTrent, { indicators: ['abuse-and-exploitation-risk-radicalisation-extremism'] });
    const lowered = { ...r, level: stokeOnTrent.levels[0]! };
    expect(codeOf(() => recordResolution(lowered))).toBe('INVALID_INPUT');
    expect(errorOf(() => recordResolution(lowered)).message).toMatch(/not what resolveLevel gives for its assessment/);
    expect(recordResolution({ ...r }).answer.level).toBe('getting-risk-support');
    const d = decideConsent(staffordshire, { purpose: 'referral-to-childrens-social-care', concern: 'child-in-need', consent: 'refused' });
    const details = { practitioner: 'A. Teacher', decidedAt: new Date('2026-03-02T10:00:00Z'), parentsView: 'Does not want a referral' };
    expect(codeOf(() => recordConsentDecision({ ...d, outcome: 'proceed-without-consent', consentRequired: false }, details))).toBe('INVALID_INPUT');
    expect(recordConsentDecision({ ...d }, details).answer.outcome).toBe(d.outcome);
  });

  it('a resolution record is small, plain, deep-frozen JSON valid against its JSON Schema, without the quoted text', () => {
    const r = resolveLevel(stokeOnTrent, { ...typical, judgement: { level: 4, reason: 'Escalating pattern over a term' } });
    const rec = recordResolution(r, { at: new Date('2026-03-02T10:00:00Z') });
    const json = JSON.stringify(rec);
    expect(json.length).toBeLessThanOrEqual(2048);
    expect(resolutionRecord(JSON.parse(json)), JSON.stringify(resolutionRecord.errors)).toBe(true);
    expect(JSON.parse(json)).toEqual(rec);
    expect(Object.isFrozen(rec.data.indicators)).toBe(true);
    for (const i of r.needs) expect(json).not.toContain(i.text);
    expect(rec.assessment).toEqual({
      indicators: ['education-emerging-behaviour-concerns', 'early-years-consistent-positive-activities', 'health-seeks-mental-health-support'],
      measures: { attendancePercent: 89 },
      judgement: { level: 'getting-more-help', reason: 'Escalating pattern over a term' },
    });
    expect(rec.answer).toEqual({
      level: 'getting-more-help',
      indicatedLevel: 'getting-help',
      judgement: 'getting-more-help',
      drivers: ['education-attendance-below-90', 'health-seeks-mental-health-support'],
      derived: ['education-attendance-below-95', 'education-attendance-below-90'],
      routes: [],
    });
    expect(Object.keys(rec.data.thresholds)).toEqual(['education-attendance-below-95', 'education-attendance-below-90']);
  });

  it('the schema rejects a tampered record, saying where', () => {
    const rec = JSON.parse(JSON.stringify(recordResolution(resolveLevel(stokeOnTrent, typical))));
    rec.answer.level = 'Getting Help';
    rec.provenance.dataHash = 'abc';
    expect(resolutionRecord(rec)).toBe(false);
    expect(resolutionRecord.errors?.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/answer/level', '/provenance/dataHash']));
  });

  it('a consent record keeps what the document requires, valid against its JSON Schema', () => {
    const d = decideConsent(stokeOnTrent, {
      purpose: 'referral-to-childrens-social-care',
      concern: 'significant-harm',
      consent: 'refused',
      approval: 'granted',
    });
    const rec = recordConsentDecision(d, {
      practitioner: 'J. Smith, DSL',
      decidedAt: new Date('2026-11-23T10:15:00Z'),
      reason: 'Disclosure of physical abuse',
      approver: 'K. Jones, Head Teacher',
      parentsView: 'Mother refused',
      informationShared: 'The disclosure',
    });
    expect(consentRecord(JSON.parse(JSON.stringify(rec))), JSON.stringify(consentRecord.errors)).toBe(true);
    expect(Object.keys(rec.fields).sort()).toEqual(d.mustRecord.map((m) => m.field).sort());
    expect(rec.decidedAt).toBe('2026-11-23T10:15:00.000Z');
    expect(rec.provenance).toEqual(d.provenance);
    expect(JSON.stringify(rec).length).toBeLessThanOrEqual(2048);
  });

  it('refuses what is not a resolution, and a bad date', () => {
    expect(codeOf(() => recordResolution({} as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => recordResolution(resolveLevel(stokeOnTrent, {}), { at: new Date('x') }))).toBe('INVALID_INPUT');
    expect(codeOf(() => recordResolution(resolveLevel(stokeOnTrent, {}), { when: new Date() } as never))).toBe('INVALID_INPUT');
  });
});

describe('replayRecord', () => {
  const assessments = fc.record(
    {
      indicators: fc.subarray(stokeOnTrent.indicators.map((i) => i.id) as string[], { maxLength: 6 }),
      measures: fc.record({ attendancePercent: fc.integer({ min: 0, max: 100 }) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  );

  fcTest.prop([assessments])('a stored record replayed under the edition that made it is the same, with no changes', (a) => {
    const stored = JSON.parse(JSON.stringify(recordResolution(resolveLevel(stokeOnTrent as Framework, a))));
    const replay = replayRecord(stokeOnTrent, stored);
    expect(replay).toMatchObject({ same: true, sameEdition: true, changes: [] });
    expect(replay.now).toEqual(stored.answer);
  });

  it('under an edited edition, names each change and the new answer', () => {
    const stored = JSON.parse(JSON.stringify(recordResolution(resolveLevel(stokeOnTrent, typical))));
    const next = edition(stokeOnTrent, (d) => {
      ind(d, 'education-attendance-below-90').measure.below = 85;
      ind(d, 'health-seeks-mental-health-support').text = 'A reworded descriptor.';
      ind(d, 'early-years-consistent-positive-activities').level = 2;
      d.indicators = d.indicators.filter((i: { id: string }) => i.id !== 'education-emerging-behaviour-concerns');
    });
    const replay = replayRecord(next, stored);
    expect(replay.same).toBe(false);
    expect(replay.sameEdition).toBe(false);
    expect(replay.changes.map((c) => [c.subject, c.id, c.change])).toEqual([
      ['indicator', 'early-years-consistent-positive-activities', 'moved'],
      ['indicator', 'education-emerging-behaviour-concerns', 'removed'],
      ['indicator', 'health-seeks-mental-health-support', 'reworded'],
      ['threshold', 'education-attendance-below-90', 'changed'],
    ]);
    expect(replay.changes.find((c) => c.subject === 'threshold')).toMatchObject({ before: { below: 90 }, after: { below: 85 } });
    // 89 % is no longer below the (new) 85 % line; the moved descriptor is a strength, so level 2 from attendance below 95 %
    expect(replay.now).toMatchObject({ level: 'getting-help', derived: ['education-attendance-below-95'] });
    expect(schema('replay')(JSON.parse(JSON.stringify(replay)))).toBe(true);
  });

  it('names a threshold the new edition adds on a measured quantity', () => {
    const stored = recordResolution(resolveLevel(stokeOnTrent, { measures: { attendancePercent: 97 } }));
    const next = edition(stokeOnTrent, (d) => {
      ind(d, 'education-attendance-below-95').measure.below = 98;
    });
    const replay = replayRecord(next, stored);
    expect(replay.changes.map((c) => c.message)).toEqual(["threshold 'education-attendance-below-95' changed: below 95 → 98"]);
    expect([replay.then, replay.now].map((a) => a?.level)).toEqual(['thriving', 'getting-advice']);
  });

  it('replays a consent record: same edition, then an edition with a reworded step', () => {
    const situation = { purpose: 'referral-to-childrens-social-care', concern: 'significant-harm', consent: 'refused', approval: 'granted' } as const;
    const d = decideConsent(stokeOnTrent, situation);
    const stored = JSON.parse(
      JSON.stringify(
        recordConsentDecision(d, {
          practitioner: 'J. Smith',
          decidedAt: new Date('2026-11-23T10:15:00Z'),
          reason: 'r',
          approver: 'a',
          parentsView: 'p',
          informationShared: 'i',
        }),
      ),
    );
    expect(replayRecord(stokeOnTrent, stored)).toMatchObject({ same: true, sameEdition: true, changes: [] });
    const step = d.steps[0]!.id;
    const next = edition(stokeOnTrent, (x) => {
      x.consent.steps.find((s: { id: string }) => s.id === step).text = 'A reworded step.';
    });
    const replay = replayRecord(next, stored);
    expect(replay.same).toBe(true);
    expect(replay.changes.map((c) => [c.subject, c.id, c.change])).toEqual([['consent-step', step, 'reworded']]);
    // an edition whose rule decides otherwise: the answer differs, and the rule is named
    const stricter = edition(stokeOnTrent, (x) => {
      x.consent.rules.find((r: { id: string }) => r.id === d.rule.id).disclosure = 'inform-family';
    });
    const r2 = replayRecord(stricter, stored as ConsentRecord);
    expect([r2.same, r2.then.disclosure, r2.now?.disclosure]).toEqual([false, 'inform-family-after-referral', 'inform-family']);
    expect(r2.changes.map((c) => [c.subject, c.id, c.change])).toEqual([['consent-rule', d.rule.id, 'changed']]);
  });

  it('refuses a record of another framework, or something else', () => {
    const stored = recordResolution(resolveLevel(stokeOnTrent, {}));
    expect(errorOf(() => replayRecord(staffordshire, stored)).message).toContain("made under 'stoke-on-trent'");
    expect(codeOf(() => replayRecord(stokeOnTrent, { type: 'resolution' } as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => replayRecord({} as never, stored))).toBe('INVALID_INPUT');
  });
});

describe('diffFrameworks', () => {
  it('is empty for identical editions', () => {
    expect(diffFrameworks(stokeOnTrent, stokeOnTrent)).toMatchObject({ same: true, changes: [] });
    const copy = defineFramework(readJson('data/frameworks/stoke-on-trent.json'));
    expect(diffFrameworks(stokeOnTrent, copy)).toMatchObject({ same: true, changes: [] });
    expect(formatDiff(diffFrameworks(copy, stokeOnTrent))).toBe('## stoke-on-trent: no changes\n');
  });

  const ids = stokeOnTrent.indicators.filter((i) => i.measure === undefined).map((i) => i.id);
  const areas = stokeOnTrent.areas.map((a) => a.id);
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('move' as const), id: fc.constantFrom(...ids), level: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ kind: fc.constant('area' as const), id: fc.constantFrom(...ids), area: fc.constantFrom(...areas) }),
    fc.record({ kind: fc.constant('reword' as const), id: fc.constantFrom(...ids), text: fc.string({ minLength: 1, maxLength: 20 }) }),
    fc.record({ kind: fc.constant('remove' as const), id: fc.constantFrom(...ids) }),
    fc.record({ kind: fc.constant('threshold' as const), below: fc.integer({ min: 91, max: 99 }) }),
    fc.record({ kind: fc.constant('level' as const), rank: fc.integer({ min: 1, max: 5 }), name: fc.string({ minLength: 1, maxLength: 10 }) }),
    fc.record({ kind: fc.constant('contact' as const), phone: fc.string({ minLength: 1, maxLength: 12 }) }),
    fc.record({ kind: fc.constant('guidance' as const), text: fc.string({ minLength: 1, maxLength: 12 }) }),
  );
  const apply = (d: any, m: any): void => {
    if (m.kind === 'move') {
      const i = ind(d, m.id);
      if (i) i.level = m.level;
    } else if (m.kind === 'area') {
      const i = ind(d, m.id);
      // a framework carries no descriptor twice in one area (the same text but for case, spaces and punctuation:
      // 'Frequent and prolonged missing episodes' and '…episodes.'): skip a move onto the same text
      const same = (x: string, y: string): boolean => x.toLowerCase().replace(/[^a-z0-9]/g, '') === y.toLowerCase().replace(/[^a-z0-9]/g, '');
      if (i && !d.indicators.some((o: { area: string; text: string }) => o !== i && o.area === m.area && same(o.text, i.text))) i.area = m.area;
    } else if (m.kind === 'reword') {
      const i = ind(d, m.id);
      // unique and unpadded, as the format requires
      if (i) i.text = `${m.id}: ${m.text.trim() || 'reworded'}`;
    } else if (m.kind === 'remove') d.indicators = d.indicators.filter((i: { id: string }) => i.id !== m.id);
    else if (m.kind === 'threshold') ind(d, 'education-attendance-below-95').measure.below = m.below;
    else if (m.kind === 'level') d.levels[m.rank - 1].name = m.name;
    else if (m.kind === 'contact') d.contacts[0].phone = m.phone;
    else d.guidance[0].text = m.text;
  };

  fcTest.prop([fc.array(mutation, { minLength: 1, maxLength: 5 })], { numRuns: 30 })(
    'diff(b, a) mirrors diff(a, b); it is empty exactly when the data are the same',
    (mutations) => {
      const next = edition(stokeOnTrent, (d) => mutations.forEach((m) => apply(d, m)));
      const ab = diffFrameworks(stokeOnTrent, next);
      const ba = diffFrameworks(next, stokeOnTrent);
      // the same change seen from the other side: added ↔ removed, before ↔ after (written here, not taken from the library)
      const mirrored = ab.changes.map((c) => ({
        subject: c.subject,
        id: c.id,
        change: c.change === 'added' ? 'removed' : c.change === 'removed' ? 'added' : c.change,
        ...(c.after === undefined ? {} : { before: c.after }),
        ...(c.before === undefined ? {} : { after: c.before }),
      }));
      expect(ba.changes.map(({ message: _, ...c }) => c)).toEqual(mirrored);
      // each message names its subject, id and kind of change, whichever way round
      for (const c of [...ab.changes, ...ba.changes]) expect(c.message.startsWith(`${c.subject} '${c.id}' ${c.change}`)).toBe(true);
      expect(ab.changes.length === 0).toBe(ab.same);
      expect(diffFrameworks(next, next).changes).toEqual([]);
    },
  );

  it('names descriptors added, removed, moved, reworded; levels, contacts, consent rules and thresholds changed', () => {
    const next = edition(stokeOnTrent, (d) => {
      ind(d, 'health-seeks-mental-health-support').text = 'A reworded descriptor.';
      ind(d, 'early-years-consistent-positive-activities').level = 2;
      d.indicators = d.indicators.filter((i: { id: string }) => i.id !== 'education-emerging-behaviour-concerns');
      d.indicators.push({ ...ind(d, 'health-seeks-mental-health-support'), id: 'health-new-descriptor', text: 'A new descriptor.' });
      ind(d, 'education-attendance-below-90').measure.below = 85;
      d.levels[2].summary = 'A new summary.';
      d.contacts[0].phone = '01234 567890';
      d.consent.rules[0].outcome = 'seek-consent';
    });
    expect(diffFrameworks(stokeOnTrent, next).changes.map((c) => [c.subject, c.id, c.change])).toEqual([
      ['level', 'getting-help', 'changed'],
      ['indicator', 'early-years-consistent-positive-activities', 'moved'],
      ['indicator', 'education-emerging-behaviour-concerns', 'removed'],
      ['indicator', 'health-new-descriptor', 'added'],
      ['indicator', 'health-seeks-mental-health-support', 'reworded'],
      ['threshold', 'education-attendance-below-90', 'changed'],
      ['contact', stokeOnTrent.contacts[0]!.id, 'changed'],
      ['consent-rule', stokeOnTrent.consent!.rules[0]!.id, 'changed'],
    ]);
    expect(schema('framework-diff')(JSON.parse(JSON.stringify(diffFrameworks(stokeOnTrent, next))))).toBe(true);
  });
});

describe('bank holidays from the government feed', () => {
  const feed = (events: unknown[]) => ({ 'england-and-wales': { division: 'england-and-wales', events }, scotland: { division: 'scotland', events: [] } });
  const christmas2030 = { title: 'Christmas Day', date: '2030-12-25', notes: '', bunting: true };

  it('contactFor accepts the published JSON as is', () => {
    // Wednesday 25 December 2030, 10 am: a bank holiday this package does not ship
    const at = new Date('2030-12-25T10:00:00Z');
    expect(contactFor(stokeOnTrent, { at })).toMatchObject({ officeOpen: true, bankHolidaysKnown: false });
    const a = contactFor(stokeOnTrent, {
      at,
      bankHolidays: feed([christmas2030, { title: 'Boxing Day', date: '2030-12-26', notes: '', bunting: true }]) as never,
    });
    expect(a).toMatchObject({ officeOpen: false, bankHolidaysKnown: true });
    expect(a.contact?.role).toBe('out-of-hours');
  });

  it('reads the events in date order and validates against the shipped JSON Schema', () => {
    const f = feed([{ ...christmas2030, date: '2030-12-26', title: 'Boxing Day' }, christmas2030]);
    expect(bankHolidaysFromFeed(f).map((h) => h.date)).toEqual(['2030-12-25', '2030-12-26']);
    expect(schema('bank-holiday-feed')(f)).toBe(true);
    expect(schema('contact-query')({ at: '2030-12-25T10:00:00Z', bankHolidays: f })).toBe(true);
  });

  it('a malformed file is an INVALID_INPUT naming each problem with its path and value', () => {
    const e = errorOf(() =>
      contactFor(stokeOnTrent, {
        at: new Date(),
        bankHolidays: feed([christmas2030, { title: '', date: '2030-02-30', notes: 1, bunting: 'yes' }, 'x']) as never,
      }),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues?.map((i) => i.path.join('.'))).toEqual([
      'bankHolidays.england-and-wales.events.1.title',
      'bankHolidays.england-and-wales.events.1.date',
      'bankHolidays.england-and-wales.events.1.notes',
      'bankHolidays.england-and-wales.events.1.bunting',
      'bankHolidays.england-and-wales.events.2',
    ]);
    expect(e.message).toContain('received "2030-02-30"');
    expect(errorOf(() => bankHolidaysFromFeed({ 'england-and-wales': { division: 'scotland', events: [] } })).message).toContain(
      'england-and-wales.division: expected \'england-and-wales\'; received "scotland"',
    );
    expect(codeOf(() => bankHolidaysFromFeed({ 'england-and-wales': { division: 'england-and-wales', events: {} } }))).toBe('INVALID_INPUT');
    expect(codeOf(() => bankHolidaysFromFeed([]))).toBe('INVALID_INPUT');
    expect(schema('bank-holiday-feed')(feed([{ title: 'x', date: 'soon' }]))).toBe(false);
  });
});

describe('input schemas at an HTTP boundary', () => {
  it('validate the request shapes with a standard validator', () => {
    const assessment = schema('assessment');
    expect(assessment(typical)).toBe(true);
    expect(assessment({ measure: { attendancePercent: 80 } })).toBe(false);
    const situation = schema('consent-situation');
    expect(situation({ purpose: 'information-sharing', concern: 'wellbeing', consent: 'given' })).toBe(true);
    expect(situation({ purpose: 'gossip', concern: 'wellbeing', consent: 'given' })).toBe(false);
    const query = schema('contact-query');
    expect(query({ at: '2026-06-01T10:00:00+01:00', immediateDanger: true })).toBe(true);
    expect(query({ at: 'tomorrow' })).toBe(false);
    // the level-aware query contactFor takes, by id or rank
    expect(query({ at: '2026-11-28T22:30:00Z', level: 'getting-help' })).toBe(true);
    expect(query({ at: '2026-11-28T22:30:00Z', level: 3 })).toBe(true);
    expect(query({ at: '2026-11-28T22:30:00Z', level: 0 })).toBe(false);
  });
});

describe('result shapes have JSON Schemas that match what the functions return', () => {
  const fwOf = fc.constantFrom(stokeOnTrent as Framework, staffordshire as Framework);

  fcTest.prop([fwOf, fc.nat(), fc.integer({ min: 0, max: 100 }), fc.boolean()], { numRuns: 40 })('resolution', (fw, pick, value, judge) => {
    const ids = fw.indicators.filter((_, i) => (i + pick) % 37 === 0).map((i) => i.id);
    const measures = fw.id === 'stoke-on-trent' ? { attendancePercent: value } : { missingEpisodesLast90Days: value % 6 };
    const r = resolveLevel(fw, { indicators: ids, measures, ...(judge ? { judgement: { level: 1 + (pick % fw.levels.length), reason: 'why' } } : {}) });
    const validate = schema('resolution');
    expect(validate(JSON.parse(JSON.stringify(r))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('level mapping, consent decision and contact advice', () => {
    const mapping = schema('level-mapping');
    for (const l of stokeOnTrent.levels)
      expect(mapping(JSON.parse(JSON.stringify(mapLevel(stokeOnTrent, l.id, staffordshire)))), JSON.stringify(mapping.errors)).toBe(true);
    const decision = schema('consent-decision');
    for (const fw of [stokeOnTrent, staffordshire] as Framework[]) {
      for (const purpose of fw.consent!.purposes) {
        for (const concern of ['wellbeing', 'child-in-need', 'significant-harm'] as const) {
          for (const consent of ['given', 'refused', 'not-yet-sought', 'cannot-be-obtained'] as const) {
            const d = decideConsent(fw, { purpose, concern, consent });
            expect(decision(JSON.parse(JSON.stringify(d))), JSON.stringify(decision.errors)).toBe(true);
          }
        }
      }
    }
    const advice = schema('contact-advice');
    for (const at of ['2026-12-25T10:00:00Z', '2026-06-01T10:00:00Z', '2026-06-01T23:00:00Z', '2031-01-01T10:00:00Z']) {
      for (const immediateDanger of [false, true]) {
        const a = contactFor(staffordshire, { at: new Date(at), immediateDanger });
        expect(advice(JSON.parse(JSON.stringify(a))), JSON.stringify(advice.errors)).toBe(true);
        // at every level too (levelAction at a level whose action needs no call)
        for (const fw of [stokeOnTrent, staffordshire] as Framework[])
          for (const l of fw.levels) {
            const b = contactFor(fw, { at: new Date(at), immediateDanger, level: l.rank });
            expect(advice(JSON.parse(JSON.stringify(b))), JSON.stringify(advice.errors)).toBe(true);
          }
      }
    }
    // a tampered answer is refused
    const r = JSON.parse(JSON.stringify(resolveLevel(stokeOnTrent, {})));
    r.level.rank = 'one';
    expect(schema('resolution')(r)).toBe(false);
  });
});
