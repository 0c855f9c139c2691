/**
 * Every enumeration of the data format and of the public inputs, and the rules
 * of each measured quantity, written once. zod-free and `as const`: the zod
 * schemas (`schema/`), the public types (`model.ts`, `consent.ts`) and the
 * engine's input checks all derive from these lists, so adding a value here is
 * the only change an enumeration needs.
 * @module
 * @internal
 */

/** The kind of response a level calls for, comparable across frameworks. */
export const RESPONSES = ['universal', 'advice-and-signposting', 'early-help', 'targeted-early-help', 'childrens-social-care'] as const;
/** What a source says about an Early Help Assessment at a level. */
export const EARLY_HELP_ASSESSMENTS = ['not-needed', 'consider', 'complete', 'check-or-complete', 'not-a-substitute'] as const;
/** An indicator is a need or a strength. */
export const INDICATOR_KINDS = ['need', 'strength'] as const;
/** What a contact is for, as a role the library understands. */
export const CONTACT_ROLES = [
  'front-door',
  'referral-portal',
  'out-of-hours',
  'police-emergency',
  'police-non-emergency',
  'mental-health-crisis',
  'health',
  'information',
] as const;
/** The three practice questions. */
export const PRACTICE_QUESTION_IDS = ['working-well', 'worried-about', 'needs-to-happen'] as const;

/** Why information is being shared or a referral made. */
export const PURPOSES = ['early-help-assessment', 'referral-to-childrens-social-care', 'prevent-referral', 'information-sharing'] as const;
/** How serious the concern is, lowest first. */
export const CONCERNS = ['wellbeing', 'child-in-need', 'significant-harm'] as const;
/** Where consent stands. */
export const CONSENT_STATES = ['given', 'refused', 'not-yet-sought', 'cannot-be-obtained'] as const;
/** Where a manager's (or Designated Senior Person's / Named Professional's) approval stands. */
export const APPROVALS = ['not-sought', 'granted', 'refused'] as const;
/** What a consent decision says to do; `consult` where the document does not decide the situation. */
export const CONSENT_OUTCOMES = ['proceed', 'seek-consent', 'seek-approval', 'proceed-without-consent', 'do-not-proceed', 'consult'] as const;
/** What to tell the child and family, and when, in a consent decision; `not-stated` where the document does not say. */
export const DISCLOSURES = ['inform-family', 'inform-family-after-referral', 'do-not-disclose', 'not-stated'] as const;
/** What to tell the child and family on a special route (the sources state it for every route). */
export const ROUTE_DISCLOSURES = ['inform-family', 'inform-family-after-referral', 'do-not-disclose'] as const;
/** What the document requires a practitioner to record for a decision. */
export const RECORD_FIELDS = ['reason', 'approver', 'information-shared', 'parents-view'] as const;
/** Whom a descriptor names, where its wording decides a CIN census code suffix (factors 1–6: A, B, C). */
export const CENSUS_PERSONS = ['child', 'parent-or-carer', 'other-household-member'] as const;
/** Who the abuser is, where a descriptor's wording decides a CIN census code suffix (factors 18–19: B, C). */
export const CENSUS_ABUSERS = ['another-child', 'an-adult'] as const;
/** What kind of item a change between two editions is about (`diffFrameworks`), in the order changes are listed. */
export const CHANGE_SUBJECTS = [
  'edition',
  'framework',
  'level',
  'area',
  'indicator',
  'threshold',
  'contact',
  'route',
  'consent-rule',
  'consent-step',
  'lawful-basis',
] as const;
/** How an item changed between two editions: `moved` is a new level (rank) or area, `reworded` a new text. */
export const CHANGE_KINDS = ['added', 'removed', 'moved', 'reworded', 'changed'] as const;
/** The yes/no facts of a consent situation (absent means false). */
export const CONSENT_FLAGS = ['immediateDanger', 'seekingConsentWouldPlaceChildAtRisk', 'seekingConsentWouldCauseUndueDelay'] as const;

/**
 * The numeric quantities an assessment may carry, with the rules of each: the
 * valid range, whether it counts whole things, which direction is worse (for
 * the check that a worse value never implies a lower level), for messages,
 * what it is, and its subject: the tag (data/vocabularies/tags.json) of the
 * descriptors that speak of it, named when a framework states no threshold for it.
 */
export const QUANTITY_RULES = {
  attendancePercent: { min: 0, max: 100, integer: false, worse: 'lower', what: 'is a percentage', tag: 'attendance' },
  // max: Number.MAX_SAFE_INTEGER written out, so that bundlers can drop this table where it is unused
  // (reading a property of a global is not known to be free of side effects)
  missingEpisodesLast90Days: { min: 0, max: 9007199254740991, integer: true, worse: 'higher', what: 'counts episodes', tag: 'missing' },
} as const satisfies Record<string, { min: number; max: number; integer: boolean; worse: 'lower' | 'higher'; what: string; tag: string }>;

/** A numeric quantity an assessment can carry: `attendancePercent`, `missingEpisodesLast90Days`. @category Model @useDeclaredType */
export type Quantity = keyof typeof QUANTITY_RULES;
/** The quantities, in a fixed order. */
export const QUANTITIES = /* @__PURE__ */ Object.keys(QUANTITY_RULES) as [Quantity, ...Quantity[]];

/** The kind of response a level calls for, comparable across frameworks. @category Model @useDeclaredType */
export type ResponseKind = (typeof RESPONSES)[number];
export type EarlyHelpAssessment = (typeof EARLY_HELP_ASSESSMENTS)[number];
/** `'need'` or `'strength'`. @category Model @useDeclaredType */
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export type ContactRole = (typeof CONTACT_ROLES)[number];
export type PracticeQuestionId = (typeof PRACTICE_QUESTION_IDS)[number];
export type Purpose = (typeof PURPOSES)[number];
export type Concern = (typeof CONCERNS)[number];
export type ConsentState = (typeof CONSENT_STATES)[number];
export type Approval = (typeof APPROVALS)[number];
export type ConsentOutcome = (typeof CONSENT_OUTCOMES)[number];
export type Disclosure = (typeof DISCLOSURES)[number];
export type RouteDisclosure = (typeof ROUTE_DISCLOSURES)[number];
export type RecordField = (typeof RECORD_FIELDS)[number];
export type CensusPerson = (typeof CENSUS_PERSONS)[number];
export type CensusAbuser = (typeof CENSUS_ABUSERS)[number];
