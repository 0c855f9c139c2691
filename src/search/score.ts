/**
 * Scoring and ranking: each unit of the query scores the descriptors that state
 * it (BM25 of its phrases, the tags it names) times its rarity; identical texts
 * are merged into one hit; when a query holds several concerns, the best
 * descriptor of each comes into the top results before the second-best of any.
 *
 * What a concept or a descriptor word gives each descriptor does not depend on
 * the query (`reach.ts`). A search works in buffers of the index, reset
 * after each search, so that it allocates little.
 * @module
 * @internal
 */
import { conceptScore, phraseScore } from './reach.js';
import { bandOf, type SearchIndex } from './index.js';
import { addTo, type Unit, type Who } from './units.js';
import { oftenConcepts } from './often.js';

const STRENGTH_FACTOR = 0.5;
/** Strengths when the query uses words of a strength ('lovely bond', 'well looked after'). */
const STRENGTH_CUED = 1.5;
/** A strength stating an absence ('No misuse of substances'), in a query whose concerns are said plainly, weighs this share of a strength's weight. */
const ABSENCE_DENIED = 0.5;
/** A descriptor about a parent, when the query names no parent or carer ('arrested for robbery' is said of the child). */
const PARENT_UNNAMED = 0.85;
const BY_SOMEONE_ELSE = 0.5; // a descriptor saying a professional did it, when the query says someone else did ('dad hits her')
/**
 * A concern said not to be there ('no history of domestic abuse'): the strengths stating the concept (its
 * wording or tags) or stating an absence weigh STRENGTH_CUED / STRENGTH_FACTOR more (computed where used: a
 * module-level quotient is kept by bundlers in every bundle of the root entry); when the absence is stated
 * ('no concerns about…', 'no history of…'), its needs weigh NEGATED_NEED.
 */
const NEGATED_NEED = 0.5;
/** A descriptor reached only by one plain word of a query whose concerns were read (see `ranked`). */
const LONE_WORD = 0.3;
const STRONG = 255;
/** A concern's best descriptor is brought forward only when its score is at least this share of the top score. */
const CONCERN_FLOOR = 0.1;
/** Among descriptors this close to a concern's strongest match, the best-scoring one stands for it. */
const CONCERN_BAND = 0.8;

/** A buffer for one unit of a search: dense by descriptor, reset through `touched`. */
interface Slot {
  readonly q: Float64Array;
  readonly label: (string | undefined)[];
  readonly tag: (string | undefined)[];
  /** 1: the unit's concept states it by its wording or its own tag (evidence) */
  readonly own: Uint8Array;
  readonly touched: number[];
}

/** The buffers and tables of one index, kept with it. */
interface Work {
  readonly slots: Slot[];
  readonly total: Float64Array;
  readonly groupScore: Float64Array;
  /** group scores rounded to 1/1000 (as shown) */
  readonly rounded: Float64Array;
  readonly reached: number[];
  /** by descriptor: how many of the query's plain words (not read as a concept) reach it; STRONG: a concept, relation or number does */
  readonly evidence: Uint8Array;
  readonly groups: number[];
}

const works = /* @__PURE__ */ new WeakMap<SearchIndex, Work>();

function workOf(ix: SearchIndex): Work {
  let w = works.get(ix);
  if (w === undefined) {
    const N = ix.docs.length;
    w = {
      slots: [],
      total: new Float64Array(N),
      groupScore: new Float64Array(N),
      rounded: new Float64Array(N),
      reached: [],
      evidence: new Uint8Array(N),
      groups: [],
    };
    works.set(ix, w);
  }
  return w;
}

function slotOf(ix: SearchIndex, w: Work, i: number): Slot {
  while (w.slots.length <= i) {
    const N = ix.docs.length;
    w.slots.push({
      q: new Float64Array(N),
      label: new Array<string | undefined>(N).fill(undefined),
      tag: new Array<string | undefined>(N).fill(undefined),
      own: new Uint8Array(N),
      touched: [],
    });
  }
  return w.slots[i]!;
}

/** Scores one unit into its slot (quality times rarity) and adds it to the total. */
function scoreUnit(ix: SearchIndex, w: Work, u: Unit, s: Slot): void {
  const N = ix.docs.length;
  const { q, label, tag, own, touched } = s;
  if (u.percent !== undefined) {
    const min = bandOf(ix, u.percent);
    for (const n of ix.withPercent) {
      const below = ix.docs[n]!.below!;
      if (below > u.percent) {
        touched.push(n);
        q[n] = below === min ? 1 : 0.7;
        label[n] = u.typed;
        own[n] = 1;
      }
    }
  } else {
    const cs = u.c === undefined ? undefined : conceptScore(ix, u.c);
    if (cs !== undefined) {
      for (let i = 0; i < cs.docs.length; i++) {
        const n = cs.docs[i]!;
        touched.push(n);
        q[n] = cs.phrase[i]!;
        label[n] = cs.label[i];
        tag[n] = cs.tag[i];
        own[n] = cs.own[i]! ? 1 : 0;
      }
    }
    // the query's own words (each phrase over the descriptors holding its first word): the best phrase wins,
    // the query's words before the concept's wording on a tie
    const phrases = u.phrases;
    for (let k = 0; k < phrases.length; k++) {
      const p = phrases[k]!;
      const scored = phraseScore(ix, p.stems);
      if (scored === undefined) continue;
      const { docs, quality } = scored;
      for (let j = 0; j < docs.length; j++) {
        const n = docs[j]!;
        const v = quality[j]! * p.weight;
        if (v === 0) continue;
        const fresh = q[n] === 0 && label[n] === undefined && tag[n] === undefined;
        if (fresh) touched.push(n);
        if (fresh || v > q[n]! || (k === 0 && v === q[n]!)) {
          q[n] = v;
          label[n] = p.label;
          own[n] = 1;
        }
      }
    }
    if (cs !== undefined) for (let i = 0; i < cs.docs.length; i++) q[cs.docs[i]!]! += cs.tagPart[i]!;
    if (u.negated !== undefined) {
      // the strengths the concept states (the first cs.docs.length touched) or that state an absence
      const stated = cs === undefined ? 0 : cs.docs.length;
      for (let i = 0; i < touched.length; i++) {
        const n = touched[i]!;
        if (!ix.docs[n]!.strength) {
          if (u.negated === 'scope') q[n]! *= NEGATED_NEED;
        } else if ((i < stated || ix.docs[n]!.negates) && q[n]! > 0) q[n]! *= STRENGTH_CUED / STRENGTH_FACTOR;
      }
    }
  }
  let found = 0;
  for (const n of touched) if (q[n]! > 0) found++;
  if (found === 0) return;
  const rarity = Math.log(1 + (N - found + 0.5) / (found + 0.5)) * u.weight;
  const total = w.total;
  const plain = u.concept === undefined && u.percent === undefined && u.refines !== true;
  // words of frequency ('again', 'every night') only choose among a concern's descriptors (`ranked`): no score of their own
  const chooses = u.refines === true && u.c !== undefined;
  for (const n of touched) {
    const v = q[n]! * rarity;
    q[n] = v;
    if (v > 0 && !chooses) {
      if (total[n] === 0) w.reached.push(n);
      total[n]! += v;
      // a concept stating it by its wording or its own tag is evidence; by a broader or narrower tag alone, not; nor a
      // word of who ('kids', 'mum': a concept without tags): 'kids present' after 'DV incident' is no 'Child presents
      // as severely neglected'
      if (!u.concern && u.c !== undefined) continue;
      if (plain) w.evidence[n] = Math.min(STRONG - 1, w.evidence[n]! + 1);
      else if (u.refines === true) continue;
      else if (own[n] === 1) w.evidence[n] = STRONG;
    }
  }
}

/** By unit: its group of readings (units whose tokens `at` overlap, transitively); a unit without tokens is a group of its own. */
function readings(units: readonly Unit[]): number[] {
  const group = units.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  const owner = new Map<number, number>();
  units.forEach((u, i) => {
    if (!u.concern || u.at === undefined) return;
    for (const t of u.at) {
      const o = owner.get(t);
      if (o === undefined) owner.set(t, i);
      else group[find(i)] = find(o);
    }
  });
  return units.map((_, i) => find(i));
}

/** A ranked hit: a group of descriptors with one text. */
export interface Ranked {
  /** the group (first descriptor with this text) */
  readonly group: number;
  readonly score: number;
  readonly matched: readonly string[];
  readonly concepts: readonly string[];
}

/** The full ranking of a query's units, merged by text, diversified by concern; `matched` filled in for the first `limit`. */
export function rank(ix: SearchIndex, units: readonly Unit[], strengths: boolean, limit: number, who: Who): Ranked[] {
  const w = workOf(ix);
  const slots: Slot[] = [];
  try {
    for (let i = 0; i < units.length; i++) {
      const s = slotOf(ix, w, i);
      slots.push(s);
      scoreUnit(ix, w, units[i]!, s);
    }
    return ranked(ix, w, units, slots, strengths, limit, who);
  } finally {
    for (const s of slots) {
      for (const n of s.touched) {
        s.q[n] = 0;
        s.label[n] = undefined;
        s.tag[n] = undefined;
        s.own[n] = 0;
      }
      s.touched.length = 0;
    }
    for (const n of w.reached) w.total[n] = w.evidence[n] = 0;
    for (const g of w.groups) {
      w.groupScore[g] = 0;
      w.rounded[g] = 0;
    }
    w.reached.length = 0;
    w.groups.length = 0;
  }
}

function ranked(ix: SearchIndex, w: Work, units: readonly Unit[], slots: readonly Slot[], strengths: boolean, limit: number, who: Who): Ranked[] {
  const { total, groupScore, rounded, groups } = w;
  const docs = ix.docs;
  // a descriptor that shares a single plain word with a query whose concerns were read ('No concerns about his
  // behaviour in class' and 'Class A/Serious drug misuse'): too little evidence to stand with those that state them
  let concerns = 0;
  for (const u of units) if (u.concern) concerns++;
  // an age only refines a concern ('3 year old behind in speech' is not 'under the age of 16'): a descriptor the
  // age alone reaches stands as a lone word does (words of frequency have no score of their own: `scoreUnit`)
  const ageOnly = new Set<number>();
  units.forEach((u, ui) => {
    if (u.refines !== true || u.c !== undefined) return;
    const { q, touched } = slots[ui]!;
    for (const n of touched) if (q[n]! > 0 && total[n]! - q[n]! < 1e-9) ageOnly.add(n);
  });
  // (no concern said not to be there: 'no history of offending' is stated best by 'No family criminal history')
  const plainly = !units.some((u) => u.negated !== undefined);
  // merge descriptors with one text: the best score of its members
  for (const n of w.reached) {
    const d = docs[n]!;
    const lone = concerns > 0 && (w.evidence[n] === 1 || ageOnly.has(n)) ? LONE_WORD : 1;
    const by = (d.parentSubject && !who.parentNamed ? PARENT_UNNAMED : 1) * (d.byProfessional && who.someoneElse ? BY_SOMEONE_ELSE : 1);
    // (a strength stating a concern's absence, 'No antisocial or criminal concerns', against a query that reads it: less again)
    const good = d.strength ? (strengths ? STRENGTH_CUED : STRENGTH_FACTOR * (d.negates && plainly ? ABSENCE_DENIED : 1)) : 1;
    const v = total[n]! * lone * good * by;
    if (groupScore[d.group] === 0) groups.push(d.group);
    if (v > groupScore[d.group]!) groupScore[d.group] = v;
  }
  if (groups.length === 0) return [];
  for (const g of groups) rounded[g] = Math.round(groupScore[g]! * 1000) / 1000;
  // a percentage of the query: the band it falls in ('attendance 82%': below 90%) ranks above the other bands
  // it is below ('below 95%'), whatever other words of the query they share ('late to school', 'has dropped')
  units.forEach((u, ui) => {
    if (u.percent === undefined) return;
    const { q, touched } = slots[ui]!;
    const min = bandOf(ix, u.percent);
    let band: number | undefined;
    let above = -Infinity;
    for (const n of touched) {
      if (q[n]! <= 0) continue;
      const g = docs[n]!.group;
      if (docs[n]!.below === min) band ??= g;
      else above = Math.max(above, rounded[g]!);
    }
    if (band !== undefined && rounded[band]! <= above) rounded[band] = Math.round(above * 1000 + 1) / 1000;
  });
  const cmp = (x: number, y: number): number => {
    const a = docs[x]!;
    const b = docs[y]!;
    return rounded[y]! - rounded[x]! || b.level - a.level || a.order - b.order;
  };
  let top = groups[0]!;
  for (const g of groups) if (cmp(g, top) < 0) top = g;
  // several concerns: the best-ranked descriptor of each concern (among those stating it nearly as well
  // as the one stating it best) comes next after the top one, before the second-best of any
  const head = [top];
  // one concern with words of how often ('smoking cannabis every day'): they choose its first descriptor
  const oneOften = concerns === 1 && units.some((u) => u.refines === true && u.c !== undefined && oftenConcepts().has(u.c));
  if (concerns > 1 || oneOften) {
    const picks: number[] = [];
    // the query's numbers (a percentage, an age) refine each concern: 'attendance has dropped to 80%' is
    // stated best by the band the number falls in, not by the band whose words it shares
    const numeric: number[] = [];
    units.forEach((u, k) => {
      if (u.percent !== undefined || u.refines === true || (u.c !== undefined && oftenConcepts().has(u.c))) numeric.push(k);
    });
    const refine = (n: number): number => {
      let v = 0;
      for (const k of numeric) v += slots[k]!.q[n]!;
      return v;
    };
    // words of frequency also choose among them: 'hasn't been in school since February' is stated best by
    // 'persistent non-attendance', not by 'emerging attendance concerns'
    const frequency = numeric.filter((k) => units[k]!.c !== undefined && oftenConcepts().has(units[k]!.c));
    const chosen = (n: number): number => {
      let v = rounded[docs[n]!.group]!;
      for (const k of frequency) v += slots[k]!.q[n]!;
      return v;
    };
    // each concern's best descriptor, with the group of readings it belongs to
    const bests: { readonly g: number; readonly reading: number; readonly other: number | undefined; readonly share: number }[] = [];
    const reading = readings(units);
    units.forEach((u, ui) => {
      if (!u.concern) return;
      const { q, touched } = slots[ui]!;
      let strongest = 0;
      for (const n of touched) if (q[n]! > 0) strongest = Math.max(strongest, q[n]! + refine(n));
      if (strongest === 0) return;
      let best: number | undefined;
      let other: number | undefined;
      let bestKey = 0;
      let otherKey = 0;
      let share = 0;
      for (const n of touched) {
        if (q[n]! <= 0) continue;
        const stated = q[n]! + refine(n);
        if (stated < strongest * CONCERN_BAND) continue;
        const g = docs[n]!.group;
        const key = chosen(n);
        if (best === undefined || key > bestKey || (key === bestKey && cmp(g, best) < 0)) [best, bestKey] = [g, key];
        if (g !== top && (other === undefined || key > otherKey || (key === otherKey && cmp(g, other) < 0))) [other, otherKey] = [g, key];
        if (g === top) share = stated / strongest;
      }
      if (best !== undefined && rounded[best]! >= rounded[top]! * CONCERN_FLOOR) bests.push({ g: best, reading: reading[ui]!, other, share });
    });
    // first one descriptor for each group of readings (concerns read from shared words: 'hangs around with older
    // boys' read as gangs, exploitation and risky peers), unless the top one stands for it; then the other readings'.
    // The top one stands for one group only: the one it states best
    if (oneOften && bests.length === 1) head[0] = top = bests[0]!.g;
    let coveredBy: { reading: number; share: number } | undefined;
    for (const b of bests) if (b.g === top && (coveredBy === undefined || b.share > coveredBy.share)) coveredBy = { reading: b.reading, share: b.share };
    const first = new Map<number, number>();
    for (const b of bests) {
      if (coveredBy?.reading === b.reading) continue;
      // another group the top one reaches too: its best other descriptor ('smokes cannabis' beside 'older boys',
      // both reaching 'potential indicators of child exploitation')
      const g = b.g === top ? b.other : b.g;
      if (g === undefined || rounded[g]! < rounded[top]! * CONCERN_FLOOR) continue;
      const had = first.get(b.reading);
      if (had === undefined || cmp(g, had) < 0) first.set(b.reading, g);
    }
    for (const g of [...new Set(first.values())].sort(cmp)) if (!picks.includes(g)) picks.push(g);
    const others = bests.filter((b) => b.g !== top && !picks.includes(b.g)).map((b) => b.g);
    head.push(...picks);
    for (const g of [...new Set(others)].sort(cmp)) head.push(g);
  }
  // the rest by score: the best `need` of them, kept in order as they are met
  const need = Math.max(0, limit - head.length);
  const rest: number[] = [];
  if (need > 0) {
    for (const g of groups) {
      if (head.includes(g)) continue;
      if (rest.length === need && cmp(g, rest[need - 1]!) >= 0) continue;
      let at = rest.length;
      while (at > 0 && cmp(g, rest[at - 1]!) < 0) at--;
      rest.splice(at, 0, g);
      if (rest.length > need) rest.pop();
    }
  }
  const out = [...head, ...rest].slice(0, limit);
  return out.map((group) => {
    const matched: string[] = [];
    const concepts: string[] = [];
    const members = ix.members.get(group)!;
    units.forEach((u, ui) => {
      const s = slots[ui]!;
      for (const n of members) {
        if (s.q[n]! <= 0) continue;
        if (u.concept !== undefined && u.typed !== '') addTo(matched, u.typed);
        const label = s.label[n];
        if (label !== undefined) addTo(matched, label);
        const tag = s.tag[n];
        if (tag !== undefined) addTo(matched, `tag:${tag}`);
        if (u.concept !== undefined) addTo(concepts, u.concept);
      }
    });
    return { group, score: rounded[group]!, matched, concepts };
  });
}
