import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  decideConsent,
  recordConsentDecision,
  staffordshire,
  stokeOnTrent,
  type ConsentSituation,
  type Framework,
} from '../src/index.js';
import { codeOf, errorOf, onlyThresholdError } from './helpers.js';

const REF = 'referral-to-childrens-social-care';
const both: readonly [string, Framework][] = [
  ['stoke-on-trent', stokeOnTrent],
  ['staffordshire', staffordshire],
];
const decide = (fw: Framework, s: Partial<ConsentSituation>) => decideConsent(fw, { concern: 'child-in-need', consent: 'given', purpose: REF, ...s } as ConsentSituation);

describe.each(both)('decideConsent — %s: one test per row of the decision table', (_id, fw) => {
  it('immediate danger: proceed without consent, police on 999 first, whatever else is true', () => {
    const d = decide(fw, { immediateDanger: true, consent: 'refused', approval: 'refused' });
    expect(d.outcome).toBe('proceed-without-consent');
    expect(d.steps[0]!.id).toBe('police-immediate-danger');
    expect(d.steps[0]!.text).toMatch(/999/);
  });

  it('any purpose, significant harm, consent given: proceed, record the agreement and confirm it in the referral', () => {
    const d = decide(fw, { concern: 'significant-harm', consent: 'given' });
    expect(d.outcome).toBe('proceed');
    expect(d.steps.map((s) => s.id)).toContain('record-agreement');
    expect(d.mustRecord).toContain('parents-view');
  });

  it('referral, significant harm, not sought because seeking it would place the child at risk: seek approval, then proceed once granted', () => {
    const base = { concern: 'significant-harm', consent: 'not-yet-sought', seekingConsentWouldPlaceChildAtRisk: true } as const;
    const before = decide(fw, base);
    expect(before.outcome).toBe('seek-approval');
    expect(before.steps.map((s) => s.id)).toContain('manager-approval-not-seeking');
    const after = decide(fw, { ...base, approval: 'granted' });
    expect(after.outcome).toBe('proceed-without-consent');
    expect(after.mustRecord).toEqual(expect.arrayContaining(['reason', 'approver']));
  });

  it('referral, significant harm, not sought because of undue delay: seek approval, then proceed once granted', () => {
    const base = { concern: 'significant-harm', consent: 'not-yet-sought', seekingConsentWouldCauseUndueDelay: true } as const;
    expect(decide(fw, base).outcome).toBe('seek-approval');
    expect(decide(fw, { ...base, approval: 'granted' }).outcome).toBe('proceed-without-consent');
  });

  it('referral, consent refused, approval not sought: seek approval from a manager / DSP / Named Professional', () => {
    const d = decide(fw, { consent: 'refused' });
    expect(d.outcome).toBe('seek-approval');
    expect(d.steps[0]!.text).toMatch(/Designated Senior Person or Named Professional/);
  });

  it('referral, consent refused, seeking approval would cause undue delay: proceed without consent', () => {
    const d = decide(fw, { consent: 'refused', concern: 'significant-harm', seekingConsentWouldCauseUndueDelay: true });
    expect(d.outcome).toBe('proceed-without-consent');
    expect(d.disclosure).toBe('inform-family-after-referral');
  });

  it('referral, consent refused, approval granted: record why, tell CSC the parent withheld permission, tell the parent afterwards', () => {
    const d = decide(fw, { consent: 'refused', approval: 'granted', concern: 'significant-harm' });
    expect(d.outcome).toBe('proceed-without-consent');
    expect(d.disclosure).toBe('inform-family-after-referral');
    expect(d.steps.map((s) => s.id).slice(-3)).toEqual(['record-reason-without-agreement', 'tell-csc-permission-withheld', 'inform-parent-after-referral']);
    expect(d.mustRecord).toEqual(expect.arrayContaining(['reason', 'approver', 'parents-view']));
  });

  it('referral, significant harm, approval refused: resolve the disagreement (escalation), never do-not-proceed', () => {
    const d = decide(fw, { consent: 'refused', approval: 'refused', concern: 'significant-harm' });
    expect(d.outcome).toBe('resolve-disagreement');
    expect(d.steps.map((s) => s.id)).toContain('escalation');
  });

  it('referral, child in need, consent refused, approval refused: do not proceed', () => {
    expect(decide(fw, { consent: 'refused', approval: 'refused' }).outcome).toBe('do-not-proceed');
  });

  it('information sharing, consent cannot be obtained: proceed without consent and record what, with whom and why', () => {
    const d = decide(fw, { purpose: 'information-sharing', consent: 'cannot-be-obtained' });
    expect(d.outcome).toBe('proceed-without-consent');
    expect(d.mustRecord).toEqual(expect.arrayContaining(['information-shared', 'shared-with', 'reason']));
    expect(d.steps.map((s) => s.id)).toContain('record-shared-without-consent');
  });

  it('information sharing, seeking consent would place the child at risk: proceed without consent, do not disclose', () => {
    const d = decide(fw, { purpose: 'information-sharing', consent: 'not-yet-sought', seekingConsentWouldPlaceChildAtRisk: true });
    expect([d.outcome, d.disclosure]).toEqual(['proceed-without-consent', 'do-not-disclose']);
  });

  it('is strict about the situation', () => {
    expect(codeOf(() => decideConsent(fw, { purpose: REF, concern: 'child-in-need' } as never))).toBe('INVALID_SITUATION');
    expect(codeOf(() => decide(fw, { consent: 'maybe' as never }))).toBe('INVALID_SITUATION');
    expect(codeOf(() => decide(fw, { immediateDanger: 'yes' as never }))).toBe('INVALID_SITUATION');
    const e = errorOf(() => decide(fw, { purpose: REF, immediateDangr: true } as never));
    expect([e.code, e.message.includes('immediateDangr')]).toEqual(['INVALID_SITUATION', true]);
  });
});

describe('decideConsent — what one document says and the other does not', () => {
  it('Stoke-on-Trent: a Prevent referral proceeds without consent and is not disclosed at the time of referral', () => {
    const d = decideConsent(stokeOnTrent, { purpose: 'prevent-referral', concern: 'significant-harm', consent: 'not-yet-sought' });
    expect([d.outcome, d.disclosure, d.consentRequired]).toEqual(['proceed-without-consent', 'do-not-disclose', false]);
    expect(d.steps[0]!.text).toMatch(/should not be disclosed/);
    const danger = decideConsent(stokeOnTrent, { purpose: 'prevent-referral', concern: 'significant-harm', consent: 'given', immediateDanger: true });
    expect([danger.steps[0]!.id, danger.disclosure]).toEqual(['police-immediate-danger', 'do-not-disclose']);
  });

  it('Stoke-on-Trent names the GDPR lawful bases; Staffordshire names none', () => {
    const s = decideConsent(stokeOnTrent, { purpose: 'information-sharing', concern: 'child-in-need', consent: 'cannot-be-obtained' });
    expect(s.lawfulBases).toEqual(['legal obligation (the exercise of official authority)', 'public task (a task performed in the public interest)']);
    const w = decideConsent(staffordshire, { purpose: 'information-sharing', concern: 'child-in-need', consent: 'cannot-be-obtained' });
    expect(w.lawfulBases).toEqual([]);
  });

  it('Staffordshire: an Early Help Assessment needs consent, which "must always be sought"', () => {
    const eha = (consent: ConsentSituation['consent'], concern: ConsentSituation['concern'] = 'wellbeing') =>
      decideConsent(staffordshire, { purpose: 'early-help-assessment', concern, consent });
    expect(eha('given').outcome).toBe('proceed');
    expect(eha('not-yet-sought').outcome).toBe('seek-consent');
    expect(eha('not-yet-sought').steps[0]!.text).toMatch(/must always be sought/);
    const refused = eha('refused');
    expect(refused.outcome).toBe('do-not-proceed');
    expect(refused.steps.map((s) => s.id)).toContain('consent-not-obtained-determine-harm');
    // significant harm: the EHA must not delay; never do-not-proceed
    expect(eha('refused', 'significant-harm').outcome).toBe('seek-approval');
    expect(eha('refused', 'significant-harm').steps.map((s) => s.id)).toContain('eha-must-not-delay');
  });

  it('a purpose a framework does not cover is UNSUPPORTED_PURPOSE naming the frameworks that do', () => {
    const e = errorOf(() => decideConsent(staffordshire, { purpose: 'prevent-referral', concern: 'significant-harm', consent: 'given' }));
    expect(e.code).toBe('UNSUPPORTED_PURPOSE');
    expect(e.message).toContain('stoke-on-trent');
    const e2 = errorOf(() => decideConsent(stokeOnTrent, { purpose: 'early-help-assessment', concern: 'wellbeing', consent: 'given' }));
    expect([e2.code, e2.message.includes('staffordshire')]).toEqual(['UNSUPPORTED_PURPOSE', true]);
  });
});

// ---------------------------------------------------------------- properties
const situationArb = fc.record({
  purpose: fc.constantFrom('early-help-assessment', REF, 'prevent-referral', 'information-sharing'),
  concern: fc.constantFrom('wellbeing', 'child-in-need', 'significant-harm'),
  consent: fc.constantFrom('given', 'refused', 'not-yet-sought', 'cannot-be-obtained'),
  immediateDanger: fc.boolean(),
  seekingConsentWouldPlaceChildAtRisk: fc.boolean(),
  seekingConsentWouldCauseUndueDelay: fc.boolean(),
  approval: fc.constantFrom('not-sought', 'granted', 'refused'),
}) as fc.Arbitrary<Required<ConsentSituation>>;
const fwArb = fc.constantFrom<Framework>(stokeOnTrent, staffordshire);
const covered = (fw: Framework, s: ConsentSituation) => fw.consent!.purposes.includes(s.purpose);
const GOES_AHEAD = new Set(['proceed', 'proceed-without-consent']);
const CONCERNS = ['wellbeing', 'child-in-need', 'significant-harm'] as const;

describe('decideConsent properties', () => {
  it('every situation of a covered purpose matches a rule (all 1,152 combinations per framework)', () => {
    const bools = [false, true];
    for (const [, fw] of both) {
      let n = 0;
      for (const purpose of fw.consent!.purposes)
        for (const concern of CONCERNS)
          for (const consent of ['given', 'refused', 'not-yet-sought', 'cannot-be-obtained'] as const)
            for (const approval of ['not-sought', 'granted', 'refused'] as const)
              for (const immediateDanger of bools)
                for (const seekingConsentWouldPlaceChildAtRisk of bools)
                  for (const seekingConsentWouldCauseUndueDelay of bools) {
                    const s = { purpose, concern, consent, approval, immediateDanger, seekingConsentWouldPlaceChildAtRisk, seekingConsentWouldCauseUndueDelay };
                    expect(() => decideConsent(fw, s), JSON.stringify(s)).not.toThrow();
                    n++;
                  }
      expect(n).toBe(fw.consent!.purposes.length * 3 * 4 * 3 * 8);
    }
  });

  fcTest.prop([fwArb, situationArb])('immediate danger always puts the police first', (fw, s) => {
    fc.pre(covered(fw, s));
    const d = decideConsent(fw, { ...s, immediateDanger: true });
    expect(d.steps[0]!.id).toBe('police-immediate-danger');
    expect(d.outcome).toBe('proceed-without-consent');
  });

  fcTest.prop([fwArb, situationArb])('significant harm is never do-not-proceed', (fw, s) => {
    fc.pre(covered(fw, s));
    expect(decideConsent(fw, { ...s, concern: 'significant-harm' }).outcome).not.toBe('do-not-proceed');
  });

  fcTest.prop([fwArb, situationArb])('raising the concern never turns a go-ahead into a stop', (fw, s) => {
    fc.pre(covered(fw, s));
    const outcomes = CONCERNS.map((concern) => decideConsent(fw, { ...s, concern }).outcome);
    for (let i = 0; i < outcomes.length; i++) {
      if (!GOES_AHEAD.has(outcomes[i]!)) continue;
      for (const later of outcomes.slice(i + 1)) expect(later).not.toBe('do-not-proceed');
    }
  });

  fcTest.prop([fwArb, situationArb])('every step has a source; sources and record fields are consistent', (fw, s) => {
    fc.pre(covered(fw, s));
    const d = decideConsent(fw, s);
    expect(d.steps.length).toBeGreaterThan(0);
    for (const st of d.steps) expect(st.source.document).toBe(fw.documents[0]!.id);
    if (d.outcome === 'proceed-without-consent') expect(d.consentRequired).toBe(false);
  });

  fcTest.prop([fwArb, fc.anything({ withNullPrototype: true })])('only ThresholdError is thrown, whatever the situation', (fw, s) => {
    onlyThresholdError(() => decideConsent(fw, s as never));
  });
});

describe('recordConsentDecision', () => {
  const d = decideConsent(stokeOnTrent, { purpose: REF, concern: 'significant-harm', consent: 'refused', approval: 'granted' });
  const details = {
    practitioner: 'J. Smith, Designated Safeguarding Lead',
    decidedAt: new Date('2026-11-23T10:15:00Z'),
    reason: 'Disclosure of physical abuse; parent refused',
    approver: 'K. Jones, Head Teacher',
    parentsView: 'Mother refused: "we will deal with it ourselves"',
  };

  it('builds an audit record with every required field', () => {
    const r = recordConsentDecision(d, details);
    expect(r.fields).toEqual({
      reason: details.reason,
      approver: details.approver,
      'parents-view': details.parentsView,
      'decision-time': '2026-11-23T10:15:00.000Z',
    });
    expect([r.rule, r.outcome, r.disclosure]).toEqual(['referral-refused-approved', 'proceed-without-consent', 'inform-family-after-referral']);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('refuses, naming every missing field', () => {
    const e = errorOf(() => recordConsentDecision(d, { practitioner: 'J. Smith', decidedAt: new Date('invalid') } as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map((i) => i.path[0])).toEqual(['decidedAt', 'reason', 'approver', 'parentsView']);
    expect(codeOf(() => recordConsentDecision(d, { ...details, reason: '  ' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => recordConsentDecision(d, { ...details, witness: 'x' } as never))).toBe('INVALID_INPUT');
  });
});

describe('UNSUPPORTED_PURPOSE message', () => {
  it("quotes the framework's own words on immediate danger, from its data", () => {
    const e = errorOf(() => decideConsent(staffordshire, { purpose: 'prevent-referral', concern: 'significant-harm', consent: 'given' }));
    expect(e.message).toContain(staffordshire.contacts.find((c) => c.role === 'police-emergency')!.when);
  });
});
