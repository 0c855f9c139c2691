/**
 * Lookup of a built-in framework by id. The registry itself (`frameworks`,
 * `FrameworkId`) is generated from data/frameworks/ into `registry.ts`.
 * @module
 */
import { describe } from './errors.js';
import { Checker, readInput } from './input.js';
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
  const value = readInput('getFramework', 'id', id, 'UNKNOWN_FRAMEWORK');
  for (const fw of frameworks) if (fw.id === value) return fw as BuiltInFramework<Id>;
  const c = new Checker('getFramework', 'id', 'UNKNOWN_FRAMEWORK');
  if (typeof value === 'string')
    c.unknown(
      [],
      'UNKNOWN_FRAMEWORK',
      'a built-in framework id',
      value,
      frameworks.map((f) => f.id),
    );
  else
    c.add([], `must be a built-in framework id (${frameworks.map((f) => JSON.stringify(f.id)).join(' or ')}); received ${describe(value)}.`, {
      suggestions: frameworks.map((f) => f.id),
    });
  c.done();
  throw new Error('unreachable');
}
