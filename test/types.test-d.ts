// Type tests, run by vitest's typecheck mode (tsc) in `vitest run`: a failed
// expectTypeOf or an unused @ts-expect-error fails the suite. Nothing here executes.
import { describe, expectTypeOf, it } from 'vitest';
import {
  getArea,
  getFramework,
  getIndicator,
  getLevel,
  findIndicators,
  frameworks,
  mapLevel,
  resolveLevel,
  staffordshire,
  stokeOnTrent,
  type BuiltInFramework,
  type Framework,
  type FrameworkId,
  type Level,
  type StaffordshireLevelId,
  type StokeOnTrentLevelId,
  type TagId,
} from '../src/index.js';
import type { Same } from '../src/schema/model-check.js';

describe('public types', () => {
  it('level ids are literal unions generated from the data', () => {
    expectTypeOf<StokeOnTrentLevelId>().toEqualTypeOf<'thriving' | 'getting-advice' | 'getting-help' | 'getting-more-help' | 'getting-risk-support'>();
    expectTypeOf<StaffordshireLevelId>().toEqualTypeOf<'universal' | 'universal-plus' | 'targeted-early-help' | 'statutory-specialist'>();
    expectTypeOf(getLevel(stokeOnTrent, 3).id).toEqualTypeOf<StokeOnTrentLevelId>();
    expectTypeOf(resolveLevel(staffordshire, {}).level).toEqualTypeOf<Level<StaffordshireLevelId>>();
  });

  it('the registry types each built-in id as its own framework, and no other id', () => {
    expectTypeOf<FrameworkId>().toEqualTypeOf<'stoke-on-trent' | 'staffordshire'>();
    expectTypeOf(getFramework('stoke-on-trent')).toEqualTypeOf<typeof stokeOnTrent>();
    expectTypeOf(getFramework('staffordshire')).toEqualTypeOf<typeof staffordshire>();
    expectTypeOf<BuiltInFramework<'stoke-on-trent'>>().toEqualTypeOf<typeof stokeOnTrent>();
    expectTypeOf<BuiltInFramework>().toEqualTypeOf<typeof stokeOnTrent | typeof staffordshire>();
    expectTypeOf(frameworks[0]).toEqualTypeOf<typeof stokeOnTrent>();
    // @ts-expect-error not a built-in framework id (was typed as Staffordshire by a conditional type)
    getFramework('stoke');
    // @ts-expect-error not a built-in framework id
    expectTypeOf<BuiltInFramework<'derbyshire'>>();
  });

  it('a level-id, area-id, indicator-id or tag typo does not compile', () => {
    // @ts-expect-error 'getting-hlep' is not a Stoke-on-Trent level id
    getLevel(stokeOnTrent, 'getting-hlep');
    // @ts-expect-error a Staffordshire level id is not a Stoke-on-Trent level id
    getLevel(stokeOnTrent, 'universal');
    // @ts-expect-error 'houseing' is not an area id
    getArea(stokeOnTrent, 'houseing');
    // @ts-expect-error not an indicator id of Staffordshire
    getIndicator(staffordshire, 'education-attendance-below-90');
    // @ts-expect-error 'missng' is not a tag
    findIndicators(staffordshire, { tag: 'missng' });
    // @ts-expect-error unknown assessment key
    resolveLevel(stokeOnTrent, { measure: {} });
    // @ts-expect-error a level id of the other scale
    mapLevel(stokeOnTrent, 'universal-plus', staffordshire);
  });

  it('user-defined frameworks take any string id; built-ins are frameworks', () => {
    expectTypeOf(stokeOnTrent).toExtend<Framework>();
    expectTypeOf<TagId>().toExtend<string>();
    const levelOfAny = (fw: Framework, id: string) => getLevel(fw, id);
    expectTypeOf(levelOfAny).returns.toHaveProperty('id').toEqualTypeOf<string>();
  });
});

describe('the model ↔ schema check (src/schema/model-check.ts) can fail', () => {
  it('on an optional field on one side only, a changed modifier or type; not on the same members written differently', () => {
    type Base = { readonly a: string; readonly b?: number | undefined };
    // an optional field added on one side (mutual assignability would let it pass), readonly dropped, a type widened
    expectTypeOf<Same<Base, Base & { readonly c?: string }>>().toEqualTypeOf<false>();
    expectTypeOf<Same<Base, { a: string; readonly b?: number | undefined }>>().toEqualTypeOf<false>();
    expectTypeOf<Same<Base, { readonly a: string | null; readonly b?: number | undefined }>>().toEqualTypeOf<false>();
    // an intersection or an extending interface with the same members is the same shape
    interface Extended extends Pick<Base, 'a'> {
      readonly b?: number | undefined;
    }
    expectTypeOf<Same<Base, { readonly a: string } & { readonly b?: number | undefined }>>().toEqualTypeOf<true>();
    expectTypeOf<Same<Base, Extended>>().toEqualTypeOf<true>();
    expectTypeOf<Same<readonly Base[], readonly Extended[]>>().toEqualTypeOf<true>();
  });
});
