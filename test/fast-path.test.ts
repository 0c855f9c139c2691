// The fast paths of resolveLevel (quickRead) and levelOf (quickRank) must accept every plain,
// valid assessment without a judgement, and read it as the threshold documents' rules say: the highest level of a need
// observed, or of a descriptor whose measure the value meets ("below" is strict, "atLeast" inclusive). The oracle below
// reads the data directly; it shares no code with src/resolve/. Anything else must be refused (undefined), so that the
// full reader runs and reports it.
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { indexOf } from '../src/core.js';
import { staffordshire, stokeOnTrent, type Framework } from '../src/index.js';
import { quickRank, quickRead, readAssessment } from '../src/resolve/assessment.js';
import { withinRule } from '../src/resolve/measures.js';

type Plain = { indicators?: string[]; measures?: { attendancePercent?: number | undefined; missingEpisodesLast90Days?: number | undefined } };

const percent = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.double({ min: 0, max: 100, noNaN: true }).filter((v) => !Object.is(v, -0)),
);
const arbAssessment = (fw: Framework): fc.Arbitrary<Plain> =>
  fc.record(
    {
      indicators: fc.array(fc.constantFrom(...fw.indicators.map((i) => i.id)), { maxLength: 8 }),
      // keys in either order: the reader gives measures in one fixed order
      measures: fc
        .tuple(
          fc.record({ attendancePercent: percent, missingEpisodesLast90Days: fc.nat({ max: 20 }) }, { requiredKeys: [], noNullPrototype: true }),
          fc.boolean(),
        )
        .map(([m, reversed]) => (reversed ? Object.fromEntries(Object.entries(m).reverse()) : m)),
    },
    { requiredKeys: [], noNullPrototype: true },
  );

function expectedRank(fw: Framework, a: Plain): number {
  let top = 1;
  for (const id of a.indicators ?? []) {
    const ind = fw.indicators.find((i) => i.id === id)!;
    if (ind.kind === 'need' && ind.level > top) top = ind.level;
  }
  for (const [q, v] of Object.entries(a.measures ?? {})) {
    for (const ind of fw.indicators) {
      const m = ind.measure as { quantity: string; below?: number; atLeast?: number } | undefined;
      if (v === undefined || m === undefined || m.quantity !== q) continue;
      if ((m.below === undefined || v < m.below) && (m.atLeast === undefined || v >= m.atLeast) && ind.level > top) top = ind.level;
    }
  }
  return top;
}

describe.each([stokeOnTrent, staffordshire])('fast paths of $area', (fw) => {
  const ix = indexOf(fw, 'test');

  fcTest.prop([arbAssessment(fw)])('quickRank accepts every plain valid assessment and gives the documents’ level', (a) => {
    expect(quickRank(ix, a)).toBe(expectedRank(fw, a));
  });

  const order = ['attendancePercent', 'missingEpisodesLast90Days'] as const;
  const asRead = (a: Plain) => ({
    ids: a.indicators ?? [],
    measures: order.filter((q) => a.measures?.[q] !== undefined).map((q) => ({ q, value: a.measures![q] })),
    judgement: undefined,
  });

  fcTest.prop([arbAssessment(fw)])('quickRead accepts every plain valid assessment and reads it as given: ids in order, measures in the fixed order', (a) => {
    const r = quickRead(ix, a);
    expect(r && { ids: r.observed.map((i) => i.id), measures: r.measures, judgement: r.judgement }).toEqual(asRead(a));
  });

  fcTest.prop([arbAssessment(fw)])('readAssessment reads a plain valid assessment as given: ids in order, measures in the fixed order', (a) => {
    const r = readAssessment(ix, a, 'resolveLevel');
    expect({ ids: r.observed.map((i) => i.id), measures: r.measures, judgement: r.judgement }).toEqual(asRead(a));
  });

  it('reads the same assessments, written out, whatever the order of their keys', () => {
    const ids = fw.indicators.map((i) => i.id);
    const need = (level: number) => fw.indicators.find((i) => i.kind === 'need' && i.level === level && i.measure === undefined)!.id;
    const strength = fw.indicators.find((i) => i.kind === 'strength')!.id;
    const cases: Plain[] = [
      {},
      { indicators: [] },
      { measures: {} },
      { indicators: [ids[0]!] },
      // a need of level 3 before one of level 2, a strength last: the rank is the highest need's, whatever comes after it
      { indicators: [need(3), need(2), strength] },
      { indicators: [need(2), need(3)] },
      { indicators: [need(2), need(2)] },
      { measures: { attendancePercent: 80 } },
      { measures: { missingEpisodesLast90Days: 2 } },
      { measures: { missingEpisodesLast90Days: 2, attendancePercent: 80 } },
      { measures: { attendancePercent: 80, missingEpisodesLast90Days: 2 }, indicators: [need(2)] },
      { measures: { attendancePercent: 100, missingEpisodesLast90Days: 0 } },
      // a measure whose value is undefined is not given
      { measures: { attendancePercent: undefined, missingEpisodesLast90Days: 2 } },
    ];
    for (const a of cases) {
      const r = quickRead(ix, a);
      expect([a, r && { ids: r.observed.map((i) => i.id), measures: r.measures, judgement: r.judgement }]).toEqual([a, asRead(a)]);
      expect([a, quickRank(ix, a)]).toEqual([a, expectedRank(fw, a)]);
    }
    // the written-out ranks, from the documents' levels of the descriptors chosen
    expect(quickRank(ix, { indicators: [need(3), need(2), strength] })).toBe(3);
    expect(quickRank(ix, { indicators: [need(2), need(2)] })).toBe(2);
    // a judgement key whose value is undefined is no judgement
    expect(quickRead(ix, { indicators: [], judgement: undefined })).toEqual({ observed: [], measures: [], judgement: undefined });
  });

  it('the documents’ edges: "below" is strict and "atLeast" inclusive', () => {
    const edges: [Plain, number][] =
      fw === stokeOnTrent
        ? [
            [{ measures: { attendancePercent: 95 } }, 1],
            [{ measures: { attendancePercent: 94.9 } }, 2],
            [{ measures: { attendancePercent: 90 } }, 2],
            [{ measures: { attendancePercent: 89.99 } }, 3],
          ]
        : [
            [{ measures: { missingEpisodesLast90Days: 0 } }, 1],
            [{ measures: { missingEpisodesLast90Days: 1 } }, 3],
            [{ measures: { missingEpisodesLast90Days: 2 } }, 3],
            [{ measures: { missingEpisodesLast90Days: 3 } }, 4],
          ];
    for (const [a, rank] of edges) expect([a, quickRank(ix, a)]).toEqual([a, rank]);
  });

  it('refuses what is not a plain valid assessment without a judgement, so the full reader reports it', () => {
    const id = fw.indicators[0]!.id;
    class Sub extends Array<string> {}
    const refused: unknown[] = [
      null,
      'x',
      [id],
      Object.assign(Object.create(null), { indicators: [id] }),
      { indicators: [id], judgement: { level: 1, reason: 'seen' } },
      { indicators: [id], extra: 1 },
      { indicators: [id], [Symbol('s')]: 1 },
      { indicators: Sub.from([id]) },
      { indicators: 'x' },
      { indicators: [id, 'no-such-id'] },
      { indicators: [1] },
      { measures: [] },
      { measures: null },
      { measures: { attendancePercent: 101 } },
      { measures: { attendancePercent: '80' } },
      { measures: { unknown: 1 } },
      { measures: { missingEpisodesLast90Days: 1.5 } },
      { measures: { [Symbol('s')]: 1 } },
      {
        get indicators(): never {
          throw new Error('getter');
        },
      },
    ];
    // an object with the prototype of an array that is no array: refused, never read as an empty list
    refused.push({ indicators: Object.create(Array.prototype) }, { indicators: [undefined] }, { indicators: [id, undefined] }, undefined, 3);
    // a plain object with the measures of a class instance, or a key that is not the measures' or a judgement
    refused.push(
      {
        measures: new (class M {
          attendancePercent = 80;
        })(),
      },
      { measures: { attendancePercent: 80, [Symbol('s')]: 1 } },
      { judgement: null },
    );
    // an unknown key is reported by the full reader even when its value is undefined
    refused.push({ extra: undefined }, { indicators: [id], measure: undefined });
    for (const a of refused) {
      expect([a, quickRank(ix, a)]).toEqual([a, undefined]);
      expect([a, quickRead(ix, a)]).toEqual([a, undefined]);
    }
    // a judgement-free key with the value undefined is no judgement: accepted
    expect(quickRank(ix, { indicators: [], judgement: undefined })).toBe(1);
  });
});

describe('withinRule: the fast paths’ check of a measured value (the rules of src/enums.ts)', () => {
  it('accepts the ends of each range, refuses just past them, a fraction of an episode and any name that is not a quantity', () => {
    const cases: [string, number, boolean][] = [
      ['attendancePercent', 0, true],
      ['attendancePercent', 100, true],
      ['attendancePercent', 50.5, true],
      ['attendancePercent', -0.001, false],
      ['attendancePercent', 100.001, false],
      ['attendancePercent', Number.NaN, false],
      ['attendancePercent', Infinity, false],
      ['missingEpisodesLast90Days', 0, true],
      ['missingEpisodesLast90Days', 3, true],
      ['missingEpisodesLast90Days', Number.MAX_SAFE_INTEGER, true],
      ['missingEpisodesLast90Days', 1.5, false],
      ['missingEpisodesLast90Days', -1, false],
      ['missingEpisodesLast90Days', 2 ** 53, false],
      ['attendance', 50, false],
      ['toString', 1, false],
      ['__proto__', 1, false],
      ['', 0, false],
    ];
    for (const [q, v, ok] of cases) expect([q, v, withinRule(q, v)]).toEqual([q, v, ok]);
  });
});
