/**
 * zod schemas of the practitioner thesaurus the search uses
 * (`data/vocabularies/synonyms.json`): concepts, relations, spellings and cues.
 * @module
 * @internal
 */
import { z } from 'zod';
import { IdSchema } from './common.js';

/**
 * One concept of the search thesaurus: the words practitioners type (`terms`:
 * everyday words, slang, abbreviations, misspellings, short descriptions of
 * situations) and what they mean in the descriptors' own language (`phrases`)
 * and in the tag vocabulary (`tags`).
 */
export const ThesaurusConceptSchema = z
  .strictObject({
    id: IdSchema,
    /** shown to the practitioner as what matched */
    label: z.string().min(1),
    /** what a practitioner may type; matched after the same tokenising and stemming as the descriptors */
    terms: z.array(z.string().min(1)).min(1),
    /** wording the descriptors use for the same thing */
    phrases: z.array(z.string().min(1)).optional(),
    /** ids of tags in data/vocabularies/tags.json */
    tags: z.array(IdSchema).optional(),
    note: z.string().optional(),
  })
  .refine((e) => (e.phrases?.length ?? 0) + (e.tags?.length ?? 0) > 0, { message: 'a concept expands to at least one phrase or tag' });

const RoleSchema = z.enum(['partner', 'parent', 'child', 'professional']);
/** Who does what to whom: role words, action words and the concept each combination means. */
export const ThesaurusRelationsSchema = z.strictObject({
  note: z.string().optional(),
  roles: z.strictObject({
    partner: z.array(z.string().min(1)),
    parent: z.array(z.string().min(1)),
    child: z.array(z.string().min(1)),
    /** people who work with children ('teacher', 'coach'): what they do to a child is an allegation against a professional */
    professional: z.array(z.string().min(1)),
  }),
  possessives: z.array(z.string().min(1)),
  /** before an action, the mark of a passive ('was hit', 'got kicked') */
  auxiliaries: z.array(z.string().regex(/^[a-z]+$/)),
  /** action words that after an auxiliary say what someone is, no passive ('dad was violent to mum') */
  states: z.array(z.string().regex(/^[a-z]+$/)),
  /** after an action, with or without one person between, a word that makes it putting someone out, no act against them ('kicked him out') */
  away: z.array(z.string().regex(/^[a-z]+$/)),
  /**
   * a second target of an action: a person after one of `joins` straight after its target ('hits her and the kids'),
   * with nothing after that person in its clause or one of `continues` ('… and the kids with a belt'): any other word
   * starts a new clause of which that person is the subject ('hits mum and the kids are scared', '… just watch')
   */
  also: z.strictObject({ joins: z.array(z.string().regex(/^[a-z]+$/)).min(1), continues: z.array(z.string().regex(/^[a-z]+$/)) }),
  /** words naming a male or a female person, for reading 'he' and 'her' */
  male: z.array(z.string().min(1)),
  female: z.array(z.string().min(1)),
  actions: z.record(IdSchema, z.array(z.string().min(1)).min(1)),
  rules: z.array(z.strictObject({ actor: RoleSchema, action: IdSchema, target: RoleSchema, concept: IdSchema })).min(1),
});

/** The practitioner thesaurus `searchIndicators` uses (data/vocabularies/synonyms.json). */
export const SynonymVocabularySchema = z.strictObject({
  version: z.literal(2),
  source: z.string().min(1),
  /** spelling variants (US → UK), applied to descriptors and queries alike: lower-case single words */
  spellings: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]+$/)),
  concepts: z.array(ThesaurusConceptSchema).min(1),
  relations: ThesaurusRelationsSchema,
  /** a concern said of a parent also means the parental concept: concept id → parental concept id */
  parental: z.strictObject({ note: z.string().optional(), concepts: z.record(IdSchema, IdSchema) }),
  /**
   * what ages say: a young person's age (from `gap.from`) with an adult's at least `gap.years` older, not one of the
   * family's (`gap.kin`, unless after one of `gap.notKinAfter`), means the `gap.concepts`; a parent's age below
   * `teenParents.below`, or a young person's own age beside one of `teenParents.expecting`, means
   * `teenParents.concept`; a child's age refines the concerns of `refines.tags` (the
   * descriptors' 'under 16' and 'post 16')
   */
  ages: z.strictObject({
    note: z.string().optional(),
    gap: z.strictObject({
      years: z.number().int().min(1).max(30),
      from: z.number().int().min(1).max(17),
      /** role words of one of the family: an adult's age said of them is no age gap ('her 20 year old brother') */
      kin: z.array(z.string().regex(/^[a-z]+$/)),
      /** words before a family word that make its person no family of the child ('the baby's father is 22') */
      notKinAfter: z.array(z.string().regex(/^[a-z]+$/)),
      concepts: z.array(IdSchema).min(1),
    }),
    teenParents: z.strictObject({
      from: z.number().int().min(8).max(18),
      below: z.number().int().min(13).max(25),
      concept: IdSchema,
      /** concepts of a pregnancy: said with a young person's own age (from `from`, not one of the family's), `concept` too */
      expecting: z.array(IdSchema),
    }),
    /** a school year group ('Y10', 'Year 11'; England): year N is the age N + `offset` at its start, years 1 to `last` */
    yearGroups: z.strictObject({ offset: z.number().int().min(3).max(6), last: z.number().int().min(11).max(14) }),
    refines: z.strictObject({ tags: z.array(IdSchema).min(1) }),
  }),
  /**
   * how often or how long, said in words read word for word, function words too ('again', 'for months', 'at times'):
   * concept id (a concept without tags) → its words; with the concept's own terms, in a query of several concerns
   * they choose among each concern's descriptors those of that frequency, with no score of their own
   */
  often: z.strictObject({ note: z.string().optional(), concepts: z.record(IdSchema, z.array(z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/)).min(1)) }),
  /** words of a strength: a query using them (not negated) ranks strengths before needs */
  strengths: z.strictObject({
    note: z.string().optional(),
    cues: z.array(z.string().min(1)).min(1),
    /** words a cue straight before intensifies rather than praises ('a good slap', 'a good hiding'): no strength */
    intensified: z.array(z.string().regex(/^[a-z]+$/)),
  }),
  /** a reporting word ('says', 'told') with a concern of abuse also means the disclosure concept */
  disclosure: z.strictObject({
    note: z.string().optional(),
    cues: z.array(z.string().min(1)).min(1),
    /** reporting words of plain speech: alone ('she told', 'told me') no disclosure */
    speech: z.array(z.string().regex(/^[a-z]+$/)),
    concepts: z.array(IdSchema).min(1),
    concept: IdSchema,
  }),
  /** negations (read as 'not') and their reach: the words between a negation and the concern it denies, and the words that end it */
  negation: z.strictObject({
    note: z.string().optional(),
    words: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    scope: z.array(z.string().regex(/^[a-z]+$/)),
    ends: z.array(z.string().regex(/^[a-z]+$/)),
    joins: z.array(z.string().regex(/^[a-z]+$/)),
    reach: z.number().int().min(1).max(20),
    /** words of a lack or a worry: negated ('never misses', 'no money worries'), all is well */
    lacks: z.array(z.string().regex(/^[a-z]+$/)),
  }),
  /** how plain English is read: words carrying no concern, irregular forms, hedges ('kind of') */
  words: z.strictObject({
    note: z.string().optional(),
    stop: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    irregular: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]+$/)),
    hedges: z.array(z.string().regex(/^[a-z]+$/)),
    /** clipped forms typed in notes, read as the whole word ('bf' boyfriend, 'meds' medication, 'appt' appointment, 'cos' because) */
    clipped: z.record(z.string().regex(/^[a-z0-9]+$/), z.string().regex(/^[a-z]+$/)),
    /** after 'as a' ('abused as a child'), a time of life: read as 'childhood' */
    lifeStages: z.array(z.string().regex(/^[a-z]+$/)),
    /** words the stemmer keeps whole, where their stem would join another sense ('missing' from home is not 'missed' an appointment) */
    whole: z.array(z.string().regex(/^[a-z]+$/)),
    /**
     * words kept whole that are a verb with its object: before one of `objects` (a thing one attends or takes:
     * 'school', 'appointments', 'meds'), straight or after one of `determiners` ('the', 'her'), they are stemmed as
     * usual ('missing the clinic', 'missing school' is 'miss', as 'missed the clinic'; 'missing from home', 'missing
     * the whole weekend', 'went missing a few times', 'missing education' stay 'missing')
     */
    verbs: z.strictObject({
      words: z.array(z.string().regex(/^[a-z]+$/)),
      objects: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      determiners: z.array(z.string().regex(/^[a-z]+$/)),
    }),
    /** where, not what: after 'at', or 'the' after one of `placeBefore` ('in the house', 'at home') */
    places: z.array(z.string().regex(/^[a-z]+$/)),
    placeBefore: z.array(z.string().regex(/^[a-z]+$/)),
    /** after a number, a unit that makes it no age ('at 15 weeks', 'at 3 pm') */
    timeUnits: z.array(z.string().regex(/^[a-z]+$/)),
    /** words bound to the word before them in a term, nothing between: particles ('get up' is not 'turn up'), reflexives ('not herself') */
    bound: z.array(z.string().regex(/^[a-z]+$/)),
    /** names of places, read as written: never taken for a misspelling or the start of another word ('Stoke' is not 'stoned') */
    names: z.array(z.string().regex(/^[a-z]+$/)),
    /**
     * phrasal verbs of function words, read as one word when one of `before` follows ('gets on with', 'got on well
     * with': 'along'); without it their words carry nothing ('gets on with peers' would be 'peers')
     */
    phrasal: z.array(
      z.strictObject({ words: z.string().regex(/^[a-z]+( [a-z]+)+$/), before: z.array(z.string().regex(/^[a-z]+$/)).min(1), as: z.string().regex(/^[a-z]+$/) }),
    ),
  }),
});
