// Readings of a query that decide which concerns reach the first results (issue 16): several readings of the same
// words, a concept said twice, words of a strength that qualify a concern rather than praise it.
import { describe, expect, it } from 'vitest';
import { searchVocabulary } from '../src/generated/search-vocabulary.js';
import type { Framework } from '../src/model.js';
import { SynonymVocabularySchema, TagVocabularySchema } from '../src/schema.js';
import { compileThesaurus } from '../src/search/compile.js';
import { searchIndex } from '../src/search/index.js';
import { parse } from '../src/search/query.js';
import { searchIndicators } from '../src/search/search.js';
import { whoConcepts } from '../src/search/units.js';
import { staffordshire } from '../src/staffordshire.js';
import { stokeOnTrent } from '../src/stoke-on-trent.js';
import { readJson } from './helpers.js';

const thesaurus = SynonymVocabularySchema.parse(readJson('data/vocabularies/synonyms.json'));
const tagData = TagVocabularySchema.parse(readJson('data/vocabularies/tags.json')).tags;
const top5 = (fw: Framework, q: string) => searchIndicators(fw, q, { limit: 5 });
const unitsOf = (fw: Framework, q: string) => parse(q, searchIndex(fw)).units;

describe('several concerns: one place for each group of readings first', () => {
  it('words read as several concepts ("hangs around with older boys": gangs, exploitation, peers) do not crowd out a concern said in other words', () => {
    const q = 'Year 10 lad excluded for fighting, smokes weed and hangs around with older boys';
    const hits = top5(stokeOnTrent, q);
    expect(hits.flatMap((h) => h.concepts)).toContain('exclusion');
    expect(hits.flatMap((h) => h.concepts)).toContain('drugs');
    expect(hits.flatMap((h) => h.concepts)).toContain('gangs');
  });
});

describe('a concept said again in words of its own', () => {
  it('is read where its own words stand, not only inside words other concepts read ("wetting the bed and is anxious")', () => {
    for (const fw of [stokeOnTrent, staffordshire]) {
      const units = unitsOf(fw, 'he is wetting the bed and is anxious');
      expect(units.find((u) => u.concept === 'anxiety')?.typed).toBe('anxious');
      // and no longer left over as a plain word
      expect(units.map((u) => u.id)).not.toContain('w:anxious');
    }
  });

  it('a subject pronoun that is not the parent ends how far back a concern is said of a parent', () => {
    const q = 'parents splitting up and always rowing, she has started wetting the bed and is anxious';
    const units = unitsOf(staffordshire, q);
    expect(units.find((u) => u.concept === 'anxiety')?.typed).toBe('anxious');
    expect(units.map((u) => u.concept)).not.toContain('parental-mental-health');
    // 'she' naming mum is mum: the concern is said of her
    expect(unitsOf(stokeOnTrent, 'Mum was drinking, she has started wetting the bed and is anxious').map((u) => u.concept)).toContain('parental-mental-health');
  });
});

describe('words of a strength that qualify a concern', () => {
  it('"clear county lines picture" is no absence of county lines, and puts no strength first', () => {
    const q = 'Clear county lines picture, arrested with cannabis';
    for (const fw of [stokeOnTrent, staffordshire]) {
      expect(unitsOf(fw, q).find((u) => u.concept === 'criminal-exploitation')?.negated).toBeUndefined();
      const hits = top5(fw, q);
      expect(hits[0]!.indicator.kind).toBe('need');
      expect(hits.filter((h) => h.indicator.kind === 'strength')).toEqual([]);
    }
  });

  it('a word of a strength qualifies only a concern straight after it in the same clause: "she is lovely, attendance has dropped" is a need', () => {
    for (const fw of [stokeOnTrent, staffordshire]) {
      const attendance = unitsOf(fw, 'she is lovely, attendance has dropped').find((u) => u.concept === 'attendance');
      expect(attendance).toBeDefined();
      expect(attendance!.negated).toBeUndefined();
    }
    // straight before it, its good side ('lovely manners')
    expect(unitsOf(staffordshire, 'lovely manners').find((u) => u.concept === 'behaviour')?.negated).toBe('scope');
  });
});

describe('words of a strength that stem to everyday words', () => {
  const strengthsFirst = (fw: Framework, q: string): boolean => parse(q, searchIndex(fw)).strengths;
  it('"feel like", "asking for help", "needs a lot of help" put no strength first; "well liked", "helpful", "help loads" do', () => {
    for (const fw of [stokeOnTrent, staffordshire]) {
      expect(strengthsFirst(fw, 'i feel like rubbish about myself')).toBe(false);
      expect(strengthsFirst(fw, 'dad came in asking for help with the bills')).toBe(false);
      expect(strengthsFirst(fw, 'mum needs a lot of help with the baby')).toBe(false);
      expect(strengthsFirst(fw, 'she is well liked by her class')).toBe(true);
      expect(strengthsFirst(fw, 'he is kind and helpful')).toBe(true);
      expect(strengthsFirst(fw, 'nan and grandad live next door and help loads')).toBe(true);
    }
    // the top hit of a low mood said in a child's words is a need
    expect(searchIndicators(staffordshire, 'i feel like rubbish about myself all the time', { limit: 1 })[0]!.indicator.kind).toBe('need');
  });
});

describe("words the stemmer keeps whole (the thesaurus's `words.whole`)", () => {
  it('"missing" (from home) is not "missed" (an appointment), either way round', () => {
    const missed = top5(stokeOnTrent, 'missed four antenatal appointments');
    expect(missed.flatMap((h) => h.concepts)).not.toContain('tag:missing');
    expect(missed.filter((h) => h.indicator.text.toLowerCase().includes('missing episodes'))).toEqual([]);
    const gone = top5(staffordshire, 'goes missing overnight');
    expect(gone.filter((h) => /misses appointments/i.test(h.indicator.text))).toEqual([]);
    expect(gone[0]!.concepts).toContain('missing');
  });

  it('"glassed", "bunking" and "sectioned" are not "glasses", "bunk" and "section"', () => {
    const read = (fw: Framework, q: string) => unitsOf(fw, q).map((u) => u.concept);
    expect(read(staffordshire, 'she has glasses')).not.toContain('violence');
    expect(read(staffordshire, 'he was glassed in a fight')).toContain('violence');
    expect(read(stokeOnTrent, 'sleeps on a bunk bed')).not.toContain('attendance');
    expect(read(stokeOnTrent, 'keeps bunking off school')).toContain('attendance');
    expect(read(stokeOnTrent, 'under a section 20')).not.toContain('acute-mental-health');
  });

  it('"missing" with its object ("missing the clinic", "missing her appointments", "missing school") is the verb "miss" (`words.verbs`)', () => {
    for (const q of ['mum keeps missing the clinic', 'she keeps missing her appointments']) {
      const hits = top5(stokeOnTrent, q);
      expect(
        hits.flatMap((h) => h.concepts),
        q,
      ).not.toContain('tag:missing');
      expect(
        hits.some((h) => /appointments/i.test(h.indicator.text)),
        q,
      ).toBe(true);
    }
    // 'missing school' is absence from school, 'missing education' stays missing education
    // with its object, 'missing' is read as 'misses': the same concepts
    const concepts = (fw: Framework, q: string) => unitsOf(fw, q).map((u) => u.concept);
    for (const object of ['the clinic', 'her appointments', 'school', 'lessons', 'his meds', 'nursery'])
      for (const fw of [stokeOnTrent, staffordshire])
        expect(concepts(fw, `he keeps missing ${object}`), object).toEqual(concepts(fw, `he keeps misses ${object}`));
    expect(unitsOf(stokeOnTrent, 'child missing education').map((u) => u.concept)).toContain('missing-education');
    // not before anything else: a child missing from home, reported missing, missing episodes
    for (const q of [
      'he has been missing from home twice',
      'she was reported missing again last night',
      'missing every weekend',
      'missing all weekend',
      'went missing a couple of times',
      'has been missing the whole weekend',
      'she went missing. The police brought her back',
    ]) {
      expect(top5(stokeOnTrent, q)[0]!.concepts, q).toContain('missing');
    }
  });

  it('clipped forms typed in notes are read as the whole word (`words.clipped`): "bf", "meds", "appts", "cos"', () => {
    const concepts = (fw: Framework, q: string) => unitsOf(fw, q).map((u) => u.concept);
    expect(concepts(stokeOnTrent, 'her bf is 24, she is 15')).toContain('sexual-exploitation');
    for (const [clipped, whole] of [
      ['he keeps missing his meds', 'he keeps missing his medication'],
      ['missed 4 antenatal appts', 'missed 4 antenatal appointments'],
      ['she is 15 and her bf is 24', 'she is 15 and her boyfriend is 24'],
      ['nobody drinks cos dad hits mum', 'nobody drinks because dad hits mum'],
    ] as const)
      for (const fw of [stokeOnTrent, staffordshire]) expect(concepts(fw, clipped), clipped).toEqual(concepts(fw, whole));
  });

  it('"sends", "sending" are not SEND (special educational needs); "SEND" is', () => {
    expect(top5(staffordshire, 'she sends him money').flatMap((h) => h.concepts)).not.toContain('tag:send');
    expect(unitsOf(staffordshire, 'he keeps sending her messages').map((u) => u.id)).not.toContain('tag:send');
    expect(top5(staffordshire, 'he has SEND').flatMap((h) => h.concepts)).toContain('tag:send');
  });

  it('a word kept whole that is a function word or an irregular form is reported at build', () => {
    const mine = structuredClone(thesaurus);
    mine.words.whole = [...mine.words.whole, 'the', 'fought'];
    expect(compileThesaurus(mine, tagData).problems).toEqual([
      "words.whole: 'the' is a function word or an irregular form, never stemmed",
      "words.whole: 'fought' is a function word or an irregular form, never stemmed",
    ]);
  });
});

describe('a need said by negating, in a term of its own', () => {
  it('"hasn\'t been to any of her antenatal appointments" is missed antenatal care: its words are not also read as a pregnancy said not to be there', () => {
    for (const fw of [stokeOnTrent, staffordshire]) {
      const hits = top5(fw, "she hasn't been to any of her antenatal appointments");
      expect(hits.map((h) => h.indicator.kind)).toEqual(['need', 'need', 'need', 'need', 'need']);
      expect(unitsOf(fw, "she hasn't been to any of her antenatal appointments").filter((u) => u.negated !== undefined)).toEqual([]);
    }
  });
});

describe('words that looked like another concern', () => {
  it('"failure to thrive" is a need ("failure", a word of a lack, before "thrive", a word of a strength: `negation.lacks`)', () => {
    for (const fw of [stokeOnTrent, staffordshire]) expect(top5(fw, 'failure to thrive, underweight')[0]!.indicator.kind).toBe('need');
  });

  it('"armed" is kept whole (`words.whole`): "a bruise on her arm" is no weapon', () => {
    for (const fw of [stokeOnTrent, staffordshire]) {
      expect(unitsOf(fw, "bruise on her arm she won't explain").map((u) => u.concept)).not.toContain('weapons');
      expect(unitsOf(fw, 'dad was armed with a knife').map((u) => u.concept)).toContain('weapons');
    }
  });

  it('"talking about killing himself" is suicidal talk, not extremism', () => {
    for (const fw of [stokeOnTrent, staffordshire]) {
      const hits = top5(fw, "he's talking about killing himself");
      expect(hits[0]!.concepts).toContain('self-harm');
      expect(hits.flatMap((h) => h.concepts)).not.toContain('radicalisation');
    }
  });
});

describe('a word of a strength that intensifies a harm', () => {
  it('"a good slap", "a good hiding" are no strength (`strengths.intensified`); "a good relationship" is', () => {
    for (const q of ["mum said she gives him a good slap when he's naughty", 'dad says he needs a good hiding'])
      for (const fw of [stokeOnTrent, staffordshire]) {
        const hits = top5(fw, q);
        expect(hits[0]!.indicator.kind, q).toBe('need');
        expect(hits.filter((h) => h.indicator.kind === 'strength').length, q).toBeLessThanOrEqual(1);
      }
    expect(top5(stokeOnTrent, 'has a good relationship with mum')[0]!.indicator.kind).toBe('strength');
  });
});

describe('strengths first only when the words of a strength are not outnumbered by the needs read', () => {
  const strengthsFirst = (fw: Framework, q: string): boolean => parse(q, searchIndex(fw)).strengths;
  it('a note of needs with one word of praise in it is about needs; praise with one need or none is about strengths', () => {
    const note = 'mum loves him but he is left home alone for hours, the house is filthy and there is no food in the cupboards';
    for (const fw of [stokeOnTrent, staffordshire]) {
      expect(strengthsFirst(fw, note)).toBe(false);
      expect(top5(fw, note)[0]!.indicator.kind).toBe('need');
      expect(strengthsFirst(fw, 'lovely lad, never misses a day')).toBe(true);
      expect(strengthsFirst(fw, 'great relationship with his nan and doing well at school')).toBe(true);
    }
  });
});

describe('the top hit stands for one concern', () => {
  it('each other concern it also reaches still gets a descriptor of its own among the first results', () => {
    const hits = top5(stokeOnTrent, 'year 9, smokes weed, hangs about with older lads and got suspended for fighting');
    const withConcept = (c: string): number => hits.filter((h) => h.concepts.includes(c)).length;
    // the top one (potential indicators of exploitation) reaches both the drugs and the older lads
    expect(hits[0]!.concepts).toEqual(expect.arrayContaining(['drugs', 'criminal-exploitation']));
    expect(withConcept('drugs')).toBeGreaterThanOrEqual(2);
    expect(withConcept('criminal-exploitation')).toBeGreaterThanOrEqual(2);
    expect(withConcept('exclusion')).toBeGreaterThanOrEqual(1);
  });
});

describe("places and units of time are the thesaurus's (`words.places`, `words.placeBefore`, `words.timeUnits`)", () => {
  it('compiles them into the vocabulary the search reads, and reports a place that is a function word', () => {
    const { vocabulary, problems } = compileThesaurus(thesaurus, tagData);
    expect(problems).toEqual([]);
    expect(vocabulary.words.places).toEqual(thesaurus.words.places);
    expect(vocabulary.words.placeBefore).toEqual(thesaurus.words.placeBefore);
    expect(vocabulary.words.timeUnits).toEqual(thesaurus.words.timeUnits);
    const mine = structuredClone(thesaurus);
    mine.words.places = [...mine.words.places, 'the'];
    expect(compileThesaurus(mine, tagData).problems).toEqual(["words.places: 'the' is a function word, never read as a place"]);
  });

  it('a place says where ("nobody in the house drinks"), a unit of time makes a number no age ("at 15 weeks")', () => {
    expect(thesaurus.words.places).toContain('house');
    expect(unitsOf(stokeOnTrent, 'nobody in the house drinks').find((u) => u.concept === 'alcohol')?.negated).toBe('scope');
    expect(thesaurus.words.timeUnits).toContain('weeks');
    expect(unitsOf(stokeOnTrent, 'she is pregnant, booked at 15 weeks, with a 23 year old boyfriend').map((u) => u.id)).not.toContain(
      `a:${searchVocabulary().concepts.findIndex((c) => c.id === 'sexual-exploitation')}`,
    );
  });
});

describe('who does it, and what is no act against a person', () => {
  it('an object pronoun is never who does an action: "my step dad shouts at me and hits my mum" is not the child hitting a parent', () => {
    const concepts = unitsOf(stokeOnTrent, 'My step dad shouts at me all the time and hits my mum').map((u) => u.concept);
    expect(concepts).toContain('domestic-abuse');
    expect(concepts).not.toContain('child-to-parent-violence');
  });

  it('"kicked out" and "kicked him out" put someone out (the thesaurus\'s `relations.away`); "kicked him in the stomach" is violence', () => {
    const read = (q: string) => unitsOf(staffordshire, q).map((u) => u.concept);
    expect(read('he got kicked out of college and was arrested')).not.toContain('child-to-parent-violence');
    expect(read('he got kicked out of college and was arrested')).not.toContain('domestic-abuse');
    expect(read('mum kicked him out last night')).not.toContain('physical-abuse');
    expect(read('dad kicked him in the stomach')).toContain('physical-abuse');
    expect(thesaurus.relations.away).toEqual(['out']);
  });

  it('a threat to kill a person is violence to them ("mum said he\'d kill her": domestic abuse), not a bereavement', () => {
    const read = (q: string) => unitsOf(staffordshire, q).map((u) => u.concept);
    expect(read("mum said he'd kill her")).toContain('domestic-abuse');
    expect(read("mum said he'd kill her")).not.toContain('bereavement');
    expect(read('she told me her dad would kill her if he found out')).toContain('physical-abuse');
    // no person it is done to: no relation ('the dog was killed by a car')
    expect(read('the dog was killed by a car')).not.toContain('physical-abuse');
    expect(read('the dog was killed by a car')).not.toContain('domestic-abuse');
  });
});

describe('two words read as one compound only side by side', () => {
  it('"anti social" is "antisocial"; "meet his s" is no "meets" (a word between them)', () => {
    expect(top5(stokeOnTrent, 'anti social behaviour')[0]!.matched).toContain('anti social behaviour');
    for (const hit of top5(stokeOnTrent, 'meet his s')) expect(hit.matched).not.toContain('meets');
  });
});

describe("a parent's age", () => {
  it('a parent in their teens ("mum is 17", "19 year old mum") is read as teenage parents; an older parent is not', () => {
    const teen = (fw: Framework, q: string): boolean => unitsOf(fw, q).some((u) => u.concept === 'teenage-pregnancy');
    expect(teen(staffordshire, 'midwife: first baby, mum is 17 and living with her nan')).toBe(true);
    expect(teen(stokeOnTrent, '19 year old mum with a newborn')).toBe(true);
    expect(teen(stokeOnTrent, 'dad is 45 and mum is 40')).toBe(false);
    expect(teen(stokeOnTrent, 'she is 17 and at college')).toBe(false);
    expect(top5(staffordshire, 'midwife: first baby, mum is 17 and living with her nan').map((h) => h.indicator.id)).toContain(
      'basic-care-teenage-parents-young-inexperienced',
    );
  });

  it('a list of the household ("Mum 17, dad 18") gives each age to the person before it, not to the one after the comma', () => {
    const said = (q: string) => unitsOf(staffordshire, q).find((u) => u.concept === 'teenage-pregnancy')?.typed;
    expect(said('Mum 17, dad 18, first baby.')).toBe('mum 17');
    expect(said('mum 19 and baby 3 months')).toBe('mum 19');
    // a unit of time after the number makes it no age; an older parent is no teenage parent
    expect(said('lives with mum 2 days a week')).toBeUndefined();
    expect(said('mum 40, dad 45, three kids')).toBeUndefined();
    expect(top5(staffordshire, 'Mum 17, dad 18, first baby. Her parents are supportive').map((h) => h.indicator.id)).toContain(
      'basic-care-teenage-parents-young-inexperienced',
    );
  });
});

describe("a one-word concern inside another concept's longer match", () => {
  it('is dropped, on another topic, even when that concept is kept in other words ("county lines, carrying drugs": no drug use)', () => {
    const read = (q: string) => unitsOf(staffordshire, q).map((u) => u.concept);
    expect(read('CCE county lines, carrying drugs')).toContain('criminal-exploitation');
    expect(read('CCE county lines, carrying drugs')).not.toContain('drugs');
    expect(top5(staffordshire, 'CCE county lines, carrying drugs')[0]!.concepts).toContain('criminal-exploitation');
    // said apart from the exploitation's words, drug use stays
    expect(read('county lines, and he smokes weed every day')).toContain('drugs');
    // on a related topic it stays: 'bipolar' in 'mum has bipolar' (a parent's mental health) is a serious mental illness
    expect(unitsOf(stokeOnTrent, 'mum has bipolar and has stopped taking her meds').map((u) => u.concept)).toContain('serious-mental-illness');
    // and 'does mums meds' is a young carer's task only word for word
    expect(unitsOf(stokeOnTrent, 'mum has bipolar and has stopped taking her meds').map((u) => u.concept)).not.toContain('young-carer');
  });
});

describe("a sexual act done to a child (the relations' `sexual` actions)", () => {
  it('is sexual abuse by a parent or partner, an allegation against a professional, harmful sexual behaviour by another child', () => {
    const read = (fw: Framework, q: string) => unitsOf(fw, q).map((u) => u.concept);
    const note = 'Pupil said in class that her dad "did sex stuff" to her when she stayed at his at the weekend.';
    for (const fw of [stokeOnTrent, staffordshire]) {
      expect(read(fw, note)).toContain('sexual-abuse');
      // not the child's own harmful sexual behaviour: the words are the act the relation reads
      expect(read(fw, note)).not.toContain('harmful-sexual-behaviour');
      expect(top5(fw, note).some((h) => h.indicator.tags.includes('sexual-abuse'))).toBe(true);
    }
    expect(read(stokeOnTrent, 'the coach touched him')).toContain('lado');
    // a step-parent's or mum's partner's act on 'her' is sexual abuse of the child, not domestic abuse
    for (const q of ["mum's boyfriend raped her", 'stepdad touched her', 'she was raped by her stepdad', "mum's partner sexually abused her"]) {
      expect(read(staffordshire, q), q).toContain('sexual-abuse');
      expect(read(staffordshire, q), q).not.toContain('domestic-abuse');
    }
    expect(read(stokeOnTrent, 'he was touching his sister')).toContain('harmful-sexual-behaviour');
    // no person it is done to, or "touch" the noun: no sexual abuse
    expect(read(stokeOnTrent, 'Parents say he touched the oven.')).not.toContain('sexual-abuse');
    expect(read(stokeOnTrent, 'keeps in touch with her nan')).not.toContain('sexual-abuse');
  });
});

describe("a strength stating a concern's absence", () => {
  it('weighs less again against a query that says the concern plainly, not against one saying it is absent', () => {
    const ids = (q: string) => top5(stokeOnTrent, q).map((h) => h.indicator.id);
    expect(ids('known to police for shoplifting').slice(0, 3)).not.toContain('crime-no-antisocial-criminal-concerns');
    expect(ids('no history of offending')[0]).toBe('crime-no-family-criminal-history');
    expect(top5(staffordshire, 'no concerns about drugs or alcohol')[0]!.indicator.id).toBe('health-no-misuse-substances');
  });
});

describe('who a pronoun or a possessive names', () => {
  it('"he" after "him" with no man named is the child ("can\'t get him to school, he shouts and pushes her")', () => {
    const read = (q: string) => unitsOf(stokeOnTrent, q).map((u) => u.concept);
    const q = "Mum emailed saying she can't get him to school, he shouts and pushes her when she tries.";
    expect(read(q)).toContain('child-to-parent-violence');
    expect(read(q)).not.toContain('domestic-abuse');
    // with no one before it, "he" is still unknown: every reading
    expect(read('he hit her')).toContain('domestic-abuse');
  });

  it('a possessive of the other gender straight before a concern owns it: "kicked out by mum after a row about his weed" is no parent\'s drug use', () => {
    const read = (q: string) => unitsOf(stokeOnTrent, q).map((u) => u.concept);
    expect(read("He's 16 and been kicked out by mum after a row about his weed.")).not.toContain('parental-substance-misuse');
    expect(read('mum and her drinking')).toContain('parental-substance-misuse');
  });
});

describe('a state after "was" ("dad was violent to mum")', () => {
  it('says what someone is, no passive: the one before does it (`relations.states`)', () => {
    const read = (q: string) => unitsOf(stokeOnTrent, q).map((u) => u.concept);
    expect(read('dad was violent to mum in the past')).toContain('domestic-abuse');
    expect(read('dad was violent to mum in the past')).not.toContain('child-to-parent-violence');
    // a passive stays one: 'mum was hit' is done to mum
    expect(unitsOf(stokeOnTrent, 'mum was hit').find((u) => u.concept === 'domestic-abuse')?.typed).toBe('mum hit');
    expect(thesaurus.relations.states).toContain('violent');
    expect(unitsOf(stokeOnTrent, 'he was aggressive to mum').map((u) => u.concept)).toContain('child-to-parent-violence');
  });
});

describe("a reflexive after a term's last word", () => {
  it('turns the act on the one doing it when another concept reads them together ("threats to kill himself": self-harm, no threat to another)', () => {
    const read = (q: string) => unitsOf(staffordshire, q).map((u) => u.concept);
    expect(read('Dad has been posting threats to kill himself on Facebook')).not.toContain('domestic-abuse');
    expect(read('Dad has been posting threats to kill himself on Facebook')).toContain('self-harm');
    expect(top5(staffordshire, 'Dad has been posting threats to kill himself on Facebook')[0]!.concepts).toContain('self-harm');
    // a threat to another stays one, and so does one with a second target
    expect(read('dad threatened to kill mum')).toContain('domestic-abuse');
    expect(unitsOf(stokeOnTrent, 'he keeps saying he wants to kill himself and his stepdad').map((u) => u.concept)).toContain('violence');
  });
});

describe('words of how often in a query of one concern', () => {
  it('choose its first descriptor ("smoking cannabis every day": regular misuse before occasional use)', () => {
    expect(top5(staffordshire, 'smoking cannabis every day')[0]!.indicator.id).toBe('health-regular-substance-misuse');
    expect(top5(staffordshire, 'tried cannabis once')[0]!.indicator.id).toBe('health-occasional-drug-alcohol-misuse');
    // 'using daily' is no Class A drug use; 'working for a family' is trafficking only word for word
    expect(unitsOf(staffordshire, 'using cannabis daily').map((u) => u.concept)).not.toContain('class-a-drugs');
    expect(unitsOf(staffordshire, 'mum is working with the family support worker').map((u) => u.concept)).not.toContain('trafficking');
  });
});

describe('a tag name that would read as one word once a stop word drops out', () => {
  it('is matched word for word: "early help" is no "early years"', () => {
    const read = (q: string) => unitsOf(staffordshire, q).map((u) => u.concept);
    expect(read('referred for early help')).not.toContain('tag:early-years');
    // a word left that is no generic word still reads the tag: 'safeguarding concerns'
    expect(unitsOf(stokeOnTrent, 'school raised safeguarding concerns').map((u) => u.concept)).toContain('tag:safeguarding-concern');
    expect(read('concerns in the early years')).toContain('tag:early-years');
  });
});

describe('"missing" with something one attends', () => {
  it('is the verb "miss" for more objects ("keeps missing PE", "missing breakfast"), not going missing', () => {
    const read = (q: string) => unitsOf(stokeOnTrent, q).map((u) => u.concept);
    expect(read('keeps missing PE')).not.toContain('missing');
    // 'missing training' stays missing education or training
    expect(top5(stokeOnTrent, 'missing training sessions').map((h) => h.indicator.id)).toContain('crime-regularly-missing-education-employment');
    expect(read('keeps missing PE')).not.toContain('tag:missing');
    expect(read('went missing after PE')).toContain('missing');
  });
});

describe('"known" is a stop word', () => {
  it('"Mum known to use heroin" puts no descriptor of the child\'s peers first for sharing "known"', () => {
    expect(top5(stokeOnTrent, 'Mum known to use heroin.')[0]!.indicator.id).not.toBe('substance-use-peer-group-substance-use');
    expect(thesaurus.words.stop).toContain('known');
  });
});

describe('words of who are no evidence of a concern', () => {
  it('are the concepts without tags whose terms are mostly role words: not "smoking", "child in need" or "substance free"', () => {
    const v = searchVocabulary();
    expect([...whoConcepts()].map((c) => v.concepts[c]!.id).sort()).toEqual(['child-words', 'parent-words']);
  });

  it('a descriptor reached by them and one plain word weighs as one plain word does ("DV incident, kids present")', () => {
    const hits = top5(stokeOnTrent, 'DV incident last night, police attended, kids present');
    expect(hits[0]!.concepts).toContain('domestic-abuse');
    expect(hits.map((h) => h.indicator.id)).not.toContain('abuse-and-exploitation-severely-neglected');
    // a query of plain words alone is still matched on them
    expect(top5(stokeOnTrent, 'kids present as severely neglected').map((h) => h.indicator.id)).toContain('abuse-and-exploitation-severely-neglected');
  });
});

describe('a term its author marks "=" with several content words', () => {
  it('stands on all of them ("picked on at school"), and its function words are needed ("pick up child" is no bullying)', () => {
    const bullying = (q: string) => unitsOf(stokeOnTrent, q).find((u) => u.concept === 'bullying')?.typed;
    expect(bullying('the kids get picked on at school')).toBe('picked school');
    expect(bullying('Dad came to pick up child smelling strongly of alcohol')).toBeUndefined();
    expect(bullying('he picks on other kids at break')).toBe('picks kids');
    // fleeing a country is asylum word for word; a nationality alone is not
    expect(unitsOf(staffordshire, 'fled Sudan with his uncle').map((u) => u.concept)).toContain('asylum');
    // 'tip' the untidy house only as 'a tip': 'finger-tip bruising' is an injury
    const read = (q: string) => unitsOf(staffordshire, q).map((u) => u.concept);
    expect(read('finger-tip bruising on upper arms of 4 month old baby')).not.toContain('home-conditions');
    expect(read('the house is a tip')).toContain('home-conditions');
  });
});

describe("a concern's wording in a descriptor off its topic", () => {
  it('weighs less: school "attendance" does not put "Repeated A&E attendance in relation to substance misuse" first', () => {
    const ids = top5(stokeOnTrent, 'dad drinks and the kids are not at school').map((h) => h.indicator.id);
    expect(ids[0]).not.toBe('substance-use-repeated-ae-attendance');
    expect(ids).toContain('education-attendance-below-95');
    // on its topic the same word still finds it
    expect(top5(stokeOnTrent, 'keeps turning up at A&E drunk').map((h) => h.indicator.id)).toContain('substance-use-repeated-ae-attendance');
  });
});

describe('a nationality or a country is no asylum by itself', () => {
  it('"from Sudan" reads asylum; "trip to Sudan" and "Albanian family" do not', () => {
    const read = (q: string) => unitsOf(stokeOnTrent, q).map((u) => u.concept);
    expect(read('family from Sudan, arrived last month')).toContain('asylum');
    expect(read('FGM risk, trip to Sudan over the summer')).not.toContain('asylum');
    expect(read('FGM risk, trip to Sudan over the summer')).toContain('fgm');
    expect(read("Albanian family, dad's boss holds their passports")).not.toContain('asylum');
    expect(read('Syrian refugee family')).toContain('asylum');
  });
});

describe("a young person's own age beside a pregnancy", () => {
  it('is a teenage pregnancy ("she is 15 and pregnant", "pregnant at 15", "Y10 pupil is pregnant"); not a family member\'s age, a child\'s, or no pregnancy', () => {
    const teen = (fw: Framework, q: string): boolean => unitsOf(fw, q).some((u) => u.concept === 'teenage-pregnancy');
    expect(teen(staffordshire, 'she is 15 and pregnant')).toBe(true);
    expect(teen(stokeOnTrent, 'pregnant at 15')).toBe(true);
    expect(teen(stokeOnTrent, 'Y10 pupil is pregnant')).toBe(true);
    expect(teen(staffordshire, '14 year old girl, thinks she might be pregnant')).toBe(true);
    // the age is one of the family's, a young child's, or an adult's; or no pregnancy is said
    expect(teen(stokeOnTrent, 'mum is pregnant and her 15 year old son is truanting')).toBe(false);
    // a parent's pregnancy beside the young person's age
    expect(teen(staffordshire, 'she is 15, her mum is pregnant again')).toBe(false);
    expect(teen(staffordshire, '14 year old, mum pregnant with 5th child')).toBe(false);
    expect(teen(stokeOnTrent, 'mum pregnant again, the 3 year old is not toilet trained')).toBe(false);
    expect(teen(stokeOnTrent, 'she is 24 and pregnant')).toBe(false);
    expect(teen(staffordshire, 'she is 15 and at college')).toBe(false);
    expect(thesaurus.ages.teenParents.expecting).toContain('pregnancy');
    // the descriptor stating it ranks first, where before a prenatal-care descriptor did and this one stood third
    expect(top5(staffordshire, 'she is 15 and pregnant')[0]!.indicator.id).toBe('health-dangerous-sexual-activity-early');
  });
});

describe('a name starting a sentence', () => {
  it('is who the sentence is about: a concern after it is not said of a parent named in an earlier sentence', () => {
    const read = (q: string) => unitsOf(stokeOnTrent, q).map((u) => u.concept);
    expect(read('Mum has not turned up to the last three contacts. Jayden self-harmed last night.')).not.toContain('parental-mental-health');
    expect(read('Mum has not turned up to the last three contacts. Jayden self-harmed last night.')).toContain('self-harm');
    // with no one named, the parent still is ('Mum missed her appointments. Admits to using cocaine.')
    expect(read('Mum missed her appointments. Admits to using cocaine.')).toContain('parental-substance-misuse');
  });
});

describe('a school year group', () => {
  it('is a pupil\'s age ("Y10": 14), so an adult partner is an age gap; its words stay words; "1 year 7 months" is none', () => {
    const read = (q: string) => unitsOf(staffordshire, q);
    expect(read('Y10 girl with a 22 year old boyfriend').map((u) => u.concept)).toContain('sexual-exploitation');
    expect(read('girl in Yr 9 seeing a 20 year old').map((u) => u.concept)).toContain('sexual-exploitation');
    expect(read('Year 12 student with a 19 year old boyfriend').map((u) => u.concept)).not.toContain('sexual-exploitation');
    expect(read('Year 11 pupil, not attending').map((u) => u.id)).toContain('age:under 16');
    expect(read('in care for 1 year 7 months, boyfriend is 22').map((u) => u.concept)).not.toContain('sexual-exploitation');
    // an age gap is a young person's (from `ages.gap.from`): a baby with mum's adult partner is none
    expect(read('baby is 1, mum has a 22 year old partner').map((u) => u.concept)).not.toContain('sexual-exploitation');
    // and not with one of the family (`ages.gap.kin`)
    for (const q of ['15 year old cared for by her 20 year old brother', '15 year old girl, dad is 45'])
      expect(
        read(q).map((u) => u.concept),
        q,
      ).not.toContain('sexual-exploitation');
    expect(read('15 year old girl, her boyfriend is 23').map((u) => u.concept)).toContain('sexual-exploitation');
    // the baby's father is her partner, not her family (`ages.gap.notKinAfter`)
    for (const q of ["pregnant at 15 and the baby's father is 22", "pregnant at 15, the baby's 22 year old father"])
      expect(
        read(q).map((u) => u.concept),
        q,
      ).toContain('sexual-exploitation');
    expect(unitsOf(stokeOnTrent, 'just started year 7, finding the move up hard').map((u) => u.concept)).toContain('school-change');
  });
});

describe('apostrophes and quotation marks', () => {
  it('a verb cut short after a pronoun is dropped: "she\'ll" is no "shell", "I\'ll" no "ill", "we\'d" no "wed"', () => {
    const concepts = (fw: Framework, q: string) => unitsOf(fw, q).map((u) => u.concept);
    for (const [q, plain] of [
      ["Says she'll sort it when the baby comes", 'Says she will sort it when the baby comes'],
      ["my dad says I'm thick and I'll never amount to anything", 'my dad says I am thick and I will never amount to anything'],
      ["we'd like some help with his sleep", 'we would like some help with his sleep'],
      // U+02BC, the modifier letter apostrophe, typed as one
      ['Says she\u02BCll sort it when the baby comes', 'Says she will sort it when the baby comes'],
    ] as const)
      for (const fw of [stokeOnTrent, staffordshire]) expect(concepts(fw, q), q).toEqual(concepts(fw, plain));
  });

  it('a negation in quotation marks is a word said, no negation: "when I said \'no\' he touched me anyway"', () => {
    for (const q of ["when I said 'no' he touched me anyway", 'I said "no" he still touched me']) {
      const abuse = unitsOf(stokeOnTrent, q).find((u) => u.concept === 'sexual-abuse');
      expect(abuse, q).toBeDefined();
      expect(abuse!.negated, q).toBeUndefined();
    }
  });

  it('a term written without the apostrophe has its twin with it: "says she\'ll turn up" reads as "says shell turn up"', () => {
    const concepts = (q: string) => unitsOf(stokeOnTrent, q).map((u) => u.concept);
    expect(concepts("mum says she'll turn up, she always does")).toContain('missing-no-action');
    expect(concepts('mum says shell turn up, she always does')).toContain('missing-no-action');
    // a term marked '=' is matched whole, the words before its first word too: 'turning up at her flat' is no 'says she'll turn up'
    expect(concepts("He's been turning up at her flat at night banging on the door")).not.toContain('missing-no-action');
  });

  it('a word in quotation marks is read as without them: the marks part nothing', () => {
    const concepts = (fw: Framework, q: string) => unitsOf(fw, q).map((u) => u.concept);
    for (const q of ["family planning a trip back home for her to be 'cut' in the summer", 'mum\'s "friend" stays over and the kids are scared of him'])
      for (const fw of [stokeOnTrent, staffordshire]) expect(concepts(fw, q), q).toEqual(concepts(fw, q.replace(/['"](\w+)['"]/g, '$1')));
  });
});

describe('a place name', () => {
  it('is read as written, never as a misspelling ("moved to Stoke" is not "stoned"); "Stone" the town is not "stoned" either', () => {
    const read = (q: string) => unitsOf(stokeOnTrent, q).map((u) => u.concept);
    expect(read('Family moved to Stoke in June')).not.toContain('drugs');
    expect(read('lives in Stone with mum')).not.toContain('drugs');
    expect(read('mum is stoned all the time')).toContain('parental-substance-misuse');
    expect(read('he has lost a stone in weight')).toContain('weight');
    const mine = structuredClone(thesaurus);
    mine.words.names = [...mine.words.names, 'the'];
    expect(compileThesaurus(mine, tagData).problems).toEqual(["words.names: 'the' is a function word, never read"]);
  });
});

describe('a phrasal verb', () => {
  it("keeps its particle next to its verb: 'mum didn't turn up' is no 'mum didn't get up' (low mood)", () => {
    const read = (q: string) => unitsOf(stokeOnTrent, q).map((u) => u.concept);
    expect(read("Mum didn't turn up to the appointments")).not.toContain('parental-mental-health');
    expect(read("mum didn't get up all day")).toContain('parental-mental-health');
    // function words may still stand between ('kicked him out')
    expect(read('dad kicked him out')).toContain('family-breakdown');
    // a reflexive too: 'not herself' (low mood) is not 'hasn't reported any of them herself'
    expect(read("Mum hasn't reported any of them herself")).not.toContain('mental-health');
    expect(read("mum hasn't been herself lately")).toContain('parental-mental-health');
    expect(compileThesaurus(thesaurus, tagData).vocabulary.words.bound).toContain('up');
    const mine = structuredClone(thesaurus);
    mine.words.bound = [...mine.words.bound, 'the'];
    expect(compileThesaurus(mine, tagData).problems).toEqual(["words.bound: 'the' is a function word, never read in a term"]);
  });
});

describe('a phrasal verb of function words', () => {
  it('"gets on with", "got on well with" is read as one word, so its terms need it: "no concerns from any staff" is no difficulty with staff', () => {
    const read = (q: string) => unitsOf(staffordshire, q).map((u) => u.concept);
    expect(read('No concerns from any staff.')).not.toContain('peer-adult-difficulties');
    expect(read("doesn't get on with staff")).toContain('peer-adult-difficulties');
    expect(read('gets on with his little sister')).toContain('siblings-positive');
    expect(read('she has a little sister')).not.toContain('siblings-positive');
    expect(unitsOf(staffordshire, 'he got on well with the teacher').some((u) => u.typed.includes('got on'))).toBe(true);
    const mine = structuredClone(thesaurus);
    mine.words.phrasal = [...mine.words.phrasal, { words: 'go on', before: ['about'], as: 'the' }];
    expect(compileThesaurus(mine, tagData).problems).toEqual(["words.phrasal: 'go on' is read as 'the', a function word"]);
  });
});

describe('a negation inside a longer negated term', () => {
  it('belongs to that term: "not toilet trained" is no "no toilet" (housing) nor "not trained" (NEET); a reading of the same topic stays', () => {
    const concepts = unitsOf(stokeOnTrent, "4 year old can't hold a pencil, not toilet trained").map((u) => u.concept);
    expect(concepts).toContain('self-care-skills');
    expect(concepts).not.toContain('housing');
    expect(concepts).not.toContain('neet');
    expect(unitsOf(staffordshire, 'not going to midwife appointments').map((u) => u.concept)).toEqual(
      expect.arrayContaining(['antenatal-non-attendance', 'missed-appointments']),
    );
  });
});

describe('the one an action is done to stands in its clause', () => {
  it('"has panic attacks and mum keeps her off" is no attack on mum; "dad hits mum and the kids" is', () => {
    const read = (q: string) => unitsOf(staffordshire, q).map((u) => u.concept);
    const panic = read('she refuses to come into school, has panic attacks and mum keeps her off');
    expect(panic).not.toContain('child-to-parent-violence');
    expect(panic).not.toContain('domestic-abuse');
    expect(panic).toContain('anxiety');
    expect(read('dad hits mum and the kids')).toContain('domestic-abuse');
  });

  it('a second person joined by "and" is a target too ("hits her and the kids"), not the subject of a new clause (`relations.also`)', () => {
    const read = (q: string) => unitsOf(stokeOnTrent, q).map((u) => u.concept);
    for (const q of ["mum's boyfriend hits her and the kids", 'dad hits mum and the kids', 'dad hits mum and the kids with a belt when he is drunk']) {
      expect(read(q), q).toContain('domestic-abuse');
      expect(read(q), q).toContain('physical-abuse');
    }
    // what is done to the kids is a concern of its own: a descriptor of physical abuse alone among the first five
    expect(
      top5(staffordshire, "mum's boyfriend hits her and the kids").some((h) => h.concepts.includes('physical-abuse') && !h.concepts.includes('domestic-abuse')),
    ).toBe(true);
    // a person followed by a word of a new clause, or a content word, is its subject: they saw it, it was not done to them
    for (const q of ['dad hits mum and the kids are scared', 'dad hits mum and the kids watch', 'dad hits mum and the kids have seen it']) {
      expect(read(q), q).toContain('domestic-abuse');
      expect(read(q), q).not.toContain('physical-abuse');
    }
    // punctuation ends the list, and so does a negation between; a person followed by another word is a new subject
    expect(read('dad hits mum. And the kids')).not.toContain('physical-abuse');
    expect(read('dad hits mum, and the kids')).not.toContain('physical-abuse');
    for (const q of ['dad hits mum and not the kids', 'dad hits mum and the kids just watch', 'dad hits mum and the kids then run upstairs'])
      expect(read(q), q).not.toContain('physical-abuse');
  });
});

describe("a note's shorthand for an age", () => {
  it('a number starting a sentence before "and" or a comma is an age ("15 and pregnant, boyfriend is 23"); its number stays a word', () => {
    const concepts = (fw: Framework, q: string) => unitsOf(fw, q).map((u) => u.concept);
    for (const fw of [stokeOnTrent, staffordshire]) {
      expect(concepts(fw, '15 and pregnant, boyfriend is 23')).toContain('sexual-exploitation');
      expect(concepts(fw, '14, sleeping at her 20 year old boyfriends most nights')).toContain('sexual-exploitation');
      // the number stays a word: 'pregnant at 15' terms still read
      expect(concepts(fw, '15 and pregnant')).toContain('teenage-pregnancy');
      // not a count: '3 times', nor a number inside a sentence
      expect(concepts(fw, 'missed 3, and the boyfriend is 23')).not.toContain('sexual-exploitation');
    }
  });

  it('so is a number starting a sentence before "with" ("15 with a 24 year old bf"), and an age after "who is" is the person\'s before it', () => {
    const concepts = (q: string) => unitsOf(staffordshire, q).map((u) => u.concept);
    expect(concepts('15 with a 24 year old bf')).toContain('sexual-exploitation');
    expect(concepts('14, with a boyfriend who is 22')).toContain('sexual-exploitation');
    // one of the family's age, or no adult's: no age gap
    expect(concepts('15, lives with her mum who is 42')).not.toContain('sexual-exploitation');
    expect(concepts('15 with a boyfriend in her year')).not.toContain('sexual-exploitation');
  });
});

describe("what ages say is the thesaurus's (`ages`)", () => {
  it('compiles its concepts and tags, and reports an unknown one', () => {
    const { vocabulary, problems } = compileThesaurus(thesaurus, tagData);
    expect(problems).toEqual([]);
    expect(vocabulary.ages.gap.map((c) => vocabulary.concepts[c]!.id)).toEqual(['sexual-exploitation', 'unsafe-relationships']);
    expect(vocabulary.concepts[vocabulary.ages.teenParents]!.id).toBe('teenage-pregnancy');
    expect([vocabulary.ages.gapYears, vocabulary.ages.gapFrom, vocabulary.ages.teenFrom, vocabulary.ages.teenBelow]).toEqual([4, 10, 12, 20]);
    expect(vocabulary.ages.yearGroups).toEqual({ offset: 4, last: 13 });
    const mine = structuredClone(thesaurus);
    mine.ages.gap.concepts = [...mine.ages.gap.concepts, 'no-such-concept'];
    mine.ages.refines.tags = [...mine.ages.refines.tags, 'no-such-tag'];
    mine.ages.gap.kin = [...mine.ages.gap.kin, 'neighbour'];
    mine.ages.teenParents.expecting = [...mine.ages.teenParents.expecting, 'no-such-concept'];
    expect(vocabulary.ages.teenExpecting.map((c) => vocabulary.concepts[c]!.id)).toEqual(['pregnancy', 'concealed-pregnancy', 'expectant-parent']);
    expect(compileThesaurus(mine, tagData).problems).toEqual([
      "ages.gap.concepts: unknown concept 'no-such-concept'",
      "ages.teenParents.expecting: unknown concept 'no-such-concept'",
      "ages.gap.kin: 'neighbour' is no role word of relations.roles",
      "ages.refines.tags: unknown tag 'no-such-tag'",
    ]);
  });
});
