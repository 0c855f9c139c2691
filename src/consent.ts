/**
 * Consent and information-sharing decisions: one small engine over the rules
 * each framework carries as data (`framework.consent`), and an audit record
 * built from a decision.
 * @module
 */
import { provenance, type Provenance } from './provenance.js';
import { freezeResult, indexOf } from './core.js';
import { invalid } from './errors.js';
import { Checker, checkBoolean, checkOneOf, readInput } from './input.js';
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
/** What to do: `proceed`, `seek-consent`, `seek-approval`, `proceed-without-consent`, `do-not-proceed`, or `consult` (the document does not decide: see `unanswered`). @category Consent @useDeclaredType */
export type ConsentOutcome = E.ConsentOutcome;
/** What to tell the child and family, and when: `inform-family`, `inform-family-after-referral`, `do-not-disclose`, or `not-stated` (the document does not say). @category Consent @useDeclaredType */
export type Disclosure = E.Disclosure;
/** A field the document requires the practitioner to record: `reason`, `approver`, `information-shared`, `parents-view`. @category Consent @useDeclaredType */
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

/** Something the document requires to be recorded, with the sentence that requires it. @category Consent */
export interface RequiredRecord {
  readonly field: RecordField;
  /** the sentence of the document that requires it, verbatim */
  readonly text: string;
  readonly source: SourceRef;
}

/** A GDPR lawful basis the document recommends, verbatim. @category Consent */
export interface LawfulBasis {
  readonly basis: string;
  readonly source: SourceRef;
}

/** The result of {@link decideConsent}. @category Consent */
export interface ConsentDecision {
  readonly framework: string;
  readonly situation: Readonly<Required<ConsentSituation>>;
  /**
   * `proceed`, `seek-consent`, `seek-approval`, `proceed-without-consent`, `do-not-proceed`, or
   * `consult` where the document does not decide the situation (see `unanswered`)
   */
  readonly outcome: ConsentOutcome;
  /** whether the document makes consent a condition of going ahead here; never true when the outcome goes ahead without it */
  readonly consentRequired: boolean;
  /** the steps, in order, each verbatim and cited */
  readonly steps: readonly ConsentStep[];
  /** what to tell the family and when; `not-stated` where the document does not say (see `unanswered`) */
  readonly disclosure: Disclosure;
  /** the sentence of the document each value rests on (`disclosure` is null when it is `not-stated`) */
  readonly grounds: {
    readonly outcome: ConsentStep;
    readonly consentRequired: ConsentStep;
    readonly disclosure: ConsentStep | null;
  };
  /** what the document requires to be recorded, each with the sentence that requires it; see {@link recordConsentDecision} */
  readonly mustRecord: readonly RequiredRecord[];
  /** what the library suggests recording for an audit trail: library practice, not a requirement of the document */
  readonly suggestedRecord: readonly string[];
  /** the GDPR lawful bases the document recommends, where it names them */
  readonly lawfulBases: readonly LawfulBasis[];
  /** what the document leaves open in this situation (always some for `consult` and `not-stated`) */
  readonly unanswered: readonly string[];
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
const ENUMS = { purpose: PURPOSES, concern: CONCERNS, consent: CONSENT_STATES, approval: APPROVALS } as const;
const FLAGS = CONSENT_FLAGS;

function checkSituation(input: unknown): Required<ConsentSituation> {
  const c = new Checker('decideConsent', 'situation', 'INVALID_SITUATION');
  const s = c.record(readInput('decideConsent', 'situation', input, 'INVALID_SITUATION'), [], SITUATION_KEYS);
  const out: Record<string, unknown> = {};
  if (s !== undefined) {
    for (const key of ['purpose', 'concern', 'consent', 'approval'] as const) {
      const v = s[key] ?? (key === 'approval' ? 'not-sought' : undefined);
      if (v === undefined) c.add([key], `is required: one of ${ENUMS[key].map((e) => JSON.stringify(e)).join(', ')}.`);
      else if (checkOneOf(c, v, [key], ENUMS[key])) out[key] = v;
    }
    for (const key of FLAGS) {
      const v = s[key] ?? false;
      if (checkBoolean(c, v, [key])) out[key] = v;
    }
  }
  c.done();
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
 * Every value rests on a sentence of the framework's own document (`grounds`,
 * `steps`, `mustRecord`). Where the document does not decide the situation the
 * outcome is `consult` — the document's own words for doubt as steps — and
 * `unanswered` names what it leaves open; the library invents no rule.
 * Immediate danger puts the police on 999 first. Significant harm is never
 * `do-not-proceed`. What the library suggests recording beyond the document's
 * requirements is in `suggestedRecord`, labelled as library practice.
 *
 * @throws {@link ThresholdError} `INVALID_SITUATION` (unknown key, missing `purpose`/`concern`/`consent`, value outside the enums), `UNSUPPORTED_PURPOSE` (naming the frameworks that cover it), `INVALID_INPUT`
 * @category Consent
 * @example
 * ```ts
 * import { decideConsent, stokeOnTrent } from 'safeguarding-thresholds';
 * const d = decideConsent(stokeOnTrent, {
 *   purpose: 'referral-to-childrens-social-care', concern: 'significant-harm', consent: 'refused', approval: 'granted',
 * });
 * [d.outcome, d.consentRequired, d.disclosure];
 * //=> [ 'proceed-without-consent', false, 'inform-family-after-referral' ]
 * d.grounds.outcome.text;
 * //=> "If, having taken full account of the parent's wishes, it is still considered that there is a need for a referral:"
 * d.mustRecord.map((m) => m.field);
 * //=> [ 'parents-view', 'approver', 'reason', 'information-shared' ]
 * // where the document is silent, it says so
 * const silent = decideConsent(stokeOnTrent, {
 *   purpose: 'referral-to-childrens-social-care', concern: 'significant-harm', consent: 'refused', approval: 'refused',
 * });
 * [silent.outcome, silent.unanswered.length > 0];
 * //=> [ 'consult', true ]
 * ```
 */
export function decideConsent<Ids extends FrameworkIds>(fw: Framework<Ids>, situation: ConsentSituation): ConsentDecision {
  const ix = indexOf(fw, 'decideConsent');
  const s = checkSituation(situation);
  {
    const c = ix.fw.consent;
    if (c === undefined || !c.purposes.includes(s.purpose)) {
      const covering = Object.keys(consentPurposes).filter((id) => consentPurposes[id]!.includes(s.purpose));
      const police = ix.fw.contacts.find((x) => x.role === 'police-emergency');
      invalid(
        'UNSUPPORTED_PURPOSE',
        `decideConsent: ${ix.fw.id} states no consent rules for '${s.purpose}'${covering.length > 0 ? `; frameworks that do: ${covering.join(', ')}` : ''}.` +
          (s.purpose === 'early-help-assessment' && c?.purposes.includes('information-sharing')
            ? ` Its consent rules for sharing information apply to what an assessment shares: purpose 'information-sharing'.`
            : '') +
          (police ? ` ${police.when}` : ''),
        [{ path: ['purpose'], message: `${ix.fw.id} states no consent rules for '${s.purpose}'.` }],
      );
    }
    const rule = c.rules.find((r) => matches(r, s));
    if (rule === undefined) {
      // the data-integrity tests prove every situation of a covered purpose matches a rule
      invalid('INVALID_FRAMEWORK', `decideConsent: ${ix.fw.id}: no consent rule matches ${JSON.stringify(s)}`);
    }
    const step = (id: string): ConsentStep => c.steps.find((st) => st.id === id)!;
    const steps = rule.steps.map(step);
    const grounds = {
      outcome: step(rule.because.outcome),
      consentRequired: step(rule.because.consentRequired),
      disclosure: rule.because.disclosure === undefined ? null : step(rule.because.disclosure),
    };
    const mustRecord = rule.mustRecord.map((m) => {
      const st = step(m.step);
      return { field: m.field, text: st.text, source: st.source };
    });
    const lawfulBases = rule.lawfulBases ? c.lawfulBases.map((b) => ({ basis: b.basis, source: b.source })) : [];
    return freezeResult({
      framework: ix.fw.id,
      situation: s,
      outcome: rule.outcome,
      consentRequired: rule.consentRequired,
      steps,
      disclosure: rule.disclosure,
      grounds,
      mustRecord,
      suggestedRecord: suggestedRecord(
        rule.outcome,
        rule.mustRecord.map((m) => m.field),
      ),
      lawfulBases,
      unanswered: rule.unanswered ?? [],
      rule: { id: rule.id, situation: rule.situation },
      sources: dedupeSources([
        ...steps.map((st) => st.source),
        ...[grounds.outcome, grounds.consentRequired, grounds.disclosure].flatMap((g) => (g ? [g.source] : [])),
        ...lawfulBases.map((b) => b.source),
      ]),
      provenance: provenance(ix.fw),
    });
  }
}

/** The library's audit practice, kept apart from what the documents require. */
const LIBRARY_PRACTICE = 'library practice, not a requirement of the document';
function suggestedRecord(outcome: ConsentOutcome, required: readonly RecordField[]): string[] {
  const out = [`who decided, with their role (${LIBRARY_PRACTICE})`, `when the decision was made (${LIBRARY_PRACTICE})`];
  if (outcome === 'proceed' || outcome === 'proceed-without-consent') out.push(`with whom the information was shared (${LIBRARY_PRACTICE})`);
  if (!required.includes('reason')) out.push(`the reason for the decision (${LIBRARY_PRACTICE})`);
  if (outcome === 'consult') out.push(`whom you consulted and what they advised (${LIBRARY_PRACTICE})`);
  return out;
}
