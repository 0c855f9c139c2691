/**
 * Words a query holds that the descriptors do not: prefixes of descriptor words ('exploit' → 'exploitation'),
 * small misspellings of descriptor words, and small misspellings of thesaurus words ('neglact', 'exploted'),
 * read as the words they stand for.
 * @module
 * @internal
 */
import { distance } from '../distance.js';
import type { SearchIndex } from './index.js';
import { isDigit, type Token } from './tokenise.js';
import type { Phrase } from './units.js';
import { vocabTerms } from './units.js';

/** Only this many words per query, unknown to the descriptors, are tried as misspellings. */
export const MAX_FUZZY_TERMS = 3;
const PREFIX = 0.7;
/** A word shorter than this is no prefix of a descriptor word: it is a word of its own ('like' is not 'likely', 'sent' not 'sentence'). */
const MIN_PREFIX = 5;
const FUZZY = 0.6;

function sortedPrefix(sorted: readonly string[], prefix: string, limit: number): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && out.length < limit && sorted[i]!.startsWith(prefix); i++) if (sorted[i] !== prefix) out.push(sorted[i]!);
  return out;
}

/** Words within `tol` edits of `word` with its first letter, in sorted order (as a scan of the sorted list would find them). */
function near(b: ReadonlyMap<string, readonly string[]>, word: string, tol: number): string[] {
  const out: string[] = [];
  for (let len = Math.max(4, word.length - tol); len <= word.length + tol; len++)
    for (const w of b.get(`${word[0]}${len}`) ?? []) if (distance(word, w, tol) <= tol) out.push(w);
  return out.sort();
}

export function tolerance(s: string): number {
  return s.length >= 8 ? 2 : s.length >= 5 ? 1 : 0;
}

/** What a word unknown to the descriptors may be: a prefix of descriptor words, a misspelt descriptor word. */
interface Alternatives {
  readonly prefixes: readonly Phrase[];
  readonly near: readonly Phrase[];
}

/** Look-ups of words unknown to a framework's descriptors, kept with its index (at most MAX_MEMO words). */
const memos = /* @__PURE__ */ new WeakMap<SearchIndex, Map<string, Alternatives>>();
const MAX_MEMO = 20_000;

export function alternatives(ix: SearchIndex, stemmed: string): Alternatives {
  let memo = memos.get(ix);
  if (memo === undefined) {
    memo = new Map();
    memos.set(ix, memo);
  }
  let alt = memo.get(stemmed);
  if (alt !== undefined) return alt;
  const prefixes: Phrase[] = [];
  if (stemmed.length >= MIN_PREFIX && !isDigit(stemmed.charCodeAt(0)))
    // its adverb is another word ('close' is not 'closely')
    for (const s of sortedPrefix(ix.vocab, stemmed, 8)) if (s !== `${stemmed}li`) prefixes.push({ label: ix.surface.get(s) ?? s, stems: [s], weight: PREFIX });
  const tol = tolerance(stemmed);
  const close: Phrase[] = [];
  if (prefixes.length === 0 && tol > 0) {
    for (const s of near(ix.vocabBuckets, stemmed, tol)) {
      // a misspelling keeps its first two letters
      if (s[1] !== stemmed[1]) continue;
      close.push({ label: ix.surface.get(s) ?? s, stems: [s], weight: FUZZY });
      if (close.length >= 8) break;
    }
  }
  alt = { prefixes, near: close };
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(stemmed, alt);
  return alt;
}

/** The thesaurus word (a word of any term) a word unknown to both the thesaurus and the descriptors is a small misspelling of. */
function termWordNear(ix: SearchIndex, stemmed: string): string | undefined {
  let memo = corrections.get(ix);
  if (memo === undefined) {
    memo = new Map();
    corrections.set(ix, memo);
  }
  const had = memo.get(stemmed);
  if (had !== undefined) return had === '' ? undefined : had;
  const tol = tolerance(stemmed);
  let best: string | undefined;
  if (tol > 0 && !isDigit(stemmed.charCodeAt(0)) && alternatives(ix, stemmed).prefixes.length === 0) {
    let bestD = tol + 1;
    for (const w of near(vocabTerms().stemBuckets, stemmed, tol)) {
      // a misspelling keeps its first two letters ('negelct', 'alcholic'); 'bring' is not 'binge'
      if (w[1] !== stemmed[1]) continue;
      const d = distance(stemmed, w, tol);
      if (d < bestD) {
        bestD = d;
        best = w;
      }
    }
  }
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(stemmed, best ?? '');
  return best;
}
const corrections = /* @__PURE__ */ new WeakMap<SearchIndex, Map<string, string>>();

/**
 * Small misspellings of thesaurus words read as those words ('neglact', 'exploted', 'streangled'), so that
 * the terms and relations holding them are found too; marked `fuzzy` (such a match is never exact). At most
 * MAX_FUZZY_TERMS words per query; a word of the descriptors, of the thesaurus or a prefix of them is kept.
 */
export function correct(ix: SearchIndex, tokens: Token[]): Token[] {
  const { stems } = vocabTerms();
  let n = 0;
  for (let i = 0; i < tokens.length && n < MAX_FUZZY_TERMS; i++) {
    const t = tokens[i]!;
    if (t.fn || t.name === true || stems.has(t.stem) || ix.postings.has(t.stem) || tolerance(t.stem) === 0) continue;
    const w = termWordNear(ix, t.stem);
    if (w === undefined) continue;
    n++;
    tokens[i] = { ...t, stem: w, fuzzy: true };
  }
  return tokens;
}
