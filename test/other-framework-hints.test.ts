// Errors name an id of the other built-in framework as such (README: "an id of the other built-in
// framework is named as such"), for indicators as for levels and areas, in every function that takes
// them; a rank written as a string is answered with the level of that rank.
import { describe, expect, it } from 'vitest';
import {
  carryAssessment,
  censusFactors,
  findIndicators,
  getArea,
  getIndicator,
  getLevel,
  levelOf,
  mapLevel,
  resolveLevel,
  staffordshire,
  stokeOnTrent,
  type Framework,
} from '../src/index.js';
import { errorOf } from './helpers.js';

const pairs: readonly [Framework, Framework][] = [
  [stokeOnTrent, staffordshire],
  [staffordshire, stokeOnTrent],
];

/** Every function that takes an indicator id, given `id` against `fw`. */
const takers = (fw: Framework, other: Framework, id: string): Record<string, () => unknown> => ({
  getIndicator: () => getIndicator(fw, id as never),
  resolveLevel: () => resolveLevel(fw, { indicators: [id] as never }),
  levelOf: () => levelOf(fw, { indicators: [id] as never }),
  carryAssessment: () => carryAssessment(fw, { indicators: [id] as never }, other),
  censusFactors: () => censusFactors(fw, { indicators: [id] as never }),
  // a stored resolution whose need was edited to the other framework's id
  'censusFactors (resolution)': () => {
    const r = JSON.parse(JSON.stringify(resolveLevel(fw, { indicators: [fw.indicators.find((i) => i.kind === 'need')!.id] as never })));
    r.needs[0].id = id;
    return censusFactors(fw, r);
  },
});

describe('an indicator id of the other built-in framework is named as such (try-out: error hints)', () => {
  it('the try-out case: a Staffordshire id under a shared area prefix ("health-") given to Stoke-on-Trent', () => {
    const e = errorOf(() => resolveLevel(stokeOnTrent, { indicators: ['health-non-accidental-injury'] as never }));
    expect(e.code).toBe('UNKNOWN_INDICATOR');
    expect(e.message).toContain(
      '"health-non-accidental-injury" may be a Staffordshire indicator id (it begins with "health", an area of both Staffordshire and Stoke-on-Trent); this is Stoke-on-Trent (stoke-on-trent).',
    );
    expect(e.issues[0]!.path).toEqual(['indicators', 0]);
  });

  it('every indicator id of each built-in, given to the other, and in every function that takes indicator ids', () => {
    for (const [fw, other] of pairs) {
      // the longest area id that begins the id, among both frameworks' areas: does this framework have it too?
      const prefix = (id: string): string =>
        [...fw.areas, ...other.areas]
          .map((a) => a.id)
          .filter((a) => id.startsWith(`${a}-`))
          .sort((a, b) => b.length - a.length)[0]!;
      const shared = (id: string): boolean => fw.areas.some((a) => a.id === prefix(id));
      // every id through resolveLevel; every 20th (both kinds of hint among them) through every function
      for (const [n, ind] of other.indicators.entries()) {
        const all = Object.entries(takers(fw, other, ind.id));
        for (const [fn, call] of n % 20 === 0 ? all : all.filter(([f]) => f === 'resolveLevel')) {
          const e = errorOf(call);
          expect([fn, e.code]).toEqual([fn, 'UNKNOWN_INDICATOR']);
          // by its area prefix: "may be" where this framework has that area too, "looks like" where only the other has it
          const hint = shared(ind.id) ? `"${ind.id}" may be a ${other.area} indicator id` : `"${ind.id}" looks like a ${other.area} indicator id`;
          expect([fn, ind.id, e.message.includes(hint)]).toEqual([fn, ind.id, true]);
          expect(e.message).toContain(`this is ${fw.area} (${fw.id}).`);
        }
      }
    }
  });

  it('an id under an area prefix both have is never claimed for the other framework, only said to be possibly its', () => {
    for (const id of ['health-non-accidental-injuryx', 'health-', 'health-non-accidental-injury']) {
      const e = errorOf(() => getIndicator(stokeOnTrent, id as never));
      expect(e.message).not.toMatch(/is a Staffordshire indicator|looks like/);
      expect(e.message).toContain(`"${id}" may be a Staffordshire indicator id`);
    }
    // a typo of one of this framework's ids (within two edits) is answered by the nearest ids alone
    for (const id of ['education-regular-atendance', 'education-attendance-below-09']) {
      const e = errorOf(() => getIndicator(stokeOnTrent, id as never));
      expect(e.message).not.toMatch(/may be|looks like/);
      expect(e.suggestions.length).toBeGreaterThan(0);
    }
    expect(errorOf(() => getIndicator(staffordshire, 'education-regular-attendance' as never)).message).toContain(
      '"education-regular-attendance" may be a Stoke-on-Trent indicator id (it begins with "education", an area of both Stoke-on-Trent and Staffordshire); this is Staffordshire (staffordshire).',
    );
    // no area prefix of either framework: no hint
    for (const fw of [stokeOnTrent, staffordshire]) expect(errorOf(() => getIndicator(fw, 'no-such-id')).message).not.toMatch(/may be|looks like/);
  });

  it('area ids of the other built-in are named as such where areas are taken (getArea, findIndicators)', () => {
    expect(errorOf(() => getArea(stokeOnTrent, 'child-development' as never)).message).toContain('"child-development" is a Staffordshire area;');
    expect(errorOf(() => findIndicators(staffordshire, { area: 'domestic-abuse' as never })).message).toContain('"domestic-abuse" is a Stoke-on-Trent area;');
  });
});

describe('a rank written as a string is answered with the level of that rank (try-out: error hints)', () => {
  it('mapLevel(stokeOnTrent, "2", …) suggests Getting Advice, the level at rank 2, not ids spelt alike', () => {
    const e = errorOf(() => mapLevel(stokeOnTrent, '2' as never, staffordshire));
    expect([e.code, e.suggestions]).toEqual(['UNKNOWN_LEVEL', ['getting-advice']]);
    expect(e.message).toBe(
      'mapLevel: level "2" is a string, not a rank or a level id of stoke-on-trent. Did you mean the rank 2 (a number) or its id "getting-advice"?',
    );
  });

  it('for every rank of both frameworks, and in every function that takes a level', () => {
    for (const fw of [stokeOnTrent, staffordshire]) {
      for (const l of fw.levels) {
        expect(errorOf(() => getLevel(fw, String(l.rank) as never)).suggestions).toEqual([l.id]);
        expect(errorOf(() => resolveLevel(fw, { judgement: { level: ` ${l.rank}` as never, reason: 'r' } })).suggestions).toEqual([l.id]);
      }
      // a number-like string that is no rank gets the ordinary nearest ids, not a rank it does not have
      expect(errorOf(() => getLevel(fw, '9')).message).not.toContain('rank 9');
    }
  });

  it('only a whole string of digits (spaces around allowed) is read as a rank: "02" and " 2 " are, "x2", "2x", "2.0" and "2 2" are not', () => {
    for (const s of ['02', ' 2 ', '2\t'])
      expect(errorOf(() => getLevel(stokeOnTrent, s as never)).message, JSON.stringify(s)).toContain('Did you mean the rank 2');
    for (const s of ['x2', '2x', '2.0', '2 2'])
      expect(errorOf(() => getLevel(stokeOnTrent, s as never)).message, JSON.stringify(s)).not.toContain('Did you mean the rank');
  });
});
