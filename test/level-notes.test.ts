import { describe, expect, it } from 'vitest';
import { resolveLevel, staffordshire, stokeOnTrent } from '../src/index.js';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('resolveLevel guidance: contacts the document ties to the level', () => {
  it('Staffordshire Level 3 lists SCAS (and EDS out of hours), as p. 14 names Level 3 and Level 4; Levels 1–2 only the police', () => {
    expect(ids(resolveLevel(staffordshire, { indicators: ['health-chronic-recurring-health-problems'] }).guidance.contacts)).toEqual([
      'scas',
      'eds',
      'police-emergency',
    ]);
    expect(ids(resolveLevel(staffordshire, { judgement: { level: 4, reason: 'test' } }).guidance.contacts)).toEqual(['scas', 'eds', 'police-emergency']);
    expect(ids(resolveLevel(staffordshire, { indicators: ['relationships-undertaking-some-caring-responsibilities'] }).guidance.contacts)).toEqual([
      'police-emergency',
    ]);
  });
  it('Stoke-on-Trent Getting Risk Support lists the Integrated Front Door, the Emergency Duty Team and the portal for non urgent risk referrals', () => {
    expect(ids(resolveLevel(stokeOnTrent, { judgement: { level: 5, reason: 'test' } }).guidance.contacts)).toEqual([
      'integrated-front-door',
      'emergency-duty-team',
      'integrated-front-door-portal',
      'police-emergency',
    ]);
    expect(ids(resolveLevel(stokeOnTrent, {}).guidance.contacts)).toEqual(['police-emergency']);
  });
});

describe('resolveLevel guidance: factors to consider and statements', () => {
  it('Stoke-on-Trent surfaces its nine "Important factors to consider" at every level', () => {
    for (const l of stokeOnTrent.levels) {
      const g = resolveLevel(stokeOnTrent, { judgement: { level: l.rank, reason: 'test' } }).guidance;
      expect(g.factorsToConsider.map((f) => f.text)[0]).toBe('What is life like for the young person or child now?');
      expect(g.factorsToConsider).toHaveLength(9);
    }
    expect(resolveLevel(staffordshire, {}).guidance.factorsToConsider).toEqual([]);
  });
  it('Staffordshire: a young carer’s s17 right with a young-carer need; the significant-harm paragraph at Level 4 only', () => {
    const carer = resolveLevel(staffordshire, { indicators: ['relationships-undertaking-some-caring-responsibilities'] }).guidance.statements;
    expect(carer.map((s) => s.text)).toEqual(['Young carers are also entitled to request an assessment of their own needs under s17.']);
    const l4 = resolveLevel(staffordshire, { indicators: ['health-non-accidental-injury'] }).guidance.statements;
    expect(ids(l4)).toEqual(['significant-harm']);
    expect(resolveLevel(staffordshire, { indicators: ['health-chronic-recurring-health-problems'] }).guidance.statements).toEqual([]);
  });
});

describe('resolveLevel considerations: the Level 3 gap of Staffordshire', () => {
  it('needs at level 2 in a sub-domain without Level 3 descriptors: the absence is not read as "no level-3 need"', () => {
    const r = resolveLevel(staffordshire, { indicators: ['identity-some-insecurities-around-identity'] });
    const gap = r.considerations.find((c) => c.id === 'no-descriptors-at-level')!;
    expect(gap.message).toMatch(
      /^Staffordshire prints no Targeted Early Help \(level 3\) descriptors for Identity and Self-esteem, where needs are observed\. Needs there at level 2 may still amount to Targeted Early Help: the absence of a level 3 descriptor is not evidence of no level 3 need/,
    );
    expect(gap.statement?.source).toMatchObject({ section: 'LEVEL 3: Targeted Early Help', page: 10 });
    expect(gap.indicators).toEqual(['identity-some-insecurities-around-identity']);
  });
  it('needs at level 4 there: says that stepping down cannot be read off level-3 descriptors', () => {
    const housing = staffordshire.indicators.find((i) => i.area === 'housing-finance' && i.level === 4)!;
    const gap = resolveLevel(staffordshire, { indicators: [housing.id] }).considerations.find((c) => c.id === 'no-descriptors-at-level');
    expect(gap?.message).toMatch(/Needs there are above level 3; stepping down cannot be read off level 3 descriptors there/);
  });
  it('is silent where the source prints Level 3 descriptors (health) and for Stoke-on-Trent', () => {
    expect(resolveLevel(staffordshire, { indicators: ['health-chronic-recurring-health-problems'] }).considerations.map((c) => c.id)).not.toContain(
      'no-descriptors-at-level',
    );
    const all = stokeOnTrent.indicators.filter((i) => i.kind === 'need').map((i) => i.id);
    expect(resolveLevel(stokeOnTrent, { indicators: all }).considerations.map((c) => c.id)).not.toContain('no-descriptors-at-level');
  });
});
