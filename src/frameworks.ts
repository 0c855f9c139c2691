/**
 * Lookup of a built-in framework by id. The registry itself (`frameworks`,
 * `FrameworkId`) is generated from data/frameworks/ into `registry.ts`.
 * @module
 */
import { describe, rethrow, unknown as unknownValue } from './errors.js';
import { frameworks, type BuiltInFrameworks, type FrameworkId } from './registry.js';

export { frameworks, type FrameworkId } from './registry.js';

/** A built-in framework, by its id (the union of all of them by default). @category Model */
export type BuiltInFramework<Id extends FrameworkId = FrameworkId> = BuiltInFrameworks[Id];

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
