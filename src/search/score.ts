/**
 * Scoring and ranking: each unit of the query scores the descriptors that state
 * it (BM25 of its phrases, the tags it names) times its rarity; identical texts
 * are merged into one hit; when a query holds several concerns, the best
 * descriptor of each comes into the top results before the second-best of any.
 * @module
 * @internal
 */
import { searchVocabulary as voc } from '../generated/search-vocabulary.js';
import type { Doc, SearchIndex } from './index.js';
import type { Phrase, Unit } from './query.js';

const TAG_WEIGHT = 0.5;
const NOT_ADJACENT = 0.6;
const STRENGTH_FACTOR = 0.75;
/** Strengths when the query uses words of a strength ('lovely bond', 'well looked after'). */
const STRENGTH_CUED = 1.5;
/** A concern's best descriptor is brought forward only when its score is at least this share of the top score. */
const CONCERN_FLOOR = 0.1;
/** Among descriptors this close to a concern's strongest match, the best-scoring one stands for it. */
const CONCERN_BAND = 0.8;

function bm25(ix: SearchIndex, d: Doc, s: string): number {
  const tf = d.tf.get(s);
  if (tf === undefined) return 0;
  return ((ix.idf.get(s) ?? 0) * tf * (ix.k1 + 1)) / (tf + d.norm);
}

/** How well a descriptor states a phrase: BM25 of its words over their idf, about 0..1.4; words not adjacent count less. */
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

/** A ranked hit: a group of descriptors with one text. */
export interface Ranked {
  /** the group (first descriptor with this text) */
  readonly group: number;
  readonly score: number;
  readonly matched: readonly string[];
  readonly concepts: readonly string[];
}

interface Hit {
  score: number;
  matched: string[];
  concepts: string[];
  /** unit index → contribution */
  by: Map<number, number>;
}

function addMatched(list: string[], m: string): void {
  if (!list.includes(m)) list.push(m);
}

function scoreUnits(ix: SearchIndex, units: readonly Unit[]): Map<number, Hit> {
  const hits = new Map<number, Hit>();
  const N = ix.docs.length;
  units.forEach((u, ui) => {
    const found: { n: number; q: number; label: string | undefined; tag: string | undefined }[] = [];
    if (u.percent !== undefined) {
      let min = Infinity;
      for (const n of ix.withPercent) if (ix.docs[n]!.below! > u.percent) min = Math.min(min, ix.docs[n]!.below!);
      for (const n of ix.withPercent) {
        const below = ix.docs[n]!.below!;
        if (below > u.percent) found.push({ n, q: below === min ? 1 : 0.7, label: u.typed, tag: undefined });
      }
    } else {
      const candidates = new Set<number>();
      for (const p of u.phrases) for (const n of ix.postings.get(p.stems[0]!) ?? []) candidates.add(n);
      const tagWeights = new Map<string, number>();
      for (const qt of u.tags) {
        const reach = Object.hasOwn(voc.tagWeights, qt) ? voc.tagWeights[qt]! : { [qt]: 1 };
        for (const [dt, w] of Object.entries(reach)) {
          if (w > (tagWeights.get(dt) ?? 0)) tagWeights.set(dt, w);
          for (const n of ix.tagDocs.get(dt) ?? []) candidates.add(n);
        }
      }
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
    }
    const rarity = Math.log(1 + (N - found.length + 0.5) / (found.length + 0.5)) * u.weight;
    for (const f of found) {
      let hit = hits.get(f.n);
      if (hit === undefined) {
        hit = { score: 0, matched: [], concepts: [], by: new Map() };
        hits.set(f.n, hit);
      }
      const v = f.q * rarity;
      hit.score += v;
      hit.by.set(ui, (hit.by.get(ui) ?? 0) + v);
      if (u.concept !== undefined && u.typed !== '') addMatched(hit.matched, u.typed);
      if (f.label !== undefined) addMatched(hit.matched, f.label);
      if (f.tag !== undefined) addMatched(hit.matched, `tag:${f.tag}`);
      if (u.concept !== undefined) addMatched(hit.concepts, u.concept);
    }
  });
  return hits;
}

/** The full ranking of a query's units: merged by text, diversified by concern. */
export function rank(ix: SearchIndex, units: readonly Unit[], strengths = false): Ranked[] {
  const hits = scoreUnits(ix, units);
  // merge descriptors with one text: the best score, everything that matched any of them
  const groups = new Map<number, Hit>();
  for (const [n, h] of hits) {
    const d = ix.docs[n]!;
    const s = h.score * (d.strength ? (strengths ? STRENGTH_CUED : STRENGTH_FACTOR) : 1);
    const g = groups.get(d.group);
    if (g === undefined) groups.set(d.group, { score: s, matched: [...h.matched], concepts: [...h.concepts], by: new Map(h.by) });
    else {
      g.score = Math.max(g.score, s);
      for (const m of h.matched) addMatched(g.matched, m);
      for (const c of h.concepts) addMatched(g.concepts, c);
      for (const [u, v] of h.by) g.by.set(u, Math.max(g.by.get(u) ?? 0, v));
    }
  }
  const ranked = [...groups].map(([group, h]) => ({ group, h, score: Math.round(h.score * 1000) / 1000 }));
  const cmp = (x: (typeof ranked)[number], y: (typeof ranked)[number]): number => {
    const a = ix.docs[x.group]!;
    const b = ix.docs[y.group]!;
    return y.score - x.score || b.level - a.level || a.order - b.order;
  };
  ranked.sort(cmp);
  // several concerns: the best descriptor of each concern next after the top one
  const concerns = units.map((u, i) => (u.concern ? i : -1)).filter((i) => i >= 0);
  if (concerns.length > 1 && ranked.length > 1) {
    const top = ranked[0]!.score;
    const picks: { at: number; score: number }[] = [];
    for (const ui of concerns) {
      let strongest = 0;
      for (const r of ranked) strongest = Math.max(strongest, r.h.by.get(ui) ?? 0);
      if (strongest === 0) continue;
      const at = ranked.findIndex((r) => (r.h.by.get(ui) ?? 0) >= strongest * CONCERN_BAND);
      if (at > 0 && ranked[at]!.score >= top * CONCERN_FLOOR && !picks.some((p) => p.at === at)) picks.push({ at, score: ranked[at]!.score });
      if (at === 0) picks.push({ at, score: top });
    }
    const forward = picks
      .filter((p) => p.at > 0)
      .sort((a, b) => b.score - a.score || a.at - b.at)
      .map((p) => p.at);
    if (forward.length > 0) {
      const chosen = new Set(forward);
      const head = [ranked[0]!, ...forward.map((at) => ranked[at]!)];
      const rest = ranked.filter((_, i) => i > 0 && !chosen.has(i));
      ranked.splice(0, ranked.length, ...head, ...rest);
    }
  }
  return ranked.map((r) => ({ group: r.group, score: r.score, matched: r.h.matched, concepts: r.h.concepts }));
}
