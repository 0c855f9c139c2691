/**
 * Reading a query: thesaurus concepts (terms in order, a little apart allowed,
 * negation included), who does what to whom, ages and percentages, then the
 * remaining words (hyphen-less compounds, prefixes, small misspellings).
 * @module
 * @internal
 */
import { distance } from '../distance.js';
import { searchVocabulary as voc } from '../generated/search-vocabulary.js';
import type { SearchIndex } from './index.js';
import { stem } from './stem.js';
import { type Token, termStems, tokenise } from './tokenise.js';
import { type Role, type TermIndex, termIndex } from './vocabulary.js';

let termsCache: TermIndex | undefined;
const phraseCache = new Map<string, readonly string[]>();
/** The stems of a concept's phrase (its content words), read once. */
function phraseStems(label: string): readonly string[] {
  let stems = phraseCache.get(label);
  if (stems === undefined) {
    stems = termStems(label, voc.spellings).filter((x) => x !== 'not');
    phraseCache.set(label, stems);
  }
  return stems;
}
/** The thesaurus terms, expanded on first use. */
function vocabTerms(): TermIndex {
  termsCache ??= termIndex(voc);
  return termsCache;
}

/** Only this many characters of a query are read; the rest is ignored. */
export const MAX_QUERY_CHARS = 1000;
/** Only this many content words of a query are used. */
const MAX_QUERY_TERMS = 48;
/** Only this many words per query, unknown to the descriptors, are tried as misspellings. */
const MAX_FUZZY_TERMS = 3;
/** A term's words may stand this many words apart in the query, in order. */
const GAP = 2;
/** How far (in words) a role word may stand from its action. */
const ROLE_REACH = 4;
/** How far (in words) the actor may stand before its action. */
const ACTOR_REACH = 8;

const EXPANSION = 0.7;
const PREFIX = 0.7;
const FUZZY = 0.6;
const FUZZY_KEY = 0.8;
const APART = 0.85;
const RELATION = 1.4;
const AGE_GAP = 1.2;
const WHO = 0.3;
const PLACES = new Set(['house', 'home', 'flat']);
const PLACE_BEFORE = new Set(['in', 'at', 'around', 'to', 'from', 'into', 'round']);
/** Ages matter to descriptors of education and sexual health ('post 16', 'under the age of 16') only. */
const AGE_TAGS = new Set(['education', 'attendance', 'missing-education', 'neet', 'sexual-health', 'sexual-exploitation', 'exclusion']);
/** How far (in words) a parent may stand before a concern said of them. */
const PARENT_REACH = 6;

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
}

const conceptIndex = new Map(voc.concepts.map((c, i) => [c.id, i]));

function conceptUnit(c: number, typed: string, typedStems: readonly string[], weight: number, id = `c:${c}`): Unit {
  const concept = voc.concepts[c]!;
  // a negated term ('not going to school') means its concept, not its words: 'school' alone is no match
  const phrases: Phrase[] = typedStems.length > 0 && !typedStems.includes('not') ? [{ label: typed, stems: typedStems, weight: 1 }] : [];
  for (const label of concept.phrases) if (label !== typed) phrases.push({ label, stems: phraseStems(label), weight: EXPANSION });
  // a concept without tags (who: 'mum', 'kids') only refines the ranking
  return { id, typed, phrases, tags: concept.tags, weight: concept.tags.length > 0 ? weight : weight * WHO, concept: concept.id, concern: concept.tags.length > 0 };
}

interface Match {
  readonly term: number;
  readonly concept: number;
  readonly positions: readonly number[];
  readonly exact: boolean;
}

/** Thesaurus terms found in the content words, in order, each word at most GAP apart. */
function findTerms(seq: readonly Token[]): Match[] {
  const found: Match[] = [];
  const { byStem, terms } = vocabTerms();
  for (let i = 0; i < seq.length; i++) {
    const list = byStem.get(seq[i]!.stem);
    if (list === undefined) continue;
    for (const t of list) {
      const [stems, concept] = terms[t]!;
      const positions = [i];
      let p = i;
      for (let k = 1; k < stems.length; k++) {
        const limit = i + stems.length - 1 + GAP;
        let q = p + 1;
        while (q < seq.length && q <= limit && seq[q]!.stem !== stems[k]) q++;
        if (q >= seq.length || q > limit) break;
        positions.push(q);
        p = q;
      }
      if (positions.length === stems.length) found.push({ term: t, concept, positions, exact: p - i === stems.length - 1 });
    }
  }
  // one match per concept (the longest, exact first); a one-word match inside a longer match of another concept is dropped
  const best = new Map<number, Match>();
  for (const m of found) {
    const b = best.get(m.concept);
    if (b === undefined || m.positions.length > b.positions.length || (m.positions.length === b.positions.length && m.exact && !b.exact)) best.set(m.concept, m);
  }
  const kept = [...best.values()];
  return kept.filter(
    (m) =>
      m.positions.length > 1 ||
      !kept.some((o) => o !== m && o.positions.length > 1 && o.positions[0]! <= m.positions[0]! && o.positions[o.positions.length - 1]! >= m.positions[0]!),
  );
}

interface RoleAt {
  /** as written */
  readonly written: string;
  readonly start: number;
  readonly end: number;
  readonly role: Role;
  readonly words: string;
  readonly possessed: boolean;
}

/** First words of role and action phrases: only these start a look-up. */
const RELATION_FIRST = new Set([...Object.keys(voc.roles), ...Object.keys(voc.actions)].map((k) => k.split(' ')[0]!));

const PRONOUN_ACTORS = new Set(['he', 'she', 'they', 'hes', 'shes']);
const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'they', 'them', 'hes', 'shes']);

/** The role a pronoun stands for: the last person named before it with its gender; `undefined` when none is. */
function resolve(roles: readonly RoleAt[], r: RoleAt, skip?: RoleAt): Role | undefined {
  if (!PRONOUNS.has(r.words)) return r.role;
  const g = voc.gender[r.words];
  if (g === undefined) return undefined;
  for (let k = roles.indexOf(r) - 1; k >= 0; k--) {
    const o = roles[k]!;
    if (o !== skip && !PRONOUNS.has(o.words) && voc.gender[o.words.split(' ').pop()!] === g) return o.role;
  }
  return undefined;
}

function ageAt(tokens: readonly Token[], i: number): { age: number; end: number } | undefined {
  const s = tokens[i]!.surface;
  const m = /^(\d{1,2})(yo|yrs?|y)?$/.exec(s);
  if (m === null) return undefined;
  const age = Number(m[1]);
  if (m[2] === 'yo') return { age, end: i };
  const n1 = tokens[i + 1]?.surface;
  const n2 = tokens[i + 2]?.surface;
  if ((n1 === 'year' || n1 === 'years' || n1 === 'yr' || n1 === 'yrs' || n1 === 'y' || m[2] !== undefined) && (n2 === 'old' || n1 === 'old' || n2 === 'o')) return { age, end: n1 === 'old' ? i + 1 : i + 2 };
  if (n1 === 'yo' || n1 === 'yos') return { age, end: i + 1 };
  const p = tokens[i - 1]?.surface;
  // 'aged 14', 'she's 14', 'he is 15'
  if (p === 'aged' || p === 'age' || ((p === 'shes' || p === 'hes' || p === 'is' || p === 'turned') && age >= 1 && age < 19 && !tokens[i + 1]?.surface.startsWith('%'))) return { age, end: i };
  return undefined;
}

/** Who does what to whom, and the ages of the query. */
function readRelations(tokens: readonly Token[]): { units: Unit[]; actionTokens: Set<number>; ages: number[]; ageTokens: Set<number>; roles: RoleAt[] } {
  const roles: RoleAt[] = [];
  const actions: { start: number; end: number; action: string; words: string }[] = [];
  const ages: number[] = [];
  const ageTokens = new Set<number>();
  const maxW = voc.maxPhraseWords;
  const text = (from: number, to: number): string =>
    tokens
      .slice(from, to + 1)
      .map((t) => t.written)
      .join(' ');
  for (let i = 0; i < tokens.length; ) {
    const age = ageAt(tokens, i);
    if (age !== undefined) {
      ages.push(age.age);
      for (let k = i; k <= age.end; k++) ageTokens.add(k);
      // '16 year old boyfriend': the role word after the age wins
      const next = tokens[age.end + 1]?.surface;
      if (next === undefined || voc.roles[next] === undefined) {
        roles.push({ written: text(i, age.end), start: i, end: age.end, role: age.age < 18 ? 'child' : 'parent', words: tokens.slice(i, age.end + 1).map((t) => t.surface).join(' '), possessed: false });
      }
      i = age.end + 1;
      continue;
    }
    let done = false;
    if (!RELATION_FIRST.has(tokens[i]!.surface)) {
      i++;
      continue;
    }
    for (let len = Math.min(maxW, tokens.length - i); len >= 1 && !done; len--) {
      const key = tokens
        .slice(i, i + len)
        .map((t) => t.surface)
        .join(' ');
      const action = Object.hasOwn(voc.actions, key) ? voc.actions[key] : undefined;
      if (action !== undefined && tokens[i - 1]?.surface !== 'not') {
        actions.push({ start: i, end: i + len - 1, action, words: text(i, i + len - 1) });
        i += len;
        done = true;
        break;
      }
      const role = Object.hasOwn(voc.roles, key) ? voc.roles[key] : undefined;
      if (role !== undefined) {
        const w = tokens[i + len];
        // 'her mum': 'her' is a possessive here, not a person
        if (len === 1 && voc.possessives.includes(key) && w !== undefined && Object.hasOwn(voc.roles, w.surface)) break;
        const prev = tokens[i - 1]?.surface;
        roles.push({ written: text(i, i + len - 1), start: i, end: i + len - 1, role, words: key, possessed: prev !== undefined && voc.possessives.includes(prev) });
        i += len;
        done = true;
      }
    }
    if (!done) i++;
  }
  const units: Unit[] = [];
  const actionTokens = new Set<number>();
  for (const a of actions) {
    let actor: RoleAt | undefined;
    let target: RoleAt | undefined;
    const by = tokens[a.end + 1]?.surface === 'by' ? a.end + 1 : undefined;
    const before = roles.filter((r) => r.end < a.start && a.start - r.end <= (by === undefined ? ACTOR_REACH : ROLE_REACH)).pop();
    const after = roles.find((r) => r.start > (by ?? a.end) && r.start - a.end <= ROLE_REACH + (by === undefined ? 0 : 1));
    if (by !== undefined) {
      actor = after;
      target = before;
    } else {
      actor = before;
      target = after;
    }
    if (actor === undefined || target === undefined) continue;
    let actorRole = resolve(roles, actor) ?? actor.role;
    let targetRole = resolve(roles, target, actor) ?? target.role;
    // 'he hits his mum': a pronoun hitting his own parent is the child
    if (PRONOUN_ACTORS.has(actor.words) && target.possessed && targetRole !== 'child' && resolve(roles, actor) === undefined) actorRole = 'child';
    // 'her boyfriend hits her': a partner's pronoun target is the partner
    if (actorRole === 'partner' && target.words === 'her') targetRole = 'partner';
    const c = voc.rules[`${actorRole} ${a.action} ${targetRole}`];
    if (c === undefined) continue;
    const words = `${actor.written} ${a.words} ${target.written}`;
    units.push(conceptUnit(c, words, [], RELATION, `r:${c}`));
    for (let k = a.start; k <= a.end; k++) actionTokens.add(k);
  }
  return { units, actionTokens, ages, ageTokens, roles };
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

function tolerance(s: string): number {
  return s.length >= 8 ? 2 : s.length >= 5 ? 1 : 0;
}

/** The query's units of meaning. */
export function parse(query: string, ix: SearchIndex): { units: Unit[]; strengths: boolean } {
  const tokens = tokenise(query.length > MAX_QUERY_CHARS ? query.slice(0, MAX_QUERY_CHARS) : query, voc.spellings, MAX_QUERY_TERMS);
  const units: Unit[] = [];
  const seen = new Set<string>();
  const push = (u: Unit): void => {
    if (!seen.has(u.id)) {
      seen.add(u.id);
      units.push(u);
    }
  };
  const relations = readRelations(tokens);
  const relationConcepts = new Set(relations.units.map((u) => u.concept));
  for (const u of relations.units) push(u);
  // content words and negations, with their token index
  const seqIndex: number[] = [];
  const seq: Token[] = [];
  tokens.forEach((t, i) => {
    // 'in the house', 'at home': where, not what
    if (PLACES.has(t.surface) && (tokens[i - 1]?.surface === 'at' || (tokens[i - 1]?.surface === 'the' && PLACE_BEFORE.has(tokens[i - 2]?.surface ?? '')))) return;
    if (relations.ageTokens.has(i)) return; // '15 year old' is read as an age
    if (!t.fn || t.stem === 'not') {
      seq.push(t);
      seqIndex.push(i);
    }
  });
  const covered = new Set<number>();
  for (const m of findTerms(seq)) {
    const onlyAction = m.positions.some((p) => relations.actionTokens.has(seqIndex[p]!));
    for (const p of m.positions) covered.add(p);
    if (onlyAction || relationConcepts.has(voc.concepts[m.concept]!.id)) continue; // the relation says what its action means
    const typed = m.positions.map((p) => seq[p]!.written).join(' ');
    push(conceptUnit(m.concept, typed, m.positions.map((p) => seq[p]!.stem), m.exact ? 1 : APART));
    // said of a parent ('mum has bipolar', 'dad's drinking'): the parental concept too
    const parental = voc.parental[m.concept];
    if (parental !== undefined) {
      const at = seqIndex[m.positions[0]!]!;
      const who = relations.roles.filter((r) => r.end < at && at - r.end <= PARENT_REACH && r.role !== 'child').pop();
      if (who !== undefined && (resolve(relations.roles, who) ?? 'child') !== 'child') push(conceptUnit(parental, `${who.written} ${typed}`, [], 1, `pp:${parental}`));
    }
  }
  // 'says his dad smacks him': a reporting word with a concern of abuse is also a disclosure
  if (tokens.some((t) => voc.disclosure.cues.includes(t.surface)) && units.some((u) => u.concept !== undefined && voc.disclosure.concepts.includes(conceptIndex.get(u.concept)!))) {
    const cue = tokens.find((t) => voc.disclosure.cues.includes(t.surface))!;
    push(conceptUnit(voc.disclosure.concept, cue.surface, [], 1, `d:${voc.disclosure.concept}`));
  }
  // ages: an adult with a child ('15 year old with a 23 year old boyfriend'); under or over 16
  const childAges = relations.ages.filter((a) => a < 18);
  const adultAges = relations.ages.filter((a) => a >= 18 && a < 100);
  if (childAges.length > 0 && adultAges.some((a) => a - Math.min(...childAges) >= 4)) {
    for (const id of ['sexual-exploitation', 'unsafe-relationships']) {
      const c = conceptIndex.get(id);
      if (c !== undefined) push(conceptUnit(c, `ages ${Math.min(...childAges)} and ${Math.max(...adultAges)}`, [], AGE_GAP, `a:${c}`));
    }
  }
  if (childAges.length > 0 && units.some((u) => u.tags.some((t) => AGE_TAGS.has(t)))) {
    const young = Math.min(...childAges);
    const label = young < 16 ? 'under 16' : 'post 16';
    push({ id: `age:${label}`, typed: `${young}`, phrases: [{ label, stems: [young < 16 ? 'under' : 'post', '16'], weight: 1 }], tags: [], weight: 0.5, concept: undefined, concern: false });
  }
  // words of a strength, not negated
  let strengths = false;
  for (let i = 0; i < seq.length && !strengths; i++) {
    if (seq[i - 1]?.stem === 'not' || seq[i - 2]?.stem === 'not') continue;
    const one = seq[i]!.stem;
    const two = i + 1 < seq.length ? `${one} ${seq[i + 1]!.stem}` : '';
    strengths = voc.strengthCues.includes(one) || (two !== '' && voc.strengthCues.includes(two));
  }
  // the remaining words
  let fuzzy = 0;
  for (let i = 0; i < seq.length; i++) {
    const t = seq[i]!;
    if (covered.has(i) || t.stem === 'not') continue;
    if (t.surface.endsWith('%')) {
      const v = Number.parseFloat(t.surface);
      if (Number.isFinite(v) && v >= 0 && v <= 100) push({ id: `p:${v}`, typed: t.surface, phrases: [], tags: [], weight: 1, concept: undefined, concern: false, percent: v });
      continue;
    }
    if (/^\d+$/.test(t.surface) && !ix.postings.has(t.stem)) continue;
    const next = seq[i + 1];
    if (next !== undefined && !covered.has(i + 1) && next.stem !== 'not') {
      // 'anti social' finds 'antisocial', 'self harm' finds 'selfharm'
      const joinedSurface = t.surface + next.surface;
      const c = stem(joinedSurface);
      const joinedConcept = vocabTerms().single.get(c);
      if (joinedConcept !== undefined) {
        push(conceptUnit(joinedConcept, joinedSurface, [c], 1));
        i++;
        continue;
      }
      if (ix.postings.has(c)) {
        push({ id: `w:${c}`, typed: joinedSurface, phrases: [{ label: joinedSurface, stems: [c], weight: 1 }], tags: [], weight: 1, concept: undefined, concern: false });
        i++;
        continue;
      }
    }
    const phrases: Phrase[] = [{ label: t.surface, stems: [t.stem], weight: 1 }];
    if (!ix.postings.has(t.stem)) {
      // not a word of the descriptors: try it as a prefix ('exploit' → 'exploitation'), then as a misspelling
      const tol = tolerance(t.stem);
      if (t.stem.length >= 4 && !/^\d/.test(t.stem)) for (const s of sortedPrefix(ix.vocab, t.stem, 8)) phrases.push({ label: ix.surface.get(s) ?? s, stems: [s], weight: PREFIX });
      if (phrases.length === 1 && tol > 0 && fuzzy < MAX_FUZZY_TERMS) {
        fuzzy += 1;
        const { single, singleKeys } = vocabTerms();
        const key = singleKeys.find((k) => k.length >= 4 && k[0] === t.stem[0] && distance(t.stem, k, tol) <= tol);
        if (key !== undefined) {
          // a misspelt term: the concept, shown by the word as typed
          push(conceptUnit(single.get(key)!, t.written, [key], FUZZY_KEY));
          continue;
        }
        for (const s of ix.vocab) {
          if (s.length >= 4 && s[0] === t.stem[0] && distance(t.stem, s, tol) <= tol) phrases.push({ label: ix.surface.get(s) ?? s, stems: [s], weight: FUZZY });
          if (phrases.length > 8) break;
        }
      }
    }
    push({ id: `w:${t.stem}`, typed: t.surface, phrases, tags: [], weight: 1, concept: undefined, concern: false });
  }
  return { units, strengths };
}
