import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { carryAssessment, mapLevel, resolveLevel, staffordshire, stokeOnTrent, type Assessment, type Framework } from '../src/index.js';
import { defineFramework } from '../src/define-entry.js';
import { codeOf, onlyThresholdError, readJson } from './helpers.js';

const ids = (ls: readonly { id: string }[]) => ls.map((l) => l.id);
const to = (from: Framework, level: number | string, target: Framework) => ids(mapLevel(from, level as never, target).to);

describe('mapLevel: core and conditional pairs (DESIGN §6)', () => {
  it('renders the DESIGN table: core levels, and conditional levels with their quoted conditions', () => {
    const rows = stokeOnTrent.levels.map((l) => {
      const m = mapLevel(stokeOnTrent, l.id, staffordshire);
      return [l.id, ids(m.core), m.conditional.map((c) => c.level.id)];
    });
    expect(rows).toEqual([
      ['thriving', ['universal'], []],
      ['getting-advice', ['universal'], ['universal-plus']],
      ['getting-help', ['universal-plus'], ['targeted-early-help']],
      ['getting-more-help', ['targeted-early-help'], ['statutory-specialist']],
      ['getting-risk-support', ['statutory-specialist'], []],
    ]);
    expect(mapLevel(stokeOnTrent, 'getting-advice', staffordshire).conditional[0]!.condition).toBe(
      'Consider whether Early Help Assessment would support the family and ensure needs are identified at the earliest opportunity.',
    );
    expect(mapLevel(stokeOnTrent, 'getting-help', staffordshire).conditional[0]!.condition).toMatch(
      /^Additional support may or may not require a multi-agency response/,
    );
    const s17 = mapLevel(stokeOnTrent, 'getting-more-help', staffordshire).conditional[0]!;
    expect(s17.condition).toBe('Their health or development is likely to be significantly impaired, without the provision for them of such services');
    expect(s17.sources[0]).toMatchObject({ document: 'staffordshire-threshold-framework-2022', section: 'What is Statutory / Specialist Support?' });
  });

  it('reads the same relation backwards', () => {
    expect(staffordshire.levels.map((l) => [ids(mapLevel(staffordshire, l.id, stokeOnTrent).core), to(staffordshire, l.id, stokeOnTrent)])).toEqual([
      [
        ['thriving', 'getting-advice'],
        ['thriving', 'getting-advice'],
      ],
      [['getting-help'], ['getting-advice', 'getting-help']],
      [['getting-more-help'], ['getting-help', 'getting-more-help']],
      [['getting-risk-support'], ['getting-more-help', 'getting-risk-support']],
    ]);
  });

  it('gives lowest, highest (conditional included), a rationale naming conditions and sources citing both documents', () => {
    const m = mapLevel(stokeOnTrent, 'getting-advice', staffordshire);
    expect([m.from.id, m.lowest.id, m.highest.id]).toEqual(['getting-advice', 'universal', 'universal-plus']);
    expect(m.rationale).toMatch(
      /Conditional: .*Getting Advice \(Stoke-on-Trent\) corresponds to Universal Plus \/ Earliest Help \(Staffordshire\) where this condition, quoted from Stoke-on-Trent's Thresholds for Intervention, holds: "Consider whether Early Help Assessment/,
    );
    expect(new Set(m.sources.map((s) => s.document))).toEqual(new Set(['sscp-thresholds-for-intervention', 'staffordshire-threshold-framework-2022']));
  });

  it('read backwards, a conditional pair names whose condition it quotes and the direction it is stated for (DESIGN §6)', () => {
    // Staffordshire level 4 → Stoke-on-Trent: Getting More Help is conditional, on Staffordshire's own Section 17
    // wording, which the crosswalk states for Getting More Help → Statutory / Specialist, not the other way
    const m = mapLevel(staffordshire, 'statutory-specialist', stokeOnTrent);
    const c = m.conditional[0]!;
    expect([ids(m.core), c.level.id]).toEqual([['getting-risk-support'], 'getting-more-help']);
    // the quote is verbatim, and cited first
    expect(c.condition).toBe('Their health or development is likely to be significantly impaired, without the provision for them of such services');
    expect(c.sources[0]).toMatchObject({ document: 'staffordshire-threshold-framework-2022', section: 'What is Statutory / Specialist Support?' });
    expect(c.reading).toBe(
      "The crosswalk quotes this condition from Staffordshire's Threshold Framework: 'Accessing the Right Help at the Right Time' for the other direction, " +
        'Getting More Help (Stoke-on-Trent) → Statutory / Specialist (Staffordshire): ' +
        '"Their health or development is likely to be significantly impaired, without the provision for them of such services". ' +
        'Read from Statutory / Specialist, the pair holds for a child at Getting More Help for whom that condition holds; ' +
        'it is not a condition stated for reading Statutory / Specialist as Getting More Help.',
    );
    expect(m.rationale).toContain(c.reading);
    // never the backwards reading: Staffordshire's level does not "correspond to Getting More Help where" its S17 test holds
    expect(m.rationale).not.toMatch(/Statutory \/ Specialist \(Staffordshire\) corresponds to Getting More Help/);
    expect(m.rationale).not.toContain('Condition: "');
    // a condition quoted from Stoke-on-Trent's document, read from Staffordshire, names Stoke-on-Trent's document
    const back = mapLevel(staffordshire, 'universal-plus', stokeOnTrent).conditional[0]!;
    expect(back.level.id).toBe('getting-advice');
    expect(back.reading).toMatch(
      /^The crosswalk quotes this condition from Stoke-on-Trent's Thresholds for Intervention for the other direction, Getting Advice \(Stoke-on-Trent\) → Universal Plus \/ Earliest Help \(Staffordshire\): "Consider whether Early Help Assessment would support the family and ensure needs are identified at the earliest opportunity\." Read from Universal Plus/,
    );
    // forwards, the same pair reads as stated
    expect(mapLevel(stokeOnTrent, 'getting-more-help', staffordshire).conditional[0]!.reading).toBe(
      "Getting More Help (Stoke-on-Trent) corresponds to Statutory / Specialist (Staffordshire) where this condition, quoted from Staffordshire's Threshold Framework: 'Accessing the Right Help at the Right Time', holds: " +
        '"Their health or development is likely to be significantly impaired, without the provision for them of such services"',
    );
  });

  it('is the identity within one framework or scale', () => {
    const m = mapLevel(staffordshire, 3, staffordshire);
    expect([m.to, m.core, m.conditional]).toEqual([[staffordshire.levels[2]], [staffordshire.levels[2]], []]);
  });

  it('rejects unknown levels, including a level id of the other scale', () => {
    expect(codeOf(() => mapLevel(stokeOnTrent, 'universal' as never, staffordshire))).toBe('UNKNOWN_LEVEL');
    expect(codeOf(() => mapLevel(staffordshire, 5, stokeOnTrent))).toBe('UNKNOWN_LEVEL');
    expect(codeOf(() => mapLevel(stokeOnTrent, 1, {} as never))).toBe('INVALID_INPUT');
  });

  it('the crosswalk data quotes each condition from a document it cites', () => {
    const cw = readJson('data/crosswalks/i-thrive--windscreen.json') as { pairs: { kind: string; condition?: { text: string } }[] };
    expect(
      cw.pairs
        .filter((p) => p.kind === 'conditional')
        .map((p) => p.condition?.text.length ?? 0)
        .every((n) => n > 20),
    ).toBe(true);
    expect(cw.pairs.filter((p) => p.kind === 'core').every((p) => p.condition === undefined)).toBe(true);
  });
});

// Frameworks the properties range over: both built-ins, and user-defined copies of each (same scale, other ids),
// so a property cannot hold only for the two fixed pairs.
const copy = (fw: Framework, id: string): Framework => defineFramework({ ...structuredClone(fw), id });
const all: readonly Framework[] = [stokeOnTrent, staffordshire, copy(stokeOnTrent, 'stoke-copy'), copy(staffordshire, 'staffs-copy')];
const framework = fc.constantFrom(...all);
const twoFrameworks = fc.tuple(framework, framework);
const assessmentOf = (fw: Framework): fc.Arbitrary<Assessment> =>
  fc.record(
    {
      indicators: fc.subarray(ids(fw.indicators), { maxLength: 8 }),
      measures: fc.record(
        { attendancePercent: fc.integer({ min: 0, max: 100 }), missingEpisodesLast90Days: fc.integer({ min: 0, max: 6 }) },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  );
const carryCase = twoFrameworks.chain(([a, b]) => fc.tuple(fc.constant(a), fc.constant(b), assessmentOf(a), assessmentOf(a)));

describe('mapLevel properties (over frameworks and levels)', () => {
  fcTest.prop([twoFrameworks])('the two directions agree, for all pairs and for core pairs', ([a, b]) => {
    for (const la of a.levels) {
      for (const lb of b.levels) {
        expect(to(a, la.rank, b).includes(lb.id)).toBe(to(b, lb.rank, a).includes(la.id));
        expect(ids(mapLevel(a, la.rank, b).core).includes(lb.id)).toBe(ids(mapLevel(b, lb.rank, a).core).includes(la.id));
      }
    }
  });

  fcTest.prop([twoFrameworks, fc.nat(), fc.nat()])(
    'is monotone in both directions: lowest, highest and the highest core never fall as the level rises',
    ([a, b], x, y) => {
      const lo = (Math.min(x, y) % a.levels.length) + 1;
      const hi = Math.max(lo, (Math.max(x, y) % a.levels.length) + 1);
      const ml = mapLevel(a, lo, b);
      const mh = mapLevel(a, hi, b);
      expect(mh.lowest.rank).toBeGreaterThanOrEqual(ml.lowest.rank);
      expect(mh.highest.rank).toBeGreaterThanOrEqual(ml.highest.rank);
      expect(mh.core.at(-1)!.rank).toBeGreaterThanOrEqual(ml.core.at(-1)!.rank);
    },
  );

  fcTest.prop([twoFrameworks])('to is core ∪ conditional, ascending, core never empty, a conditional level never also core', ([a, b]) => {
    for (const l of a.levels) {
      const m = mapLevel(a, l.id, b);
      expect(m.core.length).toBeGreaterThan(0);
      expect(m.conditional.every((c) => !m.core.includes(c.level) && c.condition.length > 0 && c.sources.length > 0)).toBe(true);
      // each reading quotes its condition verbatim and names the framework whose document states it
      for (const c of m.conditional) {
        const stating = [a, b].find((f) => f.documents.some((d) => d.id === c.sources[0]!.document))!;
        expect(c.reading).toContain(`"${c.condition}"`);
        expect(c.reading).toContain(`${stating.area}'s ${stating.name}`);
        // the crosswalk states its conditions from i-THRIVE to the windscreen: read from the windscreen, the wording says so
        expect(c.reading.includes('for the other direction')).toBe(a.scale.id === 'windscreen');
      }
      const ranks = m.to.map((x) => x.rank);
      expect(ranks).toEqual([...new Set([...m.core, ...m.conditional.map((c) => c.level)].map((x) => x.rank))].sort((p, q) => p - q));
      expect([m.lowest.rank, m.highest.rank]).toEqual([ranks[0], ranks.at(-1)]);
    }
  });

  fcTest.prop([twoFrameworks, fc.anything()])('only ThresholdError is thrown', ([a, b], level) => {
    onlyThresholdError(() => mapLevel(a, level as never, b));
  });
});

describe('carryAssessment never under-states need', () => {
  it('Stoke-on-Trent missing episodes: Staffordshire’s own threshold sets the level (was Universal)', () => {
    const c = carryAssessment(stokeOnTrent, { measures: { missingEpisodesLast90Days: 3 } }, staffordshire);
    expect(c.resolution.level.id).toBe('thriving');
    expect(resolveLevel(staffordshire, { measures: { missingEpisodesLast90Days: 3 } }).level.id).toBe('statutory-specialist');
    expect([c.level.id, c.setBy, c.targetResolution?.level.id]).toEqual(['statutory-specialist', 'target-measures', 'statutory-specialist']);
    expect(c.considerations[0]).toMatchObject({ id: 'set-by-target-measures', level: { id: 'statutory-specialist' } });
  });

  it('a measure the target states no threshold for is said so, naming the target descriptors on the subject', () => {
    const c = carryAssessment(stokeOnTrent, { measures: { attendancePercent: 80 } }, staffordshire);
    expect([c.level.id, c.setBy]).toEqual(['universal-plus', 'crosswalk']);
    const m = c.considerations.find((x) => x.id === 'measure-without-threshold')!;
    expect(m.message).toMatch(/^Staffordshire states no threshold for attendancePercent/);
    expect(m.indicators).toContain('education-consistently-poor-attendance');
    expect(m.indicators.every((id) => staffordshire.indicators.find((i) => i.id === id)!.tags.includes('attendance'))).toBe(true);
  });

  it('conditional higher levels come back as considerations with their conditions, never applied', () => {
    const c = carryAssessment(stokeOnTrent, { indicators: ['financial-stability-low-income-hardship'] }, staffordshire);
    expect(c.resolution.level.id).toBe('getting-advice');
    expect([c.level.id, c.setBy]).toEqual(['universal', 'crosswalk']);
    expect(c.considerations.filter((x) => x.id === 'conditional-level').map((x) => [x.level?.id, x.condition])).toEqual([
      ['universal-plus', 'Consider whether Early Help Assessment would support the family and ensure needs are identified at the earliest opportunity.'],
    ]);
  });

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

  it('offers the nearest level with the subject, flagged, and says the documents place the concern apart', () => {
    const c = carryAssessment(stokeOnTrent, { indicators: ['health-eating-disorder'] }, staffordshire);
    expect(ids(c.indicators[0]!.levels)).toEqual(['statutory-specialist']);
    const s = c.indicators[0]!.suggestions;
    expect(s.length).toBeGreaterThan(0);
    expect(s.every((x) => !x.atMappedLevel && x.indicator.level === 3 && x.sharedTags.includes('eating-disorder'))).toBe(true);
    const apart = c.considerations.find((x) => x.id === 'placed-apart')!;
    expect(apart.message).toMatch(
      /^"Eating disorder\." \(Stoke-on-Trent, level 5\) maps to Statutory \/ Specialist, where Staffordshire prints nothing on the subject; its nearest descriptors are at level 3/,
    );
    expect(apart.indicators).toEqual(s.map((x) => x.indicator.id));
  });

  it('where the nearest descriptors sit in an area the target prints no descriptors for at a mapped level, it says so', () => {
    const c = carryAssessment(stokeOnTrent, { indicators: ['abuse-and-exploitation-significantly-low-self-esteem'] }, staffordshire);
    expect(c.considerations.find((x) => x.id === 'placed-apart')?.message).toMatch(/prints no Level 3 descriptors/);
  });

  fcTest.prop([carryCase])(
    'carry is the higher of the highest core mapping and the target’s own resolution of the measures, never below either',
    ([a, b, assessment]) => {
      const c = carryAssessment(a, assessment, b);
      const core = mapLevel(a, resolveLevel(a, assessment).level.rank, b).core.at(-1)!;
      const own = assessment.measures && Object.keys(assessment.measures).length > 0 ? resolveLevel(b, { measures: assessment.measures }).level.rank : 0;
      expect(c.level.rank).toBe(Math.max(core.rank, own));
      expect(c.setBy).toBe(own > core.rank ? 'target-measures' : own === core.rank ? 'both' : 'crosswalk');
      for (const x of c.considerations.filter((k) => k.id === 'conditional-level')) expect(x.level!.rank).toBeGreaterThan(c.level.rank);
    },
  );

  fcTest.prop([carryCase])('is monotone: more indicators or more worrying measures never lower the carried level', ([a, b, x, y]) => {
    const more: Assessment = {
      indicators: [...new Set([...(x.indicators ?? []), ...(y.indicators ?? [])])],
      measures: {
        ...x.measures,
        ...(x.measures?.attendancePercent !== undefined ? { attendancePercent: Math.max(0, x.measures.attendancePercent - 7) } : {}),
        ...(x.measures?.missingEpisodesLast90Days !== undefined ? { missingEpisodesLast90Days: x.measures.missingEpisodesLast90Days + 1 } : {}),
      },
    };
    expect(carryAssessment(a, more, b).level.rank).toBeGreaterThanOrEqual(carryAssessment(a, x, b).level.rank);
  });
});
