/**
 * zod schemas of the framework data format (format version 1) and of the
 * public input shapes, one module per job in `schema/`; this entry gathers
 * them for the scripts and tests that read `data/` (the library's own modules
 * import the one they need). These define the format: `data/` is validated
 * against them by `scripts/build-data.ts` and the data-integrity tests, and
 * `data/schema/*.json` is generated from them. The hot path never uses them:
 * built-in frameworks are validated at build and test time, not at import.
 * @module
 * @internal
 */
export { DataHashSchema, DocumentSchema, EditionSchema, IdSchema, SourceRefSchema, StatementSchema } from './schema/common.js';
export { ActionSchema, AreaActionSchema, AreaSchema, LevelSchema, ResponseSchema, ServiceSchema } from './schema/levels.js';
export { GapSchema, IndicatorSchema, MeasureSchema, QuantitySchema } from './schema/indicators.js';
export { ContactSchema, HoursSchema, LinkSchema, RouteSchema } from './schema/contacts.js';
export {
  ApprovalSchema,
  ConcernSchema,
  ConsentConditionSchema,
  ConsentOutcomeSchema,
  ConsentRuleSchema,
  ConsentRulesSchema,
  ConsentStateSchema,
  ConsentStepSchema,
  DisclosureSchema,
  PurposeSchema,
  RecordFieldSchema,
} from './schema/consent.js';
export { FrameworkSchema, PracticeQuestionSchema, type FrameworkData } from './schema/framework.js';
export { TagSchema, TagVocabularySchema } from './schema/tags.js';
export { SynonymVocabularySchema, ThesaurusConceptSchema, ThesaurusRelationsSchema } from './schema/thesaurus.js';
export { CrosswalkPairSchema, CrosswalkSchema } from './schema/crosswalk.js';
export { BankHolidaysSchema } from './schema/bank-holidays.js';
export { AssessmentSchema, ConsentSituationSchema } from './schema/input.js';
