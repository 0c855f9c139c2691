import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { ThresholdError } from '../src/errors.js';
import { searchVocabulary } from '../src/generated/search-vocabulary.js';
import { tags } from '../src/generated/tags.js';
import type { Framework } from '../src/model.js';
import { resolveLevel } from '../src/resolve.js';
import { SynonymVocabularySchema, TagVocabularySchema } from '../src/schema.js';
import { compileThesaurus, oneWordTerms } from '../src/search/compile.js';
import { type SearchResult, searchIndicators } from '../src/search/search.js';
import { stem } from '../src/search/stem.js';
import { suggestIndicators } from '../src/search/suggest.js';
import { termStems, words } from '../src/search/tokenise.js';
import { lexiconOf } from '../src/search/vocabulary.js';
import { staffordshire } from '../src/staffordshire.js';
import { stokeOnTrent } from '../src/stoke-on-trent.js';
import { codeOf, readJson } from './helpers.js';

const fws: Record<string, Framework> = { 'stoke-on-trent': stokeOnTrent, staffordshire };
/** a built-in framework, by id (so that a failing case prints the id, not the framework) */
const keyArb = fc.constantFrom('stoke-on-trent', 'staffordshire');
/** the ids of the first `limit` hits (every descriptor of a merged hit) */
const ids = (fw: Framework, q: string, limit = 5): string[] => searchIndicators(fw, q, { limit }).flatMap((r) => r.indicators.map((i) => i.id));
const concepts = (fw: Framework, q: string, limit = 5): string[] => searchIndicators(fw, q, { limit }).flatMap((r) => r.concepts);
const thesaurus = SynonymVocabularySchema.parse(readJson('data/vocabularies/synonyms.json'));

describe('searchIndicators: practitioner language', () => {
  it.each([
    ['stoke-on-trent', 'FGM', 'abuse-and-exploitation-fgm-occurred-or-suspected'],
    ['stoke-on-trent', 'EHCP', 'education-additional-send-support-ehcp'],
    ['stoke-on-trent', 'eviction', 'housing-risk-of-eviction'],
    ['stoke-on-trent', 'MARAC', 'domestic-abuse-case-referred-heard-marac'],
    ['staffordshire', 'FII', 'behavioural-suspected-evidence-fabricated-induced'],
    ['staffordshire', 'CSE', 'health-high-risk-sexual-exploitation'],
    ['staffordshire', 'CCE', 'other-forced-criminality-forced-labour'],
    ['staffordshire', 'county lines', 'behavioural-medium-risk-child-exploitation'],
    ['staffordshire', 'NEET', 'education-no-participation-education-employment'],
    ['staffordshire', 'truanting', 'education-unpunctual-truanting-non-attendance'],
    ['staffordshire', 'bunking off', 'education-unpunctual-truanting-non-attendance'],
    ['staffordshire', 'self harm', 'health-self-harming-behaviours'],
    ['staffordshire', 'UASC', 'other-unaccompanied-refuge-asylum-seeker'],
    ['staffordshire', 'PND', 'warmth-post-natal-depression-affecting'],
    ['staffordshire', 'LAC', 'relationships-periods-accommodated-local-authority'],
    ['staffordshire', 'sofa surfing', 'housing-finance-homeless-or-imminent'],
    ['staffordshire', 'booze', 'health-occasional-drug-alcohol-misuse'],
    ['staffordshire', 'keeps taking him to different doctors', 'behavioural-suspected-evidence-fabricated-induced'],
    ['stoke-on-trent', 'picked up from school by older men in cars', 'abuse-and-exploitation-unknown-adults-power-imbalance'],
  ])('%s: %s finds %s in the top 3', (fw, q, id) => {
    expect(ids(fws[fw]!, q, 3)).toContain(id);
  });

  it('reads an abbreviation as what it stands for, and says so', () => {
    const dv = searchIndicators(stokeOnTrent, 'DV');
    expect(dv).toHaveLength(10);
    expect(dv.every((r) => r.indicators.some((i) => i.tags.includes('domestic-abuse')))).toBe(true);
    expect(dv[0]!.matched).toEqual(['dv', 'domestic abuse', 'tag:domestic-abuse']);
    expect(dv[0]!.concepts).toEqual(['domestic-abuse']);
  });

  it('a word naming a tag finds descriptors with a narrower tag too', () => {
    // "Child is withdrawn or isolated, displaying self-harm behaviours…" never says "mental health"
    const r = searchIndicators(stokeOnTrent, 'mental health', { limit: 1000 });
    const hit = r.find((x) => x.indicator.id === 'abuse-and-exploitation-withdrawn-self-harm-suicidal');
    expect(hit?.matched).toContain('tag:self-harm');
  });

  it('stems lightly and reads US spellings as UK', () => {
    expect(stem('missed')).toBe(stem('missing'));
    expect(stem('families')).toBe(stem('family'));
    expect(new Set(['abuse', 'abused', 'abuses', 'abusing'].map(stem)).size).toBe(1);
    expect(stem('radicalized')).toBe(stem('radicalised'));
    expect(stem('sexually')).toBe('sexual');
    expect(stem('90')).toBe('90');
    expect(ids(stokeOnTrent, 'radicalized')).toEqual(ids(stokeOnTrent, 'radicalised'));
    expect(ids(staffordshire, 'behavior problems')).toEqual(ids(staffordshire, 'behaviour problems'));
  });

  it("reads a concern's good side said straight before it as the concern absent: strengths first ('excellent behaviour in class')", () => {
    for (const fw of [stokeOnTrent, staffordshire]) {
      const top = searchIndicators(fw, 'excellent behaviour in class', { limit: 2 });
      expect(
        top.map((r) => r.indicator.kind),
        fw.id,
      ).toEqual(['strength', 'strength']);
    }
    // not when negated: 'not good attendance' is poor attendance
    expect(searchIndicators(staffordshire, 'not good attendance', { limit: 1 })[0]!.indicator.kind).toBe('need');
  });

  it("injuries seen on a parent ('mum had a black eye') bring domestic abuse; on the child they do not", () => {
    const da = (fw: Framework, q: string): boolean => searchIndicators(fw, q, { limit: 3 }).some((r) => r.indicator.tags.includes('domestic-abuse'));
    for (const fw of [stokeOnTrent, staffordshire]) {
      expect(da(fw, 'mum had a black eye again'), fw.id).toBe(true);
      expect(da(fw, 'dad has bruises on his arms'), fw.id).toBe(true);
    }
    expect(searchIndicators(staffordshire, 'he has bruises on his arms', { limit: 3 }).some((r) => r.indicator.tags.includes('domestic-abuse'))).toBe(false);
  });

  it("'too small' is no housing concern unless it is said of the home ('her coat is too small' is not overcrowding)", () => {
    for (const fw of [stokeOnTrent, staffordshire]) {
      expect(
        searchIndicators(fw, 'her coat is too small', { limit: 5 }).some((r) => r.indicator.tags.includes('housing')),
        fw.id,
      ).toBe(false);
      expect(
        searchIndicators(fw, 'the flat is too small for them all', { limit: 5 }).some((r) => r.indicator.tags.includes('housing')),
        fw.id,
      ).toBe(true);
    }
  });

  it("'some kind of', 'sort of' are hedges, not kindness: the concern comes first", () => {
    for (const q of ['he is taking some kind of drugs', 'mum is sort of drinking every night'])
      for (const fw of [stokeOnTrent, staffordshire]) expect(searchIndicators(fw, q, { limit: 1 })[0]!.indicator.kind, `${fw.id}: ${q}`).toBe('need');
    // kindness itself still reads as a strength
    expect(searchIndicators(staffordshire, 'she is kind to others', { limit: 1 })[0]!.indicator.kind).toBe('strength');
  });

  it('names a respelt word as it was typed (CI found "oneself" shown for "themselves")', () => {
    const top = searchIndicators(stokeOnTrent, 'themselves', { limit: 1 })[0]!;
    expect(top.indicator.text).toContain('themselves');
    expect(top.matched).toEqual(['themselves']);
    expect(searchIndicators(staffordshire, 'behavior', { limit: 1 })[0]!.matched[0]).toBe('behavior');
  });

  it('joins hyphenated and split compounds', () => {
    expect(ids(staffordshire, 'antisocial')).toContain('guidance-can-behave-anti-social-way');
    expect(ids(stokeOnTrent, 'anti social')).toContain('crime-regular-antisocial-activity');
    expect(ids(stokeOnTrent, 'selfharm')).toEqual(ids(stokeOnTrent, 'self-harm'));
  });

  it('tolerates prefixes and small misspellings of descriptor words', () => {
    expect(ids(staffordshire, 'neglet')).toContain('health-evidence-significant-harm-neglect');
    expect(ids(stokeOnTrent, 'exploit')).toContain('abuse-and-exploitation-significant-evidence-exploitation');
  });

  it('gives [] for a query with no searchable word', () => {
    for (const q of ['', '   ', '?!', '—', '...', 'the and of', 'not', "isn't", '😀', '\u0000\u0301', '<p></p>'])
      expect(searchIndicators(stokeOnTrent, q)).toEqual([]);
  });

  it('ranks needs before strengths unless the query uses words of a strength', () => {
    const drugs = searchIndicators(stokeOnTrent, 'drugs', { limit: 3 });
    expect(drugs.every((x) => x.indicator.kind === 'need')).toBe(true);
    const good = searchIndicators(stokeOnTrent, 'good attendance', { limit: 1 });
    expect(good[0]!.indicator.kind).toBe('strength');
    const poor = searchIndicators(stokeOnTrent, 'not good attendance', { limit: 1 });
    expect(poor[0]!.indicator.kind).toBe('need');
  });

  it('returns the framework’s own indicator objects, default limit 10, frozen hits', () => {
    const r = searchIndicators(stokeOnTrent, 'health');
    expect(r).toHaveLength(10);
    for (const x of r) {
      expect(stokeOnTrent.indicators).toContain(x.indicator);
      expect(Object.isFrozen(x) && Object.isFrozen(x.matched) && Object.isFrozen(x.indicators)).toBe(true);
    }
  });
});

describe('searchIndicators: who does what to whom', () => {
  it('"dad hits mum" is domestic abuse, first, in both frameworks', () => {
    for (const fw of [stokeOnTrent, staffordshire]) {
      const [top] = searchIndicators(fw, 'dad hits mum', { limit: 1 });
      expect(top!.concepts).toContain('domestic-abuse');
      expect(top!.indicators.some((i) => i.tags.includes('domestic-abuse'))).toBe(true);
      expect(top!.matched).toContain('dad hits mum');
    }
  });

  it('"mum hits him" is physical abuse of the child, not domestic abuse', () => {
    const [top] = searchIndicators(stokeOnTrent, 'mum hits him', { limit: 1 });
    expect(top!.concepts).toContain('physical-abuse');
    expect(concepts(stokeOnTrent, 'mum hits him')).not.toContain('domestic-abuse');
  });

  it('"16 year old hits his mum" is child-to-parent violence', () => {
    expect(ids(staffordshire, '16 year old hits his mum', 2)).toContain('family-history-physical-violence-towards-parents');
    expect(ids(stokeOnTrent, 'he hits his mum', 2)).toContain('early-years-aggressive-behaviour-towards-parents');
    const son = concepts(staffordshire, 'my son punched his dad', 1);
    expect(son).toContain('child-to-parent-violence');
    expect(son).not.toContain('physical-abuse');
    expect(son).not.toContain('domestic-abuse');
  });

  it('reads the passive: "mum was hit by her partner" is domestic abuse', () => {
    expect(concepts(stokeOnTrent, 'mum was hit by her partner', 1)).toContain('domestic-abuse');
    expect(concepts(stokeOnTrent, 'the baby was hit by dad', 1)).toContain('physical-abuse');
  });

  it("everyday words for a partner ('fella', 'bloke') are partner words: 'her bloke slaps her about' is domestic abuse", () => {
    expect(concepts(stokeOnTrent, 'her bloke slaps her about', 1)).toContain('domestic-abuse');
    expect(concepts(staffordshire, "mum's new fella hits her", 1)).toContain('domestic-abuse');
  });

  it('a negated action is no relation', () => {
    expect(concepts(stokeOnTrent, 'dad hits mum', 1)).toContain('domestic-abuse');
    expect(searchIndicators(stokeOnTrent, 'dad never hits mum', { limit: 1000 }).flatMap((r) => r.concepts)).not.toContain('domestic-abuse');
  });

  it('a pronoun naming no one is not assumed to be a parent: "He hit her" is read every way it can be', () => {
    // the sentence says a male hit a female, not who they are: domestic abuse, abuse of the child, a child's
    // violence towards a parent are all proposed (before the fix, 'he' was read as a parent and 'her' as the child)
    for (const fw of [stokeOnTrent, staffordshire]) {
      const read = concepts(fw, 'He hit her', 10);
      expect(read).toEqual(expect.arrayContaining(['domestic-abuse', 'physical-abuse', 'child-to-parent-violence']));
    }
    expect(ids(stokeOnTrent, 'He hit her')).toContain('domestic-abuse-assault-injury');
    // once the sentence names who 'he' is, only that reading
    expect(concepts(stokeOnTrent, 'dad came home and he hit her', 10)).not.toContain('child-to-parent-violence');
    expect(concepts(stokeOnTrent, 'her son is 15 and he hit her', 10)).not.toContain('physical-abuse');
    // a concern said of 'he' alone is not a parent's
    expect(concepts(staffordshire, 'he is drinking', 10)).not.toContain('parental-substance-misuse');
    expect(concepts(staffordshire, 'dad is drinking', 10)).toContain('parental-substance-misuse');
  });

  it('a concern said of a parent is the parental concern', () => {
    expect(concepts(staffordshire, 'mum has bipolar', 3)).toContain('parental-mental-health');
    expect(concepts(staffordshire, 'he has bipolar', 3)).not.toContain('parental-mental-health');
  });
});

describe('searchIndicators: negation, function words, numbers', () => {
  it('"not going to school" is about attendance, and "not" matches nothing by itself', () => {
    const r = searchIndicators(stokeOnTrent, 'kid not going to school', { limit: 3 });
    expect(r.every((x) => x.indicators.some((i) => i.tags.includes('attendance')))).toBe(true);
    expect(r.flatMap((x) => x.matched)).not.toContain('not');
    // 'not' is no word of its own: where no concept uses it, it finds the same descriptors as without it…
    expect(new Set(ids(staffordshire, 'not overcrowded', 1000))).toEqual(new Set(ids(staffordshire, 'overcrowded', 1000)));
    // …but a concern said not to be there ranks the descriptors of its absence (the strengths) first
    expect(searchIndicators(staffordshire, 'overcrowded', { limit: 1 })[0]!.indicator.kind).toBe('need');
    expect(searchIndicators(staffordshire, 'not overcrowded', { limit: 1 })[0]!.indicator.kind).toBe('strength');
    expect(searchIndicators(stokeOnTrent, 'never been in trouble with the police', { limit: 1 })[0]!.indicator.kind).toBe('strength');
    expect(ids(stokeOnTrent, 'kid not going to school', 1)).not.toEqual(ids(stokeOnTrent, 'kid going to school', 1));
  });

  it('a concern said to be absent ("no concerns about…", "no history of…", "nobody … drinks") ranks its absence first and its needs lower', () => {
    const top = (fw: Framework, q: string): SearchResult => searchIndicators(fw, q, { limit: 1 })[0]!;
    // the negation reaches past words of scope, people and places, not past another concern or a conjunction
    expect(top(stokeOnTrent, 'No concerns about his behaviour in class.').indicator.kind).toBe('strength');
    expect(top(stokeOnTrent, 'Mum has said there are no concerns about drinking.').indicator.kind).toBe('strength');
    expect(top(staffordshire, 'nobody in the house drinks').indicator.text).toBe('No misuse of substances');
    expect(top(stokeOnTrent, 'there are no concerns about drinking').indicator.kind).toBe('strength');
    // the parental concern is not read from a concern said to be absent
    const denied = searchIndicators(stokeOnTrent, 'Mum has said there are no concerns about drinking.', { limit: 1000 });
    const asserted = searchIndicators(stokeOnTrent, 'Mum has said there are concerns about drinking.', { limit: 1000 });
    const score = (r: SearchResult[], text: string): number => r.find((x) => x.indicator.text.startsWith(text))!.score;
    const parentsHistory = 'Parents or carers are known to have a history of substance misuse';
    expect(denied.flatMap((x) => x.concepts)).not.toContain('parental-substance-misuse');
    expect(asserted.flatMap((x) => x.concepts)).toContain('parental-substance-misuse');
    expect(score(denied, parentsHistory)).toBeLessThan(score(asserted, parentsHistory));
    expect(asserted[0]!.indicator.kind).toBe('need');
    // 'no history of domestic abuse' weighs the domestic abuse needs at most half of 'history of domestic abuse'
    const da = 'Risk of physical and emotional abuse from domestic abuse.';
    expect(score(searchIndicators(stokeOnTrent, 'no history of domestic abuse', { limit: 1000 }), da)).toBeLessThanOrEqual(
      score(searchIndicators(stokeOnTrent, 'history of domestic abuse', { limit: 1000 }), da) / 2,
    );
    // a need the sentence does assert is kept: another concern, or a conjunction, ends the negation's reach
    expect(top(stokeOnTrent, 'no food and dad drinks every night').indicator.kind).toBe('need');
    expect(concepts(stokeOnTrent, 'no concerns about school but mum drinks every night', 5)).toContain('alcohol');
    // a negation straight before a word ('not babbling') keeps the needs as they are: it may be the concern itself
    const babbling = searchIndicators(stokeOnTrent, 'late walker and not babbling', { limit: 5 });
    expect(babbling.some((x) => x.indicator.kind === 'need')).toBe(true);
  });

  it('a negation carries on over "or" to the next concern ("nobody drinks or uses drugs"), not from a lack ("not in school or college")', () => {
    const first = (fw: Framework, q: string): string => searchIndicators(fw, q, { limit: 1 })[0]!.indicator.text;
    // both concerns denied: a strength comes first, in both frameworks
    expect(searchIndicators(stokeOnTrent, 'nobody in the house drinks or uses drugs', { limit: 1 })[0]!.indicator.kind).toBe('strength');
    expect(searchIndicators(stokeOnTrent, 'someone in the house drinks or uses drugs', { limit: 1 })[0]!.indicator.kind).toBe('need');
    expect(first(staffordshire, 'nobody in the house drinks or uses drugs')).toBe('No misuse of substances');
    // 'in the family' is where, like 'in the house'
    expect(first(staffordshire, 'no one in the family drinks')).toBe('No misuse of substances');
    // without the negation, or with 'and' (which ends a negation's reach), the drug misuse is asserted
    const drugs = (q: string): SearchResult | undefined =>
      searchIndicators(stokeOnTrent, q, { limit: 1000 }).find((x) => x.concepts.includes('drugs') && x.indicator.kind === 'need');
    expect(drugs('nobody in the house drinks or uses drugs')!.score).toBeLessThan(drugs('someone in the house drinks or uses drugs')!.score / 1.5);
    expect(drugs('nobody in the house drinks and dad uses drugs')!.score).toBeGreaterThan(drugs('nobody in the house drinks or dad uses drugs')!.score);
    // one word straight before the next concern ('takes drugs'), and the concern's words, do not stop it
    expect(drugs('no one at home drinks or takes drugs')!.score).toBeLessThan(drugs('someone at home drinks or takes drugs')!.score / 1.5);
    // a lack term's own 'not' is the concern, and not carried on: 'not in school or college' is missing education
    expect(searchIndicators(staffordshire, 'not in school or college', { limit: 3 }).every((x) => x.indicator.kind === 'need')).toBe(true);
  });

  it('a descriptor sharing one plain word with a query whose concerns were read ranks low ("class", "new", "up")', () => {
    const top5 = (fw: Framework, q: string): string[] => searchIndicators(fw, q, { limit: 5 }).map((x) => x.indicator.text);
    expect(top5(stokeOnTrent, 'No concerns about his behaviour in class.')[0]).not.toBe('Class A/Serious drug misuse.');
    expect(top5(staffordshire, "mum's new boyfriend has a conviction for offences against children")).not.toContain(
      'Child not often exposed to new experiences',
    );
    expect(top5(stokeOnTrent, 'Attendance this term is 84%')).not.toContain('Repeated short-term suspensions.');
    // a concept reaching it by a broader tag only is no evidence of its own ('attendance' and 'education')
    expect(top5(stokeOnTrent, 'Attendance this term is 84%')).not.toContain('Risk of fixed-term suspension.');
    // a query of plain words alone is still matched on them
    expect(top5(stokeOnTrent, 'class')).toContain('Class A/Serious drug misuse.');
  });

  it('dates and signed numbers are not counts or percentages ("3.4.25", "-5%")', () => {
    expect(words('seen on 3.4.25 and 12/03/2024, attendance 84.5%').map((w) => w.word)).toEqual([
      'seen',
      'on',
      '3.4.25',
      'and',
      '12/03/2024',
      'attendance',
      '84.5%',
    ]);
    expect(words('attendance -5%, ages 5-7').map((w) => w.word)).toEqual(['attendance', '-5%', 'ages', '5', '7']);
    const missing = searchIndicators(staffordshire, 'Dr. Smith saw the baby on 3.4.25.', { limit: 1000 });
    expect(missing.flatMap((x) => x.matched)).not.toContain('3');
    expect(searchIndicators(stokeOnTrent, 'attendance -5%', { limit: 1000 }).flatMap((x) => x.matched)).not.toContain('5%');
    expect(ids(stokeOnTrent, 'attendance 84.5%', 1)).toEqual(['education-attendance-below-90']);
  });

  it('"no food in the house" is about food, not housing', () => {
    const [top] = searchIndicators(staffordshire, 'no food in the house', { limit: 1 });
    expect(top!.indicators.some((i) => i.tags.includes('nutrition'))).toBe(true);
  });

  it('"mash" (the multi-agency front door) is not read as domestic abuse', () => {
    expect(thesaurus.concepts.find((c) => c.id === 'marac')!.terms).not.toContain('mash');
    expect(searchIndicators(stokeOnTrent, 'mash referral', { limit: 1000 }).flatMap((r) => r.concepts)).not.toContain('domestic-abuse');
  });

  it('ages: a child with an adult partner is possible exploitation', () => {
    const r = searchIndicators(stokeOnTrent, '15 year old with a 23 year old boyfriend', { limit: 3 });
    expect(r[0]!.concepts).toContain('sexual-exploitation');
    expect(r[0]!.matched).toContain('ages 15 and 23');
    // two children of an age: no age gap
    expect(searchIndicators(stokeOnTrent, '15 year old with a 16 year old boyfriend', { limit: 1000 }).flatMap((x) => x.matched)).not.toContain(
      'ages 15 and 16',
    );
  });

  it("a concern said of a parent weighs less as the child's own: the parent's descriptor comes into the first five", () => {
    expect(ids(staffordshire, 'dad drinks every night', 5)).toContain('basic-care-mental-health-substance-misuse-significantly');
  });

  it("a term's words apart never reach across a clause: punctuation, or 'and' before a new subject", () => {
    const concepts = (q: string): string[] => searchIndicators(stokeOnTrent, q, { limit: 1000 }).flatMap((r) => r.concepts);
    // 'not ... cared' once read as neglect across the comma and across 'and the kids'
    expect(concepts('not at school, the baby is cared for well')).not.toContain('neglect');
    expect(concepts("isn't taking her medication and the kids are caring for her")).not.toContain('neglect');
    // within one clause the words may still stand apart
    expect(concepts('the baby is not being cared for')).toContain('neglect');
  });

  it('an age only refines a concern: a descriptor the age alone reaches is not proposed with the concerns', () => {
    // '3 year old' and 'nursery' (an education concern) once made 'under the age of 16' evidence on its own
    const top = ids(staffordshire, 'Nursery says 3 year old is behind in speech', 5);
    expect(top).not.toContain('health-sexually-active-under-16');
    expect(top).toContain('health-concerns-about-developmental-status');
    // with the concern it refines, the age still counts ('under 16' and sexually active)
    expect(ids(staffordshire, '14 year old is sexually active', 1)).toEqual(['health-sexually-active-under-16']);
  });

  it('percentages: attendance 85% finds the threshold it is below first', () => {
    expect(ids(stokeOnTrent, 'attendance 85%', 2)).toEqual(['education-attendance-below-90', 'education-attendance-below-95']);
    expect(ids(stokeOnTrent, 'attendance 92%', 1)).toEqual(['education-attendance-below-95']);
    const above = searchIndicators(stokeOnTrent, 'attendance 97%', { limit: 1000 }).find((x) => x.indicator.id === 'education-attendance-below-95');
    expect(above?.matched).not.toContain('97%');
  });

  it('percentages: at or above every threshold the framework names, the strengths come first; a fall from one to below one does not', () => {
    expect(ids(stokeOnTrent, 'attendance is 98%', 1)).toEqual(['education-regular-attendance']);
    // read as a number even where a term holds it ('100% attendance')
    expect(searchIndicators(stokeOnTrent, 'attendance 100% this year', { limit: 1 })[0]!.indicator.kind).toBe('strength');
    expect(ids(stokeOnTrent, 'attendance dropped from 98% to 88%', 1)).toEqual(['education-attendance-below-90']);
  });
});

describe('searchIndicators: ranking and presentation', () => {
  it('merges identical descriptor texts into one hit naming their areas', () => {
    const r = searchIndicators(stokeOnTrent, 'history of involvement with statutory services', { limit: 1000 });
    const hit = r.find((x) => x.indicators.some((i) => i.id === 'family-relationships-history-statutory-services'))!;
    expect(hit.indicators.map((i) => i.id)).toEqual(['family-relationships-history-statutory-services', 'abuse-and-exploitation-history-statutory-services']);
    expect(hit.areas).toEqual(['family-relationships', 'abuse-and-exploitation']);
    expect(hit.indicator).toBe(hit.indicators[0]);
    const texts = r.map((x) => x.indicator.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('several concerns in one query: the best descriptor of each in the top 5', () => {
    const r = searchIndicators(stokeOnTrent, 'dad drinks every night, the kids are not at school and mum has bruises', { limit: 5 });
    const tagsOf = (x: SearchResult): string[] => x.indicators.flatMap((i) => i.tags);
    expect(r.some((x) => tagsOf(x).includes('alcohol-misuse') || tagsOf(x).includes('substance-misuse'))).toBe(true);
    expect(r.some((x) => tagsOf(x).includes('attendance'))).toBe(true);
    expect(r.some((x) => tagsOf(x).includes('injury'))).toBe(true);
  });
});

describe('searchIndicators: rankings a safeguarding lead expects', () => {
  it('a percentage chooses its band in a query of several concerns too', () => {
    const r = ids(stokeOnTrent, 'mum drinks every night and the kids are late to school, attendance 82%', 5);
    expect(r[0]).toBe('education-attendance-below-90');
    expect(r.indexOf('education-attendance-below-90')).toBeLessThan(r.indexOf('education-attendance-below-95') >>> 0);
  });

  it('a concern stated as a need finds its needs before its strengths', () => {
    const r = searchIndicators(staffordshire, 'house is filthy and dog mess everywhere', { limit: 5 });
    const firstStrength = r.findIndex((x) => x.indicator.kind === 'strength');
    expect(firstStrength === -1 || r.slice(firstStrength).every((x) => x.indicator.kind === 'strength')).toBe(true);
  });
});

describe('searchIndicators: bad arguments', () => {
  it('rejects a non-framework, a non-string query and bad options with INVALID_INPUT', () => {
    for (const fn of [searchIndicators, suggestIndicators]) {
      const call =
        (...args: unknown[]) =>
        () =>
          (fn as (...a: unknown[]) => unknown)(...args);
      expect(codeOf(call({ id: 'stoke-on-trent', indicators: [] }, 'DV'))).toBe('INVALID_INPUT');
      expect(codeOf(call(undefined, 'DV'))).toBe('INVALID_INPUT');
      for (const q of [undefined, null, 42, ['DV'], new String('DV'), { toString: () => 'DV' }]) expect(codeOf(call(stokeOnTrent, q))).toBe('INVALID_INPUT');
      for (const o of [
        null,
        'x',
        5,
        [],
        { limit: 0 },
        { limit: 1001 },
        { limit: 2.5 },
        { limit: Number.NaN },
        { limit: '5' },
        { limit: 5, offset: 1 },
        { lmit: 5 },
      ]) {
        expect(codeOf(call(stokeOnTrent, 'DV', o))).toBe('INVALID_INPUT');
      }
      const e = (() => {
        try {
          call(stokeOnTrent, 'DV', { Limit: 5 })();
        } catch (err) {
          return err as ThresholdError;
        }
        return undefined;
      })();
      expect(e?.message).toContain("did you mean 'limit'");
    }
  });

  it('accepts limit 1 and 1000, and an explicit undefined limit', () => {
    expect(searchIndicators(stokeOnTrent, 'DV', { limit: 1 })).toHaveLength(1);
    expect(searchIndicators(stokeOnTrent, 'child', { limit: 1000 }).length).toBeGreaterThan(10);
    expect(searchIndicators(stokeOnTrent, 'health', { limit: undefined })).toHaveLength(10);
  });

  it('turns unreadable options (a throwing proxy) into INVALID_INPUT', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(codeOf(() => searchIndicators(stokeOnTrent, 'DV', hostile as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => suggestIndicators(stokeOnTrent, 'DV', hostile as never))).toBe('INVALID_INPUT');
  });
});

/** the words a `matched` entry may come from: the query, the descriptors' texts, the thesaurus entries of the hit's concepts */
function explained(m: string, q: string, hit: SearchResult): boolean {
  if (m.startsWith('tag:')) return hit.indicators.some((i) => i.tags.includes(m.slice(4)));
  const ws = (s: string): string[] => words(s).map((w) => w.word);
  const inQuery = new Set(ws(q));
  const inText = new Set(hit.indicators.flatMap((i) => ws(i.text).map(stem)));
  const qs = ws(q);
  for (let i = 1; i < qs.length; i++) inQuery.add(qs[i - 1]! + qs[i]!); // 'short term' → 'shortterm'
  const own = ws(m);
  if (own.every((w) => inQuery.has(w) || /^\d+$/.test(w) || w === 'ages' || w === 'and')) return true;
  if (own.every((w) => inText.has(stem(w)))) return true;
  const entries = hit.concepts.flatMap((id) => {
    const c = thesaurus.concepts.find((x) => x.id === id);
    if (c) return [c.label, ...c.terms, ...(c.phrases ?? [])];
    const t = tags.find((x) => `tag:${x.id}` === id);
    return t ? [t.name.toLowerCase(), t.id.replace(/-/g, ' ')] : [];
  });
  return entries.includes(m);
}

describe('searchIndicators: properties', () => {
  const vocabWords = [...new Set(thesaurus.concepts.flatMap((e) => e.terms))];
  const textWords = [...new Set([...stokeOnTrent.indicators, ...staffordshire.indicators].flatMap((i) => i.text.split(' ')))];
  const queryArb = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc
      .array(
        fc.oneof(
          fc.constantFrom(...vocabWords),
          fc.constantFrom(...textWords),
          fc.constantFrom('not', 'no', 'his', 'her', 'hits', '15 year old', '85%'),
          fc.string({ maxLength: 6 }),
        ),
        { maxLength: 12 },
      )
      .map((w) => w.join(' ')),
  );

  fcTest.prop([keyArb, queryArb])('never throws on any string, and gives only indicators of the framework', (k, q) => {
    const fw = fws[k]!;
    for (const r of searchIndicators(fw, q)) for (const i of r.indicators) expect(fw.indicators).toContain(i);
  });

  fcTest.prop([keyArb, queryArb])('is deterministic', (k, q) => {
    const fw = fws[k]!;
    expect(searchIndicators(fw, q, { limit: 1000 })).toEqual(searchIndicators(fw, q, { limit: 1000 }));
  });

  fcTest.prop([keyArb, queryArb])('orders by score, but for the best descriptor of each concern brought forward; ties by level then source order', (k, q) => {
    const fw = fws[k]!;
    const r = searchIndicators(fw, q, { limit: 1000 });
    const order = (x: SearchResult): number => fw.indicators.indexOf(x.indicator);
    for (let i = 1; i < r.length; i++) {
      const [a, b] = [r[i - 1]!, r[i]!];
      expect(b.score).toBeGreaterThan(0);
      expect(b.matched.length).toBeGreaterThan(0);
      const sorted =
        a.score > b.score ||
        (a.score === b.score && (a.indicator.level > b.indicator.level || (a.indicator.level === b.indicator.level && order(a) < order(b))));
      // out of score order only where a concern's best descriptor was brought forward
      if (!sorted) expect(b.concepts.length + a.concepts.length).toBeGreaterThan(0);
    }
    // after the brought-forward head, strictly the score order
    const tail = r.slice(1 + new Set(r.flatMap((x) => x.concepts)).size);
    for (let i = 1; i < tail.length; i++) expect(tail[i - 1]!.score).toBeGreaterThanOrEqual(tail[i]!.score);
  });

  fcTest.prop([keyArb, queryArb, fc.integer({ min: 1, max: 1000 })])('respects the limit: the first `limit` of the full ranking', (k, q, limit) => {
    const fw = fws[k]!;
    const all = searchIndicators(fw, q, { limit: 1000 });
    const some = searchIndicators(fw, q, { limit });
    expect(some.length).toBeLessThanOrEqual(limit);
    expect(some).toEqual(all.slice(0, limit));
  });

  fcTest.prop([keyArb, queryArb])('every `matched` entry occurs in the query, the descriptor or the thesaurus entry of a concept it names', (k, q) => {
    const fw = fws[k]!;
    for (const hit of searchIndicators(fw, q, { limit: 20 }))
      for (const m of hit.matched) expect(explained(m, q, hit), `${m} for ${JSON.stringify(q)}`).toBe(true);
  });

  fcTest.prop([
    keyArb,
    fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '.', ',', '!', '?', '-', '/', '(', ')', '…', '—', '“', '”', '&', "'", '*', '#', '<', '>') }),
  ])('an empty or punctuation-only query gives []', (k, q) => {
    expect(searchIndicators(fws[k]!, q)).toEqual([]);
  });

  fcTest.prop([keyArb, fc.string({ unit: 'binary', minLength: 1000, maxLength: 1000 })], { numRuns: 5 })(
    'a 200 kB query is read up to its first 1,000 characters',
    (k, chunk) => {
      const fw = fws[k]!;
      const q = `DV ${chunk.repeat(200)}`;
      expect(q.length).toBeGreaterThanOrEqual(200_000);
      expect(searchIndicators(fw, q)).toEqual(searchIndicators(fw, q.slice(0, 1000)));
    },
  );

  it('odd input: markup, emoji, a 1 MB string', () => {
    expect(ids(stokeOnTrent, '<b>DV</b> 😀', 1)).toEqual(ids(stokeOnTrent, 'DV', 1));
    const mb = `FGM ${'💥 <x> '.repeat(150_000)}`;
    expect(mb.length).toBeGreaterThan(1_000_000);
    expect(ids(stokeOnTrent, mb, 1)).toEqual(['abuse-and-exploitation-fgm-occurred-or-suspected']);
  });
});

describe('suggestIndicators', () => {
  it('proposes descriptors sentence by sentence, with the words that matched', () => {
    const note = 'Dad hits mum.\nHe is not going to school; no food in the house!  The weather was fine';
    const s = suggestIndicators(stokeOnTrent, note);
    expect(s.status).toBe('proposal');
    expect(s.sentences.map((x) => x.sentence)).toEqual(['Dad hits mum.', 'He is not going to school;', 'no food in the house!']);
    for (const x of s.sentences) {
      expect(note.slice(x.start, x.end)).toBe(x.sentence);
      expect(x.suggestions.length).toBeGreaterThan(0);
      expect(x.suggestions).toEqual(searchIndicators(stokeOnTrent, x.sentence, { limit: 3 }));
    }
    expect(s.sentences[0]!.suggestions[0]!.concepts).toContain('domestic-abuse');
    expect(s.indicators).toEqual([...new Set(s.sentences.flatMap((x) => x.suggestions.flatMap((h) => h.indicators)))]);
    expect(s.read).toBe(note.length);
  });

  it('with two concerns in a sentence, the attendance band the number falls in comes before the higher band', () => {
    const s = suggestIndicators(stokeOnTrent, 'She has been sexually exploited by older men, attendance has dropped to 80%.', { limit: 5 });
    const order = s.sentences[0]!.suggestions.map((h) => h.indicator.id);
    expect(order).toContain('education-attendance-below-90');
    // 'has dropped' is the 95 % band's wording, but 80 % is below 90 %: that band first
    const at95 = order.indexOf('education-attendance-below-95');
    expect(order.indexOf('education-attendance-below-90')).toBeLessThan(at95 < 0 ? order.length : at95);
    expect(order[0]!.startsWith('abuse-and-exploitation')).toBe(true);
  });

  it('is a proposal, never an assessment: resolveLevel refuses it', () => {
    const s = suggestIndicators(stokeOnTrent, 'Dad hits mum.');
    expect(codeOf(() => resolveLevel(stokeOnTrent, s as never))).toBe('INVALID_ASSESSMENT');
  });

  it('gives no sentences for an empty or unreadable note, reads a long one whole, and only the first 1 MB of a huge one', () => {
    expect(suggestIndicators(stokeOnTrent, '').sentences).toEqual([]);
    expect(suggestIndicators(stokeOnTrent, '😀 ... !!! \n\n').sentences).toEqual([]);
    const long = 'Dad hits mum. '.repeat(20_000); // 280 kB
    const s = suggestIndicators(stokeOnTrent, long);
    expect(s.read).toBe(long.length);
    expect(s.sentences).toHaveLength(20_000);
    expect(s.sentences[19_999]!.end).toBe(long.length - 1);
    expect(new Set(s.sentences.map((x) => JSON.stringify(x.suggestions))).size).toBe(1);
    const huge = 'Dad hits mum. '.repeat(80_000); // 1.12 MB
    const h = suggestIndicators(stokeOnTrent, huge);
    expect(h.read).toBe(1_000_000);
    expect(h.sentences.length).toBe(Math.ceil(1_000_000 / 14));
    for (const x of h.sentences) expect(x.end).toBeLessThanOrEqual(h.read);
  });

  fcTest.prop([keyArb, fc.string({ unit: 'grapheme', maxLength: 600 })])('sentence spans are in order, inside the note, and non-empty', (k, note) => {
    const fw = fws[k]!;
    const s = suggestIndicators(fw, note, { limit: 2 });
    let last = 0;
    for (const x of s.sentences) {
      expect(x.start).toBeGreaterThanOrEqual(last);
      expect(x.end).toBeGreaterThan(x.start);
      expect(note.slice(x.start, x.end)).toBe(x.sentence);
      expect(x.suggestions.length).toBeGreaterThan(0);
      expect(x.suggestions.length).toBeLessThanOrEqual(2);
      last = x.end;
    }
  });
});

describe('thesaurus (data/vocabularies/synonyms.json)', () => {
  it('compiles without a problem, and src/generated/search-vocabulary.ts is its current compilation', () => {
    const { vocabulary, problems } = compileThesaurus(thesaurus, TagVocabularySchema.parse(readJson('data/vocabularies/tags.json')).tags);
    expect(problems).toEqual([]);
    expect(JSON.parse(JSON.stringify(searchVocabulary()))).toEqual(JSON.parse(JSON.stringify(vocabulary)));
  });

  it('reports a bad thesaurus: unknown tag, unknown concept, a term with no word', () => {
    const bad = structuredClone(thesaurus);
    bad.concepts[0]!.tags = ['no-such-tag'];
    bad.concepts[1]!.terms = ['the of'];
    bad.relations.rules[0]!.concept = 'no-such-concept';
    const { problems } = compileThesaurus(bad, tags);
    expect(problems.some((p) => p.includes("unknown tag 'no-such-tag'"))).toBe(true);
    expect(problems.some((p) => p.includes('has no searchable word'))).toBe(true);
    expect(problems.some((p) => p.includes("unknown concept 'no-such-concept'"))).toBe(true);
  });

  it('reads negations from the thesaurus: a word listed there is read as `not`, and a negation word cannot also be a scope or end word', () => {
    const mine = structuredClone(thesaurus);
    mine.negation.words = [...mine.negation.words, 'nae'];
    mine.negation.ends = [...mine.negation.ends, 'never'];
    const { vocabulary, problems } = compileThesaurus(mine, tags);
    expect(problems).toEqual(["negation: 'never' is a negation word, not a scope, end or join word"]);
    expect(termStems('nae school', lexiconOf(vocabulary))).toEqual(['not', stem('school')]);
    expect(termStems('nae school', lexiconOf(searchVocabulary()))).toEqual([stem('nae'), stem('school')]);
    // a join word stands between two concerns and is no word of its own: it must be a stop word
    const joins = structuredClone(thesaurus);
    joins.negation.joins = [...joins.negation.joins, 'drinks'];
    expect(compileThesaurus(joins, tags).problems).toEqual([
      "negation.joins: 'drinks' is no stop word: a join stands between concerns, read as no word of its own",
    ]);
  });

  it('reads stop words, irregular forms and hedges from the thesaurus (`words`), and reports one listed as two kinds of function word', () => {
    const mine = structuredClone(thesaurus);
    mine.words.stop = [...mine.words.stop, 'wee', 'never'];
    mine.words.irregular = { ...mine.words.irregular, bairns: 'child', wee: 'small' };
    mine.words.hedges = [...mine.words.hedges, 'type', 'lot'];
    const { vocabulary, problems } = compileThesaurus(mine, tags);
    expect(problems).toEqual([
      "words.stop: 'never' is a negation word (read as 'not')",
      "words.irregular: 'wee' is a stop word, never matched",
      "words.hedges: 'lot' is already a function word",
    ]);
    const lex = lexiconOf(vocabulary);
    expect(termStems('wee bairns', lex)).toEqual([stem('child')]);
    expect(termStems('some type of neglect', lex)).toEqual([stem('neglect')]);
    // the shipped thesaurus reads none of these so
    const shipped = lexiconOf(searchVocabulary());
    expect(termStems('wee bairns', shipped)).toEqual([stem('wee'), stem('bairns')]);
    expect(termStems('some type of neglect', shipped)).toEqual([stem('type'), stem('neglect')]);
    expect(termStems('he fought and stole', shipped)).toEqual([stem('fight'), stem('steal')]);
    expect(termStems('some kind of kind words', shipped)).toEqual([stem('kind'), stem('words')]);
  });

  it('no term of several words reads as one generic word (its other words being stop words): "in care" must not mean any "care"', () => {
    const generic = new Set([
      'care',
      'support',
      'well',
      'home',
      'work',
      'low',
      'high',
      'want',
      'like',
      'let',
      'see',
      'right',
      'report',
      'end',
      'out',
      'night',
      'present',
      'bed',
      'sleep',
      'need',
      'problem',
      'issu',
      'risk',
      'live',
      'friend',
      'ask',
      'deal',
      'down',
      'harm',
      'hurt',
      'life',
      'plai',
      'school',
      'parent',
      'child',
      'famili',
    ]);
    const bad = thesaurus.concepts.flatMap((c) =>
      c.terms
        .filter((t) => {
          const read = termStems(t, lexiconOf(searchVocabulary()));
          // ('=end it all', marked by its author, is matched word for word)
          return !t.startsWith('=') && words(t).length > 1 && read.length === 1 && generic.has(read[0]!);
        })
        .map((t) => `${c.id}: ${t}`),
    );
    expect(bad).toEqual([]);
  });

  it('every concept reaches at least one descriptor of a built-in framework', () => {
    const dead = thesaurus.concepts.filter(
      (c) => ![stokeOnTrent, staffordshire].some((fw) => c.terms.some((t) => searchIndicators(fw, t, { limit: 1 }).some((r) => r.concepts.includes(c.id)))),
    );
    expect(dead.map((c) => c.id)).toEqual([]);
  });

  it('is organised on the tag vocabulary: every tag of a concept exists', () => {
    const tagIds = new Set(tags.map((t) => t.id as string));
    for (const c of thesaurus.concepts) for (const t of c.tags ?? []) expect(tagIds.has(t), `${c.id}: ${t}`).toBe(true);
  });
});

interface EvalQuery {
  id: string;
  framework: string;
  query: string;
  differentWords: boolean;
  multiConcern: boolean;
  concerns: { concept: string; expected: string[] }[];
}

describe('evaluation (tuning set only; the hold-out is measured by npm run bench:search)', () => {
  const tuning = (readJson('test/fixtures/search-eval-tuning.json') as { queries: EvalQuery[] }).queries;
  const recall = (qs: readonly EvalQuery[]): number => {
    let all = 0;
    let hit = 0;
    for (const q of qs) {
      const top = new Set(ids(fws[q.framework]!, q.query, 5));
      for (const c of q.concerns) {
        all++;
        if (c.expected.some((id) => top.has(id))) hit++;
      }
    }
    return hit / all;
  };

  it('is a sound set: ≥ 300 queries over both frameworks, every expected id exists', () => {
    expect(tuning.length).toBeGreaterThanOrEqual(300);
    expect(new Set(tuning.map((q) => q.framework))).toEqual(new Set(Object.keys(fws)));
    for (const q of tuning)
      for (const c of q.concerns)
        for (const id of c.expected)
          expect(
            fws[q.framework]!.indicators.some((i) => i.id === id),
            `${q.id}: ${id}`,
          ).toBe(true);
  });

  it('every evaluation set is well formed: unique query ids, both frameworks, every expected id exists in its framework', () => {
    const files = ['tuning', 'dev', 'holdout', 'fresh', 'fresh2', 'fresh3'];
    for (const f of files) {
      const qs = (readJson(`test/fixtures/search-eval-${f}.json`) as { queries: EvalQuery[] }).queries;
      expect(qs.length, f).toBeGreaterThanOrEqual(150);
      expect(new Set(qs.map((q) => q.id)).size, f).toBe(qs.length);
      expect(new Set(qs.map((q) => q.framework)), f).toEqual(new Set(Object.keys(fws)));
      for (const q of qs) {
        expect(typeof q.query === 'string' && q.query.length > 0, `${f} ${q.id}`).toBe(true);
        expect([typeof q.differentWords, typeof q.multiConcern], `${f} ${q.id}`).toEqual(['boolean', 'boolean']);
        expect(q.multiConcern, `${f} ${q.id}`).toBe(q.concerns.length > 1);
        for (const c of q.concerns) {
          expect(c.expected.length, `${f} ${q.id}`).toBeGreaterThan(0);
          for (const id of c.expected)
            expect(
              fws[q.framework]!.indicators.some((i) => i.id === id),
              `${f} ${q.id}: ${id}`,
            ).toBe(true);
        }
      }
    }
  });

  // floors: what the tuning set reaches (88.7 %, 86.2 %, 85.9 %) less a small margin
  it('recall@5 on the tuning set stays above its floor (92 %; 93 % where the words differ; 89 % for several concerns)', () => {
    expect(recall(tuning)).toBeGreaterThanOrEqual(0.92);
    expect(recall(tuning.filter((q) => q.differentWords))).toBeGreaterThanOrEqual(0.93);
    expect(recall(tuning.filter((q) => q.multiConcern))).toBeGreaterThanOrEqual(0.89);
  });

  it('the older project set (test/fixtures/search-queries.json) stays found: recall@5 ≥ 95 %', () => {
    const old = (readJson('test/fixtures/search-queries.json') as { queries: { framework: string; query: string; expected: string[] }[] }).queries;
    const hits = old.filter((q) => {
      const top = ids(fws[q.framework]!, q.query, 5);
      return q.expected.some((id) => top.includes(id));
    });
    expect(hits.length / old.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('searchIndicators: readings that are not what was said (issue 16)', () => {
  const read = (q: string): string[] => [...new Set([stokeOnTrent, staffordshire].flatMap((fw) => concepts(fw, q, 10)))];

  it('a reporting word is a disclosure only when it reports the abuse', () => {
    for (const q of ['gets aggressive when told no, hits his mum', 'mum told the GP she cannot stop crying', 'he told me'])
      expect(read(q)).not.toContain('abuse-disclosure');
    for (const q of ['says dad hits her', 'dad hits her, she says', 'she told me her uncle touched her', 'she told her teacher that dad hits her'])
      expect(read(q)).toContain('abuse-disclosure');
  });

  it('a negated lack, or a concern negated as a worry, states that all is well: its strengths first', () => {
    const kinds = (fw: Framework, q: string): string[] => searchIndicators(fw, q, { limit: 2 }).map((r) => r.indicator.kind);
    for (const fw of [stokeOnTrent, staffordshire])
      for (const q of ['never misses a day of school', 'both parents work, no money worries', 'no attendance problems'])
        expect(kinds(fw, q)[0], q).toBe('strength');
    for (const fw of [stokeOnTrent, staffordshire])
      for (const q of ['no money for food', 'not going to school', 'misses school']) expect(kinds(fw, q)[0], q).toBe('need');
    // a term's words never stand across punctuation: 'work, no money' is not 'working for no money'
    expect(read('both parents work, no money worries')).not.toContain('trafficking');
  });

  it('something good said not to be there is a need: "never had a health visitor", not the strength of engaging with one', () => {
    expect(searchIndicators(stokeOnTrent, 'never had a health visitor', { limit: 1 })[0]!.indicator.kind).toBe('need');
    expect(searchIndicators(stokeOnTrent, 'has never been seen by a health visitor', { limit: 1 })[0]!.indicator.kind).toBe('need');
    // a concern said not to be there keeps its strengths first
    for (const q of ['no concerns about attendance', 'nobody in the house drinks'])
      expect(searchIndicators(staffordshire, q, { limit: 1 })[0]!.indicator.kind, q).toBe('strength');
  });

  it('a passive without "by" makes the person before it the target, and "as a child" names a time of life, not a child', () => {
    const q = 'mum was abused as a child and struggles';
    expect(read(q)).toContain('parent-history');
    for (const c of ['emotional-abuse', 'physical-abuse', 'domestic-abuse']) expect(read(q), c).not.toContain(c);
    // 'mum was hit': someone hit mum (domestic abuse among the readings), not mum hitting
    expect(read('mum was hit')).toContain('domestic-abuse');
    expect(concepts(stokeOnTrent, 'mum was hit by her partner', 1)).toContain('domestic-abuse');
    expect(concepts(stokeOnTrent, 'mum is hitting him', 1)).toContain('physical-abuse');
  });

  it('"as a child" is read as "childhood" (the thesaurus\'s `words.lifeStages`): abused as a child is not abusing a child', () => {
    expect(termStems('abused as a child', lexiconOf(searchVocabulary()))).toEqual([stem('abused'), 'childhood']);
    expect(termStems('in care as a teenager', lexiconOf(searchVocabulary()))).toEqual([stem('care'), 'childhood']);
    // 'a child' elsewhere is a child
    expect(termStems('hit a child', lexiconOf(searchVocabulary()))).toEqual([stem('hit'), stem('child')]);
    const q = 'mum was abused as a child and struggles';
    expect(read(q)).not.toContain('peer-abuse');
    expect(read('he is abusing other children')).toContain('peer-abuse');
    const top5 = searchIndicators(staffordshire, q, { limit: 5 }).map((x) => x.indicator.text);
    expect(top5).not.toContain('Abusing other children');
    expect(top5).toContain("Parent's own emotional experiences impacting on their ability to meet child / young person's needs");
    // the build refuses a life stage that is a function word
    const mine = structuredClone(thesaurus);
    mine.words.lifeStages = [...mine.words.lifeStages, 'the'];
    expect(compileThesaurus(mine, tags).problems).toEqual(["words.lifeStages: 'the' is a function word, never read"]);
  });

  it('a word read as a concept of its own is kept inside a longer match of another concept read out of order or apart', () => {
    // 'family … isolated' reads, out of order, a domestic-abuse term ('isolated from her family'): 'isolated' stays social isolation
    expect(read('the family is very isolated')).toContain('social-isolation');
  });

  it('a concern named only by words of a strength ("lovely manners") is its good side; a word of a lack before a strength word ("struggling to keep him clean") is a need', () => {
    const kinds = (fw: Framework, q: string): string[] => searchIndicators(fw, q, { limit: 5 }).map((x) => x.indicator.kind);
    for (const fw of [stokeOnTrent, staffordshire]) {
      expect(kinds(fw, 'lovely manners and always polite'), fw.id).toEqual(['strength', 'strength', 'strength', 'strength', 'strength']);
      expect(kinds(fw, 'she is struggling to keep him clean'), fw.id).toEqual(['need', 'need', 'need', 'need', 'need']);
      // negated, the strength word names the concern ('not polite')
      expect(kinds(fw, 'he is not polite and swears at staff')[0], fw.id).toBe('need');
    }
  });

  it('a sentence with no subject whose target is their own parent is said of the child ("punches his mum when…")', () => {
    for (const q of ['punches his mum when she takes his phone off him', 'kicks her dad when told no']) {
      expect(read(q), q).toContain('child-to-parent-violence');
      expect(read(q), q).not.toContain('domestic-abuse');
    }
    const top = searchIndicators(staffordshire, 'punches his mum when she takes his phone off him', { limit: 5 });
    expect(top.map((x) => x.indicator.text)).toContain('Young person displays physical violence towards parents');
    expect(top.flatMap((x) => x.matched)).toContain('punches mum');
    // a named actor still decides ('dad punches his mum' is not the child's violence)
    expect(read('dad punches mum')).toContain('domestic-abuse');
  });

  it('a child\'s own words ("my mum hits me") are abuse of the child and a disclosure; "my boyfriend hits me" is domestic abuse', () => {
    const mine = read("my mum hits me when I don't tidy my room");
    expect(mine).toContain('physical-abuse');
    expect(mine).toContain('abuse-disclosure');
    expect(read('my boyfriend hits me')).toContain('domestic-abuse');
    expect(read('my boyfriend hits me')).not.toContain('physical-abuse');
    expect(read('can you give me a call back')).not.toContain('abuse-disclosure');
  });

  it('a professional who harms a child is an allegation against a professional ("hit by a teacher"); a child who hits a teacher is not', () => {
    const top5 = searchIndicators(staffordshire, 'he was hit by a teacher at his last school', { limit: 5 }).map((x) => x.indicator.text);
    expect(top5).toContain('Disclosure of abuse / physical injury caused by a professional');
    expect(read('the football coach hit him')).toContain('lado');
    expect(read('he punched a teacher')).not.toContain('lado');
    // a term naming who does it, read apart across another person, is that person's act
    expect(read('she told her teacher that dad hits her')).not.toContain('lado');
    expect(read('she told her teacher that dad hits her')).toContain('physical-abuse');
    // a descriptor saying a professional did it weighs less when the sentence says someone else did
    const first = (q: string): string => searchIndicators(staffordshire, q, { limit: 1 })[0]!.indicator.text;
    expect(first('she told her teacher that dad hits her')).not.toBe('Disclosure of abuse / physical injury caused by a professional');
    expect(first('he told me his dad hit him with a belt')).not.toBe('Disclosure of abuse / physical injury caused by a professional');
    expect(first('he was hit by a teacher')).toBe('Disclosure of abuse / physical injury caused by a professional');
    // a teacher named is no parent named: descriptors about a parent weigh as when no one is named
    const parents = (q: string): number =>
      searchIndicators(stokeOnTrent, q, { limit: 1000 }).find((x) => x.indicator.text.startsWith('Parents actively involved in criminal behaviour'))!.score;
    expect(parents('teacher says he was arrested for robbery')).toBe(parents('school says he was arrested for robbery'));
    expect(parents('dad says he was arrested for robbery')).toBeGreaterThan(parents('school says he was arrested for robbery'));
    // the same with a pronoun as the other person ('when she takes his phone' is not 'mum on her phone'); an object
    // pronoun or a possessive between is no other person ('mum is always on her phone')
    expect(read('punches his mum when she takes his phone off him')).not.toContain('supervision');
    expect(read('mum is always on her phone and the baby cries')).toContain('supervision');
    // a youth group is a positive activity, not a 'group of youths'
    expect(read('he goes to the youth group on fridays')).toContain('positive-activities');
    expect(read('he goes to the youth group on fridays')).not.toContain('gangs');
  });

  it('ages: "pregnant at 15", "the baby\'s father is 22"; not "at 15 weeks" nor "attendance is 82"', () => {
    expect(read("she's pregnant at 15 and the baby's father is 22")).toContain('sexual-exploitation');
    expect(read("she's pregnant and the baby's father is older")).not.toContain('sexual-exploitation');
    const matched = (q: string): string[] => searchIndicators(stokeOnTrent, q, { limit: 1000 }).flatMap((x) => x.matched);
    expect(matched('booked at 15 weeks, 17 year old boyfriend')).not.toContain('ages 15 and 17');
    expect(matched('attendance is 82 and she is 14')).not.toContain('under 16 and 82');
    expect(matched('attendance is 82 and she is 14').some((m) => m.startsWith('ages'))).toBe(false);
  });

  it('a word that is not a descriptor word is tried as a prefix only from five letters, and not as its adverb ("like" is not "likely")', () => {
    const matched = (fw: Framework, q: string): string[] => searchIndicators(fw, q, { limit: 1000 }).flatMap((x) => x.matched);
    expect(matched(staffordshire, "I don't like going to my dad's")).not.toContain('likely');
    expect(matched(staffordshire, 'she is close to her nan')).not.toContain('closely');
    expect(matched(staffordshire, 'concerns he is being exploit')).toContain('exploitation');
  });

  it('"sent" is not "SEND": the past of the verb is no special educational need', () => {
    expect(read('mum sent me a message')).not.toContain('send');
    expect(read('he has SEND and an EHCP')).toContain('send');
    expect(read('keeps getting sent home from school')).toContain('exclusion');
  });

  it('"kids" and "kid" are read as "child": a term written with "children" finds what is said of kids', () => {
    const lex = lexiconOf(searchVocabulary());
    expect(termStems('hits other kids', lex)).toEqual(termStems('hits other children', lex));
    expect(new Set(searchIndicators(staffordshire, 'the kids are hungry', { limit: 5 }).map((x) => x.indicator.id))).toEqual(
      new Set(searchIndicators(staffordshire, 'the children are hungry', { limit: 5 }).map((x) => x.indicator.id)),
    );
  });

  it('a term reading an action with the word after its pronoun target is no relation: "hitting her targets" is not "her hitting her"', () => {
    for (const c of ['physical-abuse', 'domestic-abuse']) expect(read('she is hitting her targets'), c).not.toContain(c);
    expect(read('she is hitting her targets')).toContain('meeting-milestones');
    for (const q of ['dad slapped her face', 'mum hits her', 'dad hits her in the face']) expect(read(q), q).toContain('physical-abuse');
  });

  it('a term of several words that reads as one generic word ("went missing" → "missing", "attends every day" → "attend") is matched word for word, function words too', () => {
    const lex = lexiconOf(searchVocabulary());
    // the shipped thesaurus has such terms; each is compiled with its function words marked
    const generic = oneWordTerms(thesaurus, lex);
    expect(generic).toContain('missing: went missing');
    // ('missing' is a word the stemmer keeps whole: `words.whole`)
    expect(searchVocabulary().terms).toContain(`${searchVocabulary().concepts.findIndex((c) => c.id === 'missing')} =went missing`);
    // word for word it is read; the word alone is not its concept
    expect(read('she went missing on Friday night')).toContain('missing');
    expect(read('attends every day')).toContain('attendance');
    expect(read('he attends the youth group')).not.toContain('attendance');
    // the words after the term's word must follow it ('picked on'); those before it vary ('being', 'gets', 'got picked on')
    expect(read('he got picked on again')).toContain('bullying');
    // a term added to a concept is compiled the same way
    const mine = structuredClone(thesaurus);
    mine.concepts[0]!.terms = [...mine.concepts[0]!.terms, 'in care', 'doing time'];
    const { vocabulary, problems } = compileThesaurus(mine, tags);
    expect(problems).toEqual([]);
    expect(vocabulary.terms).toContain(`0 =in ${stem('care')}`);
    expect(vocabulary.terms).not.toContain(`0 ${stem('care')}`);
  });

  it('a term its author marks "=" ("=end it all") is matched word for word, function words too, whatever its words', () => {
    expect(read('says she is going to end it all')).toContain('self-harm');
    expect(read('he keeps talking about ending it all')).toContain('self-harm');
    // its word alone, or with other function words, is not its concept
    expect(read('we are ending it there for today')).not.toContain('self-harm');
    expect(read('mum ended it with her boyfriend')).not.toContain('self-harm');
    // word for word within a clause: 'she ended it. All three kids are happy now' is no 'ended it all'
    expect(read('she ended it. All three kids are happy now')).not.toContain('self-harm');
    const mine = structuredClone(thesaurus);
    mine.concepts[0]!.terms = [...mine.concepts[0]!.terms, '=end it all'];
    const { vocabulary, problems } = compileThesaurus(mine, tags);
    expect(problems).toEqual([]);
    expect(vocabulary.terms).toContain(`0 ${stem('end')} =it =all`);
    // a marked term needs a word that is no function word
    mine.concepts[0]!.terms = [...mine.concepts[0]!.terms, '=it all'];
    expect(compileThesaurus(mine, tags).problems).toEqual([expect.stringContaining('"=it all" has no searchable word')]);
  });

  it('a term that reads as a bare number once its stop words drop out ("had her at 15") is matched word for word: a number alone is no concept', () => {
    expect(read('her step brother (15) makes her undress')).not.toContain('young-parents');
    const mine = structuredClone(thesaurus);
    mine.concepts[0]!.terms = [...mine.concepts[0]!.terms, 'when she was 14'];
    expect(oneWordTerms(mine, lexiconOf(searchVocabulary()))).toContain(`${mine.concepts[0]!.id}: when she was 14`);
    const { vocabulary } = compileThesaurus(mine, tags);
    expect(vocabulary.terms).toContain('0 =when =she =was 14');
    expect(vocabulary.terms).not.toContain('0 14');
  });

  it('a query naming only good things, by a phrase whose descriptor is a strength, ranks strengths first with no cue word', () => {
    for (const fw of [stokeOnTrent, staffordshire]) expect(searchIndicators(fw, 'signed up at the surgery', { limit: 1 })[0]!.indicator.kind).toBe('strength');
    // not when a need is named too, nor when it is said not to be there
    for (const q of ['signed up at the surgery but the house is filthy', 'not signed up at the surgery'])
      expect(searchIndicators(staffordshire, q, { limit: 1 })[0]!.indicator.kind, q).toBe('need');
  });
});
