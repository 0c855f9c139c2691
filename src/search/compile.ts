/**
 * Build-time compilation and checking of the thesaurus
 * (`data/vocabularies/synonyms.json`): every term analysed and stemmed once,
 * indexed by its first stem, tags read as concepts, relations resolved, and
 * every problem reported (a term that reads as nothing, a term claimed by two
 * concepts, an unknown tag or concept). Used by `scripts/build-data.ts` and the
 * tests, never by the search at run time.
 * @module
 * @internal
 */
import { stem } from './stem.js';
import { termStems, tokenise, words } from './tokenise.js';
import { lexiconOf } from './vocabulary.js';
import type { CompiledConcept, CompiledVocabulary, Negation, PlainWords, Role } from './vocabulary.js';

/** Marks a function word a literal term holds ('=gone miss': 'gone missing', word for word). */
const LITERAL = '=';

/** How strongly a query tag reaches a narrower or a broader tag of a descriptor. */
const NARROWER = 0.8;
const BROADER = 0.5;

/** A word used in the terms of at least this many concepts needs its context: alone, it means none of them. */
const GENERIC_CONCEPTS = 10;

/** The thesaurus as in data/ (validated by its zod schema before this). */
export interface ThesaurusData {
  readonly spellings: Readonly<Record<string, string>>;
  readonly concepts: readonly {
    readonly id: string;
    readonly label: string;
    readonly terms: readonly string[];
    readonly phrases?: readonly string[] | undefined;
    readonly tags?: readonly string[] | undefined;
  }[];
  readonly relations: {
    readonly roles: Readonly<Record<Role, readonly string[]>>;
    readonly possessives: readonly string[];
    readonly auxiliaries: readonly string[];
    readonly states: readonly string[];
    readonly away: readonly string[];
    readonly also: { readonly joins: readonly string[]; readonly continues: readonly string[] };
    readonly actions: Readonly<Record<string, readonly string[]>>;
    readonly rules: readonly { readonly actor: Role; readonly action: string; readonly target: Role; readonly concept: string }[];
    readonly male: readonly string[];
    readonly female: readonly string[];
  };
  readonly parental: { readonly concepts: Readonly<Record<string, string>> };
  readonly strengths: { readonly cues: readonly string[]; readonly intensified: readonly string[] };
  readonly disclosure: { readonly cues: readonly string[]; readonly speech: readonly string[]; readonly concepts: readonly string[]; readonly concept: string };
  readonly ages: {
    readonly gap: {
      readonly years: number;
      readonly from: number;
      readonly kin: readonly string[];
      readonly notKinAfter: readonly string[];
      readonly concepts: readonly string[];
    };
    readonly teenParents: { readonly from: number; readonly below: number; readonly concept: string; readonly expecting: readonly string[] };
    readonly yearGroups: { readonly offset: number; readonly last: number };
    readonly refines: { readonly tags: readonly string[] };
  };
  readonly often: { readonly concepts: Readonly<Record<string, readonly string[]>> };
  readonly negation: Negation;
  readonly words: PlainWords;
}

/** A tag as in data/vocabularies/tags.json. */
export interface TagData {
  readonly id: string;
  readonly name: string;
  readonly broader?: string | undefined;
}

/** Compiles the thesaurus; `problems` is empty when it is sound. */
export function compileThesaurus(data: ThesaurusData, tags: readonly TagData[]): { vocabulary: CompiledVocabulary; problems: string[] } {
  const problems: string[] = [];
  const sp = data.spellings;
  const plain = {
    stop: [...new Set(data.words.stop)],
    irregular: { ...data.words.irregular },
    hedges: [...data.words.hedges],
    clipped: { ...data.words.clipped },
    lifeStages: [...data.words.lifeStages],
    whole: [...data.words.whole],
    verbs: { words: [...data.words.verbs.words], objects: [...data.words.verbs.objects], determiners: [...data.words.verbs.determiners] },
    places: [...data.words.places],
    placeBefore: [...data.words.placeBefore],
    timeUnits: [...data.words.timeUnits],
    bound: [...data.words.bound],
    names: [...data.words.names],
    phrasal: data.words.phrasal.map((p) => ({ words: p.words, before: [...p.before], as: p.as })),
  };
  const lex = lexiconOf({ spellings: sp, negation: data.negation, words: plain });
  const tagIds = new Set(tags.map((t) => t.id));
  const concepts: CompiledConcept[] = [];
  const terms: (readonly [string[], number])[] = [];
  // the terms marked '=' by their author (indexes into terms): every word is matched, those before its first word too
  const marks: number[] = [];
  const owner = new Map<string, number>();
  const conceptIndex = new Map<string, number>();
  const phrasesOf = (labels: readonly string[]): string[] => {
    const out: string[] = [];
    for (const label of labels) {
      const stems = termStems(label, lex).filter((s) => s !== 'not');
      if (stems.length > 0 && !out.includes(label)) out.push(label);
    }
    return out;
  };
  // a term of several words that reads as one generic word once its stop words are set aside ('gone missing',
  // 'told me'): matched word for word, its function words too, not as that word alone
  // (the concepts each stem's terms belong to: a generic word is one of many)
  const uses = stemUses(data, lex);
  const literal = new Set(oneWordTerms(data, lex, uses));
  const addTerm = (term: string, c: number, where: string, exclusive: boolean): void => {
    // a term marked '=' by its author ('=end it all') is matched word for word too, whatever its words
    const marked = term.startsWith(LITERAL);
    const stems =
      marked || literal.has(`${concepts[c]!.id}: ${term}`)
        ? tokenise(marked ? term.slice(1) : term, lex).map((t) => (t.fn && t.stem !== 'not' ? `${LITERAL}${t.surface}` : t.stem))
        : termStems(term, lex);
    if (marked && !stems.some((s) => !s.startsWith(LITERAL) && s !== 'not')) {
      problems.push(`${where}: term ${JSON.stringify(term)} has no searchable word (a literal term needs one word that is no function word)`);
      return;
    }
    if (stems.length === 0 || stems.every((s) => s === 'not')) {
      if (exclusive) problems.push(`${where}: term ${JSON.stringify(term)} has no searchable word`);
      return;
    }
    // a term may stand for several concepts (an ambiguous word means each of them), once per concept
    const key = `${c} ${stems.join(' ')}`;
    if (owner.has(key)) return;
    owner.set(key, c);
    if (!exclusive && terms.some(([s]) => s.join(' ') === stems.join(' '))) return; // a concept's term wins over a tag name
    if (marked) marks.push(terms.length);
    terms.push([stems, c]);
  };
  data.concepts.forEach((e, n) => {
    if (conceptIndex.has(e.id)) problems.push(`concepts[${n}].id: duplicate id '${e.id}'`);
    for (const t of e.tags ?? []) if (!tagIds.has(t)) problems.push(`concepts[${n}] ('${e.id}').tags: unknown tag '${t}'`);
    const c = concepts.length;
    conceptIndex.set(e.id, c);
    concepts.push({ id: e.id, label: e.label, tags: [...(e.tags ?? [])], phrases: phrasesOf(e.phrases ?? []) });
    for (const term of e.terms) addTerm(term, c, `concepts[${n}] ('${e.id}')`, true);
  });
  // every tag is searchable by its id and its name, unless a concept already claims the words
  for (const t of tags) {
    const c = concepts.length;
    const idWords = t.id.replace(/-/g, ' ');
    concepts.push({ id: `tag:${t.id}`, label: t.name.toLowerCase(), tags: [t.id], phrases: phrasesOf([idWords, t.name]) });
    // (word for word when a stop word drops out and one generic word is left: 'early years' is no 'early help';
    // 'safeguarding concern' is still any 'safeguarding')
    const whole = (name: string): string => {
      const st = termStems(name, lex);
      return st.length === 1 && words(name).length > 1 && (uses.get(st[0]!)?.size ?? 0) >= GENERIC_CONCEPTS ? `${LITERAL}${name}` : name;
    };
    addTerm(whole(idWords), c, `tag ${t.id}`, false);
    addTerm(whole(t.name), c, `tag ${t.id}`, false);
  }
  // tag relations: a query tag reaches itself, its narrower tags and (less) its broader ones
  const broader = new Map(tags.map((t) => [t.id, t.broader]));
  const ancestors = (id: string): string[] => {
    const out: string[] = [];
    for (let p = broader.get(id); p !== undefined && !out.includes(p); p = broader.get(p)) out.push(p);
    return out;
  };
  const tagWeights: Record<string, Record<string, number>> = {};
  for (const t of tags) {
    const m: Record<string, number> = { [t.id]: 1 };
    for (const a of ancestors(t.id)) m[a] = BROADER;
    for (const u of tags) if (ancestors(u.id).includes(t.id)) m[u.id] = NARROWER;
    tagWeights[t.id] = m;
  }
  // relations
  const surface = (text: string): string =>
    words(text)
      .map((w) => (Object.hasOwn(sp, w.word) ? sp[w.word]! : w.word))
      .join(' ');
  let maxPhraseWords = 1;
  const roles: Record<string, Role> = {};
  for (const role of ['partner', 'parent', 'child', 'professional'] as const) {
    for (const w of data.relations.roles[role]) {
      const k = surface(w);
      if (k === '') problems.push(`relations.roles.${role}: ${JSON.stringify(w)} has no word`);
      else if (roles[k] !== undefined && roles[k] !== role) problems.push(`relations.roles.${role}: '${k}' is already a ${roles[k]} word`);
      else roles[k] = role;
      maxPhraseWords = Math.max(maxPhraseWords, k.split(' ').length);
    }
  }
  const actions: Record<string, string> = {};
  for (const [id, list] of Object.entries(data.relations.actions)) {
    for (const w of list) {
      const k = surface(w);
      if (k === '') problems.push(`relations.actions.${id}: ${JSON.stringify(w)} has no word`);
      else if (actions[k] !== undefined && actions[k] !== id) problems.push(`relations.actions.${id}: '${k}' is already a ${actions[k]} word`);
      else if (roles[k] !== undefined) problems.push(`relations.actions.${id}: '${k}' is also a role word`);
      else actions[k] = id;
      maxPhraseWords = Math.max(maxPhraseWords, k.split(' ').length);
    }
  }
  const possessives = data.relations.possessives.map(surface);
  const rules: Record<string, number> = {};
  data.relations.rules.forEach((r, n) => {
    const c = conceptIndex.get(r.concept);
    if (c === undefined) problems.push(`relations.rules[${n}]: unknown concept '${r.concept}'`);
    else if (data.relations.actions[r.action] === undefined) problems.push(`relations.rules[${n}]: unknown action '${r.action}'`);
    else rules[`${r.actor} ${r.action} ${r.target}`] = c;
  });
  const gender: Record<string, 'm' | 'f'> = {};
  for (const w of data.relations.male) gender[surface(w)] = 'm';
  for (const w of data.relations.female) {
    const k = surface(w);
    if (gender[k] === 'm') problems.push(`relations.female: '${k}' is also a male word`);
    gender[k] = 'f';
  }
  const parental: Record<number, number> = {};
  for (const [from, to] of Object.entries(data.parental.concepts)) {
    const a = conceptIndex.get(from);
    const b = conceptIndex.get(to);
    if (a === undefined || b === undefined) problems.push(`parental.concepts: unknown concept '${a === undefined ? from : to}'`);
    else parental[a] = b;
  }
  const strengthCues: string[] = [];
  for (const cue of data.strengths.cues) {
    const stems = termStems(cue, lex).filter((x) => x !== 'not');
    if (stems.length === 0) problems.push(`strengths.cues: ${JSON.stringify(cue)} has no searchable word`);
    else strengthCues.push(stems.join(' '));
  }
  const intensified: string[] = [];
  for (const w of data.strengths.intensified) {
    if (lex.stop.has(w) || lex.negations.has(w)) problems.push(`strengths.intensified: '${w}' is a function word, never read`);
    else intensified.push(...termStems(w, lex));
  }
  const known = (id: string, where: string): number => {
    const c = conceptIndex.get(id);
    if (c === undefined) problems.push(`${where}: unknown concept '${id}'`);
    return c ?? -1;
  };
  const disclosure = {
    cues: data.disclosure.cues.map(surface),
    speech: data.disclosure.speech.map(surface),
    concepts: data.disclosure.concepts.map((id) => known(id, 'disclosure.concepts')),
    concept: known(data.disclosure.concept, 'disclosure.concept'),
  };
  const ages = {
    gapYears: data.ages.gap.years,
    gapFrom: data.ages.gap.from,
    kin: [...data.ages.gap.kin],
    notKinAfter: [...data.ages.gap.notKinAfter],
    gap: data.ages.gap.concepts.map((id) => known(id, 'ages.gap.concepts')),
    teenFrom: data.ages.teenParents.from,
    teenBelow: data.ages.teenParents.below,
    yearGroups: { ...data.ages.yearGroups },
    teenParents: known(data.ages.teenParents.concept, 'ages.teenParents.concept'),
    teenExpecting: data.ages.teenParents.expecting.map((id) => known(id, 'ages.teenParents.expecting')),
    refines: [...data.ages.refines.tags],
  };
  // how often or how long: no concern of its own, so a concept without tags; each wording once, longest first
  const often: [string, number][] = [];
  for (const [id, said] of Object.entries(data.often.concepts)) {
    const c = known(id, 'often.concepts');
    if (c >= 0 && concepts[c]!.tags.length > 0) problems.push(`often.concepts: '${id}' has tags: a frequency refines the concerns read, it is none itself`);
    for (const w of said) {
      if (often.some(([x]) => x === w)) problems.push(`often.concepts.${id}: '${w}' is listed twice`);
      else often.push([w, c]);
    }
  }
  often.sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);
  for (const w of ages.kin) if (!Object.hasOwn(roles, surface(w))) problems.push(`ages.gap.kin: '${w}' is no role word of relations.roles`);
  for (const t of ages.refines) if (!tagIds.has(t)) problems.push(`ages.refines.tags: unknown tag '${t}'`);
  const neg = data.negation;
  for (const w of [...neg.scope, ...neg.ends, ...neg.joins])
    if (lex.negations.has(w)) problems.push(`negation: '${w}' is a negation word, not a scope, end or join word`);
  for (const w of neg.joins)
    if (!lex.stop.has(w)) problems.push(`negation.joins: '${w}' is no stop word: a join stands between concerns, read as no word of its own`);
  // a stop word is read as written (its stem is itself), any other by its stem
  const lacks = neg.lacks.map((w) => (lex.stop.has(w) ? w : stem(w)));
  const negation = { words: [...neg.words], scope: neg.scope.map((w) => stem(w)), ends: [...neg.ends], joins: [...neg.joins], reach: neg.reach, lacks };
  for (const w of plain.stop) if (lex.negations.has(w)) problems.push(`words.stop: '${w}' is a negation word (read as 'not')`);
  for (const w of Object.keys(plain.irregular)) if (lex.stop.has(w)) problems.push(`words.irregular: '${w}' is a stop word, never matched`);
  for (const w of plain.hedges) if (lex.stop.has(w) || lex.negations.has(w)) problems.push(`words.hedges: '${w}' is already a function word`);
  for (const w of plain.lifeStages) if (lex.stop.has(w) || lex.negations.has(w)) problems.push(`words.lifeStages: '${w}' is a function word, never read`);
  for (const w of plain.whole)
    if (lex.stop.has(w) || lex.negations.has(w) || Object.hasOwn(plain.irregular, w))
      problems.push(`words.whole: '${w}' is a function word or an irregular form, never stemmed`);
  for (const [w, whole] of Object.entries(plain.clipped)) {
    if (Object.hasOwn(sp, w)) problems.push(`words.clipped: '${w}' is a spelling too`);
    if (lex.stop.has(w) || lex.negations.has(w)) problems.push(`words.clipped: '${w}' is a function word, read as written`);
    if (Object.hasOwn(plain.clipped, whole)) problems.push(`words.clipped: '${w}' is read as '${whole}', itself a clipped form`);
  }
  for (const w of plain.verbs.words) if (!plain.whole.includes(w)) problems.push(`words.verbs: '${w}' is not kept whole (words.whole), so always stemmed`);
  for (const w of plain.verbs.determiners)
    if (!lex.stop.has(w)) problems.push(`words.verbs.determiners: '${w}' is no function word: a thing one attends or takes goes in objects`);
  for (const w of data.relations.also.joins)
    if (!lex.stop.has(w)) problems.push(`relations.also.joins: '${w}' is no stop word: a join stands between people, read as no word of its own`);
  for (const w of plain.places) if (lex.stop.has(w) || lex.negations.has(w)) problems.push(`words.places: '${w}' is a function word, never read as a place`);
  for (const w of plain.names) if (lex.stop.has(w) || lex.negations.has(w)) problems.push(`words.names: '${w}' is a function word, never read`);
  for (const p of plain.phrasal)
    if (lex.stop.has(p.as) || lex.negations.has(p.as)) problems.push(`words.phrasal: '${p.words}' is read as '${p.as}', a function word`);
  for (const w of plain.bound) if (lex.stop.has(w) || lex.negations.has(w)) problems.push(`words.bound: '${w}' is a function word, never read in a term`);
  return {
    vocabulary: {
      disclosure,
      ages,
      often,
      negation,
      words: plain,
      spellings: { ...sp },
      concepts,
      terms: terms.map(([stems, c]) => `${c} ${stems.join(' ')}`),
      marked: marks,
      tagWeights,
      roles,
      possessives,
      auxiliaries: data.relations.auxiliaries.map(surface),
      states: data.relations.states.map(surface),
      away: data.relations.away.map(surface),
      also: { joins: data.relations.also.joins.map(surface), continues: data.relations.also.continues.map(surface) },
      actions,
      maxPhraseWords,
      rules,
      gender,
      parental,
      strengthCues,
      intensified,
    },
    problems,
  };
}

/** Stem → the concepts whose terms (not marked '=') use it. */
function stemUses(data: ThesaurusData, lex: ReturnType<typeof lexiconOf>): Map<string, Set<string>> {
  const uses = new Map<string, Set<string>>();
  for (const c of data.concepts)
    for (const t of c.terms) if (!t.startsWith(LITERAL)) for (const x of termStems(t, lex)) (uses.get(x) ?? uses.set(x, new Set()).get(x)!).add(c.id);
  return uses;
}

/**
 * The terms of several words ('concept: term') that read as one generic word once their stop words are set aside
 * ('doing time' → 'do', 'in care' → 'care', 'told me' → 'tell'): a word used in the terms of GENERIC_CONCEPTS concepts
 * or more, which the term's own concept does not claim alone; or a number ('had her at 15' → '15'). Read as that word,
 * such a term would make every use of the word mean its concept ('her brother (15)' teenage parents): it is compiled as
 * a literal term, matched word for word with its function words.
 */
export function oneWordTerms(data: ThesaurusData, lex: ReturnType<typeof lexiconOf>, uses = stemUses(data, lex)): string[] {
  const alone = new Set<string>();
  for (const c of data.concepts)
    for (const t of c.terms) {
      if (t.startsWith(LITERAL)) continue; // marked word for word by its author
      const stems = termStems(t, lex);
      if (stems.length === 1 && words(t).length === 1) alone.add(`${c.id} ${stems[0]}`);
    }
  const out: string[] = [];
  for (const c of data.concepts)
    for (const t of c.terms) {
      if (t.startsWith(LITERAL)) continue;
      const stems = termStems(t, lex);
      if (
        stems.length === 1 &&
        words(t).length > 1 &&
        ((uses.get(stems[0]!)!.size >= GENERIC_CONCEPTS && !alone.has(`${c.id} ${stems[0]}`)) || /^\d+$/.test(stems[0]!))
      )
        out.push(`${c.id}: ${t}`);
    }
  return out;
}
