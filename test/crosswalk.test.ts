import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { carryAssessment, mapLevel, resolveLevel, staffordshire, stokeOnTrent, type Assessment, type Framework } from '../src/index.js';
import { defineFramework } from '../src/define-entry.js';
import { codeOf, errorOf, onlyThresholdError, readJson } from './helpers.js';

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
      /^This library's reading, not either document's: .* Getting Advice is 'advice and signposting'.* Conditional pair with Universal Plus \/ Earliest Help, where its condition holds: Getting Advice asks/,
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
  // called inside each test, never while the file is collected (docs/benchmarks.md, "Mutation testing")
  const advice = () => mapLevel(stokeOnTrent, 2, staffordshire);
  const help = () => mapLevel(stokeOnTrent, 3, staffordshire);
  const s17 = () => mapLevel(stokeOnTrent, 4, staffordshire);
  const back = () => mapLevel(staffordshire, 4, stokeOnTrent);

  it("an instruction is not presented as a condition that holds: the document states no test, the judgement is the practitioner's", () => {
    const c = advice().conditional[0]!;
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
    const c = help().conditional[0]!;
    expect([c.quoteIs, c.test]).toEqual(['open', 'the Early Help Assessment has established that the additional support requires a multi-agency response']);
    expect(c.reading).toMatch(
      /^Conditional pair Getting Help \(Stoke-on-Trent level 3\) → Targeted Early Help \(Staffordshire level 3\)\. This library's reading: it applies where the Early Help Assessment has established that the additional support requires a multi-agency response\. Stoke-on-Trent's Thresholds for Intervention leaves this open and says how it is settled, in the sentence the reading rests on \(.*Getting Help, p\. 11\): "Additional support may or may not require/,
    );
  });

  it('a quoted condition is cited as the basis of the reading, with document, section and page', () => {
    const c = s17().conditional[0]!;
    expect(c.quoteIs).toBe('condition');
    expect(c.reading).toContain(
      "This library's reading: it applies where the child's health or development is likely to be significantly impaired without the provision of services: a child in need under Section 17 of the Children Act 1989. " +
        "The reading rests on this sentence of Staffordshire's Threshold Framework: 'Accessing the Right Help at the Right Time' (What is Statutory / Specialist Support?, p. 3): " +
        '"Their health or development is likely to be significantly impaired, without the provision for them of such services".',
    );
  });

  it("read from the windscreen, the user at the starting level gets a check of their own, not the other level's condition", () => {
    const c = back().conditional[0]!;
    expect(c.level.id).toBe('getting-more-help');
    expect(c.test).not.toBe(s17().conditional[0]!.test);
    expect(c.reading).toMatch(
      /^Conditional pair Statutory \/ Specialist \(Staffordshire level 4\) → Getting More Help \(Stoke-on-Trent level 4\)\. This library's reading, for a child at Statutory \/ Specialist: check whether the child is at Statutory \/ Specialist as a child in need under Section 17, .*and is neither experiencing significant harm nor likely to .*\. The pair applies only if so/,
    );
    expect(c.reading).not.toMatch(/for whom that condition holds/);
    expect(c.reading).toMatch(/Where it does not hold, the core level Getting Risk Support corresponds\.$/);
    for (const l of [2, 3]) expect(mapLevel(staffordshire, l, stokeOnTrent).conditional[0]!.reading).toContain('check whether');
  });

  it('the rationale gives the core pairs first and never repeats a reading nor names the starting level as the answer', () => {
    // what every mapping rests on comes first (audit: the core-only mappings did not say they were the library's reading)
    expect(back().rationale).toMatch(
      /^This library's reading, not either document's: [^.]*; neither document maps its levels onto the other\. Getting Risk Support is for/,
    );
    expect(back().rationale).not.toMatch(/the windscreen level is/);
    for (const m of [advice(), help(), s17(), back(), mapLevel(staffordshire, 2, stokeOnTrent), mapLevel(staffordshire, 3, stokeOnTrent)]) {
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
      `${advice().conditional[0]!.reading} Weigh it: it is not applied automatically.`,
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

describe('mapLevel and carryAssessment: frameworks defined by a user, and what the errors say', () => {
  const example = () => readJson('docs/examples/example-borough.json') as any; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixture edited freely
  /** the example borough on the windscreen scale, with its three lowest levels only */
  const windscreenThree = () => {
    const input = example();
    input.id = 'windy';
    input.scale = { id: 'windscreen', name: 'Windscreen' };
    const renamed = ['universal', 'universal-plus', 'targeted-early-help'];
    input.levels.forEach((l: { id: string }, i: number) => {
      for (const x of input.indicators) if (x.level === l.id) x.level = renamed[i];
      l.id = renamed[i]!;
    });
    return defineFramework(input);
  };

  it('NO_CROSSWALK between scales no crosswalk relates names the function, both scales and the crosswalks there are', () => {
    const fw = defineFramework(example());
    expect(errorOf(() => mapLevel(fw, 1, stokeOnTrent)).message).toBe(
      'mapLevel: No crosswalk between the example-three-level scale (example-borough) and the i-thrive scale (stoke-on-trent); crosswalks exist for: i-thrive ↔ windscreen',
    );
    expect(errorOf(() => carryAssessment(fw, {}, staffordshire)).message).toMatch(/^carryAssessment: No crosswalk between the example-three-level scale/);
  });

  it('a target on a crosswalked scale that lacks the mapped level: NO_CROSSWALK naming the level, never a lower level in its place', () => {
    const w = windscreenThree();
    expect(to(stokeOnTrent, 3, w)).toEqual(['universal-plus', 'targeted-early-help']);
    const e = errorOf(() => mapLevel(stokeOnTrent, 5, w));
    expect([e.code, e.message]).toEqual([
      'NO_CROSSWALK',
      "mapLevel: The crosswalk i-thrive ↔ windscreen has no core pair for level 'getting-risk-support' of stoke-on-trent, or windy lacks its levels",
    ]);
  });

  it('the same scale: the level maps to itself, by id, or by rank where the ids differ', () => {
    const m = mapLevel(stokeOnTrent, 2, stokeOnTrent);
    expect([m.rationale, ids(m.core), ids(m.to), m.lowest.id, m.highest.id, m.conditional]).toEqual([
      'Same scale (i-THRIVE Framework): the level maps to itself.',
      ['getting-advice'],
      ['getting-advice'],
      'getting-advice',
      'getting-advice',
      [],
    ]);
    expect(m.sources).toEqual([stokeOnTrent.levels[1]!.source]);
    const input = example();
    input.id = 'example-two';
    input.levels.forEach((l: { id: string }, i: number) => {
      for (const x of input.indicators) if (x.level === l.id) x.level = `tier-${i + 1}`;
      l.id = `tier-${i + 1}`;
    });
    const renamed = defineFramework(input);
    expect(to(defineFramework(example()), 'level-2', renamed)).toEqual(['tier-2']);
  });

  it('a framework argument that is not a framework is named as from or to', () => {
    expect(errorOf(() => mapLevel({} as never, 1, stokeOnTrent)).message).toMatch(/^mapLevel: the from argument must be a framework/);
    expect(errorOf(() => mapLevel(stokeOnTrent, 1, {} as never)).message).toMatch(/^mapLevel: the to argument must be a framework/);
    expect(errorOf(() => carryAssessment({} as never, {}, stokeOnTrent)).message).toMatch(/^carryAssessment: the from argument must be a framework/);
    expect(errorOf(() => carryAssessment(stokeOnTrent, {}, {} as never)).message).toMatch(/^carryAssessment: the to argument must be a framework/);
  });

  it('carryAssessment: a bad limit or assessment is named with its own code', () => {
    const limit = errorOf(() => carryAssessment(stokeOnTrent, {}, staffordshire, 0));
    expect([limit.code, limit.message]).toEqual([
      'INVALID_INPUT',
      'carryAssessment: limit must be a whole number from 1 to 1000 (leave it out for the default); received 0.',
    ]);
    const bad = errorOf(() => carryAssessment(stokeOnTrent, new Map() as never, staffordshire));
    expect([bad.code, bad.message.startsWith('carryAssessment: assessment must be plain data')]).toEqual(['INVALID_ASSESSMENT', true]);
  });
});

describe('carryAssessment: what each consideration says and cites', () => {
  const staffsIndicator = (id: string) => staffordshire.indicators.find((i) => i.id === id)!;

  it("target measures above the crosswalk: names both levels, the source level and the target's descriptor with its rule", () => {
    const c = carryAssessment(stokeOnTrent, { measures: { missingEpisodesLast90Days: 3 } }, staffordshire);
    expect(c.considerations).toEqual([
      {
        id: 'set-by-target-measures',
        message:
          'Staffordshire\'s own thresholds place the carried measures at Statutory / Specialist (level 4), above the crosswalk\'s Universal (level 1) for Thriving: the higher level is carried. "Persistent and regular incidents of missing from home (three or more incidents in 90 days)" (missingEpisodesLast90Days 3 (≥ 3)).',
        level: staffordshire.levels[3],
        indicators: ['guidance-missing-from-home-three-or-more'],
        sources: [staffsIndicator('guidance-missing-from-home-three-or-more').source],
      },
    ]);
    expect(c.note).toBe(
      "Suggested Staffordshire descriptors share tags with the Stoke-on-Trent ones; a practitioner must confirm each against the child's circumstances. Nothing is substituted automatically.",
    );
  });

  it('a conditional higher level: the condition quoted, the level named, weighed and not applied', () => {
    const c = carryAssessment(stokeOnTrent, { indicators: ['financial-stability-low-income-hardship'] }, staffordshire);
    const cond = c.considerations.find((x) => x.id === 'conditional-level')!;
    // the pair's reading (worded by the crosswalk), quoting the condition, then that it is weighed, not applied
    expect(cond.message).toBe(`${c.mapping.conditional[0]!.reading} Weigh it: it is not applied automatically.`);
    expect(cond.message).toContain(
      '"Consider whether Early Help Assessment would support the family and ensure needs are identified at the earliest opportunity."',
    );
    expect([cond.level?.id, cond.indicators]).toEqual(['universal-plus', []]);
    expect(cond.sources).toEqual(c.mapping.conditional[0]!.sources);
  });

  it('a measure without a target threshold: the value, and each target descriptor on the subject with its level', () => {
    const c = carryAssessment(stokeOnTrent, { measures: { attendancePercent: 80 } }, staffordshire);
    const m = c.considerations.find((x) => x.id === 'measure-without-threshold')!;
    const onSubject = [
      'education-unpunctual-truanting-non-attendance',
      'education-consistently-poor-attendance',
      'identity-failed-education-supervision-order',
    ];
    expect(m.indicators).toEqual(onSubject);
    expect(m.message).toBe(
      `Staffordshire states no threshold for attendancePercent; the value 80 did not set the carried level. Its descriptors on the subject: ${onSubject
        .map((id) => `"${staffsIndicator(id).text}" (level ${staffsIndicator(id).level})`)
        .join('; ')}.`,
    );
    expect(new Set(m.sources)).toEqual(new Set(onSubject.map((id) => staffsIndicator(id).source)));
  });

  it('a concern the target places apart: the descriptor, both levels, and the nearest descriptors, cited', () => {
    const c = carryAssessment(stokeOnTrent, { indicators: ['health-eating-disorder'] }, staffordshire);
    const apart = c.considerations.find((x) => x.id === 'placed-apart')!;
    expect(apart.message).toBe(
      '"Eating disorder." (Stoke-on-Trent, level 5) maps to Statutory / Specialist, where Staffordshire prints nothing on the subject; its nearest descriptors are at level 3. The two documents place this concern apart: weigh it.',
    );
    expect([apart.indicators, apart.sources]).toEqual([
      ['health-mental-health-issues-emerging'],
      [staffsIndicator('health-mental-health-issues-emerging').source],
    ]);
    const s = c.indicators[0]!.suggestions;
    expect(s.map((x) => [x.indicator.id, x.sharedTags, x.atMappedLevel])).toEqual([['health-mental-health-issues-emerging', ['eating-disorder'], false]]);
  });

  it('suggestions: the share of tags in common, at the mapped level, best first, as many as the limit', () => {
    // Stoke-on-Trent "access to appropriate provision" (Thriving, which maps to Universal, level 1) has nine
    const id = 'education-access-appropriate-provision';
    const fin = (limit?: number) => carryAssessment(stokeOnTrent, { indicators: [id] }, staffordshire, limit).indicators[0]!.suggestions;
    const all = fin(1000);
    expect(all.length).toBeGreaterThan(5);
    for (const x of all) {
      const own = new Set(stokeOnTrent.indicators.find((i) => i.id === id)!.tags);
      const union = new Set([...own, ...x.indicator.tags]);
      expect(x.score).toBe(x.sharedTags.length / union.size);
      expect(x.sharedTags.every((t) => own.has(t) && x.indicator.tags.includes(t))).toBe(true);
      expect(x.atMappedLevel).toBe(x.indicator.level === 1);
    }
    const scores = all.map((x) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(fin(1)).toEqual(all.slice(0, 1));
    expect(fin()).toEqual(all.slice(0, 5));
  });
});

describe('carryAssessment and mapLevel: the cases the first tests left out', () => {
  const example = () => readJson('docs/examples/example-borough.json') as any; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixture edited freely

  it('NO_CROSSWALK from either built-in scale to a scale no crosswalk relates', () => {
    const fw = defineFramework(example());
    expect(errorOf(() => mapLevel(stokeOnTrent, 1, fw)).message).toMatch(
      /^mapLevel: No crosswalk between the i-thrive scale \(stoke-on-trent\) and the example-three-level scale \(example-borough\)/,
    );
    expect(errorOf(() => mapLevel(staffordshire, 1, fw)).message).toMatch(
      /^mapLevel: No crosswalk between the windscreen scale \(staffordshire\) and the example-three-level scale \(example-borough\)/,
    );
  });

  it('the sources include each condition’s', () => {
    const m = mapLevel(stokeOnTrent, 'getting-advice', staffordshire);
    for (const c of m.conditional) for (const s of c.sources) expect(m.sources).toContainEqual(s);
  });

  it('the target’s own thresholds at the crosswalk level: set by both, with no consideration about it', () => {
    const severe = stokeOnTrent.indicators.find((i) => i.level === 5 && i.kind === 'need')!.id;
    const c = carryAssessment(stokeOnTrent, { indicators: [severe], measures: { missingEpisodesLast90Days: 3 } }, staffordshire);
    expect([c.level.id, c.setBy, c.considerations.map((x) => x.id)]).toEqual(['statutory-specialist', 'both', []]);
  });

  it('an indicator with descriptors at its mapped level is not said to be placed apart', () => {
    const c = carryAssessment(stokeOnTrent, { indicators: ['financial-stability-low-income-hardship'] }, staffordshire);
    expect(c.considerations.map((x) => x.id)).toEqual(['conditional-level']);
  });

  it('placed apart above the mapped levels: names both mapped levels and the nearest higher one', () => {
    const c = carryAssessment(staffordshire, { indicators: ['education-no-participation-education-employment'] }, stokeOnTrent);
    expect(c.considerations.map((x) => [x.id, x.message, x.indicators])).toEqual([
      [
        'placed-apart',
        '"No participation in education, employment or training post 16 years" (Staffordshire, level 2) maps to Getting Advice / Getting Help, where Stoke-on-Trent prints nothing on the subject; its nearest descriptors are at level 4. The two documents place this concern apart: weigh it.',
        ['crime-regularly-missing-education-employment'],
      ],
    ]);
  });

  it('placed apart where the target has a gap: names the level and only the areas of the gap that hold the nearest descriptors', () => {
    const c = carryAssessment(stokeOnTrent, { indicators: ['abuse-and-exploitation-significantly-low-self-esteem'] }, staffordshire);
    const gap = staffordshire.gaps!.find((g) => g.level === 3)!;
    expect(c.considerations.find((x) => x.id === 'placed-apart')!.message).toBe(
      `"Child/young person demonstrates significantly low self-esteem and lacks confidence." (Stoke-on-Trent, level 4) maps to Targeted Early Help / Statutory / Specialist, where Staffordshire prints nothing on the subject; its nearest descriptors are at level 2. The two documents place this concern apart: weigh it. Staffordshire prints no Level 3 descriptors for identity: ${gap.note}`,
    );
  });

  it('suggestions of equal share: the higher level first, then in the source’s reading order', () => {
    const s = carryAssessment(stokeOnTrent, { indicators: ['education-access-appropriate-provision'] }, staffordshire, 1000).indicators[0]!.suggestions;
    const order = staffordshire.indicators.map((i) => i.id);
    for (let i = 1; i < s.length; i++) {
      const [a, b] = [s[i - 1]!, s[i]!];
      if (a.score === b.score && a.indicator.level === b.indicator.level) expect(order.indexOf(a.indicator.id)).toBeLessThan(order.indexOf(b.indicator.id));
      if (a.score === b.score) expect(a.indicator.level).toBeGreaterThanOrEqual(b.indicator.level);
    }
  });

  it('errors met while carrying name carryAssessment', () => {
    expect(errorOf(() => carryAssessment(stokeOnTrent, { indicators: ['nope'] } as never, staffordshire)).message).toMatch(
      /^carryAssessment: assessment\.indicators\[0\] "nope" is not an indicator of stoke-on-trent/,
    );
    const e = errorOf(() => carryAssessment(stokeOnTrent, {}, staffordshire, new Map() as never));
    expect([e.code, e.message.startsWith('carryAssessment: limit must be plain data')]).toEqual(['INVALID_INPUT', true]);
  });
});
