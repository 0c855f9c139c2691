import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { levelOf, resolveLevel, staffordshire, stokeOnTrent, type Assessment, type Framework, type Measures } from '../src/index.js';
import { codeOf, errorOf, expectPlainFrozen, onlyThresholdError } from './helpers.js';

const ids = (list: readonly { id: string }[]) => list.map((i) => i.id);

describe('resolveLevel: Stoke-on-Trent vignettes', () => {
  it('a child doing well at school and registered with a GP is Thriving, with strengths and no needs', () => {
    // Level 1 strengths only: "No additional action required."
    const r = resolveLevel(stokeOnTrent, { indicators: ['education-regular-attendance', 'health-registered-gp-dentist'] });
    expect(r.level.id).toBe('thriving');
    expect(r.needs).toEqual([]);
    expect(ids(r.strengths)).toEqual(['education-regular-attendance', 'health-registered-gp-dentist']);
    expect(r.guidance.action.text).toBe('No additional action required.');
    expect(r.questions[0].answers).toEqual(['Regular attendance at nursery, school or training provision.', 'Registered with GP and dentist.']);
  });

  it('attendance of 93 % is Getting Advice: "attendance has dropped below 95%"', () => {
    const r = resolveLevel(stokeOnTrent, { measures: { attendancePercent: 93 } });
    expect(r.level.id).toBe('getting-advice');
    expect(r.derived.map((d) => [d.indicator.id, d.rule])).toEqual([['education-attendance-below-95', 'attendancePercent 93 (< 95)']]);
  });

  it('the boundaries are exact: 95 is not below 95, 90 is not below 90', () => {
    expect(resolveLevel(stokeOnTrent, { measures: { attendancePercent: 95 } }).level.id).toBe('thriving');
    expect(resolveLevel(stokeOnTrent, { measures: { attendancePercent: 94.99 } }).level.id).toBe('getting-advice');
    expect(resolveLevel(stokeOnTrent, { measures: { attendancePercent: 90 } }).level.id).toBe('getting-advice');
    expect(resolveLevel(stokeOnTrent, { measures: { attendancePercent: 89.9 } }).level.id).toBe('getting-help');
  });

  it('very low attendance stays Getting Help by number (none is stated higher) but names the higher descriptor to weigh', () => {
    const r = resolveLevel(stokeOnTrent, { measures: { attendancePercent: 40 } });
    expect(r.indicatedLevel.id).toBe('getting-help');
    const c = r.considerations.find((x) => x.id === 'higher-descriptors-to-consider')!;
    expect(c.indicators).toContain('education-persistent-non-attendance');
  });

  it('a teenager at risk of radicalisation is Getting Risk Support and triggers a Prevent referral not disclosed to the family', () => {
    const r = resolveLevel(stokeOnTrent, { indicators: ['abuse-and-exploitation-risk-radicalisation-extremism'] });
    expect(r.level.id).toBe('getting-risk-support');
    expect(r.guidance.routes.map((x) => [x.route.id, x.route.disclosure])).toEqual([['prevent-referral', 'do-not-disclose']]);
    expect(r.guidance.routes[0]!.route.text).toMatch(/should not be disclosed to the child or young person or their family/);
    expect(r.guidance.action.requestForService).toBe(true);
    expect(r.guidance.contacts.map((c) => c.phone)).toEqual(expect.arrayContaining(['01782 235100', '01782 234234', '999']));
  });

  it('the abuse & exploitation Level 5 box uses the Level 5 action the source means, with its note', () => {
    const r = resolveLevel(stokeOnTrent, { indicators: ['abuse-and-exploitation-frequent-prolonged-missing-episodes'] });
    expect(r.guidance.areaActions).toHaveLength(1);
    expect(r.guidance.areaActions[0]!.text).toMatch(/^Request for service to Children's Social Care/);
    expect(r.guidance.areaActions[0]!.note).toBeTruthy();
  });

  it('a parent with Class A drug misuse and a child of low attendance: highest wins, both worries listed highest first', () => {
    const r = resolveLevel(stokeOnTrent, {
      indicators: ['substance-use-class-a-serious-drug-misuse', 'education-regular-attendance'],
      measures: { attendancePercent: 92 },
    });
    expect(r.level.id).toBe('getting-risk-support');
    expect(ids(r.drivers)).toEqual(['substance-use-class-a-serious-drug-misuse']);
    expect(ids(r.needs)).toEqual(['substance-use-class-a-serious-drug-misuse', 'education-attendance-below-95']);
    expect(r.considerations.map((c) => c.id)).toContain('strengths-alongside-needs');
    expect(r.areas.map((a) => [a.area.id, a.level?.rank])).toEqual([
      ['education', 2],
      ['substance-use', 5],
    ]);
  });

  it('needs at Getting Help in several outcomes are flagged as possibly indicating more, not applied', () => {
    const r = resolveLevel(stokeOnTrent, {
      indicators: ['domestic-abuse-suspected-occasional-low-level', 'financial-stability-low-income-unemployment-impact'],
    });
    expect(r.indicatedLevel.id).toBe('getting-help');
    const c = r.considerations.find((x) => x.id === 'combined-needs')!;
    expect(c.statement?.source.document).toBe('sscp-thresholds-for-intervention');
  });
});

describe('resolveLevel: Staffordshire vignettes', () => {
  it('low-level post-natal depression alone stays Universal: a Level 1 need is Level 1', () => {
    const r = resolveLevel(staffordshire, { indicators: ['warmth-low-level-post-natal-depression'] });
    expect(r.level.id).toBe('universal');
    expect(ids(r.needs)).toEqual(['warmth-low-level-post-natal-depression']);
  });

  it('one or two missing episodes in 90 days is Targeted Early Help; three is Statutory / Specialist', () => {
    expect(resolveLevel(staffordshire, { measures: { missingEpisodesLast90Days: 0 } }).level.id).toBe('universal');
    for (const n of [1, 2]) {
      const r = resolveLevel(staffordshire, { measures: { missingEpisodesLast90Days: n } });
      expect(r.level.id).toBe('targeted-early-help');
      expect(ids(r.drivers)).toEqual(['behavioural-missing-from-home-less-than-3']);
    }
    for (const n of [3, 12]) {
      const r = resolveLevel(staffordshire, { measures: { missingEpisodesLast90Days: n } });
      expect(r.level.id).toBe('statutory-specialist');
      expect(ids(r.drivers)).toEqual(['guidance-missing-from-home-three-or-more']);
    }
  });

  it('an attendance figure has no stated threshold in Staffordshire: a consideration, not an error', () => {
    const r = resolveLevel(staffordshire, { measures: { attendancePercent: 70 } });
    expect(r.level.id).toBe('universal');
    expect(r.considerations.map((c) => c.id)).toEqual(['measure-not-applicable']);
  });

  it('domestic abuse in the home with a parent whose drinking affects care is Targeted Early Help, across two sub-domains', () => {
    const r = resolveLevel(staffordshire, { indicators: ['basic-care-domestic-abuse-coercion-control', 'basic-care-parents-mental-health-problems'] });
    expect(r.level.id).toBe('targeted-early-help');
    expect(r.areas.map((a) => a.area.id)).toEqual(['parents-carers', 'basic-care']);
    expect(r.guidance.contacts.map((c) => c.phone)).toEqual(['0300 111 8007', '0345 604 2886', '999']); // p. 14: Level 3 and Level 4 referrals to SCAS by phone
  });

  it('needs in several sub-domains at the top observed level cite "combined, they may cause additional strain"', () => {
    const r = resolveLevel(staffordshire, { indicators: ['health-not-registered-with-gp', 'housing-finance-family-affected-low-income'] });
    expect(r.level.id).toBe('universal-plus');
    const c = r.considerations.find((x) => x.id === 'combined-needs')!;
    expect(c.statement?.text).toMatch(/combined, they may cause additional strain/);
  });

  it('a professional judgement below the indicated level is respected, flagged and needs a reason', () => {
    const a = {
      indicators: ['health-persistent-high-risk-substance'],
      judgement: { level: 'targeted-early-help', reason: 'Engaging well with the substance misuse service' },
    } as const;
    const r = resolveLevel(staffordshire, a);
    expect([r.level.id, r.indicatedLevel.id]).toEqual(['targeted-early-help', 'statutory-specialist']);
    expect(r.considerations[0]!.id).toBe('judgement-below-indicated');
    expect(r.summary).toMatch(/professional judgement/);
    expect(codeOf(() => resolveLevel(staffordshire, { ...a, judgement: { level: 3, reason: '  ' } }))).toBe('INVALID_ASSESSMENT');
    expect(codeOf(() => resolveLevel(staffordshire, { ...a, judgement: { level: 'getting-help', reason: 'x' } } as never))).toBe('UNKNOWN_LEVEL');
  });

  it('answers the three practice questions, with the library wording where the source prints none', () => {
    const r = resolveLevel(staffordshire, { indicators: ['health-registered-with-gp', 'health-self-harming-behaviours'] });
    expect(r.questions.map((q) => q.id)).toEqual(['working-well', 'worried-about', 'needs-to-happen']);
    expect(r.questions[1].answers).toEqual(['Self-harming behaviours']);
    // what needs to happen: Targeted Early Help's action, as the document prints it (not read back from the result)
    expect(r.level.id).toBe('targeted-early-help');
    expect(r.questions[2].answers[0]).toBe(
      'targeted, multi-agency support services are required and are supported by a clear co-ordinated action plan without the need for statutory social work intervention',
    );
    expect(r.questions[2].answers.at(-1)).toMatch(/999/);
    expect(r.questions[0].source).toBeUndefined();
  });
});

describe('resolveLevel: strict input', () => {
  it('rejects unknown keys anywhere, naming them', () => {
    const e = errorOf(() => resolveLevel(stokeOnTrent, { measure: { attendancePercent: 80 } } as never));
    expect(e.code).toBe('INVALID_ASSESSMENT');
    expect(e.message).toContain('"measure"');
    expect(e.message).toContain("'measures'");
    expect(codeOf(() => resolveLevel(stokeOnTrent, { measures: { attendance: 80 } } as never))).toBe('INVALID_ASSESSMENT');
    expect(codeOf(() => resolveLevel(stokeOnTrent, { judgement: { level: 2, reason: 'r', by: 'me' } } as never))).toBe('INVALID_ASSESSMENT');
    expect(codeOf(() => resolveLevel(stokeOnTrent, null as never))).toBe('INVALID_ASSESSMENT');
    expect(codeOf(() => resolveLevel(stokeOnTrent, { indicators: 'education-attendance-below-90' } as never))).toBe('INVALID_ASSESSMENT');
  });

  it("rejects unknown indicators, all at once with their paths, naming the other framework's as such", () => {
    const e = errorOf(() =>
      resolveLevel(stokeOnTrent, {
        indicators: ['education-attendance-below-95', 'guidance-missing-from-home-three-or-more', 'housing-risk-of-eviction', 'no-such-id'],
      } as never),
    );
    expect(e.code).toBe('UNKNOWN_INDICATOR');
    expect(e.issues.map((i) => i.path)).toEqual([
      ['indicators', 1],
      ['indicators', 3],
    ]);
    expect(e.issues[0]!.message).toContain(
      `"guidance-missing-from-home-three-or-more" looks like a Staffordshire indicator id (it begins with Staffordshire's area "guidance"); this is Stoke-on-Trent`,
    );
    expect(e.issues[1]!.message).toContain('"no-such-id" is not an indicator of stoke-on-trent');
    expect(e.issues[1]!.message).not.toContain('Staffordshire');
  });

  it("reads nothing that is not plain data: a Map or a Date in an object's place is an error with its path", () => {
    const map = errorOf(() => resolveLevel(stokeOnTrent, new Map([['indicators', ['education-attendance-below-90']]]) as never));
    expect([map.code, map.issues[0]!.path, map.message]).toEqual(['INVALID_ASSESSMENT', [], expect.stringContaining('received a Map')]);
    const measures = errorOf(() => resolveLevel(stokeOnTrent, { measures: new Map([['attendancePercent', 50]]) } as never));
    expect(measures.issues[0]!.path).toEqual(['measures']);
    const date = errorOf(() => resolveLevel(stokeOnTrent, { measures: new Date(0) } as never));
    expect([date.issues[0]!.path, date.message]).toEqual([['measures'], expect.stringContaining('received the Date 1970-01-01T00:00:00.000Z')]);
  });

  it('ends a throwing getter or proxy in a ThresholdError whose cause is what was thrown', () => {
    const boom = new Error('boom');
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw boom;
        },
      },
    );
    const e = errorOf(() => resolveLevel(stokeOnTrent, proxy as never));
    expect([e.code, e.cause]).toEqual(['INVALID_ASSESSMENT', boom]);
    expect(e.message).toContain('could not be read (Error: boom)');
    const getter = Object.defineProperty({}, 'indicators', {
      enumerable: true,
      get: () => {
        throw boom;
      },
    });
    const g = errorOf(() => resolveLevel(stokeOnTrent, getter as never));
    expect([g.code, g.cause, g.issues[0]!.path]).toEqual(['INVALID_ASSESSMENT', boom, ['indicators']]);
    // a getter that returns is read once, as JSON.stringify reads it: never read as empty
    const reading = Object.defineProperty({}, 'indicators', { enumerable: true, get: () => ['education-attendance-below-90'] });
    expect(resolveLevel(stokeOnTrent, reading as never).level.id).toBe('getting-help');
    expect(levelOf(stokeOnTrent, reading as never).id).toBe('getting-help');
  });

  it('rejects measures out of domain', () => {
    for (const m of [
      { attendancePercent: -1 },
      { attendancePercent: 100.5 },
      { attendancePercent: Number.NaN },
      { attendancePercent: '80' },
      { missingEpisodesLast90Days: 1.5 },
      { missingEpisodesLast90Days: -2 },
      { missingEpisodesLast90Days: Infinity },
    ]) {
      expect(
        codeOf(() => resolveLevel(staffordshire, { measures: m } as never)),
        JSON.stringify(m),
      ).toBe('INVALID_MEASURE');
    }
    expect(resolveLevel(stokeOnTrent, { measures: { attendancePercent: 0 } }).level.id).toBe('getting-help');
    expect(resolveLevel(stokeOnTrent, { measures: { attendancePercent: 100 } }).level.id).toBe('thriving');
  });

  it('counts duplicate ids once', () => {
    const r = resolveLevel(stokeOnTrent, { indicators: ['housing-risk-of-eviction', 'housing-risk-of-eviction'] });
    expect(ids(r.needs)).toEqual(['housing-risk-of-eviction']);
  });

  it('cites a source for every need, strength, route and contact', () => {
    const r = resolveLevel(stokeOnTrent, { indicators: ['abuse-and-exploitation-risk-radicalisation-extremism', 'education-regular-attendance'] });
    for (const x of [...r.needs, ...r.strengths, ...r.guidance.contacts, ...r.guidance.routes.map((t) => t.route)]) expect(x.source.document).toBeTruthy();
    expect(r.sources.length).toBeGreaterThan(2);
  });
});

// ---------------------------------------------------------------- properties
/** The indicated rank from the framework's data alone: an oracle written apart from the engine. */
function expectedRank(fw: Framework, list: readonly string[], measures: Measures): number {
  let rank = 1;
  for (const id of list) {
    const ind = fw.indicators.find((i) => i.id === id)!;
    if (ind.kind === 'need') rank = Math.max(rank, ind.level);
  }
  for (const ind of fw.indicators) {
    const m = ind.measure;
    const value = m === undefined || ind.kind !== 'need' ? undefined : measures[m.quantity];
    if (m === undefined || value === undefined) continue;
    const met = (m.below === undefined || value < m.below) && (m.atLeast === undefined || value >= m.atLeast) && (m.atMost === undefined || value <= m.atMost);
    if (met) rank = Math.max(rank, ind.level);
  }
  return rank;
}

const builtIns: readonly Framework[] = [stokeOnTrent, staffordshire];
const fwArb = fc.constantFrom(...builtIns);
const idsOf = (fw: Framework) => fc.subarray(fw.indicators.map((i) => i.id));
const measuresArb = fc.record(
  { attendancePercent: fc.double({ min: 0, max: 100, noNaN: true }), missingEpisodesLast90Days: fc.integer({ min: 0, max: 30 }) },
  { requiredKeys: [] },
);
const caseArb = fwArb.chain((fw) => fc.tuple(fc.constant(fw), idsOf(fw), measuresArb, fc.constantFrom(...fw.indicators.map((i) => i.id))));

describe('resolveLevel properties', () => {
  fcTest.prop([caseArb])('adding any indicator never lowers the indicated level', ([fw, list, measures, extra]) => {
    const before = resolveLevel(fw, { indicators: list, measures }).indicatedLevel.rank;
    const after = resolveLevel(fw, { indicators: [...list, extra], measures }).indicatedLevel.rank;
    expect(after).toBeGreaterThanOrEqual(before);
  });

  fcTest.prop([caseArb, fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true })])(
    'lowering attendance never lowers the indicated level',
    ([fw, list], x, y) => {
      const [hi, lo] = x >= y ? [x, y] : [y, x];
      const a = resolveLevel(fw, { indicators: list, measures: { attendancePercent: hi } }).indicatedLevel.rank;
      const b = resolveLevel(fw, { indicators: list, measures: { attendancePercent: lo } }).indicatedLevel.rank;
      expect(b).toBeGreaterThanOrEqual(a);
    },
  );

  fcTest.prop([caseArb, fc.integer({ min: 0, max: 40 })])('adding a missing episode never lowers the indicated level', ([fw, list], n) => {
    const a = resolveLevel(fw, { indicators: list, measures: { missingEpisodesLast90Days: n } }).indicatedLevel.rank;
    const b = resolveLevel(fw, { indicators: list, measures: { missingEpisodesLast90Days: n + 1 } }).indicatedLevel.rank;
    expect(b).toBeGreaterThanOrEqual(a);
  });

  fcTest.prop([caseArb, fc.integer({ min: 1, max: 5 }), fc.string({ minLength: 1 }).filter((s) => s.trim() !== '')])(
    'a judgement never changes the indicated level, and sets the level',
    ([fw, list, measures], rank, reason) => {
      const level = Math.min(rank, fw.levels.length);
      const plain = resolveLevel(fw, { indicators: list, measures });
      const judged = resolveLevel(fw, { indicators: list, measures, judgement: { level, reason } });
      expect(judged.indicatedLevel).toBe(plain.indicatedLevel);
      expect(judged.level.rank).toBe(level);
      expect(judged.considerations.some((c) => c.id === 'judgement-below-indicated')).toBe(level < plain.indicatedLevel.rank);
    },
  );

  fcTest.prop([
    caseArb.chain(([fw, list, m]) =>
      fc.tuple(fc.constant(fw), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }), fc.constant(list), fc.constant(m)),
    ),
  ])('the result is the same for any order of the same indicators, and deterministic', ([fw, shuffled, list, measures]) => {
    // compare everything, the lazily computed explanation included
    const a = JSON.stringify(resolveLevel(fw, { indicators: list, measures }));
    const b = JSON.stringify(resolveLevel(fw, { indicators: shuffled, measures }));
    expect(b).toBe(a);
    expect(JSON.stringify(resolveLevel(fw, { indicators: list, measures }))).toBe(a);
  });

  fcTest.prop([caseArb])('a strength never raises the level; the level is the highest need, computed from the data alone', ([fw, list, measures]) => {
    const r = resolveLevel(fw, { indicators: list, measures });
    const needsOnly = resolveLevel(fw, { indicators: list.filter((id) => fw.indicators.find((i) => i.id === id)!.kind === 'need'), measures });
    expect(r.indicatedLevel).toBe(needsOnly.indicatedLevel);
    // the expectation comes from the framework's data, never from the result
    const expected = expectedRank(fw, list, measures);
    expect(r.indicatedLevel.rank).toBe(expected);
    expect(levelOf(fw, { indicators: list, measures }).rank).toBe(expected);
    for (const d of r.drivers) expect(d.level).toBe(expected);
  });

  fcTest.prop([caseArb, fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined })])(
    'levelOf is the level of resolveLevel, judgement included',
    ([fw, list, measures], judged) => {
      const a: Assessment =
        judged === undefined
          ? { indicators: list, measures }
          : { indicators: list, measures, judgement: { level: Math.min(judged, fw.levels.length), reason: 'seen at home' } };
      expect(levelOf(fw, a)).toBe(resolveLevel(fw, a).level);
    },
  );

  fcTest.prop([fwArb, fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true, withBoxedValues: true })])(
    'levelOf and resolveLevel accept and reject the same assessments, with the same code and issues',
    (fw, input) => {
      const outcome = (f: () => unknown): unknown => {
        try {
          f();
          return 'ok';
        } catch (e) {
          const t = e as { code: string; issues: unknown };
          return [t.code, t.issues];
        }
      };
      expect(outcome(() => levelOf(fw, input as Assessment))).toEqual(outcome(() => resolveLevel(fw, input as Assessment)));
    },
  );

  fcTest.prop([caseArb, fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined })])(
    'the result is plain, deep-frozen data with no array shared between its keys',
    ([fw, list, measures], judged) => {
      const r = resolveLevel(
        fw,
        judged === undefined
          ? { indicators: list, measures }
          : { indicators: list, measures, judgement: { level: Math.min(judged, fw.levels.length), reason: 'r' } },
      );
      expectPlainFrozen(r);
      expect({ ...r }).toStrictEqual(r);
      const arrays = [
        r.drivers,
        r.needs,
        r.strengths,
        r.derived,
        r.areas,
        r.considerations,
        r.sources,
        r.guidance.areaActions,
        r.guidance.services,
        r.guidance.contacts,
        r.guidance.routes,
        ...r.questions.map((q) => q.answers),
      ];
      expect(new Set(arrays).size).toBe(arrays.length);
    },
  );

  fcTest.prop([fwArb, fc.anything({ withNullPrototype: true })])('only ThresholdError is thrown, whatever the assessment', (fw, input) => {
    onlyThresholdError(() => resolveLevel(fw, input as Assessment));
  });
});

describe('resolveLevel: the result', () => {
  it('keeps the whole explanation through spread, structuredClone and JSON, Prevent\'s "do not disclose" included', () => {
    const r = resolveLevel(stokeOnTrent, { indicators: ['abuse-and-exploitation-risk-radicalisation-extremism'] });
    const keys = [
      'framework',
      'level',
      'indicatedLevel',
      'drivers',
      'needs',
      'strengths',
      'derived',
      'areas',
      'considerations',
      'guidance',
      'questions',
      'summary',
      'sources',
      'provenance',
      'assessment',
    ];
    for (const copy of [{ ...r }, structuredClone(r), JSON.parse(JSON.stringify(r))]) {
      expect(Object.keys(copy)).toEqual(keys);
      expect(copy.guidance.routes[0].route.disclosure).toBe('do-not-disclose');
    }
    expect(r.drivers).not.toBe(r.needs);
    expect(() => (r.needs as unknown[]).splice(0)).toThrow(TypeError);
    expect(r.needs).toHaveLength(1);
  });
});

describe('resolveLevel: the higher-descriptors consideration', () => {
  it('is not raised when the source states a number for a higher level (Staffordshire: 3 or more episodes)', () => {
    const r = resolveLevel(staffordshire, { measures: { missingEpisodesLast90Days: 2 } });
    expect(r.considerations.map((c) => c.id)).not.toContain('higher-descriptors-to-consider');
  });
  it('is raised at the highest stated threshold, naming only descriptors on the same subject', () => {
    const r = resolveLevel(stokeOnTrent, { measures: { attendancePercent: 89 } });
    const c = r.considerations.find((x) => x.id === 'higher-descriptors-to-consider')!;
    for (const id of c.indicators) expect(stokeOnTrent.indicators.find((i) => i.id === id)!.tags).toContain('attendance');
  });
});

describe('resolveLevel: a measure the framework states no threshold for is never read as "no needs"', () => {
  // Staffordshire states no attendance number; Stoke-on-Trent none for missing episodes (the data says which)
  const unstated: [Framework, keyof Measures, fc.Arbitrary<number>][] = [
    [staffordshire, 'attendancePercent', fc.double({ min: 0, max: 100, noNaN: true })],
    [stokeOnTrent, 'missingEpisodesLast90Days', fc.integer({ min: 0, max: 1000 })],
  ];
  it.each(unstated)('%s: the data states no threshold for the quantity (the premise of these tests)', (fw, q) => {
    expect(fw.indicators.some((i) => i.measure?.quantity === q)).toBe(false);
  });
  for (const [fw, q, values] of unstated) {
    fcTest.prop([values])(`${fw.id}: ${q} entered appears in the summary and under "What are we worried about?"`, (value) => {
      const r = resolveLevel(fw, { measures: { [q]: value } });
      expect(r.summary).not.toContain('no needs observed');
      expect(r.summary).toContain('states no threshold for it');
      expect(r.questions.find((x) => x.id === 'worried-about')!.answers.join(' ')).toContain(`${value}`);
      expect(r.considerations.map((c) => c.id)).toContain('measure-not-applicable');
    });
  }
  it('with nothing entered, the summary still says no needs were observed', () => {
    expect(resolveLevel(staffordshire, {}).summary).toContain('no needs observed');
  });
});
