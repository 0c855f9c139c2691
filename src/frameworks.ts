/**
 * The registry of built-in frameworks.
 * @module
 */
import { describe, rethrow, unknown as unknownValue } from './errors.js';
import { staffordshire } from './staffordshire.js';
import { stokeOnTrent } from './stoke-on-trent.js';

/** Id of a built-in framework. @category Model */
export type FrameworkId = 'stoke-on-trent' | 'staffordshire';

/** A built-in framework, by its id. @category Model */
export type BuiltInFramework<Id extends FrameworkId = FrameworkId> = Id extends 'stoke-on-trent'
  ? typeof stokeOnTrent
  : typeof staffordshire;

/**
 * The built-in frameworks, in a fixed order.
 * @category Frameworks
 * @example
 * ```ts
 * import { frameworks } from 'safeguarding-thresholds';
 * frameworks.map((f) => `${f.id}: ${f.levels.length} levels`);
 * //=> [ 'stoke-on-trent: 5 levels', 'staffordshire: 4 levels' ]
 * ```
 */
export const frameworks: readonly [typeof stokeOnTrent, typeof staffordshire] = /* @__PURE__ */ Object.freeze([
  stokeOnTrent,
  staffordshire,
] as const);

/**
 * A built-in framework by id.
 * @throws {@link ThresholdError} `UNKNOWN_FRAMEWORK` naming the valid ids
 * @category Frameworks
 * @example
 * ```ts
 * import { getFramework } from 'safeguarding-thresholds';
 * getFramework('staffordshire').scale.id;
 * //=> 'windscreen'
 * ```
 */
export function getFramework<Id extends FrameworkId>(id: Id): BuiltInFramework<Id> {
  try {
    for (const fw of frameworks) if (fw.id === id) return fw as BuiltInFramework<Id>;
    return unknownValue('UNKNOWN_FRAMEWORK', 'framework', typeof id === 'string' ? id : describe(id), frameworks.map((f) => f.id));
  } catch (e) {
    return rethrow(e, 'getFramework');
  }
}
