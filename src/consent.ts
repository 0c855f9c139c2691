/**
 * Consent and information-sharing decisions: one small engine over the rules
 * each framework carries as data (`framework.consent`), and an audit record
 * built from a decision.
 * @module
 */
import { provenance, type Provenance } from './provenance.js';
import { indexOf, strictKeys } from './core.js';
import { describe, invalid, rethrow } from './errors.js';
import { consentPurposes } from './generated/consent-purposes.js';
import type { Framework, FrameworkIds, SourceRef } from './model.js';
import type { z } from 'zod';
import type * as S from './schema.js';
import { dedupeSources } from './resolve.js';

/** Why information is being shared or a referral made. @category Consent */
export type Purpose = z.infer<typeof S.PurposeSchema>;
/** How serious the concern is: `wellbeing` < `child-in-need` < `significant-harm`. @category Consent */
export type Concern = z.infer<typeof S.ConcernSchema>;
/** Where consent stands. @category Consent */
export type ConsentState = z.infer<typeof S.ConsentStateSchema>;
/** Where a manager's (or Designated Senior Person's / Named Professional's) approval stands. @category Consent */
export type Approval = z.infer<typeof S.ApprovalSchema>;
/** What to do: `proceed`, `seek-consent`, `seek-approval`, `proceed-without-consent`, `do-not-proceed`, `resolve-disagreement`. @category Consent */
export type ConsentOutcome = z.infer<typeof S.ConsentOutcomeSchema>;
/** What to tell the child and family, and when. @category Consent */
export type Disclosure = z.infer<typeof S.DisclosureSchema>;
/** A field the practitioner must record for a decision. @category Consent */
export type RecordField = z.infer<typeof S.RecordFieldSchema>;

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
  /** framework, edition, dataHash and package version that produced this answer */
  readonly provenance: Provenance;
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
const ENUMS = {
  purpose: ['early-help-assessment', 'referral-to-childrens-social-care', 'prevent-referral', 'information-sharing'],
  concern: ['wellbeing', 'child-in-need', 'significant-harm'],
  consent: ['given', 'refused', 'not-yet-sought', 'cannot-be-obtained'],
  approval: ['not-sought', 'granted', 'refused'],
} as const satisfies Record<string, readonly string[]>;
const FLAGS = ['immediateDanger', 'seekingConsentWouldPlaceChildAtRisk', 'seekingConsentWouldCauseUndueDelay'] as const;

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
      provenance: provenance(ix.fw),
    };
  } catch (e) {
    return rethrow(e, 'decideConsent');
  }
}
