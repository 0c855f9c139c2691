// The full reader of an assessment (resolveLevel and levelOf when the fast path refuses: a judgement, an object that is
// not a literal, or a problem to report): what a user reads in each error (the function, the path, the bad value, what
// is valid) and what it reads from valid input. The values and wordings come from the rules of each quantity
// (src/enums.ts: a percentage from 0 to 100; whole episodes from 0) and the documents' levels.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineFramework } from '../src/define.js';
import { levelOf, resolveLevel, staffordshire, stokeOnTrent } from '../src/index.js';
import { errorOf, expectPlainFrozen, root } from './helpers.js';

const ids = (list: readonly { id: string }[]) => list.map((i) => i.id);
/** the one issue of the error `fn` throws: its code, path and message */
const issueOf = (fn: () => unknown) => {
  const e = errorOf(fn);
  expect(e.issues).toHaveLength(1);
  return { code: e.code, path: e.issues[0]!.path, message: e.message };
};
const judged = { level: 1, reason: 'seen at home' } as const;

describe('the full reader: every problem with its path, the bad value and what is valid', () => {
  it('a whole assessment of the wrong shape, or an unknown key at its root', () => {
    expect(issueOf(() => resolveLevel(stokeOnTrent, { extra: 1 } as never))).toEqual({
      code: 'INVALID_ASSESSMENT',
      path: ['extra'],
      message: 'resolveLevel: assessment: unknown key "extra". Allowed keys: indicators, measures, judgement.',
    });
    expect(issueOf(() => levelOf(stokeOnTrent, { indicators: [new Map()] } as never))).toEqual({
      code: 'INVALID_ASSESSMENT',
      path: ['indicators', 0],
      message: 'levelOf: assessment.indicators[0] must be plain data (an object literal, array, string, number or boolean); received a Map.',
    });
  });

  it('indicators, measures or a judgement that are not a list or an object', () => {
    expect(issueOf(() => resolveLevel(stokeOnTrent, { indicators: 'x' } as never))).toEqual({
      code: 'INVALID_ASSESSMENT',
      path: ['indicators'],
      message: 'resolveLevel: assessment.indicators must be an array of indicator ids; received "x".',
    });
    for (const measures of [5, null, 'x']) {
      const e = issueOf(() => resolveLevel(stokeOnTrent, { measures } as never));
      expect([e.code, e.path, e.message]).toEqual([
        'INVALID_ASSESSMENT',
        ['measures'],
        expect.stringMatching(/^resolveLevel: assessment\.measures must be an object with the keys attendancePercent or missingEpisodesLast90Days; received /),
      ]);
    }
    expect(issueOf(() => levelOf(staffordshire, { judgement: 'x' } as never))).toEqual({
      code: 'INVALID_ASSESSMENT',
      path: ['judgement'],
      message: 'levelOf: assessment.judgement must be an object with the keys level or reason; received "x".',
    });
  });

  it('a judgement without a level, with an unknown level, or without a reason', () => {
    expect(issueOf(() => resolveLevel(stokeOnTrent, { judgement: { reason: 'why' } } as never))).toEqual({
      code: 'INVALID_ASSESSMENT',
      path: ['judgement', 'level'],
      message: 'resolveLevel: assessment.judgement.level is required: the rank or id of the level judged.',
    });
    const unknown = issueOf(() => resolveLevel(stokeOnTrent, { judgement: { level: 'getting-helps', reason: 'why' } } as never));
    expect([unknown.code, unknown.path]).toEqual(['UNKNOWN_LEVEL', ['judgement', 'level']]);
    expect(unknown.message).toMatch(
      /^resolveLevel: assessment\.judgement\.level "getting-helps" is not a level of stoke-on-trent\. Did you mean "getting-help"/,
    );
    for (const reason of ['', '  ', undefined, 3]) {
      const e = issueOf(() => resolveLevel(stokeOnTrent, { judgement: { level: 2, reason } } as never));
      expect([e.code, e.path, e.message]).toEqual([
        'INVALID_ASSESSMENT',
        ['judgement', 'reason'],
        expect.stringMatching(/^resolveLevel: assessment\.judgement\.reason must be a non-empty string saying why; received /),
      ]);
    }
    // every problem at once: the level and the reason
    const both = errorOf(() => resolveLevel(stokeOnTrent, { judgement: { level: 9, reason: '' } }));
    expect(both.issues.map((i) => i.path)).toEqual([
      ['judgement', 'level'],
      ['judgement', 'reason'],
    ]);
  });

  it('a measured value that is not a number, not finite, below 0, above its maximum or a fraction of a count', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ attendancePercent: '80' }, 'attendancePercent must be a number; received "80".'],
      [{ attendancePercent: Number.NaN }, 'attendancePercent must be a number; received NaN.'],
      [{ attendancePercent: Infinity }, 'attendancePercent must be finite; received Infinity.'],
      [{ attendancePercent: -Infinity }, 'attendancePercent must be finite; received -Infinity.'],
      [{ attendancePercent: -1 }, 'attendancePercent must not be negative; received -1.'],
      [{ attendancePercent: 100.5 }, 'attendancePercent is a percentage and must not exceed 100; received 100.5.'],
      [{ missingEpisodesLast90Days: -2 }, 'missingEpisodesLast90Days must not be negative; received -2.'],
      [{ missingEpisodesLast90Days: 1.5 }, 'missingEpisodesLast90Days counts episodes and must be a whole number; received 1.5.'],
    ];
    for (const [measures, message] of cases) {
      const q = Object.keys(measures)[0]!;
      // with and without a judgement: the full reader either way
      for (const a of [{ measures }, { measures, judgement: judged }]) {
        expect(issueOf(() => resolveLevel(staffordshire, a as never))).toEqual({
          code: 'INVALID_MEASURE',
          path: ['measures', q],
          message: `resolveLevel: assessment.measures.${message}`,
        });
      }
    }
  });
});

describe('the full reader: valid input read as the documents say', () => {
  it('reads the ends of each range, a fraction of a percent and measures in any key order', () => {
    // Stoke-on-Trent: "attendance has dropped below 95%" (Getting Advice), "attendance below 90%" (Getting Help)
    // the measures echoed: in the fixed order (attendance first), an undefined one left out
    const cases: [Record<string, number | undefined>, string[], [string, number][]][] = [
      [{ attendancePercent: 0 }, ['education-attendance-below-90', 'education-attendance-below-95'], [['attendancePercent', 0]]],
      [{ attendancePercent: 100 }, [], [['attendancePercent', 100]]],
      [{ attendancePercent: 94.5 }, ['education-attendance-below-95'], [['attendancePercent', 94.5]]],
      [
        { missingEpisodesLast90Days: 0, attendancePercent: 89.5 },
        ['education-attendance-below-90', 'education-attendance-below-95'],
        [
          ['attendancePercent', 89.5],
          ['missingEpisodesLast90Days', 0],
        ],
      ],
      [{ attendancePercent: undefined, missingEpisodesLast90Days: 4 }, [], [['missingEpisodesLast90Days', 4]]],
    ];
    for (const [measures, needs, echoed] of cases) {
      const r = resolveLevel(stokeOnTrent, { measures, judgement: { level: 'getting-more-help', reason: 'seen at home' } } as never);
      expect([measures, ids(r.needs), r.level.id, Object.entries(r.assessment.measures!)]).toEqual([measures, needs, 'getting-more-help', echoed]);
    }
    // Staffordshire: "missing from home or care on 1 or 2 occasions in the last 90 days" (level 3), "3 or more" (level 4)
    for (const [episodes, rank] of [
      [0, 1],
      [2, 3],
      [3, 4],
      [Number.MAX_SAFE_INTEGER, 4],
    ] as const) {
      const r = resolveLevel(staffordshire, { measures: { missingEpisodesLast90Days: episodes }, judgement: { level: 4, reason: 'seen at home' } });
      expect([episodes, r.indicatedLevel.rank, r.level.rank]).toEqual([episodes, rank, 4]);
    }
  });

  it('keeps the judgement given, and none when none is given', () => {
    const r = resolveLevel(staffordshire, {
      indicators: ['health-self-harming-behaviours'],
      judgement: { level: 'statutory-specialist', reason: 'A second opinion' },
    });
    expect(r.judgement).toEqual({ level: staffordshire.levels[3], reason: 'A second opinion' });
    expect(r.assessment.judgement).toEqual({ level: 'statutory-specialist', reason: 'A second opinion' });
    // a null-prototype object is plain data: the full reader reads it, without a judgement
    const bare = Object.assign(Object.create(null) as object, { indicators: ['health-self-harming-behaviours'] });
    const b = resolveLevel(staffordshire, bare as never);
    expect([b.judgement, b.assessment.judgement, b.level.id]).toEqual([undefined, undefined, 'targeted-early-help']);
    expect(Object.keys(b)).not.toContain('judgement');
  });

  it('levelOf reads the same as resolveLevel when the fast path refuses: a judgement, or an object that is not a literal', () => {
    const bare = (a: object): object => Object.assign(Object.create(null) as object, a);
    const cases: [object, string][] = [
      // attendance below 90 % is Getting Help (level 3), below 95 % Getting Advice (level 2)
      [bare({ indicators: ['education-attendance-below-90'] }), 'getting-help'],
      [bare({ measures: bare({ attendancePercent: 89 }) }), 'getting-help'],
      [bare({ measures: { attendancePercent: 93 }, indicators: ['education-regular-attendance'] }), 'getting-advice'],
      [bare({}), 'thriving'],
      [{ indicators: ['education-attendance-below-90'], judgement: { level: 'getting-more-help', reason: 'why' } }, 'getting-more-help'],
      [{ indicators: ['education-attendance-below-90'], judgement: { level: 1, reason: 'why' } }, 'thriving'],
    ];
    for (const [a, level] of cases) {
      expect([a, levelOf(stokeOnTrent, a as never).id]).toEqual([a, level]);
      expect([a, resolveLevel(stokeOnTrent, a as never).level.id]).toEqual([a, level]);
    }
  });
});

const example = () => JSON.parse(readFileSync(`${root}docs/examples/example-borough.json`, 'utf8')) as { indicators: { id: string; level: number }[] };

describe('needs observed and derived', () => {
  it('a need both observed and met by a measure is counted once; strengths come in the document’s order', () => {
    const r = resolveLevel(stokeOnTrent, {
      indicators: ['education-attendance-below-90', 'education-regular-attendance', 'education-access-appropriate-provision'],
      measures: { attendancePercent: 85 },
    });
    expect(ids(r.needs)).toEqual(['education-attendance-below-90', 'education-attendance-below-95']);
    expect(ids(r.derived.map((d) => d.indicator))).toEqual(['education-attendance-below-95', 'education-attendance-below-90']);
    // the document lists "access to appropriate provision" before "regular attendance"
    expect(ids(r.strengths)).toEqual(['education-access-appropriate-provision', 'education-regular-attendance']);
  });

  it('a framework with an "at most" bound: the value at the bound meets it, one above does not', () => {
    const data = example() as { indicators: object[] };
    const base = {
      area: 'home',
      kind: 'need',
      tags: ['missing'],
      source: { document: 'example-borough-thresholds', section: 'Indicators › Home and family', page: 5 },
    };
    data.indicators.push(
      {
        ...base,
        id: 'home-missing-once-or-twice',
        level: 2,
        text: 'Missing once or twice.',
        measure: { quantity: 'missingEpisodesLast90Days', atLeast: 1, atMost: 2 },
      },
      {
        ...base,
        id: 'home-missing-three-or-more',
        level: 3,
        text: 'Missing three times or more.',
        measure: { quantity: 'missingEpisodesLast90Days', atLeast: 3 },
      },
    );
    const fw = defineFramework(data);
    for (const [episodes, derived] of [
      [0, []],
      [1, ['home-missing-once-or-twice']],
      [2, ['home-missing-once-or-twice']],
      [3, ['home-missing-three-or-more']],
    ] as const) {
      const r = resolveLevel(fw, { measures: { missingEpisodesLast90Days: episodes } });
      expect([episodes, ids(r.derived.map((d) => d.indicator)), levelOf(fw, { measures: { missingEpisodesLast90Days: episodes } }).rank]).toEqual([
        episodes,
        derived,
        [1, 2, 2, 3][episodes],
      ]);
    }
  });

  it('a strength printed at a higher level never raises the level: only needs do', () => {
    // some documents print strengths level by level; the example's "Attends school regularly" moved to level 2
    const data = example();
    data.indicators.find((i) => i.id === 'education-good-attendance')!.level = 2;
    const fw = defineFramework(data);
    for (const a of [
      { indicators: ['education-good-attendance'] },
      Object.assign(Object.create(null) as object, { indicators: ['education-good-attendance'] }),
    ]) {
      expect([levelOf(fw, a as never).rank, resolveLevel(fw, a as never).level.rank]).toEqual([1, 1]);
    }
    expect(levelOf(fw, { indicators: ['education-good-attendance', 'home-parental-conflict'] }).rank).toBe(2);
  });
});

describe('the result as data', () => {
  it('echoes the assessment read: each id once in the document’s order, measures in the fixed order, the judgement’s level as an id', () => {
    // the document lists "regular attendance" before "attendance below 90%"
    const r = resolveLevel(stokeOnTrent, {
      indicators: ['education-attendance-below-90', 'education-regular-attendance', 'education-attendance-below-90'],
      measures: { missingEpisodesLast90Days: 1, attendancePercent: 93 },
      judgement: { level: 4, reason: 'why' },
    });
    expect(r.assessment).toStrictEqual({
      indicators: ['education-regular-attendance', 'education-attendance-below-90'],
      measures: { attendancePercent: 93, missingEpisodesLast90Days: 1 },
      judgement: { level: 'getting-more-help', reason: 'why' },
    });
    expect(Object.keys(r.assessment.measures!)).toEqual(['attendancePercent', 'missingEpisodesLast90Days']);
    expect(resolveLevel(stokeOnTrent, {}).assessment).toStrictEqual({});
    expect(resolveLevel(stokeOnTrent, { indicators: [], measures: {} }).assessment).toStrictEqual({});
  });

  it('every part of a full resolution is plain, deep-frozen data: judgement, areas, considerations, routes, derived', () => {
    const r = resolveLevel(stokeOnTrent, {
      indicators: ['abuse-and-exploitation-risk-radicalisation-extremism', 'education-regular-attendance', 'crime-impulsive-lacks-self-control'],
      measures: { attendancePercent: 89, missingEpisodesLast90Days: 2 },
      judgement: { level: 5, reason: 'why' },
    });
    expect([
      r.judgement !== undefined,
      r.areas.length > 0,
      r.considerations.some((c) => c.indicators.length > 0),
      r.guidance.routes.length,
      r.derived.length,
    ]).toEqual([true, true, true, 1, 2]);
    expectPlainFrozen(r);
  });
});
