/**
 * The Stoke-on-Trent framework alone, so an app that uses it does not ship the
 * other one: `import { stokeOnTrent } from 'safeguarding-thresholds/stoke-on-trent'`.
 * @module
 */
import { stokeOnTrentData } from './generated/stoke-on-trent.js';

export type {
  StokeOnTrentAreaId,
  StokeOnTrentIds,
  StokeOnTrentIndicatorId,
  StokeOnTrentLevelId,
} from './generated/stoke-on-trent.js';

/**
 * Stoke-on-Trent Safeguarding Children Partnership, *Thresholds for
 * Intervention* (in line with Working Together 2023): the i-THRIVE scale of 5
 * levels over the 10 Supporting Families outcomes, every descriptor verbatim and
 * cited. Deep-frozen.
 *
 * @category Frameworks
 * @example
 * ```ts
 * import { stokeOnTrent } from 'safeguarding-thresholds/stoke-on-trent';
 * stokeOnTrent.levels.map((l) => l.name);
 * //=> [ 'Thriving', 'Getting Advice', 'Getting Help', 'Getting More Help', 'Getting Risk Support' ]
 * ```
 */
export const stokeOnTrent = stokeOnTrentData;
