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
export { decideConsent } from './consent.js';
export { consentConcernFor, consentPurposeFor } from './chain.js';
export type { LevelConcern, RoutePurpose } from './chain.js';
export type {
  Approval,
  Concern,
  ConsentDecision,
  ConsentOutcome,
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
export type { BankHoliday, BankHolidayFeed, ContactAdvice, ContactQuery, UrgentContact } from './contacts.js';
export { bankHolidaysFromFeed } from './bank-holiday-feed.js';
export { searchIndicators } from './search/search.js';
export type { SearchOptions, SearchResult } from './search/search.js';
export { suggestIndicators } from './search/suggest.js';
export type { IndicatorSuggestions, SentenceSuggestions, SuggestOptions } from './search/suggest.js';
export { provenanceOf } from './provenance.js';
export type { CrosswalkProvenance, Provenance } from './provenance.js';
export { sha256, canonicalJson, frameworkHash } from './sha256.js';
export { recordResolution, recordConsentDecision } from './records.js';
export type {
  ConsentAnswer,
  ConsentRecord,
  ConsentRecordDetails,
  DecisionRecord,
  RecordedIndicator,
  RecordedThreshold,
  ResolutionAnswer,
  ResolutionRecord,
} from './records.js';
export { replayRecord } from './replay.js';
export type { Replay } from './replay.js';
export { diffFrameworks, formatDiff } from './diff.js';
export type { ChangeKind, ChangeSubject, DataChange, FrameworkDiff } from './diff.js';
