/**
 * Consent and information-sharing decisions: one small engine over the rules
 * each framework carries as data (`framework.consent`), and an audit record
 * built from a decision.
 * @module
 */
import { indexOf, strictKeys } from './core.js';
import { describe, invalid, rethrow } from './errors.js';
import { consentPurposes } from './generated/consent-purposes.js';
import type { Framework, FrameworkIds, SourceRef } from './model.js';
import { APPROVALS, CONCERNS, CONSENT_FLAGS, CONSENT_STATES, PURPOSES } from './enums.js';
import type * as E from './enums.js';
import { dedupeSources } from './resolve.js';

/** Why information is being shared or a referral made. @category Consent @useDeclaredType */
export type Purpose = E.Purpose;
/** How serious the concern is: `wellbeing` < `child-in-need` < `significant-harm`. @category Consent @useDeclaredType */
export type Concern = E.Concern;
/** Where consent stands. @category Consent @useDeclaredType */
export type ConsentState = E.ConsentState;
/** Where a manager's (or Designated Senior Person's / Named Professional's) approval stands. @category Consent @useDeclaredType */
export type Approval = E.Approval;
/** What to do: `proceed`, `seek-consent`, `seek-approval`, `proceed-without-consent`, `do-not-proceed`, `resolve-disagreement`. @category Consent @useDeclaredType */
export type ConsentOutcome = E.ConsentOutcome;
/** What to tell the child and family, and when. @category Consent @useDeclaredType */
export type Disclosure = E.Disclosure;
/** A field the practitioner must record for a decision. @category Consent @useDeclaredType */
export type RecordField = E.RecordField;

/** The situation a consent decision is about. Strict: an unknown key is an error. @category Consent */
export interface ConsentSituation {
  readonly purpose: Purpose;
  readonly concern: Concern;
  readonly consent: ConsentState;
  /** a child in immediate danger: the police on 999 first, whatever else is true */
  readonly immediateDanger?: boolean;
  readonly seekingConsentWouldPlaceChildAtRisk?: boolean;
  readonly seekingConsentWouldCauseUndueDelay?: boolean;
  /** default `'not-sought'` */
  readonly approval?: Approval;
}

/** A step to follow, verbatim from the source. @category Consent */
export interface ConsentStep {
  readonly id: string;
  readonly text: string;
  readonly source: SourceRef;
}

/** The result of {@link decideConsent}. @category Consent */
export interface ConsentDecision {
  readonly framework: string;
  readonly situation: Readonly<Required<ConsentSituation>>;
  readonly outcome: ConsentOutcome;
  /** whether consent is required for this to go ahead */
  readonly consentRequired: boolean;
  /** the steps, in order, each verbatim and cited */
  readonly steps: readonly ConsentStep[];
  readonly disclosure: Disclosure;
  /** what the practitioner must record; see {@link recordConsentDecision} */
  readonly mustRecord: readonly RecordField[];
  /** the GDPR lawful bases the source recommends, where it names them */
  readonly lawfulBases: readonly string[];
  /** the rule (row of the decision table) that decided */
  readonly rule: { readonly id: string; readonly situation: string };
  readonly sources: readonly SourceRef[];
}

const SITUATION_KEYS = [
  'purpose',
  'concern',
  'consent',
  'immediateDanger',
  'seekingConsentWouldPlaceChildAtRisk',
  'seekingConsentWouldCauseUndueDelay',
  'approval',
] as const;
const ENUMS = { purpose: PURPOSES, concern: CONCERNS, consent: CONSENT_STATES, approval: APPROVALS } as const;
const FLAGS = CONSENT_FLAGS;

function checkSituation(input: unknown): Required<ConsentSituation> {
  const s = strictKeys(input, SITUATION_KEYS, 'INVALID_SITUATION', 'situation');
  const out: Record<string, unknown> = {};
  for (const key of ['purpose', 'concern', 'consent', 'approval'] as const) {
    const v = s[key] ?? (key === 'approval' ? 'not-sought' : undefined);
    if (v === undefined) invalid('INVALID_SITUATION', `situation.${key} is required: one of ${ENUMS[key].join(', ')}`, [{ path: [key], message: 'required' }]);
    if (typeof v !== 'string' || !(ENUMS[key] as readonly string[]).includes(v)) {
      invalid('INVALID_SITUATION', `situation.${key} must be one of ${ENUMS[key].join(', ')}; received ${describe(v)}`, [{ path: [key], message: 'not allowed' }]);
    }
    out[key] = v;
  }
  for (const key of FLAGS) {
    const v = s[key] ?? false;
    if (typeof v !== 'boolean') invalid('INVALID_SITUATION', `situation.${key} must be a boolean; received ${describe(v)}`, [{ path: [key], message: 'expected a boolean' }]);
    out[key] = v;
  }
  return out as unknown as Required<ConsentSituation>;
}

type Rule = NonNullable<Framework['consent']>['rules'][number];
function matches(rule: Rule, s: Required<ConsentSituation>): boolean {
  return rule.when.some(
    (w) =>
      (w.purpose === undefined || w.purpose.includes(s.purpose)) &&
      (w.concern === undefined || w.concern.includes(s.concern)) &&
      (w.consent === undefined || w.consent.includes(s.consent)) &&
      (w.approval === undefined || w.approval.includes(s.approval)) &&
      FLAGS.every((f) => w[f] === undefined || w[f] === s[f]),
  );
}

/**
 * Decides what a practitioner may do about consent for a purpose (an Early
 * Help Assessment, a referral to Children's Social Care, a Prevent referral,
 * sharing information) in a situation, from the framework's own rules: the
 * outcome, the steps in order (each verbatim and cited), what to tell the
 * family and when, what must be recorded, and the lawful bases.
 *
 * Immediate danger puts the police on 999 first. Significant harm is never
 * `do-not-proceed`: a manager's refusal goes to the multi-agency escalation
 * (professional disagreement) process.
 *
 * @throws {@link ThresholdError} `INVALID_SITUATION` (unknown key, missing `purpose`/`concern`/`consent`, value outside the enums), `UNSUPPORTED_PURPOSE` (naming the frameworks that cover it), `INVALID_INPUT`
 * @category Consent
 * @example
 * ```ts
 * import { decideConsent, stokeOnTrent } from 'safeguarding-thresholds';
 * const d = decideConsent(stokeOnTrent, {
 *   purpose: 'referral-to-childrens-social-care', concern: 'significant-harm', consent: 'refused', approval: 'granted',
 * });
 * [d.outcome, d.disclosure];
 * //=> [ 'proceed-without-consent', 'inform-family-after-referral' ]
 * d.steps.map((s) => s.id);
 * //=> [ 'record-consultation', 'record-reason-without-agreement', 'tell-csc-permission-withheld', 'inform-parent-after-referral' ]
 * ```
 */
export function decideConsent<Ids extends FrameworkIds>(fw: Framework<Ids>, situation: ConsentSituation): ConsentDecision {
  try {
    const ix = indexOf(fw, 'decideConsent');
    const s = checkSituation(situation);
    const c = ix.fw.consent;
    if (c === undefined || !c.purposes.includes(s.purpose)) {
      const covering = Object.keys(consentPurposes).filter((id) => consentPurposes[id]!.includes(s.purpose));
      const police = ix.fw.contacts.find((x) => x.role === 'police-emergency');
      invalid(
        'UNSUPPORTED_PURPOSE',
        `${ix.fw.id} states no consent rules for '${s.purpose}'${covering.length > 0 ? `; frameworks that do: ${covering.join(', ')}` : ''}.` +
          (police ? ` ${police.when}` : ''),
      );
    }
    const rule = c.rules.find((r) => matches(r, s));
    if (rule === undefined) {
      // the data-integrity tests prove every situation of a covered purpose matches a rule
      invalid('INVALID_FRAMEWORK', `${ix.fw.id}: no consent rule matches ${JSON.stringify(s)}`);
    }
    const steps = rule.steps.map((id) => c.steps.find((st) => st.id === id)!);
    return {
      framework: ix.fw.id,
      situation: s,
      outcome: rule.outcome,
      consentRequired: rule.consentRequired,
      steps,
      disclosure: rule.disclosure,
      mustRecord: rule.mustRecord,
      lawfulBases: rule.lawfulBases ? c.lawfulBases.map((b) => b.name) : [],
      rule: { id: rule.id, situation: rule.situation },
      sources: dedupeSources([
        ...steps.map((st) => st.source),
        ...(rule.lawfulBases ? c.lawfulBases.map((b) => b.source) : []),
      ]),
    };
  } catch (e) {
    return rethrow(e, 'decideConsent');
  }
}

/** What the practitioner supplies for the audit record. @category Consent */
export interface ConsentRecordDetails {
  /** who decided (name and role) */
  readonly practitioner: string;
  /** when the decision was made */
  readonly decidedAt: Date;
  readonly reason?: string;
  readonly approver?: string;
  readonly informationShared?: string;
  readonly sharedWith?: string;
  /** the parent's agreement or refusal, in their words where possible */
  readonly parentsView?: string;
}

/** An audit record of a consent decision, ready for a case system to store. @category Consent */
export interface ConsentRecord {
  readonly framework: string;
  readonly rule: string;
  readonly outcome: ConsentOutcome;
  readonly disclosure: Disclosure;
  readonly situation: Readonly<Required<ConsentSituation>>;
  readonly practitioner: string;
  /** ISO 8601 */
  readonly decidedAt: string;
  readonly fields: Readonly<Partial<Record<RecordField, string>>>;
  readonly steps: readonly string[];
  readonly sources: readonly SourceRef[];
}

const FIELD_OF: Record<Exclude<RecordField, 'decision-time'>, keyof ConsentRecordDetails> = {
  reason: 'reason',
  approver: 'approver',
  'information-shared': 'informationShared',
  'shared-with': 'sharedWith',
  'parents-view': 'parentsView',
};
const DETAIL_KEYS = ['practitioner', 'decidedAt', 'reason', 'approver', 'informationShared', 'sharedWith', 'parentsView'] as const;

/**
 * Builds the audit record of a decision from the practitioner's details,
 * refusing when a field the decision's `mustRecord` requires is missing.
 *
 * @throws {@link ThresholdError} `INVALID_INPUT` naming every missing or invalid field
 * @category Consent
 * @example
 * ```ts
 * import { decideConsent, recordConsentDecision, staffordshire } from 'safeguarding-thresholds';
 * const d = decideConsent(staffordshire, { purpose: 'information-sharing', concern: 'child-in-need', consent: 'cannot-be-obtained' });
 * d.mustRecord;
 * //=> [ 'reason', 'information-shared', 'shared-with', 'decision-time' ]
 * const record = recordConsentDecision(d, {
 *   practitioner: 'A. Teacher, DSL', decidedAt: new Date('2026-03-02T10:00:00Z'),
 *   reason: 'Parent uncontactable for a week', informationShared: 'Attendance record', sharedWith: 'School nurse',
 * });
 * record.fields['shared-with'];
 * //=> 'School nurse'
 * ```
 */
export function recordConsentDecision(decision: ConsentDecision, details: ConsentRecordDetails): ConsentRecord {
  try {
    if (typeof decision !== 'object' || decision === null || !Array.isArray((decision as ConsentDecision).mustRecord)) {
      invalid('INVALID_INPUT', `recordConsentDecision: the first argument must be a decision from decideConsent; received ${describe(decision)}`);
    }
    const d = strictKeys(details, DETAIL_KEYS, 'INVALID_INPUT', 'consent record details');
    const problems: { path: string[]; message: string }[] = [];
    const text = (key: string): string | undefined => {
      const v = d[key];
      if (v === undefined) return undefined;
      if (typeof v !== 'string' || v.trim() === '') {
        problems.push({ path: [key], message: `must be a non-empty string; received ${describe(v)}` });
        return undefined;
      }
      return v;
    };
    const practitioner = text('practitioner');
    if (practitioner === undefined && !problems.some((p) => p.path[0] === 'practitioner')) problems.push({ path: ['practitioner'], message: 'required' });
    const at = d.decidedAt;
    const validDate = at instanceof Date && !Number.isNaN(at.getTime());
    if (!validDate) problems.push({ path: ['decidedAt'], message: `must be a valid Date; received ${describe(at)}` });
    const fields: Partial<Record<RecordField, string>> = {};
    for (const f of decision.mustRecord) {
      if (f === 'decision-time') {
        if (validDate) fields[f] = (at as Date).toISOString();
        continue;
      }
      const key = FIELD_OF[f];
      const v = text(key);
      if (v === undefined) {
        if (!problems.some((p) => p.path[0] === key)) problems.push({ path: [key], message: `required for this decision (${f})` });
      } else fields[f] = v;
    }
    if (problems.length > 0) {
      invalid(
        'INVALID_INPUT',
        `recordConsentDecision: ${problems.map((p) => `${p.path.join('.')} ${p.message}`).join('; ')}`,
        problems,
      );
    }
    return {
      framework: decision.framework,
      rule: decision.rule.id,
      outcome: decision.outcome,
      disclosure: decision.disclosure,
      situation: decision.situation,
      practitioner: practitioner!,
      decidedAt: (at as Date).toISOString(),
      fields,
      steps: decision.steps.map((s) => s.id),
      sources: decision.sources,
    };
  } catch (e) {
    return rethrow(e, 'recordConsentDecision');
  }
}
