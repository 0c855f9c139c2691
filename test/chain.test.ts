import { describe, expect, it } from 'vitest';
import { consentConcernFor, consentPurposeFor, decideConsent, frameworks, resolveLevel, stokeOnTrent, staffordshire } from '../src/index.js';
import { defineFramework } from '../src/define-entry.js';
import { readFileSync } from 'node:fs';
import { codeOf, errorOf, expectPlainFrozen, root } from './helpers.js';

const ORDER = ['wellbeing', 'child-in-need', 'significant-harm'];

describe('consentConcernFor: from a level to the consent concern', () => {
  it("rests every built-in level on a sentence of that level's own definition, verbatim", () => {
    for (const fw of frameworks) {
      for (const level of fw.levels) {
        const c = consentConcernFor(fw, level.id);
        expect(level.description, `${fw.id} ${level.id}`).toContain(c.basis.text);
        expect(c.basis.source).toBe(level.source);
        expectPlainFrozen(c);
      }
    }
  });

  it('never lowers the concern as the level rises, and the top level is significant harm', () => {
    for (const fw of frameworks) {
      const ranks = fw.levels.map((l) => ORDER.indexOf(consentConcernFor(fw, l.rank).concern));
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
      expect(consentConcernFor(fw, fw.levels.length).concern).toBe('significant-harm');
      expect(consentConcernFor(fw, 1).concern).toBe('wellbeing');
    }
  });

  it('says where a level straddles two concerns and returns the higher, never the lower', () => {
    const straddling = frameworks.flatMap((fw) => fw.levels.filter((l) => consentConcernFor(fw, l.id).straddles).map((l) => `${fw.id}/${l.id}`));
    expect(straddling).toEqual(['stoke-on-trent/getting-more-help', 'staffordshire/statutory-specialist']);
    for (const fw of frameworks) {
      for (const l of fw.levels) {
        const c = consentConcernFor(fw, l.id);
        expect(c.concern).toBe(c.within[c.within.length - 1]);
        expect(c.straddles).toBe(c.within.length > 1);
      }
    }
    // the words that make these levels straddle, in the documents' own definitions
    expect(consentConcernFor(staffordshire, 'statutory-specialist').basis.text).toMatch(/significant harm \(S47\).*\(S17\)/);
    expect(consentConcernFor(stokeOnTrent, 'getting-more-help').basis.text).toContain('health or development is being impaired');
  });

  it('chains a resolution into decideConsent', () => {
    const r = resolveLevel(staffordshire, { measures: { missingEpisodesLast90Days: 3 } });
    const { concern } = consentConcernFor(staffordshire, r.level.id);
    expect(concern).toBe('significant-harm');
    expect(decideConsent(staffordshire, { purpose: 'information-sharing', concern, consent: 'refused' }).outcome).not.toBe('do-not-proceed');
  });

  it('refuses a framework whose level definitions it has no grounded reading of', () => {
    const mine = defineFramework(JSON.parse(readFileSync(`${root}docs/examples/example-borough.json`, 'utf8')));
    const e = errorOf(() => consentConcernFor(mine, 1));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain('professional judgement');
    expect(codeOf(() => consentConcernFor(stokeOnTrent, 'universal' as never))).toBe('UNKNOWN_LEVEL');
  });
});

describe('consentPurposeFor: from a triggered route to the consent purpose', () => {
  it("maps Stoke-on-Trent's Prevent route to the prevent-referral purpose, quoting the route", () => {
    const r = resolveLevel(stokeOnTrent, { indicators: ['abuse-and-exploitation-risk-radicalisation-extremism'] });
    const p = consentPurposeFor(stokeOnTrent, r.guidance.routes[0]!.route.id);
    expect(p.purpose).toBe('prevent-referral');
    expect(p.basis.text).toContain('a Prevent referral should be submitted');
    expect(decideConsent(stokeOnTrent, { purpose: p.purpose, concern: 'wellbeing', consent: 'not-yet-sought' }).disclosure).toBe('do-not-disclose');
  });

  it("rejects an unknown route, naming the framework's routes", () => {
    expect(errorOf(() => consentPurposeFor(stokeOnTrent, 'prevent')).suggestions).toEqual(['prevent-referral']);
    expect(codeOf(() => consentPurposeFor(staffordshire, 'prevent-referral'))).toBe('INVALID_INPUT');
  });
});
