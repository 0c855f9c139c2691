// Every word the explorer shows for one of the library's enum values, in one place. Each table is a
// Record keyed by the library's own union type, so a value added to the library fails type-checking
// here (`npm run typecheck`) instead of reaching a lead as an internal id.
// The descriptors, steps, actions and contacts themselves are shown verbatim from the framework's data;
// these words only name and connect them.
import type { Approval, Concern, ConsentOutcome, ConsentState, ConsiderationId, Contact, Disclosure, Purpose, Quantity, RecordField } from '../src/index.js';

/** What the outcome of a consent decision means for the lead, as a heading. */
export const OUTCOME: Record<ConsentOutcome, string> = {
  proceed: 'You can go ahead.',
  'seek-consent': "Ask for the family's consent first.",
  'seek-approval': 'Get your manager’s or designated safeguarding lead’s approval first.',
  'proceed-without-consent': "You can go ahead without the family's consent. Follow the steps below and record why.",
  'do-not-proceed': 'Do not go ahead with this for now. Read the steps below: they say what to consider instead.',
  consult: 'Your area’s document does not decide this situation. Ask for advice before you act: the steps below say whom.',
};

/** What to tell the child and family, and when. */
export const DISCLOSURE: Record<Disclosure, string> = {
  'inform-family': 'Be open with the child and family: tell them what you are doing and why.',
  'inform-family-after-referral': 'Tell the parent after the referral has been made.',
  'do-not-disclose': 'Do not tell the child or family at the time of the referral.',
  'not-stated': 'The document does not say what to tell the family here: decide it with the person you ask for advice, and record it.',
};

/** What a consent decision asks the lead to write down. */
export const RECORD_FIELD: Record<RecordField, string> = {
  reason: 'Your reason for the decision',
  approver: 'Who approved it (your manager or designated safeguarding lead)',
  'information-shared': 'What information you shared',
  'parents-view': "The parent's agreement or refusal, in their words where you can",
};

/** A measure the lead can enter, with the words that describe a value of it. */
export const QUANTITY: Record<Quantity, { label: string; hint: string; value: (v: number) => string; unitAfter: string }> = {
  attendancePercent: {
    label: 'School attendance (%)',
    hint: 'The percentage of sessions attended, for example 88.5.',
    value: (v) => `School attendance of ${v}%`,
    unitAfter: '%',
  },
  missingEpisodesLast90Days: {
    label: 'Times missing from home in the last 90 days',
    hint: 'Count each episode once. Leave empty if you do not know.',
    value: (v) => `${v} ${v === 1 ? 'time' : 'times'} missing from home in the last 90 days`,
    unitAfter: '',
  },
};

/** A heading for each advisory consideration; the body is built from the result, never from an id. */
export const CONSIDERATION: Record<ConsiderationId, string> = {
  'combined-needs': 'Several needs together',
  'strengths-alongside-needs': 'Strengths alongside needs',
  'judgement-below-indicated': 'Your judgement is lower than the descriptors indicate',
  'judgement-above-indicated': 'Your judgement is higher than the descriptors indicate',
  'measure-not-applicable': 'A figure this document has no threshold for',
  'higher-descriptors-to-consider': 'Check the higher-level descriptors too',
  'no-descriptors-at-level': 'The document prints no descriptors at a level for an area you ticked',
};

export const PURPOSE: Record<Purpose, string> = {
  'early-help-assessment': 'Starting an Early Help Assessment',
  'referral-to-childrens-social-care': "Referring to Children's Social Care",
  'prevent-referral': 'Making a Prevent referral',
  'information-sharing': 'Sharing information with another professional',
};

export const CONCERN: Record<Concern, string> = {
  wellbeing: "The child's wellbeing",
  'child-in-need': 'A child in need',
  'significant-harm': 'Significant harm, or the likelihood of it',
};

export const CONSENT_STATE: Record<ConsentState, string> = {
  'not-yet-sought': 'Not asked yet',
  given: 'The parent agreed',
  refused: 'The parent refused',
  'cannot-be-obtained': 'Cannot be obtained (for example, the parent cannot be reached)',
};

export const APPROVAL: Record<Approval, string> = {
  'not-sought': 'Not asked yet',
  granted: 'Approved',
  refused: 'Refused',
};

/** What kind of contact a number is. */
export const CONTACT_ROLE: Record<Contact['role'], string> = {
  'front-door': "Children's services front door",
  'referral-portal': 'Online referral (not for urgent concerns)',
  'out-of-hours': 'Out-of-hours service',
  'police-emergency': 'Police: emergency',
  'police-non-emergency': 'Police: non-emergency',
  'mental-health-crisis': 'Mental health crisis',
  health: 'Health',
  information: 'Information and referral route',
};
