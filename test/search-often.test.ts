// How often or how long (issue 16): words of frequency, read word for word ('again', 'for months', 'at times'),
// refine each concern read towards its descriptors of that frequency, as an age does; they are no concern of their own.
import { describe, expect, it } from 'vitest';
import type { Framework } from '../src/model.js';
import { SynonymVocabularySchema, TagVocabularySchema } from '../src/schema.js';
import { compileThesaurus } from '../src/search/compile.js';
import { searchIndex } from '../src/search/index.js';
import { parse } from '../src/search/query.js';
import { searchIndicators } from '../src/search/search.js';
import { staffordshire } from '../src/staffordshire.js';
import { stokeOnTrent } from '../src/stoke-on-trent.js';
import { readJson } from './helpers.js';

const thesaurus = SynonymVocabularySchema.parse(readJson('data/vocabularies/synonyms.json'));
const tagData = TagVocabularySchema.parse(readJson('data/vocabularies/tags.json')).tags;
const ids = (fw: Framework, q: string) => searchIndicators(fw, q, { limit: 5 }).map((h) => h.indicator.id);
const often = (fw: Framework, q: string) =>
  parse(q, searchIndex(fw))
    .units.filter((u) => u.concept?.startsWith('how-often') === true)
    .map((u) => [u.concept, u.typed]);

describe('words of frequency refine the concerns read', () => {
  it('a long absence brings the persistent level of a concern into a note of several concerns', () => {
    const hits = ids(stokeOnTrent, "Really anxious, won't leave her room, hasn't been in school since Christmas");
    expect(hits).toContain('education-persistent-non-attendance');
  });

  it('every day brings regular use, not experimentation; once brings experimentation', () => {
    const daily = ids(staffordshire, 'Lives in a hostel, no food in the flat, smoking cannabis every day');
    expect(daily).toContain('health-regular-substance-misuse');
    expect(daily).not.toContain('health-occasional-drug-alcohol-misuse');
    expect(ids(staffordshire, 'he tried alcohol once at a party and is low in mood')).toContain('health-occasional-drug-alcohol-misuse');
  });

  it('the longest wording is read first: "at times" is occasional, "now and again" is not "again"', () => {
    expect(often(stokeOnTrent, 'he gets angry at times')).toEqual([['how-often-occasional', 'at times']]);
    expect(often(stokeOnTrent, 'he wets the bed now and again')).toEqual([['how-often-occasional', 'now and again']]);
    expect(often(stokeOnTrent, 'he has been missing from home again')).toEqual([['how-often-regular', 'again']]);
    // not across punctuation: 'at, times' is no wording
    expect(often(stokeOnTrent, 'she is angry at, times are hard')).toEqual([['how-often-regular', 'times']]);
  });

  it('is read only with a concern, and finds no descriptor of its own', () => {
    expect(often(stokeOnTrent, 'again and again, for months')).toEqual([]);
    for (const fw of [stokeOnTrent, staffordshire])
      for (const q of ['not been in school since February', 'mum has been drinking for years', 'he is anxious at times'])
        for (const h of searchIndicators(fw, q, { limit: 20 })) expect(h.concepts.some((c) => !c.startsWith('how-often'))).toBe(true);
  });
});

describe("the thesaurus's `often`", () => {
  it('compiles longest wording first, and reports a concept with tags, an unknown one and a wording listed twice', () => {
    const { vocabulary, problems } = compileThesaurus(thesaurus, tagData);
    expect(problems).toEqual([]);
    const lengths = vocabulary.often.map(([w]) => w.split(' ').length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(new Set(vocabulary.often.map(([, c]) => vocabulary.concepts[c]!.id))).toEqual(new Set(['how-often-regular', 'how-often-occasional']));
    const mine = structuredClone(thesaurus);
    mine.often.concepts = { ...mine.often.concepts, anxiety: ['on edge'], 'no-such-concept': ['again'] };
    expect(compileThesaurus(mine, tagData).problems).toEqual([
      "often.concepts: 'anxiety' has tags: a frequency refines the concerns read, it is none itself",
      "often.concepts: unknown concept 'no-such-concept'",
      "often.concepts.no-such-concept: 'again' is listed twice",
    ]);
  });
});
