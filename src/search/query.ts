/**
 * Reading a query: thesaurus concepts (terms in order, a little apart allowed,
 * negation included), who does what to whom, ages and percentages, then the
 * remaining words (hyphen-less compounds, prefixes, small misspellings).
 * @module
 * @internal
 */
import { searchVocabulary as vocab } from '../generated/search-vocabulary.js';
import type { SearchIndex } from './index.js';
import { stem } from './stem.js';
import { isDigit, type Token, tokenise } from './tokenise.js';
import { alternatives, correct, MAX_FUZZY_TERMS, tolerance } from './spelling.js';
import { negatedAt, negationScope, negationStop } from './negation.js';
import { hasGoodSide, namesStrength } from './reach.js';
import { PRONOUNS, readRelations, resolve, type RoleAt, SUBJECTS } from './relations.js';
import { conceptIndex, conceptUnit, type Phrase, type Unit, type Who, vocabTerms } from './units.js';
import { lazy, lexiconOf } from './vocabulary.js';
import { findTerms, strengthCues } from './terms.js';
import { oftenUnits } from './often.js';
import { teenPregnancy } from './expecting.js';

/** Only this many characters of a query are read; the rest is ignored. */
export const MAX_QUERY_CHARS = 1000;
/** Only this many content words of a query are used. */
const MAX_QUERY_TERMS = 48;

const APART = 0.85;
const AGE_GAP = 1.2;
/** Where, not what ('in the house', 'at home'): the thesaurus's `words.places`, and `words.placeBefore` before 'the'. */
const placeWords = /* @__PURE__ */ lazy((): readonly [ReadonlySet<string>, ReadonlySet<string>] => [
  new Set(vocab().words.places),
  new Set(vocab().words.placeBefore),
]);
/** The concerns a child's age refines (the thesaurus's `ages.refines.tags`: education and sexual health, 'under 16', 'post 16'). */
const ageTags = /* @__PURE__ */ lazy((): ReadonlySet<string> => new Set(vocab().ages.refines));
const disclosureCues = /* @__PURE__ */ lazy((): ReadonlySet<string> => new Set(vocab().disclosure.cues));
/** Words a cue straight before intensifies rather than praises ('a good slap', 'a good hiding'; stems). */
const intensified = /* @__PURE__ */ lazy((): ReadonlySet<string> => new Set(vocab().intensified));
/** The first words of strength cues of two words ('well looked'): only these are read with the word after them. */
const cueStarts = /* @__PURE__ */ lazy((): ReadonlySet<string> => new Set(vocab().strengthCues.flatMap((c) => (c.includes(' ') ? [c.split(' ')[0]!] : []))));
/** The concepts of abuse a reporting word discloses (the thesaurus's `disclosure.concepts`). */
const disclosedConcepts = /* @__PURE__ */ lazy((): ReadonlySet<number> => new Set(vocab().disclosure.concepts));
/** Words of plain speech ('she told', 'told me'): alone, no disclosure (the thesaurus's `disclosure.speech`). */
const speechWords = /* @__PURE__ */ lazy((): ReadonlySet<string> => new Set(vocab().disclosure.speech));
/** Words of a lack ('misses', 'absent', 'worries'): negated, they state that all is well (the thesaurus's `negation.lacks`). */
const lackWords = /* @__PURE__ */ lazy((): ReadonlySet<string> => new Set(vocab().negation.lacks));
/** Strengths come first while the needs read are at most this many for each word of a strength. */
const NEEDS_PER_CUE = 3;
/** How far (in words) a parent may stand before a concern said of them. */
const PARENT_REACH = 6;
/** A concern said of a parent, as the child's concern (its parental concept is read too). */
const SAID_OF_PARENT = 0.5;
/** How far (in content words) a word of a lack reaches a word of a strength ('struggling to keep the baby clean'). */
const LACK_REACH = 3;

const stemMemos = /* @__PURE__ */ new WeakMap<SearchIndex, Map<string, string>>();
/** Stems of query words, kept with the index. */
function stemMemo(ix: SearchIndex): Map<string, string> {
  let m = stemMemos.get(ix);
  if (m === undefined) {
    m = new Map();
    stemMemos.set(ix, m);
  }
  return m;
}

/** The query's units of meaning. */
export function parse(query: string, ix: SearchIndex): { units: Unit[]; strengths: boolean; who: Who } {
  const voc = vocab();
  const STRENGTH_CUES = strengthCues();
  const DISCLOSURE_CUES = disclosureCues();
  const [PLACES, PLACE_BEFORE] = placeWords();
  const tokens = correct(ix, tokenise(query.length > MAX_QUERY_CHARS ? query.slice(0, MAX_QUERY_CHARS) : query, lexiconOf(voc), MAX_QUERY_TERMS, stemMemo(ix)));
  const units: Unit[] = [];
  const seen = new Set<string>();
  const push = (u: Unit): void => {
    if (!seen.has(u.id)) {
      seen.add(u.id);
      units.push(u);
    }
  };
  const relations = readRelations(tokens);
  // reporting words read as the disclosure concept on their own ('she told', 'told me'): cues, not a disclosure
  const cueAt: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (DISCLOSURE_CUES.has(tokens[i]!.surface)) cueAt.push(i);
  // content words and negations, with their token index
  const seqIndex: number[] = [];
  const seq: Token[] = [];
  // 'in the house', 'at home': where, not what — such a word counts only inside a longer term ('taught at home')
  const places = new Set<number>();
  // clauses: punctuation, or a word such as 'and' or 'but' before a new subject ('... and the kids are caring for her'),
  // starts one; 'vapes and drugs', '... and wouldn't let her speak' stay one
  const clause: number[] = [];
  const ends = negationStop();
  const subjects = new Set(relations.roles.map((r) => r.start));
  let clauses = 0;
  const clauseOf: number[] = [];
  tokens.forEach((t, i) => {
    if (t.apart === true || (ends.has(t.surface) && (subjects.has(i + 1) || (tokens[i + 1]?.fn === true && subjects.has(i + 2))))) clauses++;
    clauseOf.push(clauses);
    if (relations.ageTokens.has(i)) return; // '15 year old' is read as an age
    if (!t.fn || t.stem === 'not') {
      clause.push(clauses);
      if (PLACES.has(t.surface) && (tokens[i - 1]?.surface === 'at' || (tokens[i - 1]?.surface === 'the' && PLACE_BEFORE.has(tokens[i - 2]?.surface ?? ''))))
        places.add(seq.length);
      seq.push(t);
      seqIndex.push(i);
    }
  });
  const covered = new Set<number>(places);
  const roleTokens = new Set<number>();
  for (const r of relations.roles) for (let k = r.start; k <= r.end; k++) roleTokens.add(k);
  const matches = findTerms(seq, clause, tokens, seqIndex, roleTokens);
  // 'hitting her targets': a term reading the action with the word after its pronoun target ('her' a possessive)
  const own = (k: number): boolean =>
    PRONOUNS.has(tokens[relations.unitEnd[k]!]!.surface) &&
    matches.some((m) => m.positions.some((p) => seqIndex[p] === relations.unitAt[k]) && m.positions.some((p) => seqIndex[p] === relations.unitEnd[k]! + 1));
  const kept = relations.units.map((_, k) => k).filter((k) => !own(k));
  const relationConcepts = new Set(kept.map((k) => relations.units[k]!.concept));
  for (const k of kept) push(relations.units[k]!);
  const disclosed = disclosedConcepts();
  // where a concern of abuse stands (token index), for a reporting word to report it
  const abuseAt = kept.flatMap((k) => (disclosed.has(conceptIndex().get(relations.units[k]!.concept!)!) ? [relations.unitAt[k]!] : []));
  const named = [0, kept.length];
  let needs = kept.length;
  // words of a strength that qualify a concern ('clear county lines'): no strength
  const plainly = new Set<number>();
  // the words of the terms read (token index): a negation carries over them after 'or' ('nobody drinks or uses drugs')
  // ('no one at home' is no term: a place alone, or negated, is where, not what)
  const where = (m: (typeof matches)[number]): boolean =>
    m.positions.some((q) => places.has(q)) && m.positions.every((q) => places.has(q) || seq[q]!.stem === 'not');
  const concernTokens = new Set<number>();
  for (const m of matches) if (!where(m)) for (const p of m.positions) concernTokens.add(seqIndex[p]!);
  for (const m of matches) {
    if (where(m)) continue;
    // a concern said not to be there ('nobody in the house drinks', 'no concerns about his behaviour', 'no
    // history of domestic abuse'): the descriptors of its absence, the strengths, come first (not a concern's
    // good side: 'not good attendance' is poor attendance)
    const plain = voc.concepts[m.concept]!.tags.length > 0 && m.positions.every((q) => seq[q]!.stem !== 'not' && !STRENGTH_CUES.has(seq[q]!.stem));
    // a concern's good side said straight before it ('lovely manners', 'excellent attendance'), not negated: as a
    // statement that the concern is absent
    const first = m.positions[0]!;
    const cueBefore =
      plain && first > 0 && seqIndex[first - 1] === seqIndex[first]! - 1 && seq[first]!.apart !== true && STRENGTH_CUES.has(seq[first - 1]!.stem);
    // ('a good slap', 'a good hiding': the cue intensifies the harm, it praises nothing)
    const good = cueBefore && seq[first - 2]?.stem !== 'not' && !intensified().has(seq[first]!.stem) && hasGoodSide(ix, m.concept);
    // 'clear county lines picture': a word of a strength before a concern with no good side says how plain it is
    if (cueBefore && !good) plainly.add(first - 1);
    // a concern named by words of a strength only ('lovely manners', 'polite'), not negated: as its good side
    // ('struggling to keep him clean' is a lack: no good side)
    const cued = voc.concepts[m.concept]!.tags.length > 0 && m.positions.every((q) => STRENGTH_CUES.has(seq[q]!.stem)) && !lackBefore(seq, first);
    const said = plain
      ? (negatedAt(tokens, seqIndex[first]!, roleTokens, places, seqIndex, concernTokens) ?? (good ? 'scope' : undefined))
      : cued && negatedAt(tokens, seqIndex[first]!, roleTokens, places, seqIndex, concernTokens) === undefined
        ? 'scope'
        : undefined;
    const well =
      voc.concepts[m.concept]!.tags.length > 0 &&
      statesAbsence(
        m.positions.map((p) => seq[p]!),
        tokens[seqIndex[m.positions.at(-1)!]! + 1],
        said,
      );
    // something good said not to be there ('not seen by the optician', 'never had a health visitor'): a need, as read
    const goodThing = namesStrength(ix, m.concept);
    const negated = well ? 'scope' : said !== undefined && !good && !worryBefore(tokens, seqIndex[first]!) && goodThing ? undefined : said;
    // a need read ('dad drinks', 'not in school'; not a good thing said plainly)
    if (negated === undefined && !goodThing && voc.concepts[m.concept]!.tags.length > 0) needs++;
    // a query naming only good things, plainly ('signed up at the surgery'): its strengths first, cue word or none
    if (voc.concepts[m.concept]!.tags.length > 0)
      named[plain && negated === undefined && m.positions.length > 1 && namesStrength(ix, m.concept, true) ? 0 : 1]! += 1;
    // a term of a relation's action and people only ('hit teacher' in 'he was hit by a teacher'): the relation says what it means
    const onlyAction =
      m.positions.some((p) => relations.actionTokens.has(seqIndex[p]!)) &&
      m.positions.every((p) => relations.actionTokens.has(seqIndex[p]!) || relations.peopleTokens.has(seqIndex[p]!));
    if (negated === undefined && disclosed.has(m.concept)) abuseAt.push(seqIndex[first]!);
    for (const p of m.positions) covered.add(p);
    if (m.concept === voc.disclosure.concept && m.positions.every((p) => speechWords().has(seq[p]!.surface))) continue;
    if (onlyAction || relationConcepts.has(voc.concepts[m.concept]!.id)) continue; // the relation says what its action means
    const typed = m.positions.map((p) => seq[p]!.written).join(' ');
    const tokensOf = m.positions.map((p) => seqIndex[p]!);
    // said of a parent ('mum has bipolar', 'dad's drinking'): the parental concept too, and the concern as the
    // child's weighs less
    const parental = voc.parental[m.concept];
    let who: RoleAt | undefined;
    if (parental !== undefined && negated === undefined) {
      const at = seqIndex[m.positions[0]!]!;
      // the nearest parent before it; further back too when no child is named in between ('Mum missed her
      // appointments and admits to using cocaine')
      const before = relations.roles.filter((r) => r.end < at && !PRONOUNS.has(r.words));
      // not past a subject pronoun that is not them ('parents splitting up, she is wetting the bed and is anxious')
      const previous = before[before.length - 1];
      // nor past a name starting a sentence ('Mum missed contact. Jayden self-harmed last night')
      const last =
        previous !== undefined &&
        !relations.roles.some((o) => o.start > previous.end && o.end < at && SUBJECTS.has(o.words) && resolve(relations.roles, o) !== previous.role) &&
        !nameBetween(ix, tokens, previous.end, at)
          ? previous
          : undefined;
      // or straight after it ('her alcoholic mum', 'a depressed dad')
      const end = seqIndex[m.positions[m.positions.length - 1]!]!;
      who =
        relations.roles.filter((r) => r.end < at && at - r.end <= PARENT_REACH && r.role !== 'child').pop() ??
        relations.roles.find((r) => r.start === end + 1 && tokens[r.start]!.apart !== true && r.role !== 'child' && !PRONOUNS.has(r.words)) ??
        (last !== undefined && last.role !== 'child' ? last : undefined);
      if (who !== undefined && (resolve(relations.roles, who) ?? 'child') === 'child') who = undefined;
      // a possessive of the other gender straight before it owns it ('kicked out by mum after a row about his weed')
      const owner = voc.gender[tokens[at - 1]?.surface ?? ''];
      if (who !== undefined && owner !== undefined && voc.gender[who.words.split(' ').pop()!] !== owner) who = undefined;
    }
    push(
      conceptUnit(
        m.concept,
        typed,
        m.positions.map((p) => seq[p]!.stem),
        (m.exact ? 1 : APART) * (who === undefined ? 1 : SAID_OF_PARENT),
        { negated, at: tokensOf },
      ),
    );
    if (who !== undefined && parental !== undefined) push(conceptUnit(parental, `${who.written} ${typed}`, [], 1, { id: `pp:${parental}`, at: tokensOf }));
  }
  // 'says his dad smacks him', 'dad hits her, she says': a reporting word that reports a concern of abuse is also a
  // disclosure; not 'told no, hits his mum' nor 'told the GP she can't stop crying'
  // or the child's own words: abuse done to 'me' ('my mum hits me')
  const told = kept.find((k) => tokens[relations.unitEnd[k]!]!.surface === 'me' && disclosed.has(conceptIndex().get(relations.units[k]!.concept!)!));
  const cue = told === undefined ? cueAt.find((c) => reports(tokens, clauseOf, c, abuseAt)) : undefined;
  const said = told === undefined ? (cue === undefined ? undefined : tokens[cue]!.surface) : relations.units[told]!.typed;
  if (said !== undefined)
    push(conceptUnit(voc.disclosure.concept, said, [], 1, { id: `d:${voc.disclosure.concept}`, at: told === undefined ? [cue!] : relations.units[told]!.at }));
  // ages (the thesaurus's `ages`): an adult with a child ('15 year old with a 23 year old boyfriend'); under or over 16
  const childAges = relations.ages.filter((a) => a < 18);
  // (not one of the family's: '15 year old cared for by her 20 year old brother')
  const adultAges = relations.ages.filter((a) => a >= 18 && a < 100 && !relations.kinAges.includes(a));
  // (a young person's: 'baby is 1, mum's partner is 22' is no exploitation)
  const youngPeople = childAges.filter((a) => a >= voc.ages.gapFrom);
  if (youngPeople.length > 0 && adultAges.some((a) => a - Math.min(...youngPeople) >= voc.ages.gapYears))
    for (const c of voc.ages.gap)
      push(conceptUnit(c, `ages ${Math.min(...youngPeople)} and ${Math.max(...adultAges)}`, [], AGE_GAP, { id: `a:${c}`, at: [...relations.ageTokens] }));
  // a parent in their teens ('mum is 17', '19 year old dad'): teenage parents
  const teen = relations.parentAges.find((a) => a.age >= voc.ages.teenFrom && a.age < voc.ages.teenBelow);
  if (teen !== undefined) push(conceptUnit(voc.ages.teenParents, teen.written, [], 1, { id: `tp:${voc.ages.teenParents}`, at: [...relations.ageTokens] }));
  // a young person's own age beside a pregnancy ('she is 15 and pregnant'): a teenage pregnancy too (`expecting.ts`)
  if (teen === undefined) {
    const u = teenPregnancy(units, relations, clauseOf, childAges);
    if (u !== undefined) push(u);
  }
  const AGE_TAGS = ageTags();
  if (childAges.length > 0 && units.some((u) => u.tags.some((t) => AGE_TAGS.has(t)))) {
    const young = Math.min(...childAges);
    const label = young < 16 ? 'under 16' : 'post 16';
    push({
      id: `age:${label}`,
      typed: `${young}`,
      phrases: [{ label, stems: [young < 16 ? 'under' : 'post', '16'], weight: 1 }],
      tags: [],
      weight: 0.5,
      concept: undefined,
      concern: false,
      refines: true,
    });
  }
  // how often or how long ('again', 'for months'), beside a concern: it chooses among its descriptors (`score.ts`)
  if (units.some((u) => u.concern)) for (const u of oftenUnits(tokens)) push(u);
  // words of a strength, not negated
  let cues = 0;
  for (let i = 0; i < seq.length && (cues === 0 || needs > NEEDS_PER_CUE * cues); i++) {
    if (seq[i - 1]?.stem === 'not' || seq[i - 2]?.stem === 'not' || lackBefore(seq, i) || plainly.has(i)) continue;
    const one = seq[i]!.stem;
    if (STRENGTH_CUES.has(one) || (i + 1 < seq.length && cueStarts().has(one) && STRENGTH_CUES.has(`${one} ${seq[i + 1]!.stem}`))) cues++;
  }
  // strengths first when the words of a strength are not outnumbered by the needs read ('lovely lad, never misses a
  // day'), not in a note of needs with a word of praise in it ('mum loves him but he is left home alone for hours…')
  let strengths = cues > 0 && needs <= NEEDS_PER_CUE * cues;
  if (named[0]! > 0 && named[1] === 0) strengths = true;
  // the remaining words
  let fuzzy = 0;
  const percents: number[] = [];
  for (let i = 0; i < seq.length; i++) {
    const t = seq[i]!;
    // a percentage is read as a number even inside a term ('100% attendance')
    if ((covered.has(i) && !t.surface.endsWith('%')) || t.stem === 'not') continue;
    if (t.surface.endsWith('%')) {
      const v = Number.parseFloat(t.surface);
      if (Number.isFinite(v) && v >= 0 && v <= 100) {
        push({ id: `p:${v}`, typed: t.surface, phrases: [], tags: [], weight: 1, concept: undefined, concern: false, percent: v });
        percents.push(v);
      }
      continue;
    }
    // a number, a date ('3.4.25') or a signed number that no descriptor names is no word to search
    if ((isDigit(t.surface.charCodeAt(0)) || t.surface.startsWith('-')) && !ix.postings.has(t.stem)) continue;
    const next = seq[i + 1];
    if (next !== undefined && !covered.has(i + 1) && next.stem !== 'not' && seqIndex[i + 1] === seqIndex[i]! + 1) {
      // 'anti social' finds 'antisocial', 'self harm' finds 'selfharm': two words side by side, nothing between them
      // ('meet his s' is no 'meets')
      const joinedSurface = t.surface + next.surface;
      const c = stem(joinedSurface);
      const joinedConcept = vocabTerms().single.get(c);
      if (joinedConcept !== undefined) {
        push(conceptUnit(joinedConcept, joinedSurface, [c], 1, { at: [seqIndex[i]!, seqIndex[i + 1]!] }));
        i++;
        continue;
      }
      if (ix.postings.has(c)) {
        push({
          id: `w:${c}`,
          typed: joinedSurface,
          phrases: [{ label: joinedSurface, stems: [c], weight: 1 }],
          tags: [],
          weight: 1,
          concept: undefined,
          concern: false,
        });
        i++;
        continue;
      }
    }
    // shown as written ('themselves', not the 'oneself' it is read as; 'behavior' as typed)
    let phrases: readonly Phrase[] = [{ label: t.written, stems: [t.stem], weight: 1 }];
    if (!ix.postings.has(t.stem) && t.name !== true) {
      // not a word of the descriptors (nor a name: 'Stoke'): try it as a prefix ('exploit' → 'exploitation'), then as a misspelling
      const alt = alternatives(ix, t.stem);
      if (alt.prefixes.length > 0) phrases = [phrases[0]!, ...alt.prefixes];
      else if (tolerance(t.stem) > 0 && fuzzy < MAX_FUZZY_TERMS && !vocabTerms().stems.has(t.stem)) {
        // a misspelt descriptor word (a misspelt thesaurus word was read as that word before: `correct`)
        fuzzy += 1;
        if (alt.near.length > 0) phrases = [phrases[0]!, ...alt.near];
      }
    }
    push({ id: `w:${t.stem}`, typed: t.written, phrases, tags: [], weight: 1, concept: undefined, concern: false });
  }
  // every percentage at or above every threshold the framework names ('attendance is 98%' where it names below 95%;
  // not 'dropped from 98% to 88%'): the strengths first
  if (percents.length > 0 && ix.withPercent.length > 0 && percents.every((v) => ix.withPercent.every((n) => v >= ix.docs[n]!.below!))) strengths = true;
  // a parent, carer or partner named (not only 'he' or 'she'; a teacher is none)
  const parentNamed = relations.roles.some((r) => (r.role === 'parent' || r.role === 'partner') && !PRONOUNS.has(r.words));
  // the one said to do it is no professional ('she told her teacher that dad hits her')
  const someoneElse = relations.actors.size > 0 && !relations.actors.has('professional');
  return { units, strengths, who: { parentNamed, someoneElse } };
}

/**
 * Whether the reporting word at token `cue` reports a concern of abuse (at the tokens `abuseAt`): one stands after it
 * in its clause ('says dad hits her', 'told her teacher that he touched her'), or one stands before it and nothing but
 * people and function words after it in its clause ('dad hits her, she says'). Not when a negation follows it ('told
 * no', 'told not to').
 */
function reports(tokens: readonly Token[], clauseOf: readonly number[], cue: number, abuseAt: readonly number[]): boolean {
  if (tokens[cue + 1]?.stem === 'not') return false;
  if (abuseAt.some((a) => a > cue && clauseOf[a] === clauseOf[cue])) return true;
  if (!abuseAt.some((a) => a < cue)) return false;
  for (let k = cue + 1; k < tokens.length && clauseOf[k] === clauseOf[cue]; k++) if (!tokens[k]!.fn && !PRONOUNS.has(tokens[k]!.surface)) return false;
  return true;
}

/**
 * Whether a concern's words (`words`, the token straight after them: `next`) state that it is absent although they read
 * as a need: a negated lack ('never misses a day of school', 'not absent once'), or a negated concern named as a
 * worry ('no money worries', 'no attendance problems') — not 'no money', 'not going to school'.
 */
function statesAbsence(words: readonly Token[], next: Token | undefined, said: 'word' | 'scope' | undefined): boolean {
  if (words.some((w, k) => w.stem === 'not' && isLack(words[k + 1]))) return true;
  if (next === undefined || next.apart === true || !isLack(next)) return false;
  return words[0]!.stem === 'not' || said === 'word';
}

/**
 * Whether a name starts a sentence between tokens `from` and `to`: a word after punctuation that neither the descriptors
 * nor the thesaurus know, nor a role, number or function word ('Jayden', 'M').
 */
function nameBetween(ix: SearchIndex, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.apart !== true || t.fn || isDigit(t.surface.charCodeAt(0))) continue;
    if (!ix.postings.has(t.stem) && !vocabTerms().stems.has(t.stem) && !Object.hasOwn(vocab().roles, t.surface)) return true;
  }
  return false;
}

/** Whether a word of a lack or worry ('struggling to keep him clean', 'fails to keep') stands up to LACK_REACH content words before `at`. */
function lackBefore(seq: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= LACK_REACH; k--) if (isLack(seq[k])) return true;
  return false;
}

/** Whether a word is a word of a lack or worry (the thesaurus's `negation.lacks`: a stop word as written, any other by its stem). */
function isLack(t: Token | undefined): boolean {
  const LACK = lackWords();
  return t !== undefined && (LACK.has(t.stem) || LACK.has(t.surface));
}

/** Whether a word of scope or worry stands between the concern at token `at` and the negation before it ('no concerns about'). */
function worryBefore(tokens: readonly Token[], at: number): boolean {
  const scope = negationScope();
  for (let k = at - 1; k >= 0 && tokens[k]!.stem !== 'not'; k--) if (scope.has(tokens[k]!.stem) || isLack(tokens[k])) return true;
  return false;
}
