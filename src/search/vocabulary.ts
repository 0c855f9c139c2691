/**
 * The compiled thesaurus: the shape `scripts/build-data.ts` writes to
 * `src/generated/search-vocabulary.ts` (see `compile.ts`), read by the search
 * at run time without any further checking.
 * @module
 * @internal
 */

import { stem } from './stem.js';

/** The roles of who-does-what-to-whom. */
export type Role = 'partner' | 'parent' | 'child' | 'professional';

/** A concept of the thesaurus, or a tag of the tag vocabulary read as a concept. */
export interface CompiledConcept {
  /** the thesaurus id, or `tag:<id>` for a tag */
  readonly id: string;
  /** shown as what matched */
  readonly label: string;
  readonly tags: readonly string[];
  /** descriptor wording (each read with the descriptors' own tokenising and stemming) */
  readonly phrases: readonly string[];
}

/** One term: its stems (content words and `not`, in order) and its concept. */
export type Term = readonly [stems: readonly string[], concept: number];

export interface CompiledVocabulary {
  readonly spellings: Readonly<Record<string, string>>;
  readonly concepts: readonly CompiledConcept[];
  /** the terms, compactly: `'<concept index> <stem> <stem>…'`, in thesaurus order (see {@link termIndex}) */
  readonly terms: readonly string[];
  /** the terms marked '=' by their author (indexes into `terms`): matched word for word, every word of them */
  readonly marked: readonly number[];
  /** query tag → descriptor tag → weight (itself 1, narrower, broader) */
  readonly tagWeights: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** role words (surfaces, multi-word joined by a space) → role */
  readonly roles: Readonly<Record<string, Role>>;
  readonly possessives: readonly string[];
  /** action words (surfaces, multi-word joined by a space) → action id */
  readonly actions: Readonly<Record<string, string>>;
  /** the most words of a role or action */
  readonly maxPhraseWords: number;
  /** `${actor} ${action} ${target}` → concept index */
  readonly rules: Readonly<Record<string, number>>;
  /** word → 'm' or 'f', for reading pronouns */
  readonly gender: Readonly<Record<string, 'm' | 'f'>>;
  /** concept index → its parental concept index */
  readonly parental: Readonly<Record<number, number>>;
  /** stems of strength cues (multi-word cues joined by a space) */
  readonly strengthCues: readonly string[];
  /** stems a cue straight before intensifies rather than praises ('a good slap'): the thesaurus's `strengths.intensified` */
  readonly intensified: readonly string[];
  /** what ages say (see the thesaurus's `ages`): concept indices, the years of an age gap, the age a teenage parent is below, the tags an age refines */
  readonly ages: {
    readonly gapYears: number;
    /** the youngest child's age an age gap is read for */
    readonly gapFrom: number;
    /** role words of one of the family: an adult's age said of them is no age gap */
    readonly kin: readonly string[];
    /** words before a family word that make its person no family of the child ('the baby's father') */
    readonly notKinAfter: readonly string[];
    readonly gap: readonly number[];
    /** a parent's age from `teenFrom` and below `teenBelow` is a teenage parent's */
    readonly teenFrom: number;
    readonly teenBelow: number;
    /** school year N is the age N + `offset` at its start, years 1 to `last` (England) */
    readonly yearGroups: { readonly offset: number; readonly last: number };
    readonly teenParents: number;
    /** concepts of a pregnancy: beside a young person's own age (from `teenFrom`), `teenParents` too */
    readonly teenExpecting: readonly number[];
    readonly refines: readonly string[];
  };
  /**
   * how often or how long (the thesaurus's `often`): words as written (several joined by a space), longest first, each
   * with its concept index; in a query of several concerns they, and the concept's own terms, choose among each
   * concern's descriptors
   */
  readonly often: readonly (readonly [string, number])[];
  /** reporting words (surfaces), those of plain speech (surfaces), the concept indices they combine with, and the disclosure concept index */
  readonly disclosure: { readonly cues: readonly string[]; readonly speech: readonly string[]; readonly concepts: readonly number[]; readonly concept: number };
  /**
   * negations (surfaces, read as `not`); the scope words between a negation and its concern (stems); the words ending its reach
   * (surfaces); the reach; words of a lack (stems; a stop word as written)
   */
  readonly negation: Negation;
  /** before an action, the mark of a passive (surfaces) */
  readonly auxiliaries: readonly string[];
  /** action words that after an auxiliary say what someone is, no passive ('dad was violent to mum'; surfaces) */
  readonly states: readonly string[];
  /** after an action (one person between or none), a word that makes it putting someone out ('kicked him out'; surfaces) */
  readonly away: readonly string[];
  /** a second target of an action after one of `joins` ('hits her and the kids'), with nothing after it in its clause or one of `continues` (surfaces) */
  readonly also: { readonly joins: readonly string[]; readonly continues: readonly string[] };
  /** words carrying no concern (surfaces), irregular forms → base word, hedges ('kind' of), life stages */
  readonly words: PlainWords;
}

/** How plain English is read, as in the thesaurus and compiled (see `CompiledVocabulary['words']`). */
export interface PlainWords {
  readonly stop: readonly string[];
  readonly irregular: Readonly<Record<string, string>>;
  readonly hedges: readonly string[];
  /** clipped forms typed in notes, read as the whole word ('bf' boyfriend, 'meds' medication), as the spellings are */
  readonly clipped: Readonly<Record<string, string>>;
  /** after 'as a' ('abused as a child'): a time of life, read as 'childhood' */
  readonly lifeStages: readonly string[];
  /** kept whole by the stemmer ('missing' is not 'missed') */
  readonly whole: readonly string[];
  /** words kept whole that are a verb with its object (one of `objects`, straight or after one of `determiners`): stemmed as usual there ('missing the clinic', 'missing school') */
  readonly verbs: { readonly words: readonly string[]; readonly objects: readonly string[]; readonly determiners: readonly string[] };
  /** where, not what ('in the house', 'at home'): the places, and the words before 'the' that make them places */
  readonly places: readonly string[];
  readonly placeBefore: readonly string[];
  /** after a number, units that make it no age ('at 15 weeks') */
  readonly timeUnits: readonly string[];
  /** in a term, right after the word before them: particles ('get up' is not 'turn up'), reflexives ('not herself') */
  readonly bound: readonly string[];
  /** names of places, read as written: never a misspelling nor a prefix ('Stoke' is not 'stoned') */
  readonly names: readonly string[];
  /** phrasal verbs of function words read as one word before one of `before` ('gets on with': 'along') */
  readonly phrasal: readonly { readonly words: string; readonly before: readonly string[]; readonly as: string }[];
}

/** The negation words, as in the thesaurus and compiled (see `CompiledVocabulary['negation']`). */
export interface Negation {
  readonly words: readonly string[];
  readonly scope: readonly string[];
  readonly ends: readonly string[];
  /** words that carry a negation on to the next concern ('nobody drinks or uses drugs') */
  readonly joins: readonly string[];
  readonly reach: number;
  readonly lacks: readonly string[];
}

/** What the tokeniser reads from the thesaurus: spellings (US → UK, and the clipped forms), the negations, stop words, irregular forms and hedges. */
export interface Lexicon {
  readonly spellings: ReadonlyMap<string, string>;
  readonly negations: ReadonlySet<string>;
  readonly stop: ReadonlySet<string>;
  readonly irregular: ReadonlyMap<string, string>;
  readonly hedges: ReadonlySet<string>;
  readonly lifeStages: ReadonlySet<string>;
  readonly whole: ReadonlySet<string>;
  /** words kept whole, with the objects (and determiners before them) after which they are a verb, stemmed as usual ('missing the clinic') */
  readonly verbs: ReadonlyMap<string, { readonly objects: ReadonlySet<string>; readonly determiners: ReadonlySet<string> }>;
  readonly names: ReadonlySet<string>;
  /** by first word: the phrasal verbs read as one word (the words after the first, what must follow, the word read) */
  readonly phrasal: ReadonlyMap<string, readonly { readonly rest: readonly string[]; readonly before: ReadonlySet<string>; readonly as: string }[]>;
}

type LexiconSource = Pick<CompiledVocabulary, 'spellings' | 'words'> & { readonly negation: { readonly words: readonly string[] } };
/** A value made on first use (the thesaurus is parsed on the first search, not at import). @internal */
export function lazy<T>(make: () => T): () => T {
  let made: { readonly value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

const lexicons = /* @__PURE__ */ new WeakMap<LexiconSource, Lexicon>();
/** The lexicon of a compiled vocabulary (made once). */
export function lexiconOf(v: LexiconSource): Lexicon {
  let l = lexicons.get(v);
  if (l === undefined) {
    const { stop, irregular, hedges, lifeStages, whole, phrasal, names } = v.words;
    const withObject = { objects: new Set(v.words.verbs.objects), determiners: new Set(v.words.verbs.determiners) };
    const phrasalByFirst = new Map<string, { rest: string[]; before: ReadonlySet<string>; as: string }[]>();
    for (const p of phrasal) {
      const [first, ...rest] = p.words.split(' ');
      (phrasalByFirst.get(first!) ?? phrasalByFirst.set(first!, []).get(first!)!).push({ rest, before: new Set(p.before), as: p.as });
    }
    l = {
      spellings: new Map([...Object.entries(v.spellings), ...Object.entries(v.words.clipped)]),
      negations: new Set(v.negation.words),
      stop: new Set(stop),
      irregular: new Map(Object.entries(irregular)),
      hedges: new Set(hedges),
      lifeStages: new Set(lifeStages),
      whole: new Set(whole),
      verbs: new Map(v.words.verbs.words.map((w) => [w, withObject])),
      names: new Set(names),
      phrasal: phrasalByFirst,
    };
    lexicons.set(v, l);
  }
  return l;
}

/** The terms a word may start. */
export interface Starts {
  /** one-stem terms of this stem */
  readonly ones: readonly number[];
  /** literal terms ('=gone miss': 'gone missing' word for word, function words marked `=`) whose first content stem this is */
  readonly literal: readonly LiteralTerm[];
  /** terms of several stems starting with it, by their second stem */
  readonly pairs: ReadonlyMap<string, PairTerms> | undefined;
}

/**
 * A literal term, ready to be matched at its content word: the function words after its word stand after it as
 * written ('picked on', 'told me'; 'being picked on' is also 'gets picked on'); those before it only when none
 * follow ('gone missing', 'keeps appointments'), or when its author marked it '=' (every word: 'says she'll turn up').
 */
export interface LiteralTerm {
  readonly term: number;
  /** its words: a function word as written, the content word as its stem */
  readonly words: readonly string[];
  /** whether each word is matched as written (a function word) or by its stem */
  readonly surface: readonly boolean[];
  /** where its first content word stands among its words (the one it is looked up by) */
  readonly at: number;
  /** the first of its words matched (`at` when function words follow it and it is not marked '=', else 0) */
  readonly from: number;
}

/** The terms of several stems with one first and second stem: those of two stems, and the longer ones by their third stem (each list longest first). */
export interface PairTerms {
  readonly two: readonly number[];
  readonly byThird: ReadonlyMap<string, readonly number[]>;
}

/** The terms of a compiled vocabulary, indexed for the query reader. */
export interface TermIndex {
  readonly terms: readonly Term[];
  /** the terms that are another term's two words the other way round (never an exact match) */
  readonly loose: ReadonlySet<number>;
  /** first stem of a term → the indices of the terms starting with it, longest first */
  readonly byStem: ReadonlyMap<string, readonly number[]>;
  /** the terms a query word may start, by its stem (one look-up per word) */
  readonly starts: ReadonlyMap<string, Starts>;
  /** single-stem terms: stem → concept, and the stems sorted (for spelling tolerance) */
  readonly single: ReadonlyMap<string, number>;
  readonly singleKeys: readonly string[];
  /** single-stem terms by first letter and length, for spelling tolerance */
  readonly singleBuckets: ReadonlyMap<string, readonly string[]>;
  /** every stem of every term (but `not`), by first letter and length, for spelling tolerance within terms */
  readonly stems: ReadonlySet<string>;
  readonly stemBuckets: ReadonlyMap<string, readonly string[]>;
}

/** Words by their first letter and length (`'a7'`), in the given order. */
export function buckets(list: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of list) {
    const k = `${w[0]}${w.length}`;
    const b = out.get(k);
    if (b) b.push(w);
    else out.set(k, [w]);
  }
  return out;
}

/** A function word a literal term holds, marked `=` ('=gone'). */
export function isLiteral(part: string): boolean {
  return part.startsWith('=');
}

/** Expands the compact term list (done once, on the first search). */
export function termIndex(v: CompiledVocabulary): TermIndex {
  const marked = new Set(v.marked);
  const terms: Term[] = v.terms.map((t) => {
    const parts = t.split(' ');
    return [parts.slice(1), Number(parts[0])] as const;
  });
  // a two-word term also matches its words the other way round, never as an exact match ('cupboards are
  // bare' for 'bare cupboards', 'fridge is empty' for 'empty fridge'); not a negated term ('not school')
  // nor a term with a role word: 'dad lost (his job)' is not 'lost dad', 'parents… care' not 'caring for parents'
  const known = new Set(terms.map(([stems]) => stems.join(' ')));
  const roleStems = new Set(Object.keys(v.roles).flatMap((k) => (k.includes(' ') ? [] : [stem(k)])));
  const loose = new Set<number>();
  const n = terms.length;
  for (let i = 0; i < n; i++) {
    const [stems, c] = terms[i]!;
    if (
      stems.length !== 2 ||
      stems.includes('not') ||
      stems[0] === stems[1] ||
      roleStems.has(stems[0]!) ||
      roleStems.has(stems[1]!) ||
      stems.some(isLiteral) ||
      marked.has(i)
    )
      continue;
    const key = `${stems[1]} ${stems[0]}`;
    if (known.has(key)) continue;
    known.add(key);
    loose.add(terms.length);
    terms.push([[stems[1]!, stems[0]!], c]);
  }
  const byStem = new Map<string, number[]>();
  const literal = new Map<string, LiteralTerm[]>();
  terms.forEach(([stems], i) => {
    if (stems.some(isLiteral)) {
      const at = stems.findIndex((x) => !isLiteral(x));
      const key = stems[at]!;
      const term: LiteralTerm = {
        term: i,
        words: stems.map((x) => (isLiteral(x) ? x.slice(1) : x)),
        surface: stems.map(isLiteral),
        at,
        from: at < stems.length - 1 && !marked.has(i) ? at : 0,
      };
      (literal.get(key) ?? literal.set(key, []).get(key)!).push(term);
      return;
    }
    const list = byStem.get(stems[0]!);
    if (list) list.push(i);
    else byStem.set(stems[0]!, [i]);
  });
  for (const list of byStem.values()) list.sort((a, b) => terms[b]![0].length - terms[a]![0].length || a - b);
  // the same by their first two stems, and the one-stem terms by their stem
  const byPair = new Map<string, Map<string, number[]>>();
  const ones = new Map<string, number[]>();
  for (const list of byStem.values()) {
    for (const i of list) {
      const st = terms[i]![0];
      const into = st.length === 1 ? ones : (byPair.get(st[0]!) ?? byPair.set(st[0]!, new Map()).get(st[0]!)!);
      const key = st.length === 1 ? st[0]! : st[1]!;
      const l = into.get(key);
      if (l) l.push(i);
      else into.set(key, [i]);
    }
  }
  const single = new Map<string, number>();
  for (const [stems, c] of terms) if (stems.length === 1 && stems[0] !== 'not' && !single.has(stems[0]!)) single.set(stems[0]!, c);
  const singleKeys = [...single.keys()].sort();
  const stems = new Set<string>();
  for (const [list] of terms) for (const x of list) if (x !== 'not' && !isLiteral(x)) stems.add(x);
  const starts = new Map<string, Starts>();
  // a pair's longer terms by their third stem: a query is matched against those whose third word it holds
  const split = (list: readonly number[]): PairTerms => {
    const two: number[] = [];
    const byThird = new Map<string, number[]>();
    for (const i of list) {
      const st = terms[i]![0];
      if (st.length === 2) two.push(i);
      else (byThird.get(st[2]!) ?? byThird.set(st[2]!, []).get(st[2]!)!).push(i);
    }
    return { two, byThird };
  };
  for (const k of new Set([...byPair.keys(), ...ones.keys(), ...literal.keys()])) {
    const seconds = byPair.get(k);
    starts.set(k, {
      ones: ones.get(k) ?? [],
      literal: literal.get(k) ?? [],
      pairs: seconds === undefined ? undefined : new Map([...seconds].map(([s, list]) => [s, split(list)])),
    });
  }
  return {
    terms,
    loose,
    byStem,
    starts,
    single,
    singleKeys,
    singleBuckets: buckets(singleKeys),
    stems,
    stemBuckets: buckets([...stems].sort()),
  };
}
