// The fast paths of resolveLevel (quickRead, through readAssessment) and levelOf (quickRank) must accept every plain,
// valid assessment without a judgement, and read it as the threshold documents' rules say: the highest level of a need
// observed, or of a descriptor whose measure the value meets ("below" is strict, "atLeast" inclusive). The oracle below
// reads the data directly; it shares no code with src/resolve/. Anything else must be refused (undefined), so that the
// full reader runs and reports it.
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { indexOf } from '../src/core.js';
import { staffordshire, stokeOnTrent, type Framework } from '../src/index.js';
import { quickRank, readAssessment } from '../src/resolve/assessment.js';

type Plain = { indicators?: string[]; measures?: { attendancePercent?: number; missingEpisodesLast90Days?: number } };

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
      if (m === undefined || m.quantity !== q) continue;
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

  fcTest.prop([arbAssessment(fw)])('readAssessment reads a plain valid assessment as given: ids in order, measures in the fixed order', (a) => {
    const r = readAssessment(ix, a, 'resolveLevel');
    expect(r.observed.map((i) => i.id)).toEqual(a.indicators ?? []);
    const order = ['attendancePercent', 'missingEpisodesLast90Days'] as const;
    expect(r.measures).toEqual(order.filter((q) => a.measures?.[q] !== undefined).map((q) => ({ q, value: a.measures![q] })));
    expect(r.judgement).toBeUndefined();
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
    for (const a of refused) expect([a, quickRank(ix, a)]).toEqual([a, undefined]);
    // a judgement-free key with the value undefined is no judgement: accepted
    expect(quickRank(ix, { indicators: [], judgement: undefined })).toBe(1);
  });
});
