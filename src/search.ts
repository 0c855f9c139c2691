/**
 * Practitioner-language search over a framework's descriptors: abbreviations,
 * synonyms and slang from the search vocabulary (`data/vocabularies/synonyms.json`),
 * light stemming, and the tag vocabulary.
 * @module
 */
import { distance } from './distance.js';
import { freezeResult, indexOf } from './core.js';
import { checkLimit, Checker, readInput } from './input.js';
import { describe } from './errors.js';
import type { Framework, FrameworkIds, Indicator } from './model.js';
import { synonyms } from './generated/synonyms.js';
import { tags as tagVocabulary } from './generated/tags.js';

/** Options of {@link searchIndicators}. @category Search */
export interface SearchOptions {
  /** the most results to return: an integer 1..1000; default 10 */
  readonly limit?: number | undefined;
}

/** One hit of {@link searchIndicators}. @category Search */
export interface SearchResult<I extends Indicator = Indicator> {
  /** the descriptor, as in the framework */
  readonly indicator: I;
  /** relevance, higher is better; comparable within one result list only */
  readonly score: number;
  /**
   * why it matched, in query order: the query's own words, the vocabulary
   * phrases they stand for (e.g. `'domestic abuse'` for "DV"), descriptor words
   * reached by prefix or spelling tolerance, and `tag:<id>` for a tag of the
   * descriptor that a query term names
   */
  readonly matched: string[];
}

/** Only this many characters of a query are read; the rest is ignored. */
const MAX_QUERY_CHARS = 1000;
/** Only this many terms (after dropping stop words) of a query are used. */
const MAX_QUERY_TERMS = 32;
/** Only this many words per query, unknown to the descriptors, are tried as misspellings. */
const MAX_FUZZY_TERMS = 4;
/** Longer words are cut to this length. */
const MAX_WORD = 40;
const DEFAULT_LIMIT = 10;

// Ranking. Each concept of the query (a vocabulary term, a tag name or a plain
// word) scores a descriptor by how well its text states the concept (the best
// of the concept's phrases: BM25 divided by the phrase's idf, about 0..1.4; the
// query's own words count 1, vocabulary phrases EXPANSION, prefix and misspelling
// matches PREFIX and FUZZY), plus TAG_WEIGHT when the descriptor has a tag the
// concept names (× NARROWER for a narrower tag, × BROADER for a broader one),
// all times the concept's rarity: the idf of the number of descriptors it
// reaches. A descriptor's score is the sum over concepts; strengths score
// STRENGTH_FACTOR of it, since a search is nearly always for a concern.
const K1 = 1.2;
const B = 0.5;
const TAG_WEIGHT = 0.8;
const EXPANSION = 0.7;
const NARROWER = 0.8;
const BROADER = 0.5;
const NOT_ADJACENT = 0.6;
const PREFIX = 0.7;
const FUZZY = 0.6;
const FUZZY_KEY = 0.8;
const STRENGTH_FACTOR = 0.75;

const STOP = new Set(
  (
    'a an the and or of to in on at by for with from into as is are was were be been being am it its this that these those there ' +
    'their them they he she his her him hers herself himself themselves itself i me my we our us you your who whom which what when ' +
    'where how do does did has have had having will would should could can may might must shall e g eg ie etc also so such than then very'
  ).split(' '),
);

// ---------------------------------------------------------------- tokenising

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Lower-cased words of `text`, each flagged when a hyphen joins it to the previous word. No regex is built from the text. */
function words(text: string): { word: string; joined: boolean }[] {
  const s = text.normalize('NFKD').toLowerCase();
  const out: { word: string; joined: boolean }[] = [];
  let cur = '';
  let joined = false;
  let hyphen = false;
  const flush = (): void => {
    if (cur !== '') out.push({ word: cur.length > MAX_WORD ? cur.slice(0, MAX_WORD) : cur, joined });
    cur = '';
  };
  const wordAt = (i: number): boolean => {
    if (i >= s.length) return false;
    const c = s.charCodeAt(i);
    return c < 128 ? isAsciiWord(c) : WORD_CHAR.test(s[i]!);
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) continue; // combining marks left by NFKD: é → e
    if (c < 128 ? isAsciiWord(c) : WORD_CHAR.test(s[i]!)) {
      if (cur === '') {
        joined = hyphen;
        hyphen = false;
      }
      cur += s[i];
      continue;
    }
    const apostrophe = c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc;
    if (apostrophe && cur !== '' && wordAt(i + 1)) continue; // child's → childs, can't → cant
    if (c === 38 && cur !== '' && wordAt(i + 1)) {
      cur += '&'; // A&E, B&B
      continue;
    }
    const dash = c === 45 || c === 0x2010 || c === 0x2011;
    const had = cur !== '';
    flush();
    hyphen = dash && had && wordAt(i + 1);
  }
  flush();
  return out;
}

// ---------------------------------------------------------------- stemming

function vowelAt(w: string, i: number): boolean {
  const c = w[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return true;
  return c === 'y' && i > 0 && !vowelAt(w, i - 1);
}

/** Porter's measure: the number of vowel–consonant sequences. */
function measure(w: string): number {
  let m = 0;
  let i = 0;
  while (i < w.length && !vowelAt(w, i)) i++;
  while (i < w.length) {
    while (i < w.length && vowelAt(w, i)) i++;
    if (i >= w.length) break;
    while (i < w.length && !vowelAt(w, i)) i++;
    m++;
  }
  return m;
}

function hasVowel(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (vowelAt(w, i)) return true;
  return false;
}

function cvc(w: string): boolean {
  const n = w.length;
  return n >= 3 && !vowelAt(w, n - 3) && vowelAt(w, n - 2) && !vowelAt(w, n - 1) && !'wxy'.includes(w[n - 1]!);
}

function doubleConsonant(w: string): boolean {
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] && !vowelAt(w, n - 1);
}

const STEP2: readonly (readonly [string, string])[] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['ization', 'ize'],
  ['isation', 'ise'],
  ['ation', 'ate'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['ousli', 'ous'],
  ['iveli', 'ive'],
  ['fulli', 'ful'],
];

/**
 * A light, deterministic stemmer: Porter's steps 1 (plurals, -ed, -ing, y → i),
 * a few step 2 suffixes (-ation, -isation, -ally, -ently…) and step 5 (final -e,
 * -ll), with -ize spellings read as -ise. Words of up to 3 letters and words with
 * digits are kept as they are. @internal
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return w; // digits, '&', other scripts: as is
  }
  const iz = w.lastIndexOf('iz');
  if (iz > 0 && ['e', 'es', 'ed', 'ing', 'ation', 'ations', 'er', 'ers'].includes(w.slice(iz + 2))) w = `${w.slice(0, iz)}is${w.slice(iz + 2)}`;
  // step 1a
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && w.length > 3) w = w.slice(0, -1);
  // step 1b
  let again = false;
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2);
    again = true;
  } else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) {
    w = w.slice(0, -3);
    again = true;
  }
  if (again) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('is')) w += 'e';
    else if (doubleConsonant(w) && !'lsz'.includes(w[w.length - 1]!)) w = w.slice(0, -1);
    else if (measure(w) === 1 && cvc(w)) w += 'e';
  }
  // step 1c
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;
  // step 2 (subset)
  for (const [from, to] of STEP2) {
    if (w.endsWith(from)) {
      if (measure(w.slice(0, -from.length)) > 0) w = w.slice(0, -from.length) + to;
      break;
    }
  }
  // step 5
  if (w.endsWith('e')) {
    const m = measure(w.slice(0, -1));
    if (m > 1 || (m === 1 && !cvc(w.slice(0, -1)))) w = w.slice(0, -1);
  }
  if (w.endsWith('ll') && measure(w) > 1) w = w.slice(0, -1);
  return w;
}

// ---------------------------------------------------------------- analysis

interface Term {
  /** the word as written (lower case, US spellings read as UK) */
  readonly surface: string;
  readonly stem: string;
  /** joined to the previous term by a hyphen */
  readonly joined: boolean;
}

let spellingMap: ReadonlyMap<string, string> | undefined;
function spellings(): ReadonlyMap<string, string> {
  spellingMap ??= new Map(Object.entries(synonyms.spellings));
  return spellingMap;
}

/** The terms of a text: words, US → UK spellings, stop words dropped, stemmed. */
function analyse(text: string, max = Infinity): Term[] {
  const sp = spellings();
  const out: Term[] = [];
  for (const { word, joined } of words(text)) {
    const w = sp.get(word) ?? word;
    if (STOP.has(w)) continue;
    out.push({ surface: w, stem: stem(w), joined });
    if (out.length >= max) break;
  }
  return out;
}

// ---------------------------------------------------------------- vocabulary

interface Phrase {
  /** shown in `matched` */
  readonly label: string;
  readonly stems: readonly string[];
  readonly weight: number;
}

interface Meaning {
  /** the first vocabulary term read as this key, as written */
  readonly term: string;
  /** entry ids this key comes from (for conflict checks) */
  readonly sources: string[];
  readonly phrases: Phrase[];
  readonly tags: string[];
}

interface Vocabulary {
  readonly keys: ReadonlyMap<string, Meaning>;
  readonly maxKeyTerms: number;
  /** single-term keys, for spelling tolerance */
  readonly singleKeys: readonly string[];
  /** terms of the vocabulary that analyse to nothing, and keys claimed by two entries */
  readonly problems: readonly string[];
  /** query tag → descriptor tag → weight */
  readonly tagWeights: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

let vocabularyCache: Vocabulary | undefined;

function phraseOf(label: string): Phrase | undefined {
  const stems = analyse(label).map((t) => t.stem);
  return stems.length > 0 ? { label, stems, weight: EXPANSION } : undefined;
}

function buildVocabulary(): Vocabulary {
  const keys = new Map<string, Meaning>();
  const problems: string[] = [];
  let maxKeyTerms = 1;
  const add = (term: string, source: string, phrases: readonly Phrase[], tags: readonly string[], exclusive: boolean): void => {
    const stems = analyse(term).map((t) => t.stem);
    if (stems.length === 0) {
      problems.push(`${source}: term ${JSON.stringify(term)} has no searchable word`);
      return;
    }
    const key = stems.join(' ');
    maxKeyTerms = Math.max(maxKeyTerms, stems.length);
    let meaning = keys.get(key);
    if (meaning === undefined) {
      meaning = { term, sources: [], phrases: [], tags: [] };
      keys.set(key, meaning);
    } else if (exclusive && meaning.sources.some((s) => !s.startsWith('tag:') && s !== source)) {
      problems.push(`${source}: term ${JSON.stringify(term)} reads as '${key}', already a term of ${meaning.sources.join(', ')}`);
      return;
    }
    if (!meaning.sources.includes(source)) meaning.sources.push(source);
    for (const p of phrases) if (!meaning.phrases.some((q) => q.label === p.label)) meaning.phrases.push(p);
    for (const t of tags) if (!meaning.tags.includes(t)) meaning.tags.push(t);
  };
  for (const e of synonyms.entries) {
    const phrases = (e.phrases ?? []).map(phraseOf).filter((p): p is Phrase => p !== undefined);
    for (const term of e.terms) add(term, e.id, phrases, e.tags ?? [], true);
  }
  // every tag is searchable by its id and its name
  for (const t of tagVocabulary) {
    const idWords = t.id.replace(/-/g, ' ');
    const phrases = [phraseOf(idWords), phraseOf(t.name)].filter((p): p is Phrase => p !== undefined);
    add(idWords, `tag:${t.id}`, phrases, [t.id], false);
    add(t.name, `tag:${t.id}`, phrases, [t.id], false);
  }
  // tag relations: a query tag reaches itself, its narrower tags and (less) its broader ones
  const broader = new Map(tagVocabulary.map((t) => [t.id as string, t.broader as string | undefined]));
  const ancestors = (id: string): string[] => {
    const out: string[] = [];
    for (let p = broader.get(id); p !== undefined && !out.includes(p); p = broader.get(p)) out.push(p);
    return out;
  };
  const tagWeights = new Map<string, Map<string, number>>();
  for (const t of tagVocabulary) {
    const m = new Map<string, number>([[t.id, 1]]);
    for (const a of ancestors(t.id)) m.set(a, BROADER);
    for (const u of tagVocabulary) if (ancestors(u.id).includes(t.id)) m.set(u.id, NARROWER);
    tagWeights.set(t.id, m);
  }
  const singleKeys = [...keys.keys()].filter((k) => !k.includes(' ')).sort();
  return { keys, maxKeyTerms, singleKeys, problems, tagWeights };
}

function vocabulary(): Vocabulary {
  vocabularyCache ??= buildVocabulary();
  return vocabularyCache;
}

/** Problems of the search vocabulary (terms that read as nothing, terms claimed by two entries); empty when sound. @internal */
export function searchVocabularyProblems(): readonly string[] {
  return vocabulary().problems;
}

/** The stemmed key a vocabulary term is matched by, or `undefined` when it has no searchable word. @internal */
export function searchKey(term: string): string | undefined {
  const stems = analyse(term).map((t) => t.stem);
  return stems.length > 0 ? stems.join(' ') : undefined;
}

// ---------------------------------------------------------------- index

interface Doc {
  readonly indicator: Indicator;
  readonly order: number;
  readonly level: number;
  readonly strength: boolean;
  readonly tf: ReadonlyMap<string, number>;
  readonly bigrams: ReadonlySet<string>;
  /** BM25 length normalisation: k1 · (1 − b + b · len / avgLen) */
  readonly norm: number;
  readonly tags: readonly string[];
}

interface SearchIndex {
  readonly docs: readonly Doc[];
  readonly postings: ReadonlyMap<string, readonly number[]>;
  readonly idf: ReadonlyMap<string, number>;
  /** every stem of the descriptors, sorted (for prefix search) */
  readonly vocab: readonly string[];
  /** stem → the first word that produced it (for `matched`) */
  readonly surface: ReadonlyMap<string, string>;
  readonly tagDocs: ReadonlyMap<string, readonly number[]>;
}

const indexes = new WeakMap<object, SearchIndex>();

function buildIndex(fw: Framework): SearchIndex {
  const surface = new Map<string, string>();
  const raw = fw.indicators.map((ind) => {
    const terms = analyse(ind.text);
    const tf = new Map<string, number>();
    const bigrams = new Set<string>();
    const count = (s: string): void => {
      tf.set(s, (tf.get(s) ?? 0) + 1);
    };
    terms.forEach((t, i) => {
      count(t.stem);
      if (!surface.has(t.stem)) surface.set(t.stem, t.surface);
      if (i > 0) bigrams.add(`${terms[i - 1]!.stem} ${t.stem}`);
      if (t.joined && i > 0) {
        // self-harm is also 'selfharm', anti-social also 'antisocial'
        const prev = terms[i - 1]!;
        const c = stem(prev.surface + t.surface);
        count(c);
        if (!surface.has(c)) surface.set(c, prev.surface + t.surface);
        if (i > 1) bigrams.add(`${terms[i - 2]!.stem} ${c}`);
        const next = terms[i + 1];
        if (next) bigrams.add(`${c} ${next.stem}`);
      }
    });
    return { ind, tf, bigrams, len: terms.length };
  });
  const avg = raw.reduce((n, r) => n + r.len, 0) / Math.max(1, raw.length) || 1;
  const postings = new Map<string, number[]>();
  const tagDocs = new Map<string, number[]>();
  const docs = raw.map((r, n): Doc => {
    for (const s of r.tf.keys()) {
      const list = postings.get(s);
      if (list) list.push(n);
      else postings.set(s, [n]);
    }
    for (const t of r.ind.tags) {
      const list = tagDocs.get(t);
      if (list) list.push(n);
      else tagDocs.set(t, [n]);
    }
    return {
      indicator: r.ind,
      order: n,
      level: r.ind.level,
      strength: r.ind.kind === 'strength',
      tf: r.tf,
      bigrams: r.bigrams,
      norm: K1 * (1 - B + (B * r.len) / avg),
      tags: r.ind.tags,
    };
  });
  const N = docs.length;
  const idf = new Map<string, number>();
  for (const [s, list] of postings) idf.set(s, Math.log(1 + (N - list.length + 0.5) / (list.length + 0.5)));
  return { docs, postings, idf, vocab: [...postings.keys()].sort(), surface, tagDocs };
}

function searchIndex(fw: Framework): SearchIndex {
  let ix = indexes.get(fw);
  if (ix === undefined) {
    ix = buildIndex(fw);
    indexes.set(fw, ix);
  }
  return ix;
}

// ---------------------------------------------------------------- query

interface Unit {
  readonly id: string;
  readonly phrases: readonly Phrase[];
  readonly tags: readonly string[];
  readonly weight: number;
}


function tolerance(s: string): number {
  return s.length >= 8 ? 2 : s.length >= 4 ? 1 : 0;
}

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

function keyUnit(key: string, typed: string, meaning: Meaning, weight: number): Unit {
  const own: Phrase = { label: typed, stems: key.split(' '), weight: 1 };
  return { id: `k:${key}`, phrases: [own, ...meaning.phrases.filter((p) => p.label !== typed)], tags: meaning.tags, weight };
}

/** The query's units of meaning: vocabulary keys (longest first), hyphen-less compounds, single words with spelling tolerance. */
function parse(query: string, ix: SearchIndex): Unit[] {
  const voc = vocabulary();
  const terms = analyse(query.length > MAX_QUERY_CHARS ? query.slice(0, MAX_QUERY_CHARS) : query, MAX_QUERY_TERMS);
  const units: Unit[] = [];
  const seen = new Set<string>();
  let fuzzy = 0;
  const push = (u: Unit): void => {
    if (!seen.has(u.id)) {
      seen.add(u.id);
      units.push(u);
    }
  };
  for (let i = 0; i < terms.length; ) {
    let done = false;
    for (let len = Math.min(voc.maxKeyTerms, terms.length - i); len >= 2 && !done; len--) {
      const span = terms.slice(i, i + len);
      const key = span.map((t) => t.stem).join(' ');
      const meaning = voc.keys.get(key);
      if (meaning) {
        push(keyUnit(key, span.map((t) => t.surface).join(' '), meaning, 1));
        i += len;
        done = true;
      }
    }
    if (done) continue;
    const t = terms[i]!;
    const next = terms[i + 1];
    if (next) {
      // 'anti social' finds 'antisocial', 'self harm' finds 'selfharm'
      const joinedSurface = t.surface + next.surface;
      const c = stem(joinedSurface);
      const meaning = voc.keys.get(c);
      if (meaning || ix.postings.has(c)) {
        push(meaning ? keyUnit(c, joinedSurface, meaning, 1) : { id: `w:${c}`, phrases: [{ label: joinedSurface, stems: [c], weight: 1 }], tags: [], weight: 1 });
        i += 2;
        continue;
      }
    }
    i += 1;
    const meaning = voc.keys.get(t.stem);
    if (meaning) {
      push(keyUnit(t.stem, t.surface, meaning, 1));
      continue;
    }
    const phrases: Phrase[] = [{ label: t.surface, stems: [t.stem], weight: 1 }];
    if (!ix.postings.has(t.stem)) {
      // not a word of the descriptors: try it as a prefix ('exploit' → 'exploitation'), then as a misspelling
      const tol = tolerance(t.stem);
      if (t.stem.length >= 4) for (const s of sortedPrefix(ix.vocab, t.stem, 8)) phrases.push({ label: ix.surface.get(s) ?? s, stems: [s], weight: PREFIX });
      if (phrases.length === 1 && tol > 0 && fuzzy < MAX_FUZZY_TERMS) {
        fuzzy += 1;
        const key = voc.singleKeys.find((k) => k.length >= 4 && distance(t.stem, k, tol) <= tol);
        if (key !== undefined) {
          const meaning = voc.keys.get(key)!;
          push(keyUnit(key, meaning.term, meaning, FUZZY_KEY));
          continue;
        }
        for (const s of ix.vocab) {
          if (s.length >= 4 && distance(t.stem, s, tol) <= tol) phrases.push({ label: ix.surface.get(s) ?? s, stems: [s], weight: FUZZY });
          if (phrases.length > 8) break;
        }
      }
    }
    push({ id: `w:${t.stem}`, phrases, tags: [], weight: 1 });
  }
  return units;
}

// ---------------------------------------------------------------- scoring

function bm25(ix: SearchIndex, d: Doc, s: string): number {
  const tf = d.tf.get(s);
  if (tf === undefined) return 0;
  return ((ix.idf.get(s) ?? 0) * tf * (K1 + 1)) / (tf + d.norm);
}

/**
 * How well a descriptor states a phrase: BM25 of its words divided by their idf,
 * so 0 (a word missing) up to about 1.4 (a short descriptor), whichever the
 * phrase. Words present but not adjacent count NOT_ADJACENT.
 */
function phraseQuality(ix: SearchIndex, d: Doc, p: Phrase): number {
  let sum = 0;
  let idf = 0;
  for (const s of p.stems) {
    const v = bm25(ix, d, s);
    if (v === 0) return 0;
    sum += v;
    idf += ix.idf.get(s) ?? 0;
  }
  let q = idf > 0 ? (sum / idf) * p.weight : 0;
  for (let i = 1; i < p.stems.length; i++) {
    if (!d.bigrams.has(`${p.stems[i - 1]} ${p.stems[i]}`)) {
      q *= NOT_ADJACENT;
      break;
    }
  }
  return q;
}

interface Hit {
  score: number;
  matched: string[];
}

/**
 * Each unit is one concept of the query. A descriptor's score for it is how well
 * its text states the concept (the best phrase) plus the tag match, times the
 * concept's rarity in the framework (the idf of the number of descriptors it
 * reaches), so that a rare concept outweighs a common word in a longer query.
 */
function score(ix: SearchIndex, units: readonly Unit[]): Map<number, Hit> {
  const voc = vocabulary();
  const hits = new Map<number, Hit>();
  const N = ix.docs.length;
  for (const u of units) {
    const candidates = new Set<number>();
    for (const p of u.phrases) for (const n of ix.postings.get(p.stems[0]!) ?? []) candidates.add(n);
    const tagWeights = new Map<string, number>();
    for (const qt of u.tags) {
      for (const [dt, w] of voc.tagWeights.get(qt) ?? new Map([[qt, 1]])) {
        if (w > (tagWeights.get(dt) ?? 0)) tagWeights.set(dt, w);
        for (const n of ix.tagDocs.get(dt) ?? []) candidates.add(n);
      }
    }
    const found: { n: number; q: number; label: string | undefined; tag: string | undefined }[] = [];
    for (const n of [...candidates].sort((a, b) => a - b)) {
      const d = ix.docs[n]!;
      let text = 0;
      let label: string | undefined;
      for (const p of u.phrases) {
        const v = phraseQuality(ix, d, p);
        if (v > text) {
          text = v;
          label = p.label;
        }
      }
      let tag = 0;
      let tagLabel: string | undefined;
      for (const t of d.tags) {
        const w = tagWeights.get(t) ?? 0;
        if (w > tag) {
          tag = w;
          tagLabel = t;
        }
      }
      const q = text + tag * TAG_WEIGHT;
      if (q > 0) found.push({ n, q, label, tag: tagLabel });
    }
    const rarity = Math.log(1 + (N - found.length + 0.5) / (found.length + 0.5)) * u.weight;
    for (const f of found) {
      let hit = hits.get(f.n);
      if (hit === undefined) {
        hit = { score: 0, matched: [] };
        hits.set(f.n, hit);
      }
      hit.score += f.q * rarity;
      if (f.label !== undefined && !hit.matched.includes(f.label)) hit.matched.push(f.label);
      if (f.tag !== undefined && !hit.matched.includes(`tag:${f.tag}`)) hit.matched.push(`tag:${f.tag}`);
    }
  }
  return hits;
}

// ---------------------------------------------------------------- public

function readOptions(options: unknown): number {
  const c = new Checker('searchIndicators', 'options', 'INVALID_INPUT');
  const o = options === undefined ? undefined : c.record(readInput('searchIndicators', 'options', options, 'INVALID_INPUT'), [], ['limit']);
  if (o !== undefined) checkLimit(c, o.limit, ['limit']);
  c.done();
  return (o?.limit as number | undefined) ?? DEFAULT_LIMIT;
}

/**
 * Finds descriptors from the words practitioners use. The query is read as
 * practitioners write it: abbreviations and synonyms from the search vocabulary
 * (`data/vocabularies/synonyms.json`: "DV", "CSE", "CCE", "county lines", "FGM",
 * "FII", "NEET", "EHCP", "SEND", "CAMHS", "ASB", "truanting", "self harm",
 * "cannabis", "booze", "sofa surfing", "eviction", …), light stemming
 * ("missed", "missing" → `miss`), US spellings, hyphen-less compounds
 * ("antisocial"), tag names (a term naming a tag finds descriptors with that
 * tag, and less strongly a narrower or broader one), prefixes of descriptor
 * words and small misspellings (of up to 4 unknown words per query).
 *
 * Ranked by relevance: for each concept of the query, how well a descriptor's
 * text states it (BM25) plus whether the descriptor carries a tag it names,
 * weighted by how rare the concept is; strengths weigh three quarters, as a
 * search is usually for a concern. Ties are broken by level (higher first),
 * then source order. Deterministic: the same query on the same framework
 * always gives the same list. Only the first 1,000 characters and 32 words
 * (after stop words) of a query are read, so any input length returns quickly;
 * no regular expression is built from the query. A query with no searchable
 * word (empty, punctuation, only stop words) gives `[]`. The first search of a
 * framework builds its index (tens of milliseconds), kept while the framework
 * object lives. It finds candidates for a practitioner to read; it decides
 * nothing.
 *
 * @param fw - the framework to search (a built-in or the result of `defineFramework`)
 * @param query - free text, any length; never causes an error
 * @param options - `{ limit }`: the most results, an integer 1..1000 (default 10)
 * @returns the matching descriptors, best first, each with its `score` and what `matched`
 * @throws {@link ThresholdError} `INVALID_INPUT` when `fw` is not a framework, `query` is not a string, `options` is not an object or has an unknown key, or `limit` is not an integer 1..1000
 * @category Search
 * @example
 * ```ts
 * import { searchIndicators, staffordshire } from 'safeguarding-thresholds';
 * searchIndicators(staffordshire, 'FII', { limit: 1 }).map((r) => [r.indicator.id, r.matched]);
 * //=> [ [ 'behavioural-suspected-evidence-fabricated-induced', [ 'fabricated or induced illness', 'tag:fabricated-illness' ] ] ]
 * searchIndicators(staffordshire, 'sofa surfing', { limit: 2 }).map((r) => r.indicator.text);
 * //=> [ 'At risk of homelessness', 'Homeless - or imminent if not accepted by housing department' ]
 * searchIndicators(staffordshire, '?!');
 * //=> []
 * ```
 */
export function searchIndicators<Ids extends FrameworkIds>(
  fw: Framework<Ids>,
  query: string,
  options?: SearchOptions,
): SearchResult<Indicator<Ids['indicator'], Ids['area']>>[] {
  const framework = indexOf(fw, 'searchIndicators').fw;
  if (typeof query !== 'string') {
    const c = new Checker('searchIndicators', 'query', 'INVALID_INPUT');
    c.add([], `must be a string; received ${describe(query)}.`);
    c.done();
  }
  const limit = readOptions(options);
  const ix = searchIndex(framework);
  const units = parse(query, ix);
  if (units.length === 0) return freezeResult([]);
  const hits = score(ix, units);
  const ranked = [...hits].map(([n, h]) => {
    const d = ix.docs[n]!;
    return { d, h, score: Math.round(h.score * (d.strength ? STRENGTH_FACTOR : 1) * 1000) / 1000 };
  });
  ranked.sort((x, y) => y.score - x.score || y.d.level - x.d.level || x.d.order - y.d.order);
  return freezeResult(
    ranked.slice(0, limit).map((r) => ({
      indicator: r.d.indicator as Indicator<Ids['indicator'], Ids['area']>,
      score: r.score,
      matched: [...r.h.matched],
    })),
  );
}
