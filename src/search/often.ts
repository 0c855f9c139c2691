/**
 * How often or how long a query says something happens ('again', 'for months', 'at times'): the thesaurus's `often`,
 * read word for word, function words too, the longest wording first, only beside a concern. In a query of several
 * concerns it chooses among each concern's descriptors those of that frequency (`score.ts`); it is no concern of its
 * own and adds no score.
 * @module
 * @internal
 */
import { searchVocabulary as vocab } from '../generated/search-vocabulary.js';
import type { Token } from './tokenise.js';
import { conceptUnit, type Unit } from './units.js';
import { lazy } from './vocabulary.js';

/** The wordings by their first word: [words as written, concept index], longest first. */
const byFirst = /* @__PURE__ */ lazy((): ReadonlyMap<string, readonly (readonly [readonly string[], number])[]> => {
  const out = new Map<string, [string[], number][]>();
  for (const [said, c] of vocab().often) {
    const words = said.split(' ');
    (out.get(words[0]!) ?? out.set(words[0]!, []).get(words[0]!)!).push([words, c]);
  }
  return out;
});

/** The concepts of frequency (indices): their own terms ('daily') choose among a concern's descriptors too. */
export const oftenConcepts = /* @__PURE__ */ lazy((): ReadonlySet<number> => new Set(vocab().often.map(([, c]) => c)));

/** The units of frequency the query's words say, one per concept (the first wording read). */
export function oftenUnits(tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  const first = byFirst();
  for (let i = 0; i < tokens.length; i++) {
    const found = first
      .get(tokens[i]!.surface)
      ?.find(([words]) => words.every((w, k) => tokens[i + k]?.surface === w && (k === 0 || tokens[i + k]!.apart !== true)));
    if (found === undefined) continue;
    const [words, c] = found;
    const at = words.map((_, k) => i + k);
    if (!units.some((u) => u.c === c)) units.push(conceptUnit(c, words.join(' '), [], 1, { at, refines: true }));
    i += words.length - 1;
  }
  return units;
}
