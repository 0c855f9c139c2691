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
import type { Phrase, Unit } from './units.js';

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

/** What one unit gives each descriptor: its contribution, and the phrase and tag that matched. */
interface UnitScore {
  readonly contrib: Float64Array;
  readonly label: (string | undefined)[];
  readonly tag: (string | undefined)[];
}

function scoreUnit(ix: SearchIndex, u: Unit, total: Float64Array): UnitScore {
  const N = ix.docs.length;
  const out: UnitScore = { contrib: new Float64Array(N), label: [], tag: [] };
  // q: the unit's quality per descriptor, kept in `contrib` until scaled; `touched` lists the descriptors reached
  const q = out.contrib;
  const touched: number[] = [];
  const touch = (n: number): void => {
    if (q[n] === 0 && out.tag[n] === undefined && out.label[n] === undefined) touched.push(n);
  };
  if (u.percent !== undefined) {
    let min = Infinity;
    for (const n of ix.withPercent) if (ix.docs[n]!.below! > u.percent) min = Math.min(min, ix.docs[n]!.below!);
    for (const n of ix.withPercent) {
      const below = ix.docs[n]!.below!;
      if (below > u.percent) {
        touch(n);
        q[n] = below === min ? 1 : 0.7;
        out.label[n] = u.typed;
      }
    }
  } else {
    // text: each phrase over the descriptors holding its first word
    for (const p of u.phrases) {
      for (const n of ix.postings.get(p.stems[0]!) ?? []) {
        const v = phraseQuality(ix, ix.docs[n]!, p);
        if (v > q[n]!) {
          touch(n);
          q[n] = v;
          out.label[n] = p.label;
        }
      }
    }
    // tags: the descriptors carrying a tag the unit names (or a narrower or broader one)
    if (u.tags.length > 0) {
      const best = new Map<number, number>();
      for (const qt of u.tags) {
        const reach = Object.hasOwn(voc.tagWeights, qt) ? voc.tagWeights[qt]! : { [qt]: 1 };
        for (const dt in reach) {
          const w = reach[dt]!;
          for (const n of ix.tagDocs.get(dt) ?? []) {
            const had = best.get(n) ?? 0;
            const t = out.tag[n];
            // the best weight; on a tie, the tag that comes first on the descriptor
            if (w > had || (w === had && t !== undefined && ix.docs[n]!.tags.indexOf(dt) < ix.docs[n]!.tags.indexOf(t))) {
              touch(n);
              best.set(n, w);
              out.tag[n] = dt;
            }
          }
        }
      }
      for (const [n, w] of best) q[n]! += w * TAG_WEIGHT;
    }
  }
  let found = 0;
  for (const n of touched) if (q[n]! > 0) found++;
  if (found === 0) return out;
  const rarity = Math.log(1 + (N - found + 0.5) / (found + 0.5)) * u.weight;
  for (const n of touched) {
    const v = q[n]! * rarity;
    q[n] = v;
    total[n]! += v;
  }
  return out;
}

function addMatched(list: string[], m: string): void {
  if (!list.includes(m)) list.push(m);
}

/** The full ranking of a query's units, merged by text, diversified by concern; `matched` filled in for the first `limit`. */
export function rank(ix: SearchIndex, units: readonly Unit[], strengths: boolean, limit: number): Ranked[] {
  const N = ix.docs.length;
  const total = new Float64Array(N);
  const per = units.map((u) => scoreUnit(ix, u, total));
  // merge descriptors with one text: the best score of its members
  const groupScore = new Float64Array(N);
  for (let n = 0; n < N; n++) {
    if (total[n]! > 0) {
      const d = ix.docs[n]!;
      const v = total[n]! * (d.strength ? (strengths ? STRENGTH_CUED : STRENGTH_FACTOR) : 1);
      if (v > groupScore[d.group]!) groupScore[d.group] = v;
    }
  }
  const groups: number[] = [];
  for (let g = 0; g < N; g++) if (groupScore[g]! > 0) groups.push(g);
  const score = (g: number): number => Math.round(groupScore[g]! * 1000) / 1000;
  const cmp = (x: number, y: number): number => {
    const a = ix.docs[x]!;
    const b = ix.docs[y]!;
    return score(y) - score(x) || b.level - a.level || a.order - b.order;
  };
  const contribution = (ui: number, group: number): number => {
    const members = ix.membersOf[group]!;
    if (members.length === 1) return per[ui]!.contrib[group]!;
    let v = 0;
    for (const n of members) v = Math.max(v, per[ui]!.contrib[n]!);
    return v;
  };
  if (groups.length === 0) return [];
  let top = groups[0]!;
  for (const g of groups) if (cmp(g, top) < 0) top = g;
  // several concerns: the best-ranked descriptor of each concern (among those stating it nearly as well
  // as the one stating it best) comes next after the top one, before the second-best of any
  const head = [top];
  const concerns = units.map((u, i) => (u.concern ? i : -1)).filter((i) => i >= 0);
  if (concerns.length > 1) {
    const picks: number[] = [];
    for (const ui of concerns) {
      let strongest = 0;
      for (const g of groups) strongest = Math.max(strongest, contribution(ui, g));
      if (strongest === 0) continue;
      let best: number | undefined;
      for (const g of groups) if (contribution(ui, g) >= strongest * CONCERN_BAND && (best === undefined || cmp(g, best) < 0)) best = g;
      if (best !== undefined && best !== top && score(best) >= score(top) * CONCERN_FLOOR && !picks.includes(best)) picks.push(best);
    }
    head.push(...picks.sort(cmp));
  }
  // the rest by score; only as many as asked for are sorted
  const need = Math.max(0, limit - head.length);
  let rest = groups.filter((g) => !head.includes(g));
  if (rest.length > need * 4 && need > 0) {
    const scores = Float64Array.from(rest, (g) => score(g)).sort();
    const threshold = scores[scores.length - need]!;
    rest = rest.filter((g) => score(g) >= threshold);
  }
  const ranked = [...head, ...rest.sort(cmp).slice(0, need)].map((g) => ({ group: g, score: score(g) }));
  return ranked.slice(0, limit).map((r) => {
    const matched: string[] = [];
    const concepts: string[] = [];
    units.forEach((u, ui) => {
      for (const n of ix.members.get(r.group)!) {
        if (per[ui]!.contrib[n]! <= 0) continue;
        if (u.concept !== undefined && u.typed !== '') addMatched(matched, u.typed);
        const label = per[ui]!.label[n];
        if (label !== undefined) addMatched(matched, label);
        const tag = per[ui]!.tag[n];
        if (tag !== undefined) addMatched(matched, `tag:${tag}`);
        if (u.concept !== undefined) addMatched(concepts, u.concept);
      }
    });
    return { group: r.group, score: r.score, matched, concepts };
  });
}
