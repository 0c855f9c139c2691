/**
 * Who does what to whom: role words, action words, pronouns and ages of a
 * query, read into concepts by the thesaurus's relation rules ("dad hits mum"
 * → domestic abuse; "mum hits him" → physical abuse; "16 year old hits his
 * mum" → child-to-parent violence; "mum was hit by her partner").
 * @module
 * @internal
 */
import { searchVocabulary as vocab } from '../generated/search-vocabulary.js';
import { conceptUnit, type Unit } from './units.js';
import { isDigit, type Token } from './tokenise.js';
import { lazy, type Role } from './vocabulary.js';
import { negationStop } from './negation.js';

/** How far (in words) a role word may stand from its action. */
const ROLE_REACH = 4;
/** How far (in words) the actor may stand before its action. */
const ACTOR_REACH = 8;
/** The weight of a relation's concept. */
const RELATION = 1.4;
/** The weight of each reading of a relation whose actor is a pronoun naming no one ('He hit her'). */
const AMBIGUOUS = 1;
/** The roles an unresolved pronoun may stand for. */
const AMBIGUOUS_ROLES: readonly Role[] = ['parent', 'child'];

export interface RoleAt {
  /** as written */
  readonly written: string;
  readonly start: number;
  readonly end: number;
  readonly role: Role;
  readonly words: string;
  readonly possessed: boolean;
}

/** First words of role and action phrases, and one-word roles with a plural or possessive s ('sons'): only these start a look-up. */
const relationFirst = /* @__PURE__ */ lazy(
  () =>
    new Set([
      ...[...Object.keys(vocab().roles), ...Object.keys(vocab().actions)].map((k) => k.split(' ')[0]!),
      ...Object.keys(vocab().roles).map((k) => `${k}s`),
    ]),
);

/** Every phrase of several words of the roles and actions, and each of its beginnings ('step', 'step dad'). */
const relationPrefixes = /* @__PURE__ */ lazy(() => {
  const out = new Set<string>();
  for (const k of [...Object.keys(vocab().roles), ...Object.keys(vocab().actions)]) {
    const w = k.split(' ');
    for (let n = 2; n <= w.length; n++) out.add(w.slice(0, n).join(' '));
  }
  return out;
});

const possessives = /* @__PURE__ */ lazy((): ReadonlySet<string> => new Set(vocab().possessives));
/** After an action, a word that makes it putting someone out ('kicked him out'): the thesaurus's `relations.away`. */
const awayWords = /* @__PURE__ */ lazy((): ReadonlySet<string> => new Set(vocab().away));
/** The thesaurus's `relations.also`: the words joining a second target, and those that make the person after them a new clause's subject. */
const alsoWords = /* @__PURE__ */ lazy(() => ({ joins: new Set(vocab().also.joins), continues: new Set(vocab().also.continues) }));

/**
 * The people joined to an action's target by 'and' ('hits her and the kids'; no negation between): targets too when
 * nothing or a word of `continues` follows them ('… with a belt'); else a new clause's subject ('… are scared').
 */
function alsoTargets(tokens: readonly Token[], roles: readonly RoleAt[], target: RoleAt): RoleAt[] {
  const { joins, continues } = alsoWords();
  const out: RoleAt[] = [];
  let last = target;
  for (;;) {
    const join = tokens[last.end + 1];
    if (join === undefined || join.apart === true || !joins.has(join.surface)) break;
    const next = roles.find((r) => r.start > last.end + 1);
    if (next === undefined) break;
    let between = true;
    for (let k = last.end + 2; k <= next.start; k++)
      if (tokens[k]!.apart === true || (k < next.start && (!tokens[k]!.fn || tokens[k]!.stem === 'not'))) between = false;
    const after = tokens[next.end + 1];
    const subject = after !== undefined && after.apart !== true && !continues.has(after.surface);
    if (!between || subject) break;
    out.push(next);
    last = next;
  }
  return out;
}
/** Before an action, the mark of a passive ('was hit', 'got kicked', 'has been hurt'). */
const auxiliaries = /* @__PURE__ */ lazy((): ReadonlySet<string> => new Set(vocab().auxiliaries));
/** Action words that after an auxiliary say what someone is ('dad was violent to mum'): the thesaurus's `relations.states`. */
const states = /* @__PURE__ */ lazy((): ReadonlySet<string> => new Set(vocab().states));
/** Pronouns that stand as who does something ('he', 'she'). */
export const SUBJECTS: ReadonlySet<string> = /* @__PURE__ */ new Set(['he', 'she', 'they', 'hes', 'shes']);
/** Pronouns that stand only as who something is done to ('him', 'me'): never who does it. */
export const OBJECTS: ReadonlySet<string> = /* @__PURE__ */ new Set(['him', 'her', 'them', 'me', 'us']);
/** Pronouns for people: who they are is read from the people named before them. */
export const PRONOUNS: ReadonlySet<string> = /* @__PURE__ */ new Set(['he', 'she', 'him', 'her', 'they', 'them', 'hes', 'shes']);

/** The role a pronoun stands for: the last person named before it with its gender, else the child when an object pronoun of it stands before ('him'); `undefined` when none does. */
export function resolve(roles: readonly RoleAt[], r: RoleAt, skip?: RoleAt): Role | undefined {
  if (!PRONOUNS.has(r.words)) return r.role;
  const voc = vocab();
  const g = voc.gender[r.words];
  if (g === undefined) return undefined;
  for (let k = roles.indexOf(r) - 1; k >= 0; k--) {
    const o = roles[k]!;
    if (o !== skip && !PRONOUNS.has(o.words) && voc.gender[o.words.split(' ').pop()!] === g) return o.role;
  }
  // no one of that gender named: an object pronoun of it before ('can't get him to school, he shouts') is the child
  return roles.slice(0, roles.indexOf(r)).some((o) => OBJECTS.has(o.words) && voc.gender[o.words] === g) ? 'child' : undefined;
}

/** Words of one of the family: an adult's age said of them is no age gap (the thesaurus's `ages.gap.kin`). */
const kinWords = /* @__PURE__ */ lazy((): ReadonlySet<string> => new Set(vocab().ages.kin));
/** Words before a family word that make its person a partner ('the baby's father'): the thesaurus's `ages.gap.notKinAfter`. */
const kinOwners = /* @__PURE__ */ lazy((): ReadonlySet<string> => new Set(vocab().ages.notKinAfter));

/** Words after a number that make it no age ('at 15 weeks', 'at 3 pm'): the thesaurus's `words.timeUnits`. */
const timeUnits = /* @__PURE__ */ lazy((): ReadonlySet<string> => new Set(vocab().words.timeUnits));

/** An age at token `i` and its last token; `group` (a year group) and `word` ('15 and pregnant'): its words stay words. */
function ageAt(tokens: readonly Token[], i: number, isRole: (word: string) => boolean): { age: number; end: number; group?: true; word?: true } | undefined {
  const s = tokens[i]!.surface;
  // a school year group ('Y9', 'Yr 10', 'year 11'; England): the age at its start (the thesaurus's `ages.yearGroups`)
  const group = /^y(?:r|ear)?(\d{1,2})$/.exec(s);
  if (group !== null) return yearGroup(Number(group[1]), i);
  const c0 = s.charCodeAt(0);
  if (c0 < 48 || c0 > 57) return undefined;
  const p0 = tokens[i - 1]?.surface;
  if (
    (p0 === 'year' || p0 === 'yr') &&
    /^\d{1,2}$/.test(s) &&
    !isDigit(tokens[i - 2]?.surface.charCodeAt(0) ?? 0) &&
    !timeUnits().has(tokens[i + 1]?.surface ?? '')
  )
    return yearGroup(Number(s), i);
  const m = /^(\d{1,2})(yo|yrs?|y)?$/.exec(s);
  if (m === null) return undefined;
  const age = Number(m[1]);
  if (m[2] === 'yo') return { age, end: i };
  const n1 = tokens[i + 1]?.surface;
  const n2 = tokens[i + 2]?.surface;
  if ((n1 === 'year' || n1 === 'years' || n1 === 'yr' || n1 === 'yrs' || n1 === 'y' || m[2] !== undefined) && (n2 === 'old' || n1 === 'old' || n2 === 'o'))
    return { age, end: n1 === 'old' ? i + 1 : i + 2 };
  if (n1 === 'yo' || n1 === 'yos') return { age, end: i + 1 };
  const p = tokens[i - 1]?.surface;
  const unit = timeUnits().has(n1 ?? '');
  // 'aged 14', 'she's 14', 'he is 15', 'pregnant at 15'; an adult's age after a person ('the baby's father is 22', 'a boyfriend who is 22'),
  // or straight after them in a list of the household ('mum 17, dad 18')
  if (
    p === 'aged' ||
    (isRole(p ?? '') &&
      !PRONOUNS.has(p ?? '') &&
      tokens[i]!.apart !== true &&
      age >= 1 &&
      !unit &&
      (n1 === undefined || tokens[i + 1]!.apart === true || tokens[i + 1]!.fn)) ||
    p === 'age' ||
    ((p === 'shes' || p === 'hes' || p === 'is' || p === 'turned' || p === 'at') && age >= 1 && age < 19 && !unit) ||
    (isRole(tokens[isAt(tokens, i) ?? -1]?.surface ?? '') && age >= 1 && !unit)
  )
    return { age, end: i };
  // a note's shorthand, a number starting a sentence before 'and', 'with' or a comma: '15 and pregnant', '15 with a 24 yo bf'
  if ((i === 0 || tokens[i]!.apart === true) && (n1 === 'and' || n1 === 'with' || tokens[i + 1]?.apart === true) && age >= 1 && age < 19 && !unit)
    return { age, end: i, word: true };
  return undefined;
}

/** The token of the person an age at token `i` is said of by 'is' or 'was' ('dad is 45', 'a boyfriend who is 22'). */
function isAt(tokens: readonly Token[], i: number): number | undefined {
  const p = tokens[i - 1]?.surface;
  return p === 'is' || p === 'was' ? i - (tokens[i - 2]?.surface === 'who' ? 3 : 2) : undefined;
}

/** The age at the start of school year `n` (England: Year 1 at 5, Year 11 at 15; the thesaurus's `ages.yearGroups`), read at token `i`. */
function yearGroup(n: number, i: number): { age: number; end: number; group: true } | undefined {
  const { offset, last } = vocab().ages.yearGroups;
  return n >= 1 && n <= last ? { age: n + offset, end: i, group: true } : undefined;
}

/** Whether a clause ends between tokens `from` and `to`: punctuation, or a word ending it ('and', 'but'). */
function partedFrom(tokens: readonly Token[], from: number, to: number): boolean {
  const ends = negationStop();
  for (let k = from + 1; k <= to; k++) if (tokens[k]!.apart === true || (k < to && ends.has(tokens[k]!.surface))) return true;
  return false;
}

/** The token indexes from..to. */
function span(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k <= to; k++) out.push(k);
  return out;
}

/** Who does what to whom, and the ages of the query. */
export function readRelations(tokens: readonly Token[]): {
  units: Unit[];
  /** by unit: the token its action starts at */
  unitAt: number[];
  /** by unit: the token its target ends at (-1: none named) */
  unitEnd: number[];
  actionTokens: Set<number>;
  /** the people of the relations read (token index): a term of their words and the action only is what the relation says */
  peopleTokens: Set<number>;
  /** who does what in the relations read, where the sentence says who ('dad hits her': parent) */
  actors: Set<Role>;
  ages: number[];
  /** the ages said of one of the family (the thesaurus's `ages.gap.kin`: 'her 20 year old brother') */
  kinAges: number[];
  /** the ages said of a parent ('17 year old mum', 'mum is 17'), with the words saying it */
  parentAges: { age: number; written: string }[];
  ageTokens: Set<number>;
  roles: RoleAt[];
} {
  const roles: RoleAt[] = [];
  const actions: { start: number; end: number; action: string; words: string }[] = [];
  const ages: number[] = [];
  const kinAges: number[] = [];
  const KIN = kinWords();
  const ageTokens = new Set<number>();
  const parentAges: { age: number; written: string }[] = [];
  const voc = vocab();
  const RELATION_FIRST = relationFirst();
  const POSSESSIVES = possessives();
  const AWAY = awayWords();
  const maxW = voc.maxPhraseWords;
  const text = (from: number, to: number): string =>
    tokens
      .slice(from, to + 1)
      .map((t) => t.written)
      .join(' ');
  for (let i = 0; i < tokens.length; ) {
    const age = ageAt(tokens, i, (w) => voc.roles[w] !== undefined);
    if (age !== undefined) {
      ages.push(age.age);
      // (a year group's words stay words: 'started year 7' is a move of school)
      if (age.group !== true && age.word !== true) for (let k = i; k <= age.end; k++) ageTokens.add(k);
      // '16 year old boyfriend': the role word after the age wins
      const next = tokens[age.end + 1]?.surface;
      // a parent's age: '17 year old mum', 'mum is 17' (the person before 'is')
      const of = next !== undefined && tokens[age.end + 1]!.apart !== true && Object.hasOwn(voc.roles, next) ? voc.roles[next] : undefined;
      const beforeAt = isAt(tokens, i) ?? (tokens[i]!.apart !== true && Object.hasOwn(voc.roles, tokens[i - 1]?.surface ?? '') ? i - 1 : -1);
      const before = tokens[beforeAt]?.surface;
      // (not 'she is 17': a pronoun says no more than a person)
      const was = before !== undefined && !PRONOUNS.has(before) && Object.hasOwn(voc.roles, before) ? voc.roles[before] : undefined;
      // the age of one of the family ('her 20 year old brother', 'brother is 20'): no age gap (not 'the baby's father is 22')
      const kinAt = of !== undefined && KIN.has(next!) ? age.end + 1 : was !== undefined && KIN.has(before!) ? beforeAt : -1;
      const owned = (k: number): boolean => kinOwners().has(tokens[k]?.surface ?? '');
      if (kinAt >= 0 && !owned(kinAt - 1) && !owned(i - 1)) kinAges.push(age.age);
      if (of === 'parent') parentAges.push({ age: age.age, written: text(i, age.end + 1) });
      else if (was === 'parent') parentAges.push({ age: age.age, written: text(beforeAt, age.end) });
      if (next === undefined || voc.roles[next] === undefined) {
        roles.push({
          written: text(i, age.end),
          start: i,
          end: age.end,
          role: age.age < 18 ? 'child' : 'parent',
          words: tokens
            .slice(i, age.end + 1)
            .map((t) => t.surface)
            .join(' '),
          possessed: false,
        });
      }
      i = age.end + 1;
      continue;
    }
    let done = false;
    const first = tokens[i]!.surface;
    if (!RELATION_FIRST.has(first)) {
      i++;
      continue;
    }
    // the longest role or action phrase starting here: only as far as some phrase begins with the words read
    const keys: string[] = [first];
    const PREFIXES = relationPrefixes();
    for (let k = 1; k < maxW && i + k < tokens.length; k++) {
      const key = `${keys[k - 1]} ${tokens[i + k]!.surface}`;
      if (!PREFIXES.has(key)) break;
      keys.push(key);
    }
    for (let len = keys.length; len >= 1 && !done; len--) {
      let key = keys[len - 1]!;
      // "her son's autism", "the sons": a role word with a possessive or plural s
      if (len === 1 && !Object.hasOwn(voc.roles, key) && !Object.hasOwn(voc.actions, key) && key.endsWith('s') && Object.hasOwn(voc.roles, key.slice(0, -1)))
        key = key.slice(0, -1);
      const action = Object.hasOwn(voc.actions, key) ? voc.actions[key] : undefined;
      // 'kicked out of college', 'kicked him out': put out, no act against a person
      const after = tokens[i + len]?.surface;
      const away = AWAY.has(after ?? '') || (after !== undefined && OBJECTS.has(after) && AWAY.has(tokens[i + len + 1]?.surface ?? ''));
      if (action !== undefined && away) break;
      if (action !== undefined && tokens[i - 1]?.surface !== 'not') {
        actions.push({ start: i, end: i + len - 1, action, words: text(i, i + len - 1) });
        i += len;
        done = true;
        break;
      }
      const role = Object.hasOwn(voc.roles, key) ? voc.roles[key] : undefined;
      // 'abused as a child': a time of life, no person
      if (role !== undefined && tokens[i - 2]?.surface === 'as' && (tokens[i - 1]?.surface === 'a' || tokens[i - 1]?.surface === 'an')) break;
      if (role !== undefined) {
        const w = tokens[i + len];
        // 'her mum': 'her' is a possessive here, not a person
        if (len === 1 && POSSESSIVES.has(key) && w !== undefined && Object.hasOwn(voc.roles, w.surface)) break;
        const prev = tokens[i - 1]?.surface;
        roles.push({ written: text(i, i + len - 1), start: i, end: i + len - 1, role, words: key, possessed: prev !== undefined && POSSESSIVES.has(prev) });
        i += len;
        done = true;
      }
    }
    if (!done) i++;
  }
  const units: Unit[] = [];
  const unitAt: number[] = [];
  const unitEnd: number[] = [];
  const actionTokens = new Set<number>();
  const peopleTokens = new Set<number>();
  const actors = new Set<Role>();
  for (const a of actions) {
    let actor: RoleAt | undefined;
    let target: RoleAt | undefined;
    const by = tokens[a.end + 1]?.surface === 'by' ? a.end + 1 : undefined;
    // who does it: the nearest person before, not an object pronoun ('my step dad shouts at me and hits my mum': the
    // step dad hits her); with 'by', the one it is done to
    const before = roles
      .filter((r) => r.end < a.start && a.start - r.end <= (by === undefined ? ACTOR_REACH : ROLE_REACH) && (by !== undefined || !OBJECTS.has(r.words)))
      .pop();
    // the one it is done to: after it in its clause ('has panic attacks and mum keeps her off' is no attack on mum)
    const after = roles.find(
      (r) => r.start > (by ?? a.end) && r.start - a.end <= ROLE_REACH + (by === undefined ? 0 : 1) && !partedFrom(tokens, a.end, r.start),
    );
    [actor, target] = by !== undefined ? [after, before] : [before, after];
    // 'mum was hit', 'she got kicked' (a passive without 'by'): the person before is its target, the actor unsaid
    // (each reading weighs less); 'was abused as a child' is a time of their life, no relation of the household
    const passive =
      by === undefined &&
      auxiliaries().has(tokens[a.start - 1]?.surface ?? '') &&
      !tokens[a.start]!.surface.endsWith('ing') &&
      !states().has(tokens[a.start]!.surface);
    if (passive) {
      if (tokens[a.end + 1]?.surface === 'as' || before === undefined) continue;
      actor = undefined;
      target = before;
    }
    // 'punches his mum when…', no one named before: a note's sentence without a subject is said of the child it is
    // about, when the target is their own parent or carer
    const implied = actor === undefined && !passive && before === undefined && target?.possessed === true && target.role !== 'child';
    if (target === undefined || (actor === undefined && !passive && !implied)) continue;
    const actorResolved = actor === undefined ? undefined : resolve(roles, actor);
    // 'hits her and the kids': each person it is done to (not with 'by', nor a passive: the one before is its target)
    const targets = by === undefined && !passive ? [target, ...alsoTargets(tokens, roles, target)] : [target];
    let read = false;
    for (const [k, target] of targets.entries()) {
      let actorRole = actorResolved ?? actor?.role ?? (implied ? 'child' : 'parent');
      let targetRole = resolve(roles, target, actor) ?? target.role;
      // 'he hits his mum': a pronoun hitting his own parent is the child
      if (actor !== undefined && SUBJECTS.has(actor.words) && target.possessed && targetRole !== 'child' && actorResolved === undefined) actorRole = 'child';
      // 'her boyfriend hits her': a partner's pronoun target is the partner
      // 'my boyfriend hits me': the one speaking is the partner ('my mum hits me': a child)
      if (actorRole === 'partner' && (target.words === 'her' || target.words === 'me')) targetRole = 'partner';
      // 'he was hit by a teacher': what a professional does to a pronoun is done to the child
      if (actorRole === 'professional' && PRONOUNS.has(target.words)) targetRole = 'child';
      const words = implied
        ? `${a.words} ${target.written}`
        : actor === undefined
          ? `${target.written} ${a.words}`
          : `${actor.written} ${a.words} ${target.written}`;
      // 'He hit her', no one named before: the sentence says a male hit a female, not who they are. Neither
      // is assumed to be a parent (nor, then, the target a child): every reading is proposed, each weighing less.
      const unknownActor =
        (actor === undefined && !implied) || (actor !== undefined && SUBJECTS.has(actor.words) && actorResolved === undefined && actorRole !== 'child');
      const readings: [Role, Role][] = unknownActor
        ? AMBIGUOUS_ROLES.flatMap((x) =>
            (PRONOUNS.has(target.words) && resolve(roles, target, actor) === undefined ? AMBIGUOUS_ROLES : [targetRole]).map((y): [Role, Role] => [x, y]),
          )
        : [[actorRole, targetRole]];
      for (const [x, y] of readings) {
        const c = voc.rules[`${x} ${a.action} ${y}`];
        if (c === undefined || units.some((u) => u.id === `r:${c}`)) continue;
        units.push(
          conceptUnit(c, words, [], unknownActor ? AMBIGUOUS : RELATION, {
            id: `r:${c}`,
            // its action's words: the people may be named in other concerns too ('dad hits mum, mum drinks'); a
            // second target's, its own words: what is done to the kids is a concern of its own, not another reading of
            // what is done to mum
            at: k === 0 ? span(a.start, a.end) : span(target.start, target.end),
          }),
        );
        unitAt.push(a.start);
        unitEnd.push(target.end);
        if (!unknownActor) actors.add(x);
        read = true;
      }
    }
    if (read) {
      for (let k = a.start; k <= a.end; k++) actionTokens.add(k);
      for (const r of [actor, ...targets]) if (r !== undefined) for (let k = r.start; k <= r.end; k++) peopleTokens.add(k);
    }
  }
  return { units, unitAt, unitEnd, actionTokens, peopleTokens, actors, ages, kinAges, parentAges, ageTokens, roles };
}
