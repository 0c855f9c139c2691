/**
 * zod schemas of the framework data format (format version 1) and of the
 * public input shapes, exported as `schemas` for callers validating untrusted
 * JSON. These define the format; `data/` is validated against them by
 * `scripts/build-data.ts` and the data-integrity tests, and `data/schema/*.json`
 * is generated from them. The hot path never uses them: built-in frameworks are
 * validated at build and test time, not at import.
 *
 * @example
 * ```ts
 * import { schemas } from 'safeguarding-thresholds/define';
 * schemas.AssessmentSchema.safeParse({ measure: { attendancePercent: 80 } }).success;
 * //=> false
 * ```
 * @module
 */
import { z } from 'zod';
import {
  APPROVALS,
  CONCERNS,
  CONSENT_OUTCOMES,
  CONSENT_STATES,
  CONTACT_ROLES,
  DISCLOSURES,
  EARLY_HELP_ASSESSMENTS,
  INDICATOR_KINDS,
  PRACTICE_QUESTION_IDS,
  PURPOSES,
  QUANTITIES,
  QUANTITY_RULES,
  RECORD_FIELDS,
  RESPONSES,
  ROUTE_DISCLOSURES,
  type Quantity,
} from './enums.js';
import type * as M from './model.js';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case identifier. */
export const IdSchema = z.string().regex(kebab, 'must be kebab-case (a-z, 0-9, single hyphens)');

/** Where an item comes from: a document of the framework, its section and page. */
export const SourceRefSchema = z.strictObject({
  /** id of an entry in the framework's `documents` (or of a shared reference) */
  document: IdSchema,
  /** the section heading as printed, narrowed with ' › ' where useful */
  section: z.string().min(1),
  /** printed page number, where the source shows one */
  page: z.number().int().positive().optional(),
});

/** A source document the framework cites. */
export const DocumentSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  published: z.string().min(1),
  /** file name of the copy the data was encoded from, where there is one */
  file: z.string().optional(),
  url: z.string().optional(),
});

/**
 * The edition of a framework's document as printed on it: title, and the
 * publisher, date, version and retrieval date where the document (or the copy
 * encoded) gives them. Absent is absent: nothing is invented.
 */
export const EditionSchema = z.strictObject({
  /** the title as printed */
  title: z.string().min(1),
  /** the publisher as printed, where the document prints one */
  publisher: z.string().min(1).optional(),
  /** the publication date as printed (e.g. 'April 2022'), where the document prints one */
  published: z.string().min(1).optional(),
  /** the version or edition label as printed, where the document prints one */
  version: z.string().min(1).optional(),
  /** when the copy encoded was retrieved (ISO date), where known */
  retrieved: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)')
    .optional(),
});

/** A SHA-256 digest, 64 lowercase hexadecimal characters. */
export const DataHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 digest: 64 lowercase hexadecimal characters');

/** The structured, cross-framework comparable form of a level's action. */
export const ResponseSchema = z.enum(RESPONSES);

/** What needs to happen at a level: verbatim text and its structured, comparable form. */
export const ActionSchema = z.strictObject({
  /** what needs to happen, verbatim */
  text: z.string().min(1),
  /** the kind of response, comparable across frameworks */
  response: ResponseSchema,
  /** what the source says about an Early Help Assessment at this level */
  earlyHelpAssessment: z.enum(EARLY_HELP_ASSESSMENTS),
  /** whether the source asks for a request for service / referral to Children's Social Care */
  requestForService: z.boolean(),
  source: SourceRefSchema,
});

/** A support service the source names for a level. */
export const ServiceSchema = z.strictObject({
  name: z.string().min(1),
  source: SourceRefSchema,
});

/** A level of need: id, rank (1 = lowest), name, summary, description, action, services. */
export const LevelSchema = z.strictObject({
  id: IdSchema,
  rank: z.number().int().min(1),
  name: z.string().min(1),
  /** the short definition printed with the level name, verbatim */
  summary: z.string().min(1),
  /** the fuller description of the level, verbatim */
  description: z.string().min(1),
  action: ActionSchema,
  services: z.array(ServiceSchema),
  source: SourceRefSchema,
});

/** An area's own action text at one level, where the source prints one per area. */
export const AreaActionSchema = z.strictObject({
  level: z.number().int().min(1),
  text: z.string().min(1),
  /** the text as printed, where it differs from what the source means */
  printed: z.string().optional(),
  note: z.string().optional(),
  source: SourceRefSchema,
});

/** An outcome (Stoke-on-Trent) or an Assessment Framework domain / sub-domain (Staffordshire, with `parent`). */
export const AreaSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  /** id of the enclosing area (Staffordshire sub-domains) */
  parent: IdSchema.optional(),
  actions: z.array(AreaActionSchema).optional(),
  source: SourceRefSchema,
});

/** A numeric quantity the assessment may carry. */
export const QuantitySchema = z.enum(QUANTITIES);

/**
 * A numeric threshold stated by an indicator's text. The indicator is implied
 * by a measured value that satisfies every bound given.
 */
export const MeasureSchema = z
  .strictObject({
    quantity: QuantitySchema,
    /** value < below */
    below: z.number().optional(),
    /** value >= atLeast */
    atLeast: z.number().optional(),
    /** value <= atMost */
    atMost: z.number().optional(),
  })
  .refine((m) => m.below !== undefined || m.atLeast !== undefined || m.atMost !== undefined, {
    message: 'a measure states at least one bound',
  });

/** A descriptor, verbatim, with its area, level, kind, tags, optional measure and source. */
export const IndicatorSchema = z.strictObject({
  id: IdSchema,
  area: IdSchema,
  /** the rank of the level the source lists it under */
  level: z.number().int().min(1),
  /** the descriptor, verbatim (whitespace and bullets normalised) */
  text: z.string().min(1),
  kind: z.enum(INDICATOR_KINDS),
  tags: z.array(IdSchema).min(1),
  measure: MeasureSchema.optional(),
  source: SourceRefSchema,
  note: z.string().optional(),
  /**
   * Whom the descriptor names, where its wording decides a DfE Children in Need census code suffix:
   * `person` (factors 1–6: A the child, B a parent or carer, C another household member) and
   * `abuseBy` (factors 18–19: B another child, C an adult). Absent: the wording does not say.
   */
  census: z
    .strictObject({
      person: z.enum(['child', 'parent-or-carer', 'other-household-member']).optional(),
      abuseBy: z.enum(['another-child', 'an-adult']).optional(),
    })
    .optional(),
});

/** Office hours in Europe/London local time; `opens` inclusive, `closes` exclusive. */
export const HoursSchema = z.strictObject({
  /** ISO weekdays: 1 = Monday … 7 = Sunday */
  days: z.array(z.number().int().min(1).max(7)).min(1),
  /** local (Europe/London) time HH:MM, inclusive */
  opens: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /** local (Europe/London) time HH:MM, exclusive */
  closes: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
});

/** A contact the source names, with its role, numbers, hours and when to use it. */
export const ContactSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  /** what the contact is for, as a role the library understands */
  role: z.enum(CONTACT_ROLES),
  phone: z.string().optional(),
  email: z.string().optional(),
  url: z.string().optional(),
  /** office hours; absent means always available */
  hours: z.array(HoursSchema).optional(),
  /** when the source says to use it, verbatim */
  when: z.string().min(1),
  /** ranks of the levels at which the source sends you to this contact; absent: not tied to a level */
  levels: z.array(z.number().int().min(1)).optional(),
  /** the source's own words on urgency, where it gives them (e.g. "for emergency safeguarding referrals") */
  urgency: z.strictObject({ urgent: z.boolean(), text: z.string().min(1), source: SourceRefSchema }).optional(),
  /** the sentence saying the office is closed on bank holidays; absent: the source does not say (contactFor then states its assumption) */
  closedOnBankHolidays: z.strictObject({ text: z.string().min(1), source: SourceRefSchema }).optional(),
  source: SourceRefSchema,
});

/** A link the source prints (a website, directory or referral form), with its address where the copy has one. */
export const LinkSchema = z.strictObject({
  id: IdSchema,
  /** the heading the source prints for it */
  name: z.string().min(1),
  /** the link text as printed */
  text: z.string().min(1),
  /** the address, where the source shows one */
  url: z.string().optional(),
  note: z.string().optional(),
  source: SourceRefSchema,
});

/** A level at which the source as supplied prints no descriptors for some areas. */
export const GapSchema = z.strictObject({
  id: IdSchema,
  /** rank of the level */
  level: z.number().int().min(1),
  /** ids of the areas with no descriptor at that level */
  areas: z.array(IdSchema).min(1),
  /** what is missing and how to read it */
  note: z.string().min(1),
  source: SourceRefSchema,
});

/** What to tell the child and family, and when; `not-stated` where the document does not say. */
export const DisclosureSchema = z.enum(DISCLOSURES);

/** A special pathway (e.g. a Prevent referral) triggered by the tags of observed needs. */
export const RouteSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  /** the route is triggered when an observed need indicator carries one of these tags */
  triggerTags: z.array(IdSchema).min(1),
  /** what to do, verbatim */
  text: z.string().min(1),
  disclosure: z.enum(ROUTE_DISCLOSURES),
  contact: IdSchema.optional(),
  source: SourceRefSchema,
});

/** One of the three practice questions, as the document prints it. */
export const PracticeQuestionSchema = z.strictObject({
  id: z.enum(PRACTICE_QUESTION_IDS),
  text: z.string().min(1),
  source: SourceRefSchema,
});

/** A verbatim statement of the source with its reference. */
export const StatementSchema = z.strictObject({
  text: z.string().min(1),
  source: SourceRefSchema,
});

/** Why information is being shared or a referral made. */
export const PurposeSchema = z.enum(PURPOSES);
/** How serious the concern is, lowest first. */
export const ConcernSchema = z.enum(CONCERNS);
/** Where consent stands. */
export const ConsentStateSchema = z.enum(CONSENT_STATES);
/** Where a manager's (or Designated Senior Person's / Named Professional's) approval stands. */
export const ApprovalSchema = z.enum(APPROVALS);
/**
 * What a consent decision says to do. `consult`: the document does not decide the situation; it
 * gives its own words for doubt (the steps) and the decision names what is left open (`unanswered`).
 */
export const ConsentOutcomeSchema = z.enum(CONSENT_OUTCOMES);
/**
 * What the document requires a practitioner to record: `reason` (why, e.g. for not seeking
 * permission or for proceeding without agreement), `approver` (the manager's approval or further
 * advice), `information-shared` (what was shared without consent), `parents-view` (the parent's
 * agreement, or the outcome of consulting them).
 */
export const RecordFieldSchema = z.enum(RECORD_FIELDS);

/** A condition of a consent rule: every field given must match (absent booleans count as false, absent approval as 'not-sought'). */
export const ConsentConditionSchema = z.strictObject({
  purpose: z.array(PurposeSchema).min(1).optional(),
  concern: z.array(ConcernSchema).min(1).optional(),
  consent: z.array(ConsentStateSchema).min(1).optional(),
  approval: z.array(ApprovalSchema).min(1).optional(),
  immediateDanger: z.boolean().optional(),
  seekingConsentWouldPlaceChildAtRisk: z.boolean().optional(),
  seekingConsentWouldCauseUndueDelay: z.boolean().optional(),
});

/** A verbatim statement of the source that a decision asks the practitioner to follow. */
export const ConsentStepSchema = z.strictObject({ id: IdSchema, text: z.string().min(1), source: SourceRefSchema });

/** One row of the decision table. Rules are tried in order; the first whose `when` matches decides. */
export const ConsentRuleSchema = z.strictObject({
  id: IdSchema,
  /** the situation, for people */
  situation: z.string().min(1),
  /** matches when any of these conditions matches */
  when: z.array(ConsentConditionSchema).min(1),
  outcome: ConsentOutcomeSchema,
  consentRequired: z.boolean(),
  disclosure: DisclosureSchema,
  /** the step (a sentence of the document) each value rests on; no `disclosure` when it is `not-stated` */
  because: z.strictObject({ outcome: IdSchema, consentRequired: IdSchema, disclosure: IdSchema.optional() }),
  /** ids of `steps`, in the order to follow them */
  steps: z.array(IdSchema).min(1),
  /** what the document requires to be recorded, each field with the step (one of this rule's) that requires it */
  mustRecord: z.array(z.strictObject({ field: RecordFieldSchema, step: IdSchema })),
  /** whether the framework's recommended lawful bases apply */
  lawfulBases: z.boolean(),
  /** what the document leaves open in this situation, in the library's words; required for `consult` and `not-stated` */
  unanswered: z.array(z.string().min(1)).optional(),
});

/** A framework's consent and information-sharing rules: purposes covered, verbatim steps, lawful bases and the ordered decision table. */
export const ConsentRulesSchema = z.strictObject({
  /** the purposes the framework's sources cover */
  purposes: z.array(PurposeSchema).min(1),
  /** the GDPR lawful bases the document recommends, each verbatim */
  lawfulBases: z.array(z.strictObject({ id: IdSchema, basis: z.string().min(1), source: SourceRefSchema })),
  lawfulBasesStatement: z.strictObject({ text: z.string().min(1), source: SourceRefSchema }).optional(),
  steps: z.array(ConsentStepSchema).min(1),
  rules: z.array(ConsentRuleSchema).min(1),
});

/** A whole framework, data format version 1 (`data/frameworks/*.json`). */
export const FrameworkSchema = z.strictObject({
  /** data format version */
  version: z.literal(1),
  id: IdSchema,
  name: z.string().min(1),
  publisher: z.string().min(1),
  published: z.string().min(1),
  area: z.string().min(1),
  /** the edition of the framework's document as printed (see `EditionSchema`) */
  edition: EditionSchema.optional(),
  /** SHA-256 of the framework's canonical JSON without this field; computed by the build and by `defineFramework` (one given to `defineFramework` is replaced) */
  dataHash: DataHashSchema.optional(),
  scale: z.strictObject({ id: IdSchema, name: z.string().min(1) }),
  source: SourceRefSchema,
  documents: z.array(DocumentSchema).min(1),
  /** how the source says the descriptors must be used (guide, not checklist), verbatim */
  guidance: z.array(StatementSchema).min(1),
  levels: z.array(LevelSchema).min(1),
  areas: z.array(AreaSchema).min(1),
  indicators: z.array(IndicatorSchema).min(1),
  contacts: z.array(ContactSchema),
  routes: z.array(RouteSchema),
  practiceQuestions: z.array(PracticeQuestionSchema),
  /** advisory rules the source states about combining indicators, verbatim */
  considerations: z.array(StatementSchema.extend({ id: IdSchema })),
  /** consent and information-sharing rules, where the framework's sources state them */
  consent: ConsentRulesSchema.optional(),
  /** links the source prints (websites, directories, referral forms) */
  links: z.array(LinkSchema).optional(),
  /** questions the source asks practitioners to consider in every conversation, verbatim */
  factorsToConsider: z.array(StatementSchema.extend({ id: IdSchema })).optional(),
  /** further statements of the source, each tied to the levels or tags it speaks to */
  statements: z
    .array(StatementSchema.extend({ id: IdSchema, levels: z.array(z.number().int().min(1)).optional(), tags: z.array(IdSchema).optional() }))
    .optional(),
  /** levels at which the source as supplied prints no descriptors for some areas */
  gaps: z.array(GapSchema).optional(),
});

/** A tag of the shared vocabulary, with the CIN census factor codes it maps onto. */
export const TagSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  definition: z.string().min(1),
  /** DfE Children in Need census assessment factor codes this tag maps onto */
  cin: z.array(z.string()).optional(),
  /** a broader tag this one refines */
  broader: IdSchema.optional(),
});

/** The shared tag vocabulary (`data/vocabularies/tags.json`). */
export const TagVocabularySchema = z.strictObject({
  version: z.literal(1),
  source: z.string().min(1),
  tags: z.array(TagSchema).min(1),
  /** names of the DfE CIN census assessment factors: a full code (`7A`) or a factor number whose suffix names a person (`4`) */
  cinFactors: z
    .strictObject({ source: z.string().min(1), factors: z.array(z.strictObject({ code: z.string().min(1), name: z.string().min(1) })).min(1) })
    .optional(),
});

/** The inferred type of a source reference. */
export type SourceRefData = z.infer<typeof SourceRefSchema>;
/** The inferred type of framework data, as validated (mutable; the library's `Framework` is its deep-readonly form). */
export type FrameworkData = z.infer<typeof FrameworkSchema>;

/** One pair of the crosswalk relation between two scales. */
export const CrosswalkPairSchema = z
  .strictObject({
    /** level id on the first scale */
    from: IdSchema,
    /** level id on the second scale */
    to: IdSchema,
    /** `core`: the two level definitions match; `conditional`: the pair holds only where `condition` is met */
    kind: z.enum(['core', 'conditional']),
    /** for a conditional pair: the condition, quoted from a document */
    condition: z.strictObject({ text: z.string().min(1), source: SourceRefSchema }).optional(),
    /** why the two levels correspond, quoting both level definitions */
    rationale: z.string().min(1),
    /** the level definitions of both documents */
    sources: z.array(SourceRefSchema).min(2),
  })
  .refine((p) => (p.kind === 'conditional') === (p.condition !== undefined), { message: 'a conditional pair quotes its condition; a core pair has none' });

/** A crosswalk: one relation between the levels of two scales; both directions derive from it. */
export const CrosswalkSchema = z.strictObject({
  version: z.literal(1),
  id: z.string().min(1),
  name: z.string().min(1),
  /** the scale ids [first, second] */
  scales: z.tuple([IdSchema, IdSchema]),
  note: z.string().min(1),
  pairs: z.array(CrosswalkPairSchema).min(1),
});

/** Bank holidays of a jurisdiction, with the years the list is complete for. */
export const BankHolidaysSchema = z.strictObject({
  version: z.literal(1),
  id: IdSchema,
  name: z.string().min(1),
  source: z.strictObject({ title: z.string(), publisher: z.string(), url: z.string(), note: z.string() }),
  /** the years this list is complete for */
  years: z.array(z.number().int()).min(1),
  holidays: z.array(z.strictObject({ date: z.iso.date(), name: z.string().min(1) })),
});

/** One optional number per quantity, with the range and integrality its rules state. */
function measureShape(): Record<Quantity, z.ZodOptional<z.ZodNumber>> {
  const shape = {} as Record<Quantity, z.ZodOptional<z.ZodNumber>>;
  for (const q of QUANTITIES) {
    const r = QUANTITY_RULES[q];
    let n = z.number().min(r.min);
    if (Number.isFinite(r.max)) n = n.max(r.max);
    if (r.integer) n = n.int();
    shape[q] = n.optional();
  }
  return shape;
}

/** The input of `resolveLevel`, for callers validating untrusted JSON before calling it. */
export const AssessmentSchema = z.strictObject({
  indicators: z.array(z.string()).optional(),
  measures: z.strictObject(measureShape()).optional(),
  judgement: z.strictObject({ level: z.union([z.number().int().min(1), z.string()]), reason: z.string().trim().min(1) }).optional(),
});

/** The input of `decideConsent`, for callers validating untrusted JSON before calling it. */
export const ConsentSituationSchema = z.strictObject({
  purpose: PurposeSchema,
  concern: ConcernSchema,
  consent: ConsentStateSchema,
  immediateDanger: z.boolean().optional(),
  seekingConsentWouldPlaceChildAtRisk: z.boolean().optional(),
  seekingConsentWouldCauseUndueDelay: z.boolean().optional(),
  approval: ApprovalSchema.optional(),
});

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

const RoleSchema = z.enum(['partner', 'parent', 'child']);
/** Who does what to whom: role words, action words and the concept each combination means. */
export const ThesaurusRelationsSchema = z.strictObject({
  note: z.string().optional(),
  roles: z.strictObject({ partner: z.array(z.string().min(1)), parent: z.array(z.string().min(1)), child: z.array(z.string().min(1)) }),
  possessives: z.array(z.string().min(1)),
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
  /** words of a strength: a query using them (not negated) ranks strengths before needs */
  strengths: z.strictObject({ note: z.string().optional(), cues: z.array(z.string().min(1)).min(1) }),
  /** a reporting word ('says', 'told') with a concern of abuse also means the disclosure concept */
  disclosure: z.strictObject({ note: z.string().optional(), cues: z.array(z.string().min(1)).min(1), concepts: z.array(IdSchema).min(1), concept: IdSchema }),
});

// ---------------------------------------------------------------------------
// The public types of model.ts are written without zod (so the root entry's
// declarations carry none). These compile-time checks keep them exactly the
// read-only form of what the schemas accept: a field added to a schema and not
// to its type, or the other way round, is a type error here.
type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Is<T extends true> = T;
type ModelOf<S extends z.ZodType> = DeepReadonly<z.infer<S>>;
/** @internal */
export type ModelMatchesSchemas = [
  Is<Same<M.SourceRef, ModelOf<typeof SourceRefSchema>>>,
  Is<Same<M.SourceDocument, ModelOf<typeof DocumentSchema>>>,
  Is<Same<M.LevelAction, ModelOf<typeof ActionSchema>>>,
  Is<Same<M.Measure, ModelOf<typeof MeasureSchema>>>,
  Is<Same<M.Contact, ModelOf<typeof ContactSchema>>>,
  Is<Same<M.Route, ModelOf<typeof RouteSchema>>>,
  Is<Same<M.Tag, ModelOf<typeof TagSchema>>>,
  Is<Same<M.Level, ModelOf<typeof LevelSchema>>>,
  Is<Same<M.Area, ModelOf<typeof AreaSchema>>>,
  Is<Same<M.Indicator, ModelOf<typeof IndicatorSchema>>>,
  Is<Same<M.ConsentRules, ModelOf<typeof ConsentRulesSchema>>>,
  Is<Same<M.Link, ModelOf<typeof LinkSchema>>>,
  Is<Same<M.Gap, ModelOf<typeof GapSchema>>>,
  Is<Same<M.Edition, ModelOf<typeof EditionSchema>>>,
  // the built objects always carry the dataHash the build or defineFramework computed
  Is<Same<Omit<M.Framework, 'dataHash'>, Omit<ModelOf<typeof FrameworkSchema>, 'dataHash'>>>,
];
