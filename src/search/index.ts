/**
 * The search index of one framework, built on its first search and kept while
 * the framework object lives: BM25 term statistics of the descriptors' words,
 * their bigrams, their tags, the percentages they name ("below 90%") and which
 * descriptors share one text (merged into one hit).
 * @module
 * @internal
 */
import type { Framework, Indicator } from '../model.js';
import { searchVocabulary } from '../generated/search-vocabulary.js';
import { stem } from './stem.js';
import { tokenise } from './tokenise.js';
import { buckets, lexiconOf } from './vocabulary.js';

const K1 = 1.2;
const B = 0.5;

export interface Doc {
  readonly indicator: Indicator;
  readonly order: number;
  readonly level: number;
  readonly strength: boolean;
  /** the descriptor holds a negation ("Not registered with a GP"); a strength that does states that a concern is absent ("No misuse of substances") */
  readonly negates: boolean;
  /** the descriptor speaks of a parent or carer first ("Parents actively involved in criminal behaviour") */
  readonly parentSubject: boolean;
  /** the descriptor says a professional did it ("…physical injury caused by a professional"; the thesaurus's professional role words) */
  readonly byProfessional: boolean;
  readonly tf: ReadonlyMap<string, number>;
  readonly bigrams: ReadonlySet<string>;
  /** BM25 length normalisation: k1 · (1 − b + b · len / avgLen) */
  readonly norm: number;
  readonly tags: readonly string[];
  /** the N of "below N%" / "under N%" in the text */
  readonly below: number | undefined;
  /** the first descriptor (in source order) with the same text */
  readonly group: number;
}

export interface SearchIndex {
  readonly docs: readonly Doc[];
  readonly postings: ReadonlyMap<string, readonly number[]>;
  readonly idf: ReadonlyMap<string, number>;
  /** every stem of the descriptors, sorted (for prefix search) */
  readonly vocab: readonly string[];
  /** the same stems by first letter and length, for spelling tolerance */
  readonly vocabBuckets: ReadonlyMap<string, readonly string[]>;
  /** stem → the first word that produced it (for `matched`) */
  readonly surface: ReadonlyMap<string, string>;
  readonly tagDocs: ReadonlyMap<string, readonly number[]>;
  /** group → its descriptors, in source order */
  readonly members: ReadonlyMap<number, readonly number[]>;
  /** descriptor → its group's members when it heads a group, else [] */
  readonly membersOf: readonly (readonly number[])[];
  readonly withPercent: readonly number[];
  readonly k1: number;
}

const indexes = /* @__PURE__ */ new WeakMap<object, SearchIndex>();

function buildIndex(fw: Framework): SearchIndex {
  const lex = lexiconOf(searchVocabulary());
  const { roles } = searchVocabulary();
  const surface = new Map<string, string>();
  const firstOfText = new Map<string, number>();
  const raw = fw.indicators.map((ind, n) => {
    const all = tokenise(ind.text, lex);
    let below: number | undefined;
    all.forEach((t, i) => {
      if ((t.surface === 'below' || t.surface === 'under' || t.surface === 'less') && all[i + 1]?.surface.endsWith('%')) {
        const v = Number.parseFloat(all[i + 1]!.surface);
        if (Number.isFinite(v)) below = v;
      }
    });
    const terms = all.filter((t) => !t.fn);
    const tf = new Map<string, number>();
    const bigrams = new Set<string>();
    const count = (s: string): void => {
      tf.set(s, (tf.get(s) ?? 0) + 1);
    };
    terms.forEach((t, i) => {
      count(t.stem);
      if (t.surface.endsWith('%')) count(t.stem.slice(0, -1));
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
    const key = ind.text.trim().replace(/\s+/g, ' ').toLowerCase();
    let group = firstOfText.get(key);
    if (group === undefined) {
      group = n;
      firstOfText.set(key, n);
    }
    const head = all.find((t) => !t.fn);
    const parentSubject = head !== undefined && (head.stem === 'parent' || head.stem === 'carer');
    const negates = all.some((t) => t.stem === 'not');
    const byProfessional = all.some(
      (t, k) => t.surface === 'by' && [all[k + 1], all[k + 2]].some((x) => x !== undefined && roles[x.surface] === 'professional'),
    );
    return { ind, tf, bigrams, len: terms.length, below, group, parentSubject, byProfessional, negates };
  });
  const avg = raw.reduce((n, r) => n + r.len, 0) / Math.max(1, raw.length) || 1;
  const postings = new Map<string, number[]>();
  const tagDocs = new Map<string, number[]>();
  const members = new Map<number, number[]>();
  const withPercent: number[] = [];
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
    const m = members.get(r.group);
    if (m) m.push(n);
    else members.set(r.group, [n]);
    if (r.below !== undefined) withPercent.push(n);
    return {
      indicator: r.ind,
      order: n,
      level: r.ind.level,
      strength: r.ind.kind === 'strength',
      negates: r.negates,
      parentSubject: r.parentSubject,
      byProfessional: r.byProfessional,
      tf: r.tf,
      bigrams: r.bigrams,
      norm: K1 * (1 - B + (B * r.len) / avg),
      tags: r.ind.tags,
      below: r.below,
      group: r.group,
    };
  });
  const N = docs.length;
  const idf = new Map<string, number>();
  for (const [s, list] of postings) idf.set(s, Math.log(1 + (N - list.length + 0.5) / (list.length + 0.5)));
  const membersOf = docs.map((_, n) => members.get(n) ?? []);
  const vocab = [...postings.keys()].sort();
  return { docs, postings, idf, vocab, vocabBuckets: buckets(vocab), surface, tagDocs, members, membersOf, withPercent, k1: K1 };
}

/** The index of a framework, built once per framework object. */
export function searchIndex(fw: Framework): SearchIndex {
  let ix = indexes.get(fw);
  if (ix === undefined) {
    ix = buildIndex(fw);
    indexes.set(fw, ix);
  }
  return ix;
}

/** The lowest "below N%" of the descriptors above a percentage: the band it falls in. */
export function bandOf(ix: SearchIndex, percent: number): number {
  let min = Infinity;
  for (const n of ix.withPercent) if (ix.docs[n]!.below! > percent) min = Math.min(min, ix.docs[n]!.below!);
  return min;
}
