/**
 * The reach of a negation: whether a concern of the query is said not to be there ('no concerns about his
 * behaviour', 'no history of domestic abuse', 'nobody in the house drinks'). Its words are the thesaurus's
 * (`negation` in data/vocabularies/synonyms.json).
 * @module
 * @internal
 */
import { searchVocabulary as vocab } from '../generated/search-vocabulary.js';
import type { Token } from './tokenise.js';
import { lazy } from './vocabulary.js';

/** Words that may stand between a negation and the concern it denies ('no concerns about', 'no history of', 'no sign of'), stemmed. @internal */
export const negationScope = /* @__PURE__ */ lazy((): ReadonlySet<string> => new Set(vocab().negation.scope));
/** Words that end a negation's reach ('no food and dad drinks'), and a clause. @internal */
export const negationStop = /* @__PURE__ */ lazy((): ReadonlySet<string> => new Set(vocab().negation.ends));
/** Words that carry a negation on to the next concern ('nobody drinks or uses drugs'). */
const negationJoin = /* @__PURE__ */ lazy((): ReadonlySet<string> => new Set(vocab().negation.joins));

/**
 * Whether a negation governs the word at token `at`: it stands before it within the thesaurus's `negation.reach` words, with
 * only function words, words of scope ('concerns', 'history', 'sign'), people ('mum's drinking') and places
 * ('in the house') between, and no punctuation or conjunction parting them. `'word'`: straight before it
 * ('never drinks', 'not babbling' — which may itself be a concern); `'scope'`: a statement that the concern
 * is absent ('no concerns about his behaviour', 'no history of domestic abuse', 'nobody in the house drinks').
 * After a join word ('or'), the words of another concern (`concerns`: token indexes) may stand between too: the
 * negation carries on ('nobody drinks or uses drugs', 'never smokes or drinks').
 */
export function negatedAt(
  tokens: readonly Token[],
  at: number,
  roleTokens: ReadonlySet<number>,
  places: ReadonlySet<number>,
  seqIndex: readonly number[],
  concerns: ReadonlySet<number> = new Set(),
): 'word' | 'scope' | undefined {
  const reach = vocab().negation.reach;
  const NEGATION_SCOPE = negationScope();
  const NEGATION_STOP = negationStop();
  let joined = false;
  // one word straight before the concern, carried over only by a join ('drinks or takes drugs')
  let verb = false;
  // the words of the concerns carried over do not count against the reach
  let over = 0;
  for (let k = at - 1; k >= 0 && at - k <= reach + over; k--) {
    if (tokens[k + 1]!.apart === true) return undefined;
    const t = tokens[k]!;
    // a term's own negation ('not in school or college') is its lack, no negation carried on
    if (joined && concerns.has(k)) {
      over++;
      continue;
    }
    if (t.stem === 'not') return verb && !joined ? undefined : k === at - 1 && !NEGATION_SCOPE.has(tokens[at]!.stem) ? 'word' : 'scope';
    if (negationJoin().has(t.surface)) joined = true;
    if (NEGATION_STOP.has(t.surface)) return undefined;
    if (t.fn || NEGATION_SCOPE.has(t.stem) || roleTokens.has(k) || places.has(seqIndex.indexOf(k))) continue;
    if (k === at - 1 && !concerns.has(k)) verb = true;
    else return undefined;
  }
  return undefined;
}
