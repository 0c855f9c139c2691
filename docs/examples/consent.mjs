// Worked examples for docs/guides/consent.md. Run by the test suite.
import { decideConsent, recordConsentDecision, staffordshire, stokeOnTrent } from 'safeguarding-thresholds';

const show = (title, d) => {
  console.log(`## ${title}`);
  console.log(`outcome: ${d.outcome}; disclosure: ${d.disclosure}; consent required: ${d.consentRequired}; rule: ${d.rule.id}`);
  d.steps.forEach((s, i) => console.log(`${i + 1}. ${s.text} (${s.source.section}${s.source.page ? `, p. ${s.source.page}` : ''})`));
  console.log(`must record: ${d.mustRecord.join(', ') || '—'}; lawful bases: ${d.lawfulBases.join('; ') || '—'}`);
  console.log('');
};

// A parent refuses a referral for suspected significant harm; the DSL approves going ahead.
const refused = decideConsent(stokeOnTrent, {
  purpose: 'referral-to-childrens-social-care',
  concern: 'significant-harm',
  consent: 'refused',
  approval: 'granted',
});
show('Stoke-on-Trent: parent refuses, approval granted', refused);

// A radicalisation concern.
show('Stoke-on-Trent: Prevent referral', decideConsent(stokeOnTrent, { purpose: 'prevent-referral', concern: 'significant-harm', consent: 'not-yet-sought' }));

// An Early Help Assessment, consent not yet sought.
show('Staffordshire: Early Help Assessment', decideConsent(staffordshire, { purpose: 'early-help-assessment', concern: 'wellbeing', consent: 'not-yet-sought' }));

// The audit record a case system stores.
const record = recordConsentDecision(refused, {
  practitioner: 'J. Smith, Designated Safeguarding Lead',
  decidedAt: new Date('2026-11-23T10:15:00Z'),
  reason: 'Disclosure of physical abuse by the child',
  approver: 'K. Jones, Head Teacher',
  parentsView: 'Mother refused permission for the referral',
});
console.log(JSON.stringify({ rule: record.answer.rule, outcome: record.answer.outcome, fields: record.fields }, null, 2));
