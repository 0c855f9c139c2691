/**
 * What a concept or a phrase gives each descriptor, whatever the query: computed once per framework and
 * concept (or phrase) and kept with the framework's index. A phrase's table is kept only for phrases starting with a
 * descriptor word, and the phrases read are descriptor words and thesaurus terms: its size stays bounded.
 * @module
 * @internal
 */
import { searchVocabulary as vocab } from '../generated/search-vocabulary.js';
import { phraseQuality } from './bm25.js';
import type { SearchIndex } from './index.js';
import { conceptPhrases } from './units.js';

const TAG_WEIGHT = 0.5;
/**
 * A concern's wording in a descriptor off its topic (none of its tags, nor a broader or narrower one) weighs this
 * much: 'attendance' (at school) in 'Repeated A&E attendance in relation to substance misuse'.
 */
const OFF_TOPIC = 0.75;
/** A concept names a strength `only` when no need is stated at least this share as well (see `namesStrength`). */
const NEED_SHARE = 0.8;

/** What a concept gives the descriptors it reaches, whatever the query: its best wording and its best tag. */
export interface ConceptScore {
  readonly docs: readonly number[];
  readonly phrase: readonly number[];
  readonly label: readonly (string | undefined)[];
  readonly tagPart: readonly number[];
  readonly tag: readonly (string | undefined)[];
  /** whether it states the descriptor by its wording or by one of its own tags (not a broader or narrower one alone) */
  readonly own: readonly boolean[];
  /** whether its wording states a strength that is no absence ('Regular attendance', not 'No history of offending') */
  readonly goodSide: boolean;
  /** `namesStrength` of the concept: [any, only] */
  readonly strength: readonly [boolean, boolean];
}

/** The descriptors holding a phrase's first word and how well each states the phrase (weight 1). */
export interface PhraseScore {
  readonly docs: readonly number[];
  readonly quality: readonly number[];
}

interface Caches {
  readonly concepts: Map<number, ConceptScore>;
  readonly phrases: Map<string, PhraseScore>;
}

const caches = /* @__PURE__ */ new WeakMap<SearchIndex, Caches>();

function cachesOf(ix: SearchIndex): Caches {
  let c = caches.get(ix);
  if (c === undefined) {
    c = { concepts: new Map(), phrases: new Map() };
    caches.set(ix, c);
  }
  return c;
}

/** What concept `c` gives the descriptors it reaches (made once per index and concept). */
export function conceptScore(ix: SearchIndex, c: number): ConceptScore {
  const w = cachesOf(ix);
  let cs = w.concepts.get(c);
  if (cs !== undefined) return cs;
  const phraseQ = new Map<number, number>();
  const labels = new Map<number, string>();
  for (const p of conceptPhrases(c)) {
    if (p.stems.length === 0) continue;
    for (const n of ix.postings.get(p.stems[0]!) ?? []) {
      const v = phraseQuality(ix, ix.docs[n]!, p);
      if (v > (phraseQ.get(n) ?? 0)) {
        phraseQ.set(n, v);
        labels.set(n, p.label);
      }
    }
  }
  // tags: the descriptors carrying a tag the concept names (or a narrower or broader one)
  const best = new Map<number, number>();
  const tagOf = new Map<number, string>();
  const voc = vocab();
  for (const qt of voc.concepts[c]!.tags) {
    const reach = Object.hasOwn(voc.tagWeights, qt) ? voc.tagWeights[qt]! : { [qt]: 1 };
    for (const dt in reach) {
      const wt = reach[dt]!;
      for (const n of ix.tagDocs.get(dt) ?? []) {
        const had = best.get(n) ?? 0;
        const t = tagOf.get(n);
        // the best weight; on a tie, the tag that comes first on the descriptor
        if (wt > had || (wt === had && t !== undefined && ix.docs[n]!.tags.indexOf(dt) < ix.docs[n]!.tags.indexOf(t))) {
          best.set(n, wt);
          tagOf.set(n, dt);
        }
      }
    }
  }
  const docs = [...new Set([...phraseQ.keys(), ...best.keys()])].sort((a, b) => a - b);
  // (a concept without tags, a word of who: 'mum', 'kids', has no topic to be off)
  const tagged = voc.concepts[c]!.tags.length > 0;
  const phrase = docs.map((n) => (phraseQ.get(n) ?? 0) * (tagged && !best.has(n) ? OFF_TOPIC : 1));
  const own = docs.map((n) => labels.has(n) || voc.concepts[c]!.tags.includes(tagOf.get(n)!));
  cs = {
    docs,
    phrase,
    label: docs.map((n) => labels.get(n)),
    tagPart: docs.map((n) => (best.get(n) ?? 0) * TAG_WEIGHT),
    tag: docs.map((n) => tagOf.get(n)),
    own,
    strength: [statesStrength(ix, docs, phrase, false), statesStrength(ix, docs, phrase, true)],
    goodSide: docs.some((n, i) => ix.docs[n]!.strength && !ix.docs[n]!.negates && (phrase[i]! > 0 || own[i]!)),
  };
  w.concepts.set(c, cs);
  return cs;
}

/**
 * Whether a concept names a good thing ('optician', 'registered with a GP'; not there, a need): its wording states a
 * strength best. `only`: and no need nearly as well, but by negating it ('Not registered…'; 'attendance' is no good thing).
 */
export function namesStrength(ix: SearchIndex, c: number, only = false): boolean {
  return conceptScore(ix, c).strength[only ? 1 : 0];
}

/**
 * Whether a concept has a good side that a word of a strength straight before it says ('excellent attendance',
 * 'stable housing'): its wording states a strength that is no statement of an absence. 'Clear county lines
 * picture' is no absence of county lines.
 */
export function hasGoodSide(ix: SearchIndex, c: number): boolean {
  return conceptScore(ix, c).goodSide;
}

/** `namesStrength` of a concept reaching `docs` with its wording's quality `phrase`. */
function statesStrength(ix: SearchIndex, docs: readonly number[], phrase: readonly number[], only: boolean): boolean {
  let [strength, need, best] = [0, 0, 0];
  for (let i = 0; i < docs.length; i++) {
    const d = ix.docs[docs[i]!]!;
    if (d.strength && !d.negates) strength = Math.max(strength, phrase[i]!);
    else if (!d.strength && !(only && d.negates)) need = Math.max(need, phrase[i]!);
    best = Math.max(best, phrase[i]!);
  }
  return strength > 0 && strength === best && (!only || need < strength * NEED_SHARE);
}

/** At most this many phrases' tables are kept per index (the phrases read are thesaurus terms and descriptor words). */
const MAX_PHRASES = 20_000;

/**
 * How well each descriptor holding a phrase's first word states the phrase (at weight 1; a phrase's quality is
 * proportional to its weight): kept with the index. The phrases a query is read into are descriptor words and
 * thesaurus terms, so the table stays small; it is cleared past MAX_PHRASES entries all the same.
 */
export function phraseScore(ix: SearchIndex, stems: readonly string[]): PhraseScore | undefined {
  const w = cachesOf(ix);
  const key = stems.length === 1 ? stems[0]! : stems.join(' ');
  let s = w.phrases.get(key);
  if (s === undefined) {
    const list = ix.postings.get(stems[0]!);
    if (list === undefined) return undefined;
    const p = { label: '', stems, weight: 1 };
    s = { docs: list, quality: list.map((n) => phraseQuality(ix, ix.docs[n]!, p)) };
    if (w.phrases.size >= MAX_PHRASES) w.phrases.clear();
    w.phrases.set(key, s);
  }
  return s;
}
