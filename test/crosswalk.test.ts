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
      /^Getting Advice is 'advice and signposting'.* Conditional pair with Universal Plus \/ Earliest Help, where its condition holds: Getting Advice asks/,
    );
    expect(new Set(m.sources.map((s) => s.document))).toEqual(new Set(['sscp-thresholds-for-intervention', 'staffordshire-threshold-framework-2022']));
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

describe('conditional pairs read plainly in both directions (try-out: readings)', () => {
  const advice = mapLevel(stokeOnTrent, 2, staffordshire);
  const help = mapLevel(stokeOnTrent, 3, staffordshire);
  const s17 = mapLevel(stokeOnTrent, 4, staffordshire);
  const back = mapLevel(staffordshire, 4, stokeOnTrent);

  it("an instruction is not presented as a condition that holds: the document states no test, the judgement is the practitioner's", () => {
    const c = advice.conditional[0]!;
    expect([c.level.id, c.quoteIs, c.test]).toEqual(['universal-plus', 'instruction', 'an Early Help Assessment is needed to support the family']);
    expect(c.reading).toBe(
      'Conditional pair Getting Advice (Stoke-on-Trent level 2) → Universal Plus / Earliest Help (Staffordshire level 2). ' +
        "This library's reading: it applies where an Early Help Assessment is needed to support the family. " +
        "Stoke-on-Trent's Thresholds for Intervention states no test for this: the sentence the reading rests on " +
        '(Spectrum of Need › The spectrum of support and the relationship between different levels of need › Getting Advice, p. 11) is an instruction, ' +
        '"Consider whether Early Help Assessment would support the family and ensure needs are identified at the earliest opportunity." ' +
        'It leaves the decision to professional judgement. Where it does not hold, the core level Universal corresponds.',
    );
    expect(c.reading).not.toMatch(/condition.*holds: "Consider/);
  });

  it('a sentence that is always true is not the condition: the reading names what settles it (the Early Help Assessment)', () => {
    const c = help.conditional[0]!;
    expect([c.quoteIs, c.test]).toEqual(['open', 'the Early Help Assessment has established that the additional support requires a multi-agency response']);
    expect(c.reading).toMatch(
      /^Conditional pair Getting Help \(Stoke-on-Trent level 3\) → Targeted Early Help \(Staffordshire level 3\)\. This library's reading: it applies where the Early Help Assessment has established that the additional support requires a multi-agency response\. Stoke-on-Trent's Thresholds for Intervention leaves this open and says how it is settled, in the sentence the reading rests on \(.*Getting Help, p\. 11\): "Additional support may or may not require/,
    );
  });

  it('a quoted condition is cited as the basis of the reading, with document, section and page', () => {
    const c = s17.conditional[0]!;
    expect(c.quoteIs).toBe('condition');
    expect(c.reading).toContain(
      "This library's reading: it applies where the child's health or development is likely to be significantly impaired without the provision of services: a child in need under Section 17 of the Children Act 1989. " +
        "The reading rests on this sentence of Staffordshire's Threshold Framework: 'Accessing the Right Help at the Right Time' (What is Statutory / Specialist Support?, p. 3): " +
        '"Their health or development is likely to be significantly impaired, without the provision for them of such services".',
    );
  });

  it("read from the windscreen, the user at the starting level gets a check of their own, not the other level's condition", () => {
    const c = back.conditional[0]!;
    expect(c.level.id).toBe('getting-more-help');
    expect(c.test).not.toBe(s17.conditional[0]!.test);
    expect(c.reading).toMatch(
      /^Conditional pair Statutory \/ Specialist \(Staffordshire level 4\) → Getting More Help \(Stoke-on-Trent level 4\)\. This library's reading, for a child at Statutory \/ Specialist: check whether the child is at Statutory \/ Specialist as a child in need under Section 17, .*and is neither experiencing significant harm nor likely to .*\. The pair applies only if so/,
    );
    expect(c.reading).not.toMatch(/for whom that condition holds/);
    expect(c.reading).toMatch(/Where it does not hold, the core level Getting Risk Support corresponds\.$/);
    for (const l of [2, 3]) expect(mapLevel(staffordshire, l, stokeOnTrent).conditional[0]!.reading).toContain('check whether');
  });

  it('the rationale gives the core pairs first and never repeats a reading nor names the starting level as the answer', () => {
    expect(back.rationale).toMatch(/^Getting Risk Support is for/);
    expect(back.rationale).not.toMatch(/the windscreen level is/);
    for (const m of [advice, help, s17, back, mapLevel(staffordshire, 2, stokeOnTrent), mapLevel(staffordshire, 3, stokeOnTrent)]) {
      for (const c of m.conditional) {
        expect(m.rationale).not.toContain(c.test);
        expect(m.rationale).not.toContain(c.condition);
      }
    }
  });

  it('carryAssessment weighs a conditional level in the same words, and its level does not move', () => {
    const c = carryAssessment(stokeOnTrent, { indicators: ['financial-stability-low-income-hardship'] }, staffordshire);
    expect([c.level.id, c.setBy]).toEqual(['universal', 'crosswalk']);
    expect(c.considerations.find((x) => x.id === 'conditional-level')!.message).toBe(
      `${advice.conditional[0]!.reading} Weigh it: it is not applied automatically.`,
    );
  });

  it("the crosswalk data keeps the quote apart from this project's reading of it, for both directions", () => {
    const cw = readJson('data/crosswalks/i-thrive--windscreen.json') as {
      pairs: { kind: string; rationale: string; condition?: { text: string; quoteIs: string; reading: string; reverse: string } }[];
    };
    const conditional = cw.pairs.filter((p) => p.kind === 'conditional');
    expect(conditional.map((p) => p.condition!.quoteIs)).toEqual(['instruction', 'open', 'condition']);
    for (const p of conditional) {
      expect(p.condition!.reading).not.toBe(p.condition!.reverse);
      expect(p.rationale).not.toMatch(/Where .* the windscreen level is/);
    }
  });
});

fcTest.prop([fc.constantFrom(stokeOnTrent, staffordshire), fc.nat()])(
  'every conditional pair names the pair, labels the reading, cites the quote with its page, and names the core level that stands otherwise',
  (fw, n) => {
    const other = fw === stokeOnTrent ? staffordshire : stokeOnTrent;
    const l = fw.levels[n % fw.levels.length]!;
    const m = mapLevel(fw, l.id, other);
    for (const c of m.conditional) {
      const src = c.sources[0]!;
      expect(
        c.reading.startsWith(
          `Conditional pair ${l.name} (${fw.area} level ${l.rank}) → ${c.level.name} (${other.area} level ${c.level.rank}). This library's reading`,
        ),
      ).toBe(true);
      expect(c.reading).toContain(c.test);
      expect(c.reading).toContain(`(${src.section}, p. ${src.page})`);
      expect(c.reading).toContain(`"${c.condition}"`);
      expect(c.reading.endsWith(`Where it does not hold, the core level ${m.core.map((x) => x.name).join(' and ')} corresponds.`)).toBe(true);
      expect(c.reading.includes('states no test') && c.reading.includes('professional judgement')).toBe(c.quoteIs === 'instruction');
    }
  },
);

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
        // the crosswalk states its readings from i-THRIVE to the windscreen: read from the windscreen, the reading is a check of its own
        expect(c.reading.includes(`This library's reading, for a child at ${l.name}: check whether ${c.test}.`)).toBe(a.scale.id === 'windscreen');
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
