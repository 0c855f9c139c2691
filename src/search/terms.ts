/**
 * Finding the thesaurus terms in a query's words: in order, words apart within a clause, literal terms word for
 * word, one match per concept.
 * @module
 * @internal
 */
import { OBJECTS } from './relations.js';
import { vocabTerms } from './units.js';
import { lazy, lexiconOf, type LiteralTerm } from './vocabulary.js';
import { type Token, termStems } from './tokenise.js';
import { searchVocabulary as vocab } from '../generated/search-vocabulary.js';

/** Words bound to the word before them in a term (stems; the thesaurus's `words.bound`): particles, reflexives. */
const bound = /* @__PURE__ */ lazy((): ReadonlySet<string> => new Set(vocab().words.bound.flatMap((w) => termStems(w, lexiconOf(vocab())))));

/** A reflexive pronoun ('himself', 'themselves'; English). */
const REFLEXIVE = /sel(?:f|ves)$/;

/** A term's words may stand this many words apart in the query, in order. */
const GAP = 2;

/** A term found: its concept, the content words it stands on (positions), and whether word for word. */
export interface Match {
  readonly term: number;
  readonly concept: number;
  readonly positions: readonly number[];
  readonly exact: boolean;
}

/**
 * Thesaurus terms found in the content words, in order, each word at most GAP apart; words apart never across the
 * end of a clause (`clause`: the clause of each content word — punctuation, or a word ending a negation's reach
 * such as 'and' or 'but' before a new subject, starts a new one): "isn't taking her medication and the kids are
 * caring for her" is not "not caring".
 */
export function findTerms(
  seq: readonly Token[],
  clause: readonly number[],
  tokens: readonly Token[],
  seqIndex: readonly number[],
  people: ReadonlySet<number> = new Set(),
): Match[] {
  const found: Match[] = [];
  const { starts, terms, loose } = vocabTerms();
  const seconds: string[] = [];
  const thirds: string[] = [];
  const candidates: number[] = [];
  const longestFirst = (a: number, b: number): number => terms[b]![0].length - terms[a]![0].length || a - b;
  for (let i = 0; i < seq.length; i++) {
    const start = starts.get(seq[i]!.stem);
    if (start === undefined) continue;
    for (const t of start.ones) found.push({ term: t, concept: terms[t]![1], positions: [i], exact: seq[i]!.fuzzy !== true });
    // a literal term: the function words after its word stand after it as written ('picked on', 'told me'; 'being
    // picked on' is also 'gets picked on'); those before it only when none follow ('gone missing', 'keeps appointments')
    for (const lit of start.literal) {
      const at = seqIndex[i]! - lit.at;
      let j = lit.from;
      for (; j < lit.words.length; j++) {
        const tok = tokens[at + j];
        // (within one clause: 'she ended it. All three kids are happy' is no 'ended it all')
        if (tok === undefined || (j > lit.from && tok.apart === true) || (lit.surface[j] ? tok.surface : tok.stem) !== lit.words[j]) break;
      }
      if (j === lit.words.length)
        found.push({ term: lit.term, concept: terms[lit.term]![1], positions: literalPositions(lit, i, at, seq, seqIndex), exact: seq[i]!.fuzzy !== true });
    }
    // the terms whose second word stands within reach: looked up by their first two words
    const pairs = start.pairs;
    seconds.length = 0;
    if (pairs !== undefined)
      for (let j = i + 1; j < seq.length && j <= i + 1 + GAP; j++) {
        const second = seq[j]!.stem;
        if (pairs.has(second) && !seconds.includes(second)) seconds.push(second);
      }
    // a longer term's third word stands within reach of its first too: its candidates are looked up by it
    thirds.length = 0;
    if (seconds.length > 0) for (let j = i + 2; j < seq.length && j <= i + 2 + GAP; j++) if (!thirds.includes(seq[j]!.stem)) thirds.push(seq[j]!.stem);
    for (const second of seconds) {
      const pair = pairs!.get(second)!;
      candidates.length = 0;
      for (const third of thirds) {
        const list = pair.byThird.get(third);
        if (list !== undefined) for (const t of list) candidates.push(t);
      }
      // in the order of the whole list: longest first, then as written
      if (thirds.length > 1 && candidates.length > 1) candidates.sort(longestFirst);
      for (const t of pair.two) candidates.push(t);
      for (const t of candidates) {
        const term = terms[t]!;
        const stems = term[0];
        // the positions are collected only once the whole term is found
        let p = i;
        let k = 1;
        const limit = i + stems.length - 1 + GAP;
        for (; k < stems.length; k++) {
          let q = p + 1;
          while (q < seq.length && q <= limit && seq[q]!.stem !== stems[k]) q++;
          if (q >= seq.length || q > limit) break;
          p = q;
        }
        if (k < stems.length) continue;
        if (clause[p] !== clause[i]) continue;
        // a term naming who does it, its words apart with another person between: that person does it ('told her
        // teacher that dad hits her' is no 'teacher hit'; 'wants the council to take her toddler into care' is 'wants… care')
        if (people.has(seqIndex[i]!) && hasPersonBetween(tokens, people, seqIndex[i]!, seqIndex[p]!, stems)) continue;
        // a term the other way round only with no other content word between ('cupboards are bare')
        if (loose.has(t) && p !== i + 1) continue;
        const positions = [i];
        p = i;
        let apartFromVerb = false;
        for (k = 1; k < stems.length; k++) {
          let q = p + 1;
          while (seq[q]!.stem !== stems[k]) q++;
          if (q !== p + 1 && bound().has(stems[k]!)) apartFromVerb = true;
          positions.push(q);
          p = q;
        }
        // a particle or a reflexive stands right after the word before it: 'mum didn't turn up' is no 'didn't get
        // up', 'hasn't reported it herself' no 'not herself'
        if (apartFromVerb) continue;
        found.push({
          term: t,
          concept: term[1],
          positions,
          exact: p - i === stems.length - 1 && !loose.has(t) && positions.every((x) => seq[x]!.fuzzy !== true),
        });
      }
    }
  }
  // one match per concept (the longest, exact first)
  const best = new Map<number, Match>();
  for (const m of found) {
    const b = best.get(m.concept);
    if (b === undefined || m.positions.length > b.positions.length || (m.positions.length === b.positions.length && m.exact && !b.exact))
      best.set(m.concept, m);
  }
  // a concept read again elsewhere in words of its own ('wetting the bed and is anxious': anxiety), where its longest
  // match stands only on words other concepts read too: that other place is where the query says it
  if (found.length > best.size) {
    const readers = new Map<number, number>();
    for (const m of best.values()) for (const p of m.positions) readers.set(p, (readers.get(p) ?? 0) + 1);
    // a kept match has words of its own when it alone reads one; another match, when no kept match reads one
    const hasOwn = (m: Match, kept: boolean): boolean => m.positions.some((p) => (readers.get(p) ?? 0) === (kept ? 1 : 0));
    for (const m of found) {
      const b = best.get(m.concept)!;
      if (m !== b && !hasOwn(b, true) && hasOwn(m, false) && !m.positions.some((p) => b.positions.includes(p))) best.set(m.concept, m);
    }
  }
  const kept = [...best.values()];
  // a match inside another concept's longer exact match is dropped when it is one word; and the words of an exact
  // negated term mean what it says ('hasn't been to any antenatal appointments', 'not toilet trained'): another
  // concept read inside them is dropped when it is read plainly (no 'no pregnancy'), or holds the negation but not
  // the term's topic (no 'no toilet', no 'not trained'; 'not going to midwife appointments' keeps missed appointments)
  const negated = (m: Match): boolean => m.positions.some((p) => seq[p]!.stem === 'not');
  const inside = (m: Match, o: Match): boolean =>
    o !== m && o.exact && o.positions.length > m.positions.length && m.positions.every((p) => o.positions.includes(p));
  // a match ending straight before a reflexive that another concept reads with its last word: the act is turned on
  // the one doing it ('threats to kill himself' is no threat to kill another: 'kill himself' is self-harm)
  const turned = (m: Match): boolean => {
    const last = m.positions[m.positions.length - 1]!;
    const next = seq[last + 1];
    if (next === undefined || seqIndex[last + 1] !== seqIndex[last]! + 1 || !bound().has(next.stem) || !REFLEXIVE.test(next.surface)) return false;
    // ('to kill himself and his stepdad': another target too)
    if (tokens[seqIndex[last + 1]! + 1]?.surface === 'and') return false;
    return found.some((o) => o.concept !== m.concept && o.positions.includes(last) && o.positions.includes(last + 1));
  };
  // a one-word match inside another concept's longer exact match: dropped when that match is kept; a one-word
  // concern also when it is not (its concept kept in other words) and is on another topic: in 'county lines, carrying
  // drugs' exploitation is kept as 'county lines', and 'drugs' is still no drug use of the child's; 'bipolar' in 'mum
  // has bipolar and has stopped her meds' (a parent's mental health kept as 'mum stopped meds') stays a serious
  // mental illness, a parent's mental health being its topic too
  return kept.filter(
    (m) =>
      !turned(m) &&
      !(
        m.positions.length === 1 &&
        found.some((o) => o.concept !== m.concept && inside(m, o) && (kept.includes(o) || (concern(m) && !related(m.concept, o.concept))))
      ) &&
      !kept.some((o) => inside(m, o) && negated(o) && (negated(m) ? !sharesTag(m.concept, o.concept) : readPlainly(m, seq))),
  );
}

/**
 * The content words (positions in `seq`) of a literal term matched with its first content word at position `i` and
 * its first word at token `at`: 'picked on at school' stands on 'picked' and 'school'.
 */
function literalPositions(lit: LiteralTerm, i: number, at: number, seq: readonly Token[], seqIndex: readonly number[]): number[] {
  const positions = [i];
  let p = i;
  for (let k = lit.at + 1; k < lit.words.length; k++) {
    if (lit.surface[k]) continue;
    while (p + 1 < seq.length && seqIndex[p + 1]! < at + k) p++;
    if (seqIndex[p + 1] === at + k) positions.push(++p);
  }
  return positions;
}

/** Whether a match's concept is a concern (has a topic: tags), not a concept without tags ('kids', 'mum', 'smoking'). */
function concern(m: Match): boolean {
  return vocab().concepts[m.concept]!.tags.length > 0;
}

/** Whether a match is read plainly: a concept with a topic (tags), its words neither a negation nor a word of a strength. */
function readPlainly(m: Match, seq: readonly Token[]): boolean {
  const cues = strengthCues();
  return vocab().concepts[m.concept]!.tags.length > 0 && m.positions.every((p) => seq[p]!.stem !== 'not' && !cues.has(seq[p]!.stem));
}

/** The words of a strength ('lovely', 'well looked after'; stems): the thesaurus's `strengths.cues`. */
export const strengthCues = /* @__PURE__ */ lazy((): ReadonlySet<string> => new Set(vocab().strengthCues));

/** Whether two concepts' topics meet: a tag of one is a tag of the other, or broader or narrower than one. */
function related(a: number, b: number): boolean {
  const v = vocab();
  const tb = v.concepts[b]!.tags;
  return v.concepts[a]!.tags.some((t) => tb.includes(t) || tb.some((u) => Object.hasOwn(v.tagWeights, t) && v.tagWeights[t]![u] !== undefined));
}

/** Whether two concepts share a tag (a topic). */
function sharesTag(a: number, b: number): boolean {
  const v = vocab();
  return v.concepts[a]!.tags.some((t) => v.concepts[b]!.tags.includes(t));
}

/** Whether a person (`people`: token indexes; 'she', 'dad') stands between tokens `from` and `to`, not a word the term's stems name. */
function hasPersonBetween(tokens: readonly Token[], people: ReadonlySet<number>, from: number, to: number, stems: readonly string[]): boolean {
  // an object pronoun is who it is done to, not who does it ('mum won't let him out'; 'her' may be a possessive: 'mum on her phone')
  for (let k = from + 1; k < to; k++) if (people.has(k) && !OBJECTS.has(tokens[k]!.surface) && !stems.includes(tokens[k]!.stem)) return true;
  return false;
}
