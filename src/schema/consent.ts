/**
 * zod schemas of a framework's consent and information-sharing rules: the
 * enumerations of a situation, the conditions, steps and the decision table.
 * @module
 * @internal
 */
import { z } from 'zod';
import { APPROVALS, CONCERNS, CONSENT_OUTCOMES, CONSENT_STATES, DISCLOSURES, PURPOSES, RECORD_FIELDS } from '../enums.js';
import { IdSchema, SourceRefSchema } from './common.js';

/** What to tell the child and family, and when; `not-stated` where the document does not say. */
export const DisclosureSchema = z.enum(DISCLOSURES);

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
