/**
 * Practitioner-language search over a framework's descriptors.
 * @module
 */
import { freezeResult, indexOf } from '../core.js';
import { describe } from '../errors.js';
import { Checker, checkLimit, readInput } from '../input.js';
import type { Framework, FrameworkIds, Indicator } from '../model.js';
import { searchIndex, type SearchIndex } from './index.js';
import { parse } from './query.js';
import { rank } from './score.js';

/** Options of {@link searchIndicators}. @category Search */
export interface SearchOptions {
  /** the most results to return: an integer 1..1000; default 10 */
  readonly limit?: number | undefined;
}

/** One hit of {@link searchIndicators} and {@link suggestIndicators}: one descriptor text. @category Search */
export interface SearchResult<I extends Indicator = Indicator> {
  /** the descriptor, as in the framework (the first in source order when several areas share its text) */
  readonly indicator: I;
  /** every descriptor with this exact text, in source order (one, or the same text under several areas) */
  readonly indicators: readonly I[];
  /** the areas of `indicators`, in source order, each once */
  readonly areas: readonly I['area'][];
  /** relevance, higher is better; comparable within one result list only */
  readonly score: number;
  /**
   * why it matched, in query order: the query's own words (as written, lower
   * case), the descriptor wording a concept stands for (e.g. `'domestic abuse'`
   * for "DV"), descriptor words reached by prefix or spelling tolerance, and
   * `tag:<id>` for a tag of the descriptor that a concept names
   */
  readonly matched: readonly string[];
  /** ids of the thesaurus concepts (`data/vocabularies/synonyms.json`) or `tag:<id>` tags the query was read as, that found this hit */
  readonly concepts: readonly string[];
}

const DEFAULT_LIMIT = 10;
/** Reads the arguments of a search function: a framework, a string, options `{ limit }`. @internal */
export function readArguments(
  fw: unknown,
  text: unknown,
  options: unknown,
  fn: string,
  what: string,
  fallback: number,
): { framework: Framework; limit: number } {
  const framework = indexOf(fw, fn).fw;
  if (typeof text !== 'string') {
    const c = new Checker(fn, what, 'INVALID_INPUT');
    c.add([], `must be a string; received ${describe(text)}.`);
    c.done();
  }
  const c = new Checker(fn, 'options', 'INVALID_INPUT');
  const o = options === undefined ? undefined : c.record(readInput(fn, 'options', options, 'INVALID_INPUT'), [], ['limit']);
  if (o !== undefined) checkLimit(c, o.limit, ['limit']);
  c.done();
  return { framework, limit: (o?.limit as number | undefined) ?? fallback };
}

/** The ranked hits of one query on an index. @internal */
export function searchIn(ix: SearchIndex, query: string, limit: number): SearchResult[] {
  const { units, strengths, who } = parse(query, ix);
  if (units.length === 0) return [];
  return rank(ix, units, strengths, limit, who).map((r) => {
    const members = ix.members.get(r.group)!;
    const indicators = members.map((n) => ix.docs[n]!.indicator);
    const areas = [...new Set(indicators.map((i) => i.area))];
    return { indicator: indicators[0]!, indicators, areas, score: r.score, matched: [...r.matched], concepts: [...r.concepts] };
  });
}

/**
 * Finds descriptors from the words practitioners use. The query is read by
 * concept, through a practitioner thesaurus (`data/vocabularies/synonyms.json`)
 * organised on the tag vocabulary: everyday words, slang, UK practice
 * abbreviations ("DV", "CSE", "CCE", "FII", "NEET", "EHCP", "CAMHS"…),
 * misspellings and short descriptions of situations ("keeps taking him to
 * different doctors"); who does what to whom ("dad hits mum" is domestic
 * abuse, "mum hits him" physical abuse of the child, "16 year old hits his mum"
 * child-to-parent violence); negation ("not going to school" is attendance —
 * "not" itself never matches a descriptor's "not"); ages ("15 year old with a
 * 23 year old boyfriend") and percentages ("attendance 85%" finds the
 * descriptor of the threshold it is below). Then light stemming, US spellings,
 * hyphen-less compounds, prefixes and small misspellings of descriptor words.
 *
 * Ranked by relevance: for each concept of the query, how well a descriptor's
 * text states it (BM25) plus whether the descriptor carries a tag it names,
 * weighted by how rare the concept is; strengths weigh half (a concern stated as a need finds needs first). When a
 * query holds several concerns ("dad drinks and the kids are not at school"),
 * the best descriptor of each concern comes straight after the top hit, before
 * the second-best of any; the rest follow by score (ties: higher level, then
 * source order). Descriptors with the same text under several areas are one
 * hit naming all of them (`indicators`, `areas`). Each hit says what
 * `matched` and which `concepts` found it.
 *
 * Deterministic; only the first 1,000 characters and 48 words (after function
 * words) of a query are read, so any input length returns quickly; no regular
 * expression is built from the query; a query with no searchable word gives
 * `[]`. It proposes candidates for a practitioner to read — it misses things,
 * and it decides nothing (see docs/guides/search.md for its measured recall).
 *
 * @param fw - the framework to search (a built-in or the result of `defineFramework`)
 * @param query - free text, any length; never causes an error
 * @param options - `{ limit }`: the most results, an integer 1..1000 (default 10)
 * @returns the matching descriptors, best first
 * @throws {@link ThresholdError} `INVALID_INPUT` when `fw` is not a framework, `query` is not a string, `options` is not an object or has an unknown key, or `limit` is not an integer 1..1000
 * @category Search
 * @example
 * ```ts
 * import { searchIndicators, staffordshire, stokeOnTrent } from 'safeguarding-thresholds';
 * searchIndicators(staffordshire, 'FII', { limit: 1 }).map((r) => [r.indicator.id, r.matched]);
 * //=> [ [ 'behavioural-suspected-evidence-fabricated-induced', [ 'fii', 'fabricated or induced illness', 'tag:fabricated-illness' ] ] ]
 * searchIndicators(stokeOnTrent, 'dad hits mum', { limit: 1 }).map((r) => r.concepts);
 * //=> [ [ 'domestic-abuse' ] ]
 * searchIndicators(staffordshire, '?!');
 * //=> []
 * ```
 */
export function searchIndicators<Ids extends FrameworkIds>(
  fw: Framework<Ids>,
  query: string,
  options?: SearchOptions,
): SearchResult<Indicator<Ids['indicator'], Ids['area']>>[] {
  const { framework, limit } = readArguments(fw, query, options, 'searchIndicators', 'query', DEFAULT_LIMIT);
  return freezeResult(searchIn(searchIndex(framework), query, limit));
}
