/**
 * The registry of built-in frameworks.
 * @module
 */
import { describe } from './errors.js';
import { Checker, readInput } from './input.js';
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
  const value = readInput('getFramework', 'id', id, 'UNKNOWN_FRAMEWORK');
  for (const fw of frameworks) if (fw.id === value) return fw as BuiltInFramework<Id>;
  const c = new Checker('getFramework', 'id', 'UNKNOWN_FRAMEWORK');
  if (typeof value === 'string') c.unknown([], 'UNKNOWN_FRAMEWORK', 'a built-in framework id', value, frameworks.map((f) => f.id));
  else c.add([], `must be a built-in framework id (${frameworks.map((f) => JSON.stringify(f.id)).join(' or ')}); received ${describe(value)}.`, { suggestions: frameworks.map((f) => f.id) });
  c.done();
  throw new Error('unreachable');
}
