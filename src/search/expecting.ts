/**
 * A young person's own age beside a pregnancy: a teenage pregnancy too (the thesaurus's `ages.teenParents.expecting`).
 * @module
 * @internal
 */
import { searchVocabulary as vocab } from '../generated/search-vocabulary.js';
import { PRONOUNS, type readRelations } from './relations.js';
import { conceptUnit, type Unit } from './units.js';

/**
 * The teenage-pregnancy unit of a query whose pregnancy stands beside a young person's own age ('she is 15 and
 * pregnant', 'pregnant at 15', 'Y10 pupil is pregnant'): not an age said of one of the family ('mum is pregnant, her
 * 15 year old son is truanting'), nor a parent's pregnancy ('she is 15, her mum is pregnant again'), nor a child's
 * age below `teenParents.from`.
 */
export function teenPregnancy(
  units: readonly Unit[],
  relations: ReturnType<typeof readRelations>,
  clauseOf: readonly number[],
  childAges: readonly number[],
): Unit | undefined {
  const voc = vocab();
  // said of a parent named before it in its clause
  const ofParent = (at: number): boolean =>
    relations.roles.some((r) => r.role === 'parent' && !PRONOUNS.has(r.words) && r.end < at && clauseOf[r.end] === clauseOf[at]);
  const expecting = units.find(
    (u) => u.concern && u.negated === undefined && u.c !== undefined && voc.ages.teenExpecting.includes(u.c) && !ofParent(u.at?.[0] ?? -1),
  );
  const own = childAges.filter((a) => a >= voc.ages.teenFrom && !relations.kinAges.includes(a));
  if (expecting === undefined || own.length === 0) return undefined;
  return conceptUnit(voc.ages.teenParents, `${expecting.typed} (${Math.min(...own)})`, [], 1, {
    id: `tp:${voc.ages.teenParents}`,
    at: [...relations.ageTokens, ...(expecting.at ?? [])],
  });
}
