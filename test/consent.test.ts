import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  decideConsent,
  recordConsentDecision,
  staffordshire,
  stokeOnTrent,
  type ConsentDecision,
  type ConsentSituation,
  type Framework,
  type SourceRef,
} from '../src/index.js';
import { readFileSync } from 'node:fs';
import * as S from '../src/schema.js';
import { defineFramework } from '../src/define-entry.js';
import { codeOf, errorOf, onlyThresholdError, readJson, root } from './helpers.js';

const REF = 'referral-to-childrens-social-care';
const SHARE = 'information-sharing';
const EHA = 'early-help-assessment';
const both: readonly [string, Framework][] = [
  ['stoke-on-trent', stokeOnTrent],
  ['staffordshire', staffordshire],
];
const decide = (fw: Framework, s: Partial<ConsentSituation>) => decideConsent(fw, { concern: 'child-in-need', consent: 'given', purpose: REF, ...s });
const ids = (d: ConsentDecision) => d.steps.map((s) => s.id);
const fields = (d: ConsentDecision) => d.mustRecord.map((m) => m.field);
const GOES_AHEAD = new Set(['proceed', 'proceed-without-consent']);

describe.each(both)('decideConsent — %s: what both documents say', (_id, fw) => {
  it('immediate danger: the police first; the document does not say what to tell the family, and the answer says so', () => {
    const d = decide(fw, { immediateDanger: true, consent: 'refused', approval: 'refused', concern: 'significant-harm' });
    expect(d.outcome).toBe('proceed-without-consent');
    expect(d.consentRequired).toBe(false);
    expect(d.steps[0]!.id).toBe('police-immediate-danger');
    expect(d.steps[0]!.text).toMatch(/police (on )?999/);
    // no document says "tell the family afterwards" here
    expect(d.disclosure).toBe('not-stated');
    expect(d.grounds.disclosure).toBeNull();
    expect(d.unanswered.join(' ')).toMatch(/What to tell the child and family/);
  });

  it('referral, significant harm, consent given: proceed, and the agreement is recorded and confirmed in the referral', () => {
    const d = decide(fw, { concern: 'significant-harm', consent: 'given' });
    expect([d.outcome, d.consentRequired]).toEqual(['proceed', false]);
    expect(d.mustRecord).toEqual([
      {
        field: 'parents-view',
        text: 'Where a parent has agreed to a referral, this must be recorded and confirmed as part of the referral.',
        source: expect.objectContaining({ document: fw.documents[0]!.id }),
      },
    ]);
  });

  it('referral, significant harm, not sought because seeking it would place the child at risk: seek approval; once granted, proceed and record why, who approved and what was shared', () => {
    const base = { concern: 'significant-harm', consent: 'not-yet-sought', seekingConsentWouldPlaceChildAtRisk: true } as const;
    const before = decide(fw, base);
    expect(before.outcome).toBe('seek-approval');
    expect(before.grounds.outcome.text).toMatch(
      /^A decision by any professional not to seek parental permission .* must be approved by their manager, recorded and the reasons given\.$/,
    );
    const after = decide(fw, { ...base, approval: 'granted' });
    expect([after.outcome, after.consentRequired]).toEqual(['proceed-without-consent', false]);
    expect(fields(after)).toEqual(['reason', 'approver', 'information-shared']);
    // the document says when to tell the parent only where the parent refused
    expect(after.disclosure).toBe('not-stated');
    expect(after.unanswered.join(' ')).toMatch(/tell the parent/);
  });

  it('referral, significant harm, parent refuses: seek advice and approval, unless that would cause undue delay', () => {
    const refused = { concern: 'significant-harm', consent: 'refused' } as const;
    const d = decide(fw, refused);
    expect(d.outcome).toBe('seek-approval');
    expect(d.grounds.outcome.text).toMatch(/Designated Senior Person or Named Professional, unless to do so would cause undue delay\.$/);
    const delay = decide(fw, { ...refused, seekingConsentWouldCauseUndueDelay: true });
    expect([delay.outcome, delay.disclosure]).toEqual(['proceed-without-consent', 'inform-family-after-referral']);
  });

  it('referral, significant harm, parent refuses, approval granted: record why, tell CSC the parent withheld permission, tell the parent afterwards', () => {
    const d = decide(fw, { consent: 'refused', approval: 'granted', concern: 'significant-harm' });
    expect([d.outcome, d.consentRequired, d.disclosure]).toEqual(['proceed-without-consent', false, 'inform-family-after-referral']);
    expect(ids(d)).toEqual(expect.arrayContaining(['record-reason-without-agreement', 'tell-csc-permission-withheld', 'inform-parent-after-referral']));
    expect(d.grounds.disclosure!.text).toMatch(/^The parent should be contacted by the referring professional to inform her\/him/);
    expect(fields(d)).toEqual(['parents-view', 'approver', 'reason', 'information-shared']);
  });

  it('a manager refusing approval where significant harm is suspected: the document is silent, so consult — never an invented rule', () => {
    for (const s of [
      { consent: 'refused', approval: 'refused' },
      { consent: 'not-yet-sought', seekingConsentWouldPlaceChildAtRisk: true, approval: 'refused' },
      { consent: 'cannot-be-obtained', approval: 'refused' },
    ] as const) {
      const d = decide(fw, { ...s, concern: 'significant-harm' });
      expect(d.outcome, JSON.stringify(s)).toBe('consult');
      expect(d.unanswered[0]).toMatch(/does not approve a referral where significant harm is suspected: the document does not say/);
      // the escalation process is for disagreements between agencies: not offered as the answer
      expect(ids(d)).not.toContain('escalation');
    }
  });

  it('information sharing, consent cannot be obtained: proceed without consent and keep a record of what was shared', () => {
    const d = decide(fw, { purpose: SHARE, consent: 'cannot-be-obtained' });
    expect([d.outcome, d.consentRequired]).toEqual(['proceed-without-consent', false]);
    expect(d.mustRecord.map((m) => [m.field, m.text])).toEqual([
      ['information-shared', 'Where a decision to share information without consent is made, a record of what has been shared should be kept.'],
    ]);
  });

  it('information sharing where seeking consent would place the child at risk: proceed without consent; when to tell the family is left open', () => {
    const d = decide(fw, { purpose: SHARE, consent: 'not-yet-sought', seekingConsentWouldPlaceChildAtRisk: true });
    expect([d.outcome, d.disclosure]).toEqual(['proceed-without-consent', 'not-stated']);
    expect(d.unanswered.join(' ')).toMatch(/wherever possible/);
  });

  it('keeps library practice apart from what the document requires', () => {
    const d = decide(fw, { purpose: SHARE, consent: 'cannot-be-obtained' });
    expect(fields(d)).not.toContain('shared-with');
    expect(d.suggestedRecord.length).toBeGreaterThan(0);
    for (const s of d.suggestedRecord) expect(s).toMatch(/\(library practice, not a requirement of the document\)$/);
    expect(d.suggestedRecord.join(' ')).toMatch(/when the decision was made/);
  });

  it('is strict about the situation', () => {
    expect(codeOf(() => decideConsent(fw, { purpose: REF, concern: 'child-in-need' } as never))).toBe('INVALID_SITUATION');
    expect(codeOf(() => decide(fw, { consent: 'maybe' as never }))).toBe('INVALID_SITUATION');
    expect(codeOf(() => decide(fw, { immediateDanger: 'yes' as never }))).toBe('INVALID_SITUATION');
    const e = errorOf(() => decide(fw, { purpose: REF, immediateDangr: true } as never));
    expect([e.code, e.message.includes('immediateDangr')]).toEqual(['INVALID_SITUATION', true]);
  });
});

describe('decideConsent — Stoke-on-Trent: consent is not required to share information to safeguard or promote welfare', () => {
  const share = (s: Partial<ConsentSituation>) => decide(stokeOnTrent, { purpose: SHARE, ...s });
  it('quotes Working Together: "consent is not required"', () => {
    const d = share({ consent: 'not-yet-sought', concern: 'significant-harm' });
    // was seek-consent with consentRequired: true
    expect([d.outcome, d.consentRequired]).toEqual(['proceed-without-consent', false]);
    expect(d.grounds.outcome.text).toMatch(/consent is not required when sharing information for safeguarding and protecting the welfare of a child/);
    // consider consent where the person would not expect the share; consent gained must be explicit and freely given
    expect(ids(d)).toEqual(expect.arrayContaining(['consider-consent', 'explicit-consent', 'be-open']));
    expect(d.steps.find((s) => s.id === 'consider-consent')!.text).toBe(
      'You must consider consent where an individual may not expect their information to be passed on.',
    );
  });

  it('a manager refusing approval below significant harm: the document is silent there too, so consult (was do-not-proceed with consent required)', () => {
    for (const consent of ['refused', 'cannot-be-obtained'] as const)
      for (const concern of ['wellbeing', 'child-in-need'] as const) {
        const d = decide(stokeOnTrent, { consent, concern, approval: 'refused' });
        expect(d.outcome, `${consent} ${concern}`).toBe('consult');
        expect(d.consentRequired).toBe(false);
        expect(d.unanswered.join(' ')).toMatch(/does not approve the referral: the document does not say/);
      }
  });

  it('a refused share below significant harm goes ahead, recorded (was do-not-proceed)', () => {
    for (const concern of ['wellbeing', 'child-in-need', 'significant-harm'] as const) {
      const d = share({ consent: 'refused', concern });
      expect([d.outcome, d.consentRequired, fields(d)]).toEqual(['proceed-without-consent', false, ['information-shared']]);
      expect(d.grounds.consentRequired.text).toMatch(/while encouraged, the agreement of the child and parents is not required to share information/);
    }
  });

  it('names the GDPR lawful bases, each quoted and cited', () => {
    expect(share({ consent: 'refused' }).lawfulBases).toEqual([
      { basis: 'legal obligation (the exercise of official authority)', source: expect.objectContaining({ page: 38 }) },
      { basis: 'public task (a task performed in the public interest)', source: expect.objectContaining({ page: 38 }) },
    ]);
  });

  it('a Prevent referral goes ahead without consent and is not disclosed at the time of referral, even in immediate danger', () => {
    const d = decideConsent(stokeOnTrent, { purpose: 'prevent-referral', concern: 'significant-harm', consent: 'not-yet-sought' });
    expect([d.outcome, d.disclosure, d.consentRequired]).toEqual(['proceed-without-consent', 'do-not-disclose', false]);
    expect(d.grounds.disclosure!.text).toMatch(/should not be disclosed to the child or young person or their family at the time of referral/);
    const danger = decideConsent(stokeOnTrent, { purpose: 'prevent-referral', concern: 'significant-harm', consent: 'given', immediateDanger: true });
    expect([danger.steps[0]!.id, danger.disclosure]).toEqual(['police-immediate-danger', 'do-not-disclose']);
  });

  it("consults in the document's own words for doubt: the designated Safeguarding Lead, and the Integrated Front Door for significant harm", () => {
    const d = decide(stokeOnTrent, { consent: 'refused', approval: 'refused', concern: 'significant-harm' });
    expect(d.grounds.outcome.text).toMatch(/when in doubt you should contact your named or designated Safeguarding Lead Professional\.$/);
    expect(d.steps.map((s) => s.text).join(' ')).toMatch(/you can call the Integrated Front Door on 01782 235100/);
  });

  it('a manager refuses to approve not seeking consent below significant harm: the document does not say what follows, so consult — never "seek consent" where seeking it would place the child at risk (audit: was seek-consent, inform-family)', () => {
    for (const flag of [{ seekingConsentWouldPlaceChildAtRisk: true }, { seekingConsentWouldCauseUndueDelay: true }])
      for (const concern of ['wellbeing', 'child-in-need'] as const) {
        const d = decide(stokeOnTrent, { consent: 'not-yet-sought', approval: 'refused', concern, ...flag });
        expect([d.outcome, d.consentRequired, d.disclosure], JSON.stringify(flag)).toEqual(['consult', false, 'not-stated']);
        expect(d.grounds.outcome.text).toMatch(/when in doubt you should contact your named or designated Safeguarding Lead Professional\.$/);
        expect(d.unanswered[0]).toMatch(/^What to do when a manager does not approve the decision not to seek parental permission/);
      }
  });

  it('an Early Help Assessment: the document states no consent rule for it — UNSUPPORTED_PURPOSE naming Staffordshire, pointing to information sharing', () => {
    const e = errorOf(() => decideConsent(stokeOnTrent, { purpose: EHA, concern: 'wellbeing', consent: 'given' }));
    expect(e.code).toBe('UNSUPPORTED_PURPOSE');
    expect(e.message).toContain('frameworks that do: staffordshire');
    expect(e.message).toContain("purpose 'information-sharing'");
  });
});

describe('decideConsent — Staffordshire', () => {
  it('a child-in-need referral, parent refuses: seek approval first (p. 14); a manager who refuses leaves it "with the agreement of the parent / carer" (p. 4): it does not go ahead', () => {
    const first = decide(staffordshire, { consent: 'refused', concern: 'child-in-need', approval: 'not-sought' });
    expect([first.outcome, first.consentRequired]).toEqual(['seek-approval', true]);
    expect(first.grounds.outcome.text).toMatch(
      /^Where the parent is consulted and refuses to give permission for the referral, further advice and approval must be sought/,
    );
    const refused = decide(staffordshire, { consent: 'refused', concern: 'child-in-need', approval: 'refused' });
    expect([refused.outcome, refused.consentRequired]).toEqual(['do-not-proceed', true]);
    expect(refused.grounds.consentRequired.text).toMatch(/\(with the agreement of the parent \/ carer\) – children in need$/);
    expect(refused.grounds.outcome.text).toMatch(/^Children's Social Care engagement with children in need is on a voluntary basis\./);
    // where consent cannot be obtained, professionals must determine whether the child may suffer significant harm
    for (const d of [first, refused]) expect(ids(d)).toContain('consent-not-obtained-determine-harm');
  });

  it('a child-in-need referral, parent refuses, a manager approves (or seeking approval would cause undue delay): p. 4 and p. 14 disagree, so consult (audit: was do-not-proceed)', () => {
    for (const s of [{ approval: 'granted' }, { approval: 'not-sought', seekingConsentWouldCauseUndueDelay: true }] as const) {
      const d = decide(staffordshire, { consent: 'refused', concern: 'child-in-need', ...s });
      expect([d.outcome, d.disclosure], JSON.stringify(s)).toEqual(['consult', 'not-stated']);
      // both passages are quoted: the agreement of the parent (p. 4) and proceeding without it (p. 14)
      expect(ids(d)).toEqual(
        expect.arrayContaining(['cin-with-agreement', 'child-in-need-voluntary', 'referral-still-needed', 'record-reason-without-agreement']),
      );
      expect(d.unanswered[0]).toMatch(
        /'with the agreement of the parent \/ carer'.*'without parental agreement'.*it does not say which applies to a child in need/,
      );
      expect(d.grounds.outcome.text).toMatch(/^Where there is doubt about the most appropriate service pathway to take/);
    }
  });

  it('a child-in-need referral where contacting the family would place the child at risk: never "inform the family" (audit: was do-not-proceed, inform-family)', () => {
    for (const consent of ['refused', 'cannot-be-obtained'] as const)
      for (const approval of ['not-sought', 'granted', 'refused'] as const) {
        const d = decide(staffordshire, { consent, approval, concern: 'wellbeing', seekingConsentWouldPlaceChildAtRisk: true });
        expect([d.outcome, d.disclosure], `${consent} ${approval}`).toEqual(['consult', 'not-stated']);
        expect(ids(d)).toContain('not-appropriate-to-seek');
      }
  });

  it('a child-in-need referral where seeking consent would place the child at risk: the two passages disagree, so consult', () => {
    const d = decide(staffordshire, { consent: 'not-yet-sought', seekingConsentWouldPlaceChildAtRisk: true, approval: 'granted' });
    expect(d.outcome).toBe('consult');
    expect(d.unanswered[0]).toMatch(/it does not say which prevails/);
    expect(d.steps.map((s) => s.text).join(' ')).toMatch(
      /consult with their own line manager and \/ or designated safeguarding lead .* Staffordshire Children's Advice and Support \(SCAS\) - 0300 111 8007/,
    );
  });

  it('a significant-harm referral is a responsibility of professionals in all agencies: consent is not a condition', () => {
    const d = decide(staffordshire, { consent: 'not-yet-sought', concern: 'significant-harm' });
    expect([d.outcome, d.consentRequired]).toEqual(['seek-consent', false]);
    expect(d.grounds.consentRequired.text).toMatch(/^Professionals in all agencies have a responsibility to make a referral/);
  });

  it('an Early Help Assessment needs consent, which "must always be sought"', () => {
    const eha = (consent: ConsentSituation['consent'], concern: ConsentSituation['concern'] = 'wellbeing', extra: Partial<ConsentSituation> = {}) =>
      decideConsent(staffordshire, { purpose: EHA, concern, consent, ...extra });
    expect([eha('given').outcome, eha('given').consentRequired]).toEqual(['proceed', true]);
    expect(eha('not-yet-sought').outcome).toBe('seek-consent');
    expect(eha('not-yet-sought').grounds.outcome.text).toMatch(/must always be sought/);
    const refused = eha('refused');
    expect(refused.outcome).toBe('do-not-proceed');
    expect(ids(refused)).toContain('consent-not-obtained-determine-harm');
    // significant harm: the EHA must not delay the process; the document does not decide the assessment itself
    const sh = eha('refused', 'significant-harm');
    expect(sh.outcome).toBe('consult');
    expect(ids(sh)).toEqual(expect.arrayContaining(['eha-must-not-delay', 'referral-responsibility']));
    // an EHA never goes ahead without consent (was proceed-without-consent with manager approval)
    expect(eha('not-yet-sought', 'significant-harm', { seekingConsentWouldPlaceChildAtRisk: true, approval: 'granted' }).outcome).toBe('consult');
  });

  it('information sharing after a refusal: the document does not address it, so consult (was do-not-proceed)', () => {
    const d = decide(staffordshire, { purpose: SHARE, consent: 'refused', concern: 'wellbeing' });
    expect(d.outcome).toBe('consult');
    expect(d.unanswered[0]).toMatch(/does not address a refusal/);
  });

  it('names no lawful bases', () => {
    expect(decide(staffordshire, { purpose: SHARE, consent: 'cannot-be-obtained' }).lawfulBases).toEqual([]);
  });

  it('information sharing never states that consent is required: the document says information "can be shared legally without consent" and asks you to consider consent', () => {
    for (const consent of ['given', 'not-yet-sought', 'refused', 'cannot-be-obtained'] as const)
      for (const concern of ['wellbeing', 'child-in-need', 'significant-harm'] as const)
        for (const seekingConsentWouldCauseUndueDelay of [false, true]) {
          const d = decide(staffordshire, { purpose: SHARE, consent, concern, seekingConsentWouldCauseUndueDelay });
          expect(d.consentRequired, `${consent} ${concern}`).toBe(false);
        }
    expect(decide(staffordshire, { purpose: SHARE, consent: 'given' }).grounds.consentRequired.text).toMatch(/^You must consider consent/);
  });

  it("sharing, consent not yet sought: 'seek-consent' is labelled as the library's reading of \"You must consider consent\" (audit)", () => {
    const d = decide(staffordshire, { purpose: SHARE, consent: 'not-yet-sought', concern: 'wellbeing' });
    expect([d.outcome, d.consentRequired]).toEqual(['seek-consent', false]);
    expect(d.grounds.outcome.text).toBe('You must consider consent where an individual may not expect their information to be passed on.');
    expect(d.unanswered).toEqual([expect.stringMatching(/`seek-consent` is this library's reading of 'consider consent', not a rule the document states\.$/)]);
  });

  it('an Early Help Assessment in immediate danger: the police first; the assessment still needs consent, and what becomes of it is left open: consult, never "seek consent" (audit: was seek-consent even where consent was given or seeking it was risky)', () => {
    for (const consent of ['given', 'refused', 'not-yet-sought', 'cannot-be-obtained'] as const)
      for (const seekingConsentWouldPlaceChildAtRisk of [false, true]) {
        const d = decide(staffordshire, { purpose: EHA, immediateDanger: true, consent, concern: 'significant-harm', seekingConsentWouldPlaceChildAtRisk });
        expect(ids(d)[0]).toBe('police-immediate-danger');
        expect([d.outcome, d.consentRequired, d.disclosure], consent).toEqual(['consult', true, 'not-stated']);
        expect(ids(d)).toEqual(expect.arrayContaining(['eha-consent-must-be-sought', 'consult-before-referral', 'consult-scas']));
        expect(d.unanswered.join(' ')).toMatch(/Whether and how the Early Help Assessment goes on once the police are involved/);
      }
  });

  it('a Prevent referral: no route stated — UNSUPPORTED_PURPOSE naming Stoke-on-Trent, with its own words on immediate danger', () => {
    const e = errorOf(() => decideConsent(staffordshire, { purpose: 'prevent-referral', concern: 'significant-harm', consent: 'given' }));
    expect(e.code).toBe('UNSUPPORTED_PURPOSE');
    expect(e.message).toContain('stoke-on-trent');
    expect(e.message).toContain(staffordshire.contacts.find((c) => c.role === 'police-emergency')!.when);
  });
});

// ---------------------------------------------------------------- the whole situation space
const CONCERNS = S.ConcernSchema.options;
const situations: Required<ConsentSituation>[] = [];
for (const purpose of S.PurposeSchema.options)
  for (const concern of CONCERNS)
    for (const consent of S.ConsentStateSchema.options)
      for (const approval of S.ApprovalSchema.options)
        for (const immediateDanger of [false, true])
          for (const seekingConsentWouldPlaceChildAtRisk of [false, true])
            for (const seekingConsentWouldCauseUndueDelay of [false, true])
              situations.push({
                purpose,
                concern,
                consent,
                approval,
                immediateDanger,
                seekingConsentWouldPlaceChildAtRisk,
                seekingConsentWouldCauseUndueDelay,
              });

/** Every invariant of one decision, against its own framework's data. */
function checkDecision(fw: Framework, s: Required<ConsentSituation>, d: ConsentDecision): void {
  const at = JSON.stringify(s);
  const docs = new Set(fw.documents.map((x) => x.id));
  const own = new Map(fw.consent!.steps.map((st) => [st.id, st]));
  if (s.immediateDanger) expect(d.steps[0]!.id, at).toBe('police-immediate-danger');
  if (s.concern === 'significant-harm') expect(d.outcome, at).not.toBe('do-not-proceed');
  if (d.outcome === 'proceed-without-consent') expect(d.consentRequired, at).toBe(false);
  // every step and ground is a sentence of this framework's own data, citing this framework's own document
  for (const st of [...d.steps, d.grounds.outcome, d.grounds.consentRequired, ...(d.grounds.disclosure ? [d.grounds.disclosure] : [])]) {
    expect(own.get(st.id), at).toBe(st);
    expect(docs.has(st.source.document), at).toBe(true);
  }
  // every record field quotes one of the decision's own steps
  for (const m of d.mustRecord)
    expect(
      d.steps.some((st) => st.text === m.text && st.source === m.source),
      `${at} ${m.field}`,
    ).toBe(true);
  for (const b of d.lawfulBases) expect(docs.has(b.source.document), at).toBe(true);
  // sources: each place cited by a step, a ground or a lawful basis, once, and nothing else
  const place = (r: SourceRef) => `${r.document}|${r.section}|${r.page ?? ''}`;
  const cited = [d.grounds.outcome, d.grounds.consentRequired, ...(d.grounds.disclosure ? [d.grounds.disclosure] : []), ...d.steps, ...d.lawfulBases];
  const listed = d.sources.map(place);
  expect(new Set(listed).size, at).toBe(listed.length);
  expect(new Set(listed), at).toEqual(new Set(cited.map((x) => place(x.source))));
  expect(d.grounds.disclosure === null, at).toBe(d.disclosure === 'not-stated');
  if (d.outcome === 'consult' || d.disclosure === 'not-stated') expect(d.unanswered.length, at).toBeGreaterThan(0);
  if (d.outcome === 'consult') expect(d.grounds.outcome.text, at).toMatch(/doubt/);
  expect(Object.isFrozen(d) && Object.isFrozen(d.mustRecord) && Object.isFrozen(d.grounds), at).toBe(true);
  expect(JSON.parse(JSON.stringify(d)), at).toEqual(d);
}

/**
 * Every situation's decision (or error code), keyed by the situation as JSON. Computed inside each
 * test that reads it, not when the file is collected, so that a coverage-per-test tool (Stryker)
 * knows which tests exercise the engine.
 */
function decideAll(fw: Framework): Map<string, ConsentDecision | string> {
  const decisions = new Map<string, ConsentDecision | string>();
  for (const s of situations) {
    try {
      decisions.set(JSON.stringify(s), decideConsent(fw, s));
    } catch (e) {
      decisions.set(
        JSON.stringify(s),
        errorOf(() => {
          throw e;
        }).code,
      );
    }
  }
  return decisions;
}

describe.each(both)('decideConsent — %s, every situation (purposes × concerns × consent × approval × three flags)', (_id, fw) => {
  it('decides every situation of a purpose its document covers, and refuses every other with UNSUPPORTED_PURPOSE', () => {
    const decisions = decideAll(fw);
    for (const s of situations) {
      const d = decisions.get(JSON.stringify(s))!;
      if (fw.consent!.purposes.includes(s.purpose)) expect(typeof d, JSON.stringify(s)).toBe('object');
      else expect(d, JSON.stringify(s)).toBe('UNSUPPORTED_PURPOSE');
    }
  });

  it('every rule of the decision table decides some situation (no dead rows)', () => {
    const decisions = decideAll(fw);
    const used = new Set([...decisions.values()].flatMap((d) => (typeof d === 'object' ? [d.rule.id] : [])));
    expect(fw.consent!.rules.map((r) => r.id).filter((r) => !used.has(r))).toEqual([]);
  });

  it('holds every invariant in every situation', () => {
    const decisions = decideAll(fw);
    for (const s of situations) {
      const d = decisions.get(JSON.stringify(s))!;
      if (typeof d === 'object') checkDecision(fw, s, d);
    }
  });

  it('raising the concern never turns an outcome that goes ahead into do-not-proceed', () => {
    const decisions = decideAll(fw);
    for (const s of situations) {
      if (s.concern !== 'wellbeing') continue;
      const outcomes = CONCERNS.map((concern) => {
        const d = decisions.get(JSON.stringify({ ...s, concern }));
        if (d === undefined) throw new Error(`not enumerated: ${JSON.stringify({ ...s, concern })}`);
        return typeof d === 'object' ? d.outcome : d;
      });
      outcomes.forEach((o, i) => {
        if (GOES_AHEAD.has(o)) for (const later of outcomes.slice(i + 1)) expect(later, JSON.stringify(s)).not.toBe('do-not-proceed');
      });
    }
  });
});

// ---------------------------------------------------------------- properties over arbitrary input
const situationArb = fc.record({
  purpose: fc.constantFrom(...S.PurposeSchema.options),
  concern: fc.constantFrom(...CONCERNS),
  consent: fc.constantFrom(...S.ConsentStateSchema.options),
  immediateDanger: fc.boolean(),
  seekingConsentWouldPlaceChildAtRisk: fc.boolean(),
  seekingConsentWouldCauseUndueDelay: fc.boolean(),
  approval: fc.constantFrom(...S.ApprovalSchema.options),
}) as fc.Arbitrary<Required<ConsentSituation>>;
const fwArb = fc.constantFrom<Framework>(stokeOnTrent, staffordshire);
const covered = (fw: Framework, s: ConsentSituation) => fw.consent!.purposes.includes(s.purpose);

describe('decideConsent properties', () => {
  fcTest.prop([fwArb, situationArb])('immediate danger always puts the police first', (fw, s) => {
    fc.pre(covered(fw, s));
    const d = decideConsent(fw, { ...s, immediateDanger: true });
    expect(d.steps[0]!.id).toBe('police-immediate-danger');
    expect(d.disclosure).not.toBe('inform-family-after-referral');
  });

  fcTest.prop([fwArb, situationArb])('significant harm is never do-not-proceed', (fw, s) => {
    fc.pre(covered(fw, s));
    expect(decideConsent(fw, { ...s, concern: 'significant-harm' }).outcome).not.toBe('do-not-proceed');
  });

  fcTest.prop([fwArb, situationArb])('every decision holds its invariants', (fw, s) => {
    fc.pre(covered(fw, s));
    checkDecision(fw, s, decideConsent(fw, s));
  });

  fcTest.prop([fwArb, fc.anything({ withNullPrototype: true })])('only ThresholdError is thrown, whatever the situation', (fw, s) => {
    onlyThresholdError(() => decideConsent(fw, s as never));
  });
});

describe('recordConsentDecision', () => {
  // decided inside each test (see decideAll)
  const decided = () => decideConsent(stokeOnTrent, { purpose: REF, concern: 'significant-harm', consent: 'refused', approval: 'granted' });
  const details = {
    practitioner: 'J. Smith, Designated Safeguarding Lead',
    decidedAt: new Date('2026-11-23T10:15:00Z'),
    reason: 'Disclosure of physical abuse; parent refused',
    approver: 'K. Jones, Head Teacher',
    parentsView: 'Mother refused: "we will deal with it ourselves"',
    informationShared: 'The disclosure, as written down',
    sharedWith: 'Integrated Front Door',
  };

  it('builds an audit record with every field the document requires', () => {
    const d = decided();
    const r = recordConsentDecision(d, details);
    expect(r.fields).toEqual({
      reason: details.reason,
      approver: details.approver,
      'parents-view': details.parentsView,
      'information-shared': details.informationShared,
    });
    expect([r.answer.rule, r.answer.outcome, r.answer.disclosure, r.decidedAt, r.sharedWith]).toEqual([
      'referral-refused-approved',
      'proceed-without-consent',
      'inform-family-after-referral',
      '2026-11-23T10:15:00.000Z',
      'Integrated Front Door',
    ]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('refuses, naming every missing field', () => {
    const d = decided();
    const e = errorOf(() => recordConsentDecision(d, { practitioner: 'J. Smith', decidedAt: new Date('invalid') }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map((i) => i.path[0])).toEqual(['decidedAt', 'parentsView', 'approver', 'reason', 'informationShared']);
    expect(codeOf(() => recordConsentDecision(d, { ...details, reason: '  ' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => recordConsentDecision(d, { ...details, witness: 'x' } as never))).toBe('INVALID_INPUT');
  });
});

describe('decideConsent — what the answer carries besides the outcome', () => {
  const LP = '(library practice, not a requirement of the document)';
  const p38 = { document: 'sscp-thresholds-for-intervention', section: 'Consent and confidentiality', page: 38 };
  const p39 = { document: 'sscp-thresholds-for-intervention', section: 'Consent and confidentiality', page: 39 };

  it('suggests recording who and when always; with whom for an outcome that shares; the reason unless the document requires it; whom you consulted for consult', () => {
    // proceed, the document requiring only the parent's agreement
    expect(decide(stokeOnTrent, { concern: 'significant-harm', consent: 'given' }).suggestedRecord).toEqual([
      `who decided, with their role ${LP}`,
      `when the decision was made ${LP}`,
      `with whom the information was shared ${LP}`,
      `the reason for the decision ${LP}`,
    ]);
    // proceed without consent, the document requiring the reason
    expect(decide(stokeOnTrent, { concern: 'significant-harm', consent: 'refused', approval: 'granted' }).suggestedRecord).toEqual([
      `who decided, with their role ${LP}`,
      `when the decision was made ${LP}`,
      `with whom the information was shared ${LP}`,
    ]);
    // seek consent: nothing shared yet
    expect(decideConsent(staffordshire, { purpose: EHA, concern: 'wellbeing', consent: 'not-yet-sought' }).suggestedRecord).toEqual([
      `who decided, with their role ${LP}`,
      `when the decision was made ${LP}`,
      `the reason for the decision ${LP}`,
    ]);
    // consult
    expect(decide(stokeOnTrent, { concern: 'significant-harm', consent: 'refused', approval: 'refused' }).suggestedRecord).toEqual([
      `who decided, with their role ${LP}`,
      `when the decision was made ${LP}`,
      `the reason for the decision ${LP}`,
      `whom you consulted and what they advised ${LP}`,
    ]);
  });

  it("cites every page the answer rests on: the steps', the grounds' and the lawful bases'", () => {
    // the disclosure ground ("be open", p. 38) is not among the steps (p. 39)
    expect(decide(stokeOnTrent, { concern: 'significant-harm', consent: 'given' }).sources).toEqual([p39, p38]);
    // the lawful bases (p. 38) are cited by no step or ground (p. 39)
    expect(decide(stokeOnTrent, { concern: 'significant-harm', consent: 'refused', approval: 'granted' }).sources).toEqual([p39, p38]);
  });

  it('names the rule that decided, the situation as decided (defaults filled in) and the framework', () => {
    const d = decide(stokeOnTrent, { concern: 'significant-harm', consent: 'refused', approval: 'granted' });
    expect(d.rule).toEqual({
      id: 'referral-refused-approved',
      situation: 'Referral, parent refuses, manager / Designated Senior Person / Named Professional approves',
    });
    expect(d.framework).toBe('stoke-on-trent');
    expect(decide(staffordshire, {}).situation).toEqual({
      purpose: REF,
      concern: 'child-in-need',
      consent: 'given',
      approval: 'not-sought',
      immediateDanger: false,
      seekingConsentWouldPlaceChildAtRisk: false,
      seekingConsentWouldCauseUndueDelay: false,
    });
  });

  it('UNSUPPORTED_PURPOSE names the framework, the purpose, the frameworks that cover it, and the police number', () => {
    const prevent = errorOf(() => decideConsent(staffordshire, { purpose: 'prevent-referral', concern: 'significant-harm', consent: 'given' }));
    expect(prevent.message).toBe(
      "decideConsent: staffordshire states no consent rules for 'prevent-referral'; frameworks that do: stoke-on-trent. If a child is considered to be at IMMEDIATE risk, then the professional should contact the police 999.",
    );
    expect(prevent.issues).toEqual([{ path: ['purpose'], message: "staffordshire states no consent rules for 'prevent-referral'." }]);
    const eha = errorOf(() => decideConsent(stokeOnTrent, { purpose: EHA, concern: 'significant-harm', consent: 'given' }));
    expect(eha.message).toBe(
      "decideConsent: stoke-on-trent states no consent rules for 'early-help-assessment'; frameworks that do: staffordshire. Its consent rules for sharing information apply to what an assessment shares: purpose 'information-sharing'. If you think a child is in immediate danger, call the police on 999 or 101.",
    );
  });

  it('a situation that is not an object, or misses what it needs, is named with the valid values', () => {
    for (const bad of ['referral', 42, null, ['given']]) {
      const e = errorOf(() => decideConsent(stokeOnTrent, bad as never));
      expect([e.code, e.message.startsWith('decideConsent: situation ')], JSON.stringify(bad)).toEqual(['INVALID_SITUATION', true]);
    }
    expect(errorOf(() => decideConsent(stokeOnTrent, { purpose: REF, concern: 'significant-harm' } as never)).message).toBe(
      'decideConsent: situation.consent is required: one of "given", "refused", "not-yet-sought", "cannot-be-obtained".',
    );
    expect(errorOf(() => decideConsent(stokeOnTrent, new Map() as never)).message).toMatch(/^decideConsent: situation must be plain data/);
    const e = errorOf(() => decideConsent({} as never, { purpose: REF, concern: 'wellbeing', consent: 'given' }));
    expect([e.code, e.message.startsWith('decideConsent: the framework argument must be a framework of this package')]).toEqual(['INVALID_INPUT', true]);
  });
});

describe('decideConsent over a framework defined by a user', () => {
  const example = () => JSON.parse(readFileSync(`${root}docs/examples/example-borough.json`, 'utf8'));
  const stokeData = () => readJson('data/frameworks/stoke-on-trent.json') as any; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixture edited freely

  it('with no consent rules: UNSUPPORTED_PURPOSE for every purpose, naming the built-ins that cover it and its own police contact', () => {
    const fw = defineFramework(example());
    const police = fw.contacts.find((c) => c.role === 'police-emergency')!.when;
    const e = errorOf(() => decideConsent(fw, { purpose: EHA, concern: 'wellbeing', consent: 'given' }));
    expect(e.code).toBe('UNSUPPORTED_PURPOSE');
    // no pointer to its information-sharing rules: it has none
    expect(e.message).toBe(`decideConsent: ${fw.id} states no consent rules for 'early-help-assessment'; frameworks that do: staffordshire. ${police}`);
    expect(errorOf(() => decideConsent(fw, { purpose: SHARE, concern: 'wellbeing', consent: 'given' })).message).toContain(
      'frameworks that do: staffordshire, stoke-on-trent.',
    );
  });

  it('with no police contact: the error adds no police sentence', () => {
    const input = example();
    input.contacts = input.contacts.filter((c: { role: string }) => c.role !== 'police-emergency');
    const fw = defineFramework(input);
    expect(errorOf(() => decideConsent(fw, { purpose: SHARE, concern: 'wellbeing', consent: 'given' })).message).toBe(
      `decideConsent: ${fw.id} states no consent rules for 'information-sharing'; frameworks that do: staffordshire, stoke-on-trent.`,
    );
  });

  it('whose rules leave a situation undecided: INVALID_FRAMEWORK naming the framework and the situation, never an invented answer', () => {
    const input = stokeData();
    input.consent.rules = input.consent.rules.filter((r: { id: string }) => r.id !== 'referral-consent-given');
    const fw = defineFramework(input);
    const e = errorOf(() => decide(fw, { concern: 'wellbeing', consent: 'given' }));
    expect(e.code).toBe('INVALID_FRAMEWORK');
    expect(e.message).toContain(
      'decideConsent: stoke-on-trent: no consent rule matches {"purpose":"referral-to-childrens-social-care","concern":"wellbeing","consent":"given"',
    );
  });
});

describe('decideConsent — paths of situation errors, and what is left open', () => {
  it('each bad value of the situation is named at its own key', () => {
    expect(errorOf(() => decide(stokeOnTrent, { consent: 'maybe' as never })).message).toMatch(/^decideConsent: situation\.consent must be one of "given"/);
    expect(errorOf(() => decide(stokeOnTrent, { immediateDanger: 'yes' as never })).message).toBe(
      'decideConsent: situation.immediateDanger must be true or false; received "yes".',
    );
    expect(errorOf(() => decideConsent(stokeOnTrent, { concern: 'wellbeing', consent: 'given' } as never)).issues.map((i) => i.path)).toEqual([['purpose']]);
  });

  it('a decision the document settles leaves nothing open', () => {
    expect(decide(stokeOnTrent, { concern: 'significant-harm', consent: 'given' }).unanswered).toEqual([]);
    expect(decide(staffordshire, { purpose: EHA, concern: 'wellbeing', consent: 'given' }).unanswered).toEqual([]);
  });
});
