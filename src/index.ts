/**
 * `safeguarding-thresholds`: UK safeguarding-children threshold guidance as
 * typed, cited data and pure functions. It supports professional judgement and
 * never replaces it: both source documents say their descriptors are a guide,
 * not a checklist.
 * @module
 */
// the built-in frameworks, their id types, `frameworks` and `FrameworkId` (generated from data/frameworks/)
export * from './registry.js';
export { getFramework } from './frameworks.js';
export type { BuiltInFramework } from './frameworks.js';
export { tags } from './generated/tags.js';
export type { TagId } from './generated/tags.js';
export { getLevel, getArea, getIndicator, findIndicators, isAreaId, isIndicatorId, isLevelId } from './lookup.js';
export type { IndicatorFilter } from './lookup.js';
export { ThresholdError } from './errors.js';
export type { ThresholdErrorCode, ThresholdIssue } from './errors.js';
export type * from './model.js';
export { levelOf, resolveLevel } from './resolve.js';
export type {
  AnsweredQuestion,
  AreaResolution,
  Assessment,
  Consideration,
  ConsiderationId,
  DerivedIndicator,
  Guidance,
  Judgement,
  Measures,
  Resolution,
  TriggeredRoute,
} from './resolve.js';
export { mapLevel, carryAssessment } from './crosswalk.js';
export type { CarriedAssessment, CarriedIndicator, CarryConsideration, ConditionalLevel, IndicatorSuggestion, LevelMapping } from './crosswalk.js';
export { decideConsent, recordConsentDecision } from './consent.js';
export { consentConcernFor, consentPurposeFor } from './chain.js';
export type { LevelConcern, RoutePurpose } from './chain.js';
export type {
  Approval,
  Concern,
  ConsentDecision,
  ConsentOutcome,
  ConsentRecord,
  ConsentRecordDetails,
  ConsentSituation,
  ConsentState,
  ConsentStep,
  Disclosure,
  LawfulBasis,
  Purpose,
  RecordField,
  RequiredRecord,
} from './consent.js';
export { censusFactors } from './census.js';
export type { CensusFactor, CensusFactors, UndeterminedFactor } from './census.js';
export { contactFor, bankHolidays } from './contacts.js';
export type { BankHoliday, ContactAdvice, ContactQuery, UrgentContact } from './contacts.js';
export { searchIndicators } from './search/search.js';
export type { SearchOptions, SearchResult } from './search/search.js';
export { suggestIndicators } from './search/suggest.js';
export type { IndicatorSuggestions, SentenceSuggestions, SuggestOptions } from './search/suggest.js';
