/**
 * Units of meaning of a query (a concept, a relation, a word) and the
 * thesaurus terms expanded for reading queries.
 * @module
 * @internal
 */
import { searchVocabulary as vocab } from '../generated/search-vocabulary.js';
import { termStems } from './tokenise.js';
import { lazy, lexiconOf, type TermIndex, termIndex } from './vocabulary.js';

/** The weight of a concept's own descriptor wording, against the query's words (1). */
const EXPANSION = 0.7;
/** A concept without tags (who: 'mum', 'kids') only refines the ranking. */
const WHO = 0.3;

let termsCache: TermIndex | undefined;
/** The thesaurus terms, expanded on first use. */
export function vocabTerms(): TermIndex {
  termsCache ??= termIndex(vocab());
  return termsCache;
}

export interface Phrase {
  /** shown in `matched` */
  readonly label: string;
  readonly stems: readonly string[];
  readonly weight: number;
}

/** One unit of meaning of the query. */
export interface Unit {
  readonly id: string;
  readonly phrases: readonly Phrase[];
  readonly tags: readonly string[];
  readonly weight: number;
  /** the query's words it stands for, as written (lower case) */
  readonly typed: string;
  /** the thesaurus concept (id), if any */
  readonly concept: string | undefined;
  /** a concern of its own: diversified so that each concern of a query has its best descriptor near the top */
  readonly concern: boolean;
  /** a percentage of the query ("attendance 85%") */
  readonly percent?: number;
  /** the thesaurus concept (index): its wording and tags are scored too */
  readonly c?: number;
  /**
   * a concern said not to be there: its strengths first; `'scope'` ('no concerns about his behaviour', 'no
   * history of domestic abuse') also weighs its needs less, `'word'` ('never drinks', 'not babbling') does not
   */
  readonly negated?: 'word' | 'scope' | undefined;
  /** an age, or how often: it only refines the concerns read ('3 year old behind in speech' is not 'under 16') */
  readonly refines?: true;
  /** the query's tokens it was read from: concerns read from shared words are readings of one concern */
  readonly at?: readonly number[] | undefined;
}

/** Who the query names: a parent or carer (not only 'he'); someone other than a professional doing it ('dad hits her'). */
export interface Who {
  readonly parentNamed: boolean;
  readonly someoneElse: boolean;
}

/** Adds `m` to `list` once. */
export function addTo(list: string[], m: string): void {
  if (!list.includes(m)) list.push(m);
}

/** The concepts that are words of who ('mum', 'kids'): without tags, most of their terms role words of the relations. */
export const whoConcepts = /* @__PURE__ */ lazy((): ReadonlySet<number> => {
  const v = vocab();
  const lex = lexiconOf(v);
  const roles = new Set(Object.keys(v.roles).map((k) => termStems(k, lex).join(' ')));
  const counts = new Map<number, [number, number]>();
  for (const t of v.terms) {
    const at = t.indexOf(' ');
    const c = Number(t.slice(0, at));
    if (v.concepts[c]!.tags.length > 0) continue;
    const n = counts.get(c) ?? counts.set(c, [0, 0]).get(c)!;
    n[0]++;
    if (roles.has(t.slice(at + 1))) n[1]++;
  }
  return new Set([...counts].filter(([, [all, role]]) => role * 2 > all).map(([c]) => c));
});

/** concept id → its index in the thesaurus */
export const conceptIndex = /* @__PURE__ */ lazy(() => new Map(vocab().concepts.map((c, i) => [c.id, i])));

/** What a concept's unit may also say: its id (default `c:<index>`), whether it is said not to be there, its tokens. */
export interface UnitOptions {
  readonly id?: string;
  readonly negated?: 'word' | 'scope' | undefined;
  readonly at?: readonly number[] | undefined;
  /** it only refines the concerns read (how often: 'again', 'for months'; no score of its own) */
  readonly refines?: true | undefined;
}

export function conceptUnit(c: number, typed: string, typedStems: readonly string[], weight: number, options: UnitOptions = {}): Unit {
  const concept = vocab().concepts[c]!;
  // a negated term ('not going to school') means its concept, not its words: 'school' alone is no match;
  // the concept's own wording and tags are scored from a per-framework table (reach.ts)
  const phrases: Phrase[] = typedStems.length > 0 && !typedStems.includes('not') ? [{ label: typed, stems: typedStems, weight: 1 }] : [];
  // a concept without tags (who: 'mum', 'kids') only refines the ranking; every concept's unit has one shape
  return {
    id: options.id ?? `c:${c}`,
    typed,
    phrases,
    tags: concept.tags,
    weight: concept.tags.length > 0 ? weight : weight * WHO,
    concept: concept.id,
    concern: concept.tags.length > 0,
    c,
    negated: options.negated,
    at: options.at,
    ...(options.refines === true ? { refines: true as const } : {}),
  };
}

/** The stems of each phrase of a concept (its descriptor wording), read once. */
export function conceptPhrases(c: number): readonly Phrase[] {
  const voc = vocab();
  return voc.concepts[c]!.phrases.map((label) => ({ label, stems: termStems(label, lexiconOf(voc)).filter((x) => x !== 'not'), weight: EXPANSION }));
}
