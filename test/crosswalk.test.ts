import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { carryAssessment, mapLevel, staffordshire, stokeOnTrent, type Framework } from '../src/index.js';
import { codeOf, onlyThresholdError } from './helpers.js';

const to = (from: Framework, level: number | string, target: Framework) => mapLevel(from, level as never, target).to.map((l) => l.id);

describe('mapLevel', () => {
  it('renders the DESIGN table in both directions', () => {
    expect([1, 2, 3, 4, 5].map((r) => to(stokeOnTrent, r, staffordshire))).toEqual([
      ['universal'],
      ['universal', 'universal-plus'],
      ['universal-plus'],
      ['targeted-early-help'],
      ['statutory-specialist'],
    ]);
    expect([1, 2, 3, 4].map((r) => to(staffordshire, r, stokeOnTrent))).toEqual([
      ['thriving', 'getting-advice'],
      ['getting-advice', 'getting-help'],
      ['getting-more-help'],
      ['getting-risk-support'],
    ]);
  });

  it('gives lowest, highest, a rationale and sources citing both documents', () => {
    const m = mapLevel(stokeOnTrent, 'getting-advice', staffordshire);
    expect([m.from.id, m.lowest.id, m.highest.id]).toEqual(['getting-advice', 'universal', 'universal-plus']);
    expect(m.rationale).toMatch(/Early Help Assessment/);
    expect(new Set(m.sources.map((s) => s.document))).toEqual(new Set(['sscp-thresholds-for-intervention', 'staffordshire-threshold-framework-2022']));
  });

  it('is the identity within one framework or scale', () => {
    const m = mapLevel(staffordshire, 3, staffordshire);
    expect(m.to).toEqual([staffordshire.levels[2]]);
  });

  it('rejects unknown levels, including a level id of the other scale', () => {
    expect(codeOf(() => mapLevel(stokeOnTrent, 'universal' as never, staffordshire))).toBe('UNKNOWN_LEVEL');
    expect(codeOf(() => mapLevel(staffordshire, 5, stokeOnTrent))).toBe('UNKNOWN_LEVEL');
    expect(codeOf(() => mapLevel(stokeOnTrent, 1, {} as never))).toBe('INVALID_INPUT');
  });
});

const pairs = fc.constantFrom<[Framework, Framework]>([stokeOnTrent, staffordshire], [staffordshire, stokeOnTrent]);
describe('mapLevel properties', () => {
  fcTest.prop([pairs])('the two directions agree: b ∈ map(a) ⇔ a ∈ map⁻¹(b)', ([a, b]) => {
    for (const la of a.levels) {
      for (const lb of b.levels) {
        const forward = to(a, la.rank, b).includes(lb.id);
        const backward = to(b, lb.rank, a).includes(la.id);
        expect(forward).toBe(backward);
      }
    }
  });

  fcTest.prop([pairs, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })])('is monotone in lowest and highest', ([a, b], x, y) => {
    const [lo, hi] = [Math.min(x, y, a.levels.length), Math.min(Math.max(x, y), a.levels.length)];
    const ml = mapLevel(a, lo, b);
    const mh = mapLevel(a, hi, b);
    expect(mh.lowest.rank).toBeGreaterThanOrEqual(ml.lowest.rank);
    expect(mh.highest.rank).toBeGreaterThanOrEqual(ml.highest.rank);
  });

  fcTest.prop([pairs])('every level of either scale maps to at least one level, ascending', ([a, b]) => {
    for (const l of a.levels) {
      const m = mapLevel(a, l.id, b);
      expect(m.to.length).toBeGreaterThan(0);
      expect(m.to.map((x) => x.rank)).toEqual([...m.to.map((x) => x.rank)].sort((p, q) => p - q));
    }
  });

  fcTest.prop([pairs, fc.anything()])('only ThresholdError is thrown', ([a, b], level) => {
    onlyThresholdError(() => mapLevel(a, level as never, b));
  });
});

describe('carryAssessment', () => {
  it('carries Stoke "Class A/Serious drug misuse" to Staffordshire substance-misuse descriptors at Statutory / Specialist', () => {
    const c = carryAssessment(stokeOnTrent, { indicators: ['substance-use-class-a-serious-drug-misuse'] }, staffordshire);
    expect(c.level.id).toBe('statutory-specialist');
    const s = c.indicators[0]!.suggestions;
    expect(s.length).toBeGreaterThan(0);
    for (const x of s) {
      expect(x.indicator.level).toBe(4);
      expect(x.sharedTags.some((t) => ['drug-misuse', 'substance-misuse'].includes(t))).toBe(true);
    }
    expect(s.map((x) => x.indicator.text)).toContain('Persistent and high risk substance misuse');
  });

  it('carries Staffordshire missing episodes to Stoke missing descriptors, as suggestions only', () => {
    const c = carryAssessment(staffordshire, { measures: { missingEpisodesLast90Days: 4 } }, stokeOnTrent);
    expect(c.level.id).toBe('getting-risk-support');
    expect(c.indicators[0]!.suggestions.map((x) => x.indicator.id)).toContain('abuse-and-exploitation-frequent-prolonged-missing-episodes');
    expect(c.note).toMatch(/confirm/);
  });

  it('maps the level through highest and ranks suggestions deterministically', () => {
    const c = carryAssessment(stokeOnTrent, { indicators: ['financial-stability-low-income-hardship'] }, staffordshire);
    expect(c.mapping.to.map((l) => l.id)).toEqual(['universal', 'universal-plus']);
    expect(c.level.id).toBe('universal-plus');
    const scores = c.indicators[0]!.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(carryAssessment(stokeOnTrent, { indicators: ['financial-stability-low-income-hardship'] }, staffordshire)).toEqual(c);
  });
});

describe('carryAssessment fallback', () => {
  it('offers the nearest level with the subject, flagged, when the mapped level prints nothing on it', () => {
    const c = carryAssessment(stokeOnTrent, { indicators: ['housing-risk-of-eviction'] }, staffordshire);
    const s = c.indicators[0]!.suggestions;
    expect(c.indicators[0]!.levels.map((l) => l.id)).toEqual(['targeted-early-help']);
    expect(s.length).toBeGreaterThan(0);
    for (const x of s) expect([x.atMappedLevel, x.sharedTags]).toEqual([false, ['homelessness']]);
    // both neighbours (2 and 4) are one level away
    expect(new Set(s.map((x) => x.indicator.level))).toEqual(new Set([2, 4]));
  });
});
