/**
 * The compiled thesaurus: the shape `scripts/build-data.ts` writes to
 * `src/generated/search-vocabulary.ts` (see `compile.ts`), read by the search
 * at run time without any further checking.
 * @module
 * @internal
 */

/** The roles of who-does-what-to-whom. */
export type Role = 'partner' | 'parent' | 'child';

/** A concept of the thesaurus, or a tag of the tag vocabulary read as a concept. */
export interface CompiledConcept {
  /** the thesaurus id, or `tag:<id>` for a tag */
  readonly id: string;
  /** shown as what matched */
  readonly label: string;
  readonly tags: readonly string[];
  /** descriptor wording: label and stems */
  readonly phrases: readonly (readonly [label: string, stems: readonly string[]])[];
}

/** One term: its stems (content words and `not`, in order), its concept and how it is written. */
export type CompiledTerm = readonly [stems: readonly string[], concept: number, label: string];

export interface CompiledVocabulary {
  readonly spellings: Readonly<Record<string, string>>;
  readonly concepts: readonly CompiledConcept[];
  readonly terms: readonly CompiledTerm[];
  /** first stem of a term → the indices of the terms starting with it, longest first */
  readonly byStem: Readonly<Record<string, readonly number[]>>;
  /** single-stem term keys, sorted, for spelling tolerance */
  readonly singleKeys: readonly string[];
  /** query tag → descriptor tag → weight (itself 1, narrower, broader) */
  readonly tagWeights: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** role words (surfaces, multi-word joined by a space) → role */
  readonly roles: Readonly<Record<string, Role>>;
  readonly possessives: readonly string[];
  /** action words (surfaces, multi-word joined by a space) → action id */
  readonly actions: Readonly<Record<string, string>>;
  /** the most words of a role or action */
  readonly maxPhraseWords: number;
  /** `${actor} ${action} ${target}` → concept index */
  readonly rules: Readonly<Record<string, number>>;
  /** word → 'm' or 'f', for reading pronouns */
  readonly gender: Readonly<Record<string, 'm' | 'f'>>;
  /** concept index → its parental concept index */
  readonly parental: Readonly<Record<number, number>>;
  /** stems of strength cues (multi-word cues joined by a space) */
  readonly strengthCues: readonly string[];
  /** reporting words (surfaces), the concept indices they combine with, and the disclosure concept index */
  readonly disclosure: { readonly cues: readonly string[]; readonly concepts: readonly number[]; readonly concept: number };
}
