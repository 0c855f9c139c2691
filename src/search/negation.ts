/**
 * The reach of a negation: whether a concern of the query is said not to be there ('no concerns about his
 * behaviour', 'no history of domestic abuse', 'nobody in the house drinks').
 * @module
 * @internal
 */
import { stem } from './stem.js';
import type { Token } from './tokenise.js';

/** Words that may stand between a negation and the concern it denies ('no concerns about', 'no history of', 'no sign of'). */
const NEGATION_SCOPE: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set('issue problem history evidence sign indication report suggestion current known previous past record mention'.split(' ').map((w) => stem(w))))();
/** Words that end a negation's reach ('no food and dad drinks'). */
const NEGATION_STOP: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'and',
  'but',
  'because',
  'although',
  'though',
  'however',
  'while',
  'if',
  'so',
  'then',
  'than',
]);
/** How many words back a negation may stand from the concern it denies. */
const NEGATION_REACH = 6;

/**
 * Whether a negation governs the word at token `at`: it stands before it within NEGATION_REACH words, with
 * only function words, words of scope ('concerns', 'history', 'sign'), people ('mum's drinking') and places
 * ('in the house') between, and no punctuation or conjunction parting them. `'word'`: straight before it
 * ('never drinks', 'not babbling' — which may itself be a concern); `'scope'`: a statement that the concern
 * is absent ('no concerns about his behaviour', 'no history of domestic abuse', 'nobody in the house drinks').
 */
export function negatedAt(
  tokens: readonly Token[],
  at: number,
  roleTokens: ReadonlySet<number>,
  places: ReadonlySet<number>,
  seqIndex: readonly number[],
): 'word' | 'scope' | undefined {
  for (let k = at - 1; k >= 0 && at - k <= NEGATION_REACH; k--) {
    if (tokens[k + 1]!.apart === true) return undefined;
    const t = tokens[k]!;
    if (t.stem === 'not') return k === at - 1 && !NEGATION_SCOPE.has(tokens[at]!.stem) ? 'word' : 'scope';
    if (NEGATION_STOP.has(t.surface)) return undefined;
    if (t.fn || NEGATION_SCOPE.has(t.stem) || roleTokens.has(k) || places.has(seqIndex.indexOf(k))) continue;
    return undefined;
  }
  return undefined;
}
