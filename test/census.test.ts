import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { censusFactors, resolveLevel, staffordshire, stokeOnTrent, tags, type Framework } from '../src/index.js';
import { codeOf, onlyThresholdError, readJson } from './helpers.js';

const codesOf = (fw: Framework, ids: string[]) => censusFactors(fw, { indicators: ids }).codes;
const cin = (id: string) => tags.find((t) => t.id === id)?.cin ?? [];

describe('tag vocabulary → DfE CIN census codes', () => {
  it('23A is abuse linked to faith or belief: no harmful-practices tag maps onto it (neither document speaks of faith or belief)', () => {
    expect(tags.filter((t) => (t.cin ?? []).includes('23A'))).toEqual([]);
    expect(cin('harmful-practices')).toEqual([]);
    expect(cin('fgm')).toEqual(['22A']);
  });
  it('9A is only the unaccompanied asylum-seeking child', () => {
    expect(tags.filter((t) => (t.cin ?? []).includes('9A')).map((t) => t.id)).toEqual(['unaccompanied-asylum']);
    expect(cin('asylum')).toEqual([]);
    expect(codesOf(staffordshire, ['housing-finance-asylum-seeking-refugee-family'])).toEqual([]);
    expect(codesOf(staffordshire, ['other-unaccompanied-refuge-asylum-seeker'])).toEqual(['9A']);
  });
  it('parental mental health is 4B (B = parent or carer), not 4C', () => {
    expect(cin('parental-mental-health')).toEqual(['4B']);
  });
  it('SEN is not a census factor; 5A/6A stay with learning disability and physical disability', () => {
    expect(cin('send')).toEqual([]);
    expect(cin('learning-disability')).toContain('5A');
    expect(cin('disability')).toContain('6A');
  });
  it('names every code it uses', () => {
    const names = (readJson('data/vocabularies/tags.json') as { cinFactors: { factors: { code: string }[] } }).cinFactors.factors.map((f) => f.code);
    for (const code of tags.flatMap((t) => t.cin ?? [])) expect(names.includes(code) || names.includes(code.replace(/[A-Z]$/, '')), code).toBe(true);
  });
});

describe('censusFactors', () => {
  it('returns each code with the descriptors that evidence it, in census order', () => {
    const c = censusFactors(staffordshire, {
      indicators: ['guidance-parents-struggle-refuse-set', 'other-unaccompanied-refuge-asylum-seeker', 'health-self-harming-behaviours'],
    });
    expect(c.codes).toEqual(['9A', '15A', '18C']);
    expect(c.factors.find((f) => f.code === '18C')?.indicators.map((i) => i.id)).toEqual(['guidance-parents-struggle-refuse-set']);
    expect(c.factors.map((f) => f.name)).toEqual(['Unaccompanied asylum-seeking child', 'Self-harm', 'Physical abuse']);
  });

  it('physical abuse by an adult (18C) only where the descriptor says so; otherwise 18B/18C is left open', () => {
    expect(codesOf(stokeOnTrent, ['abuse-and-exploitation-physical-punishment-refuse-engage'])).toEqual(['18C']);
    const open = censusFactors(staffordshire, { indicators: ['health-non-accidental-injury'] });
    expect(open.codes).toEqual([]);
    expect(open.undetermined.map((u) => [u.candidates, u.reason])).toEqual([[['18B', '18C'], expect.stringMatching(/does not say who abused the child/)]]);
  });

  it('whose need: a parent’s own substance use is B, but alcohol or drugs stays open', () => {
    const c = censusFactors(stokeOnTrent, { indicators: ['substance-use-parent-concerns-own-use'] });
    expect(c.codes).toEqual([]);
    expect(c.undetermined.map((u) => u.candidates)).toEqual([['1B', '2B']]);
    expect(c.undetermined[0]!.reason).toMatch(/alcohol misuse and drug misuse; it does not say which/);
  });

  it('a narrower tag speaks for its broader one (parental mental health → 4B, not 4A/4B/4C)', () => {
    const ind = stokeOnTrent.indicators.find((i) => i.kind === 'need' && i.tags.includes('parental-mental-health') && i.tags.includes('mental-health'));
    expect(ind).toBeDefined();
    const c = censusFactors(stokeOnTrent, { indicators: [ind!.id] });
    expect(c.codes).toContain('4B');
    expect(c.undetermined.filter((u) => u.candidates.includes('4A'))).toEqual([]);
  });

  it('accepts a resolution, including derived needs, and rejects one of another framework', () => {
    const r = resolveLevel(staffordshire, { measures: { missingEpisodesLast90Days: 3 } });
    expect(censusFactors(staffordshire, r).codes).toEqual(['10A']);
    expect(censusFactors(staffordshire, JSON.parse(JSON.stringify(r))).codes).toEqual(['10A']);
    expect(codeOf(() => censusFactors(stokeOnTrent, r as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => censusFactors(stokeOnTrent, { indicators: ['nope'] } as never))).toBe('UNKNOWN_INDICATOR');
  });

  it('strengths evidence no factor', () => {
    const strengths = staffordshire.indicators.filter((i) => i.kind === 'strength').map((i) => i.id);
    const c = censusFactors(staffordshire, { indicators: strengths });
    expect([c.codes, c.undetermined]).toEqual([[], []]);
  });

  fcTest.prop([
    fc.constantFrom<Framework>(stokeOnTrent, staffordshire).chain((fw) =>
      fc.tuple(
        fc.constant(fw),
        fc.subarray(
          fw.indicators.map((i) => i.id),
          { maxLength: 12 },
        ),
      ),
    ),
  ])('every code is evidenced by a need carrying a tag that maps onto it; adding needs never removes a code', ([fw, ids]) => {
    const c = censusFactors(fw, { indicators: ids });
    for (const f of c.factors) {
      expect(f.indicators.length).toBeGreaterThan(0);
      for (const i of f.indicators) expect(i.kind === 'need' && i.tags.some((t) => (tags.find((x) => x.id === t)?.cin ?? []).includes(f.code))).toBe(true);
    }
    const fewer = censusFactors(fw, { indicators: ids.slice(0, Math.floor(ids.length / 2)) });
    for (const code of fewer.codes) expect(c.codes).toContain(code);
    for (const u of fewer.undetermined) expect(c.undetermined.some((v) => v.candidates.join() === u.candidates.join())).toBe(true);
  });

  fcTest.prop([fc.constantFrom<Framework>(stokeOnTrent, staffordshire), fc.anything({ withNullPrototype: true })])('only ThresholdError is thrown', (fw, x) => {
    onlyThresholdError(() => censusFactors(fw, x as never));
  });

  it('is plain, deep-frozen data that structuredClone keeps whole', () => {
    const c = censusFactors(staffordshire, { indicators: ['health-non-accidental-injury', 'other-unaccompanied-refuge-asylum-seeker'] });
    expect(structuredClone(c)).toEqual(c);
    expect(Object.isFrozen(c) && Object.isFrozen(c.factors) && Object.isFrozen(c.undetermined[0]) && Object.isFrozen(c.undetermined[0]!.candidates)).toBe(true);
  });
});

describe('censusFactors: whose need, where the descriptor says', () => {
  it('the child’s own need is A', () => {
    expect(codesOf(staffordshire, ['health-signs-deteriorating-mental-health'])).toEqual(['4A', '15A']);
    expect(codesOf(staffordshire, ['health-child-significant-disability'])).toEqual(['6A']);
  });
  it('physical disability or illness (6) only where the descriptor names an illness or chronic condition, not for puberty or general health', () => {
    expect(codesOf(stokeOnTrent, ['health-support-periods-puberty'])).toEqual([]);
    expect(codesOf(staffordshire, ['family-history-parents-not-addressing-own'])).toEqual([]);
    expect(codesOf(staffordshire, ['health-severe-chronic-health-problems'])).toEqual(['6A']);
  });
  it('a parent’s is B', () => {
    expect(codesOf(staffordshire, ['family-history-parents-mental-physical-health'])).toEqual(['4B', '6B']);
  });
  it('“adults within the home” could be a parent or another household member: left open', () => {
    const c = censusFactors(staffordshire, { indicators: ['basic-care-concerns-adult-substance-misuse'] });
    expect(c.codes).toEqual([]);
    expect(c.undetermined.map((u) => u.candidates)).toEqual([
      ['1A', '1B', '1C'],
      ['2A', '2B', '2C'],
    ]);
  });
});
