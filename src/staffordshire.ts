/**
 * The Staffordshire framework alone, so an app that uses it does not ship the
 * other one: `import { staffordshire } from 'safeguarding-thresholds/staffordshire'`.
 * @module
 */
import { staffordshireData } from './generated/staffordshire.js';

export type {
  StaffordshireAreaId,
  StaffordshireIds,
  StaffordshireIndicatorId,
  StaffordshireLevelId,
} from './generated/staffordshire.js';

/**
 * Staffordshire *Threshold Framework: 'Accessing the Right Help at the Right
 * Time'* (April 2022): the windscreen of 4 levels over the Assessment Framework
 * triangle (3 domains and their sub-domains), every descriptor verbatim and
 * cited. Deep-frozen.
 *
 * @category Frameworks
 * @example
 * ```ts
 * import { staffordshire } from 'safeguarding-thresholds/staffordshire';
 * staffordshire.levels.map((l) => l.id);
 * //=> [ 'universal', 'universal-plus', 'targeted-early-help', 'statutory-specialist' ]
 * ```
 */
export const staffordshire = staffordshireData;
