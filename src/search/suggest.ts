/**
 * From a free-text concern note to proposed descriptors, sentence by sentence.
 * @module
 */
import type { Framework, FrameworkIds, Indicator } from '../model.js';
import { freezeResult } from '../core.js';
import { searchIndex } from './index.js';
import { readArguments, searchIn, type SearchResult } from './search.js';

/** Options of {@link suggestIndicators}. @category Search */
export interface SuggestOptions {
  /** the most proposals per sentence: an integer 1..1000; default 3 */
  readonly limit?: number | undefined;
}

/** The proposals for one sentence of a note. @category Search */
export interface SentenceSuggestions<I extends Indicator = Indicator> {
  /** the sentence, as written in the note */
  readonly sentence: string;
  /** where it stands in the note: `note.slice(start, end) === sentence` */
  readonly start: number;
  readonly end: number;
  /** proposed descriptors, best first, each with the words that matched */
  readonly suggestions: readonly SearchResult<I>[];
}

/** What {@link suggestIndicators} proposes: for a practitioner to confirm, never an assessment. @category Search */
export interface IndicatorSuggestions<I extends Indicator = Indicator> {
  /** always `'proposal'`: nothing here is applied; a practitioner confirms each descriptor before it enters an assessment */
  readonly status: 'proposal';
  /** the sentences with at least one proposal, in note order */
  readonly sentences: readonly SentenceSuggestions<I>[];
  /** every proposed descriptor once, in order of first proposal */
  readonly indicators: readonly I[];
  /** the number of characters of the note read; less than its length when the note is longer than is read */
  readonly read: number;
}

const DEFAULT_LIMIT = 3;
/** Only this many characters of a note are read (1 MB; `read` says so when a note is longer). */
const MAX_NOTE_CHARS = 1_000_000;
/** A longer sentence is read in pieces of about this many characters. */
const MAX_SENTENCE_CHARS = 400;

function isBreak(c: number): boolean {
  // . ! ? ; newline, bullets
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 13 || c === 0x2022 || c === 0x2026;
}

/** Sentence spans of a text: split at . ! ? ; line breaks and bullets; long runs cut at a space. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push([s, e]);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) {
      // '3.5' and 'e.g.' stay in one sentence: a full stop must be followed by a space or the end
      if (c === 46 && i + 1 < text.length && !/\s/.test(text[i + 1]!)) continue;
      push(i + 1);
      start = i + 1;
    } else if (i - start >= MAX_SENTENCE_CHARS && c === 32) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return out;
}

/**
 * Reads a free-text concern note sentence by sentence and proposes, for each
 * sentence, the descriptors it may describe (the ranking of
 * {@link searchIndicators}), with the words that matched — for the
 * practitioner to confirm or reject. Nothing is applied: the result is a
 * proposal (`status: 'proposal'`), not an assessment, and has no shape that
 * `resolveLevel` accepts; build the assessment from the descriptors the
 * practitioner confirms. It misses things a reader would see, and proposes
 * some that do not fit.
 *
 * Sentences end at `.`, `!`, `?`, `;`, line breaks and bullets; a very long
 * run is read in pieces. A note is read whole up to 1,000,000 characters
 * (1 MB); of a longer one only the first 1,000,000 characters are read, and
 * `read` says so (it is less than the note's length). Any input returns,
 * never an error but for wrong argument types.
 *
 * @param fw - the framework (a built-in or the result of `defineFramework`)
 * @param note - the concern note, free text
 * @param options - `{ limit }`: the most proposals per sentence, an integer 1..1000 (default 3)
 * @returns the proposals per sentence
 * @throws {@link ThresholdError} `INVALID_INPUT` when `fw` is not a framework, `note` is not a string, or the options are bad
 * @category Search
 * @example
 * ```ts
 * import { suggestIndicators, stokeOnTrent } from 'safeguarding-thresholds';
 * const s = suggestIndicators(stokeOnTrent, 'Dad hits mum. He is not going to school.', { limit: 1 });
 * s.status;
 * //=> 'proposal'
 * s.sentences.map((x) => [x.sentence, x.suggestions[0].concepts]);
 * //=> [ [ 'Dad hits mum.', [ 'domestic-abuse' ] ], [ 'He is not going to school.', [ 'attendance' ] ] ]
 * ```
 */
export function suggestIndicators<Ids extends FrameworkIds>(
  fw: Framework<Ids>,
  note: string,
  options?: SuggestOptions,
): IndicatorSuggestions<Indicator<Ids['indicator'], Ids['area']>> {
  const { framework, limit } = readArguments(fw, note, options, 'suggestIndicators', 'note', DEFAULT_LIMIT);
  const ix = searchIndex(framework);
  const text = note.length > MAX_NOTE_CHARS ? note.slice(0, MAX_NOTE_CHARS) : note;
  const spans = sentences(text);
  const out: SentenceSuggestions[] = [];
  const seen = new Set<Indicator>();
  const indicators: Indicator[] = [];
  const cache = new Map<string, SearchResult[]>();
  for (const [start, end] of spans) {
    const sentence = text.slice(start, end);
    let hits = cache.get(sentence);
    if (hits === undefined) {
      hits = searchIn(ix, sentence, limit);
      cache.set(sentence, hits);
    }
    if (hits.length === 0) continue;
    for (const h of hits) {
      for (const i of h.indicators) {
        if (!seen.has(i)) {
          seen.add(i);
          indicators.push(i);
        }
      }
    }
    out.push({ sentence, start, end, suggestions: hits });
  }
  const read = text.length;
  return freezeResult({ status: 'proposal', sentences: out, indicators, read });
}
