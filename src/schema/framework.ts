/**
 * The zod schema of a whole framework, data format version 1
 * (`data/frameworks/*.json`), composed of the schemas of its parts.
 * @module
 * @internal
 */
import { z } from 'zod';
import { PRACTICE_QUESTION_IDS } from '../enums.js';
import { DataHashSchema, DocumentSchema, EditionSchema, IdSchema, SourceRefSchema, StatementSchema } from './common.js';
import { ConsentRulesSchema } from './consent.js';
import { ContactSchema, LinkSchema, RouteSchema } from './contacts.js';
import { GapSchema, IndicatorSchema } from './indicators.js';
import { AreaSchema, LevelSchema } from './levels.js';

/** One of the three practice questions, as the document prints it. */
export const PracticeQuestionSchema = z.strictObject({
  id: z.enum(PRACTICE_QUESTION_IDS),
  text: z.string().min(1),
  source: SourceRefSchema,
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

/** The inferred type of framework data, as validated (mutable; the library's `Framework` is its deep-readonly form). */
export type FrameworkData = z.infer<typeof FrameworkSchema>;
