// Type tests: checked by `tsc --noEmit` (npm run typecheck); the runtime calls keep them honest.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  getArea,
  getIndicator,
  getLevel,
  findIndicators,
  mapLevel,
  resolveLevel,
  staffordshire,
  stokeOnTrent,
  type Framework,
  type Level,
  type StaffordshireLevelId,
  type StokeOnTrentLevelId,
  type TagId,
} from '../src/index.js';

describe('public types', () => {
  it('level ids are literal unions generated from the data', () => {
    expectTypeOf<StokeOnTrentLevelId>().toEqualTypeOf<'thriving' | 'getting-advice' | 'getting-help' | 'getting-more-help' | 'getting-risk-support'>();
    expectTypeOf<StaffordshireLevelId>().toEqualTypeOf<'universal' | 'universal-plus' | 'targeted-early-help' | 'statutory-specialist'>();
    expectTypeOf(getLevel(stokeOnTrent, 3).id).toEqualTypeOf<StokeOnTrentLevelId>();
    expectTypeOf(resolveLevel(staffordshire, {}).level).toEqualTypeOf<Level<StaffordshireLevelId>>();
  });

  it('a level-id, area-id, indicator-id or tag typo does not compile', () => {
    // @ts-expect-error 'getting-hlep' is not a Stoke-on-Trent level id
    expect(() => getLevel(stokeOnTrent, 'getting-hlep')).toThrow();
    // @ts-expect-error a Staffordshire level id is not a Stoke-on-Trent level id
    expect(() => getLevel(stokeOnTrent, 'universal')).toThrow();
    // @ts-expect-error 'houseing' is not an area id
    expect(() => getArea(stokeOnTrent, 'houseing')).toThrow();
    // @ts-expect-error not an indicator id of Staffordshire
    expect(() => getIndicator(staffordshire, 'education-attendance-below-90')).toThrow();
    // @ts-expect-error 'missng' is not a tag
    expect(() => findIndicators(staffordshire, { tag: 'missng' })).toThrow();
    // @ts-expect-error unknown assessment key
    expect(() => resolveLevel(stokeOnTrent, { measure: {} })).toThrow();
    // @ts-expect-error a level id of the other scale
    expect(() => mapLevel(stokeOnTrent, 'universal-plus', staffordshire)).toThrow();
  });

  it('user-defined frameworks take any string id; built-ins are frameworks', () => {
    expectTypeOf(stokeOnTrent).toExtend<Framework>();
    expectTypeOf<TagId>().toExtend<string>();
    const levelOfAny = (fw: Framework, id: string) => getLevel(fw, id);
    expectTypeOf(levelOfAny).returns.toHaveProperty('id').toEqualTypeOf<string>();
    expect(levelOfAny(staffordshire, 'universal').rank).toBe(1);
  });
});
