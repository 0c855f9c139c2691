/**
 * zod schemas of the records, replays, edition diffs and the JSON form of
 * `contactFor`'s query: the JSON Schemas in `data/schema/` are generated from
 * them, so a case system in another language can validate what it stores.
 * Part of `schemas` (from `safeguarding-thresholds/define`).
 * @module
 */
import { z } from 'zod';
import { CHANGE_KINDS, CHANGE_SUBJECTS, INDICATOR_KINDS, PRACTICE_QUESTION_IDS } from './enums.js';
import { DataHashSchema, EditionSchema, IdSchema, SourceRefSchema, StatementSchema } from './schema/common.js';
import {
  ApprovalSchema,
  ConcernSchema,
  ConsentOutcomeSchema,
  ConsentStateSchema,
  DisclosureSchema,
  PurposeSchema,
  RecordFieldSchema,
} from './schema/consent.js';
import { ContactSchema, RouteSchema } from './schema/contacts.js';
import { IndicatorSchema, QuantitySchema } from './schema/indicators.js';
import { AssessmentSchema } from './schema/input.js';
import { ActionSchema, AreaSchema, LevelSchema, ServiceSchema } from './schema/levels.js';

const Fingerprint = z.string().regex(/^[0-9a-f]{12}$/, 'a fingerprint: the first 12 hex characters of a SHA-256');
const IsoInstant = z.iso.datetime({ offset: true });
const IsoDate = z.iso.date();

/** The provenance every answer and record carries. */
export const ProvenanceSchema = z.strictObject({
  framework: IdSchema,
  edition: EditionSchema.optional(),
  dataHash: DataHashSchema,
  /** `safeguarding-thresholds@<version>` */
  library: z.string().regex(/^safeguarding-thresholds@\d+\.\d+\.\d+(?:[-+].*)?$/),
});

/** The record of a resolution (`recordResolution`), format 1. */
export const ResolutionRecordSchema = z.strictObject({
  type: z.literal('resolution'),
  format: z.literal(1),
  at: IsoInstant.optional(),
  provenance: ProvenanceSchema,
  assessment: AssessmentSchema,
  answer: z.strictObject({
    level: IdSchema,
    indicatedLevel: IdSchema,
    judgement: IdSchema.optional(),
    drivers: z.array(IdSchema),
    derived: z.array(IdSchema),
    routes: z.array(IdSchema),
  }),
  data: z.strictObject({
    levels: z.record(IdSchema, z.strictObject({ rank: z.number().int().min(1), text: Fingerprint })),
    indicators: z.record(IdSchema, z.strictObject({ level: z.number().int().min(1), kind: z.enum(INDICATOR_KINDS), text: Fingerprint })),
    thresholds: z.record(
      IdSchema,
      z.strictObject({
        level: z.number().int().min(1),
        quantity: QuantitySchema,
        atLeast: z.number().optional(),
        atMost: z.number().optional(),
        below: z.number().optional(),
      }),
    ),
    routes: z.record(IdSchema, Fingerprint),
  }),
});

/** The situation of a consent decision, every field present (as recorded). */
const RecordedSituationSchema = z.strictObject({
  purpose: PurposeSchema,
  concern: ConcernSchema,
  consent: ConsentStateSchema,
  immediateDanger: z.boolean(),
  seekingConsentWouldPlaceChildAtRisk: z.boolean(),
  seekingConsentWouldCauseUndueDelay: z.boolean(),
  approval: ApprovalSchema,
});

/** The record of a consent decision (`recordConsentDecision`), format 1. */
export const ConsentRecordSchema = z.strictObject({
  type: z.literal('consent-decision'),
  format: z.literal(1),
  provenance: ProvenanceSchema,
  situation: RecordedSituationSchema,
  answer: z.strictObject({
    /** an outcome of the decision (open to outcomes added in later versions) */
    outcome: z.union([ConsentOutcomeSchema, IdSchema]),
    disclosure: DisclosureSchema,
    consentRequired: z.boolean(),
    rule: IdSchema,
    steps: z.array(IdSchema),
    mustRecord: z.array(RecordFieldSchema),
    lawfulBases: z.array(z.string().min(1)),
    /** how many questions the document leaves open (always some for `consult`) */
    unanswered: z.number().int().min(0),
  }),
  practitioner: z.string().trim().min(1),
  decidedAt: IsoInstant,
  fields: z.partialRecord(RecordFieldSchema, z.string().min(1)),
  /** library practice, where given */
  sharedWith: z.string().trim().min(1).optional(),
  data: z.strictObject({ rule: Fingerprint, steps: z.record(IdSchema, Fingerprint) }),
});

/** One difference between two editions, or between a record's data and a framework. */
const DataChangeSchema = z.strictObject({
  subject: z.enum(CHANGE_SUBJECTS),
  id: z.string().min(1),
  change: z.enum(CHANGE_KINDS),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  message: z.string().min(1),
});

/** The result of `replayRecord`. */
export const ReplaySchema = z.strictObject({
  same: z.boolean(),
  sameEdition: z.boolean(),
  then: z.union([ResolutionRecordSchema.shape.answer, ConsentRecordSchema.shape.answer]),
  now: z.union([ResolutionRecordSchema.shape.answer, ConsentRecordSchema.shape.answer]).optional(),
  changes: z.array(DataChangeSchema),
  error: z.strictObject({ code: z.string(), message: z.string() }).optional(),
});

/** The result of `diffFrameworks`. */
export const FrameworkDiffSchema = z.strictObject({
  from: ProvenanceSchema,
  to: ProvenanceSchema,
  same: z.boolean(),
  changes: z.array(DataChangeSchema),
});

/** The government's published bank-holiday JSON (https://www.gov.uk/bank-holidays.json), as `contactFor` reads it. */
export const BankHolidayFeedSchema = z.looseObject({
  'england-and-wales': z.looseObject({
    division: z.literal('england-and-wales'),
    events: z.array(z.looseObject({ title: z.string().trim().min(1), date: IsoDate, notes: z.string().optional(), bunting: z.boolean().optional() })),
  }),
});

/**
 * The query of `contactFor` as JSON at an HTTP boundary: `at` is an ISO 8601
 * instant with an offset (turn it into a `Date` before calling).
 */
export const ContactQueryJsonSchema = z.strictObject({
  at: IsoInstant,
  /** the level of need, as a rank or an id of the framework's levels (contactFor checks it against the framework) */
  level: z.union([z.number().int().min(1), IdSchema]).optional(),
  immediateDanger: z.boolean().optional(),
  bankHolidays: z.union([z.array(IsoDate), BankHolidayFeedSchema]).optional(),
});

// ---- result shapes, as JSON (`JSON.stringify(result)`), for systems that store or pass on whole answers ----

const CrosswalkProvenanceSchema = ProvenanceSchema.extend({ to: ProvenanceSchema });
const DerivedSchema = z.strictObject({ indicator: IndicatorSchema, quantity: QuantitySchema, value: z.number(), rule: z.string() });

/** The result of `resolveLevel`, serialised. */
export const ResolutionSchema = z.strictObject({
  framework: IdSchema,
  level: LevelSchema,
  indicatedLevel: LevelSchema,
  judgement: z.strictObject({ level: LevelSchema, reason: z.string() }).optional(),
  drivers: z.array(IndicatorSchema),
  needs: z.array(IndicatorSchema),
  strengths: z.array(IndicatorSchema),
  derived: z.array(DerivedSchema),
  areas: z.array(z.strictObject({ area: AreaSchema, level: LevelSchema.optional(), needs: z.array(IndicatorSchema), strengths: z.array(IndicatorSchema) })),
  considerations: z.array(
    z.strictObject({
      id: IdSchema,
      message: z.string(),
      statement: StatementSchema.extend({ id: IdSchema.optional() }).optional(),
      indicators: z.array(IdSchema),
    }),
  ),
  guidance: z.strictObject({
    level: LevelSchema,
    action: ActionSchema,
    areaActions: z.array(z.strictObject({ area: IdSchema, text: z.string(), note: z.string().optional(), source: SourceRefSchema })),
    services: z.array(ServiceSchema),
    contacts: z.array(ContactSchema),
    routes: z.array(z.strictObject({ route: RouteSchema, triggeredBy: z.array(IdSchema), contact: ContactSchema.optional() })),
    immediateDanger: ContactSchema.optional(),
    caveats: z.array(StatementSchema),
    factorsToConsider: z.array(StatementSchema.extend({ id: IdSchema.optional() })),
    statements: z.array(StatementSchema.extend({ id: IdSchema, levels: z.array(z.number().int().min(1)).optional(), tags: z.array(IdSchema).optional() })),
  }),
  questions: z.array(
    z.strictObject({
      id: z.enum(PRACTICE_QUESTION_IDS),
      question: z.string(),
      answers: z.array(z.string()),
      source: SourceRefSchema.optional(),
    }),
  ),
  summary: z.string(),
  sources: z.array(SourceRefSchema),
  provenance: ProvenanceSchema,
  assessment: AssessmentSchema,
});

/** The result of `mapLevel`, serialised. */
export const LevelMappingSchema = z.strictObject({
  from: LevelSchema,
  core: z.array(LevelSchema),
  conditional: z.array(
    z.strictObject({
      level: LevelSchema,
      condition: z.string(),
      quoteIs: z.enum(['condition', 'instruction', 'open']),
      test: z.string(),
      reading: z.string(),
      sources: z.array(SourceRefSchema),
    }),
  ),
  to: z.array(LevelSchema).min(1),
  lowest: LevelSchema,
  highest: LevelSchema,
  rationale: z.string(),
  sources: z.array(SourceRefSchema),
  provenance: CrosswalkProvenanceSchema,
});

/** The result of `contactFor`, serialised. */
export const ContactAdviceSchema = z.strictObject({
  framework: IdSchema,
  at: IsoInstant,
  local: z.strictObject({ date: IsoDate, time: z.string().regex(/^\d{2}:\d{2}$/), weekday: z.string() }),
  level: LevelSchema.optional(),
  contact: ContactSchema.optional(),
  then: ContactSchema.optional(),
  ifUrgent: z.strictObject({ contact: ContactSchema, text: z.string(), source: SourceRefSchema }).optional(),
  levelAction: z.strictObject({ text: z.string(), source: SourceRefSchema }).optional(),
  alsoAvailable: z.array(ContactSchema),
  immediateDanger: z.boolean(),
  officeOpen: z.boolean(),
  bankHoliday: z.strictObject({ date: IsoDate, name: z.string() }).optional(),
  bankHolidaysKnown: z.boolean(),
  reason: z.string(),
  assumptions: z.array(z.string()),
  nextChange: z.strictObject({ at: IsoInstant, local: z.string(), officeOpen: z.boolean() }).optional(),
  sources: z.array(SourceRefSchema),
  provenance: ProvenanceSchema,
});

const ConsentStepJson = z.strictObject({ id: IdSchema, text: z.string(), source: SourceRefSchema });

/** The result of `decideConsent`, serialised. */
export const ConsentDecisionSchema = z.strictObject({
  framework: IdSchema,
  situation: RecordedSituationSchema,
  outcome: z.union([ConsentOutcomeSchema, IdSchema]),
  consentRequired: z.boolean(),
  steps: z.array(ConsentStepJson),
  disclosure: DisclosureSchema,
  grounds: z.strictObject({ outcome: ConsentStepJson, consentRequired: ConsentStepJson, disclosure: ConsentStepJson.nullable() }),
  mustRecord: z.array(z.strictObject({ field: RecordFieldSchema, text: z.string(), source: SourceRefSchema })),
  suggestedRecord: z.array(z.string()),
  lawfulBases: z.array(z.strictObject({ basis: z.string(), source: SourceRefSchema })),
  unanswered: z.array(z.string()),
  rule: z.strictObject({ id: IdSchema, situation: z.string() }),
  sources: z.array(SourceRefSchema),
  provenance: ProvenanceSchema,
});
