// Worked examples for docs/guides/consent.md. Run by the test suite.
import { decideConsent, recordConsentDecision, staffordshire, stokeOnTrent } from 'safeguarding-thresholds';

const cite = (src) => `${src.section}${src.page ? `, p. ${src.page}` : ''}`;
const show = (title, d) => {
  console.log(`## ${title}`);
  console.log(`outcome: ${d.outcome}; consent required: ${d.consentRequired}; disclosure: ${d.disclosure}; rule: ${d.rule.id}`);
  console.log(`because: "${d.grounds.outcome.text}" (${cite(d.grounds.outcome.source)})`);
  d.steps.forEach((s, i) => console.log(`${i + 1}. ${s.text} (${cite(s.source)})`));
  for (const m of d.mustRecord) console.log(`must record ${m.field}: "${m.text}"`);
  for (const u of d.unanswered) console.log(`the document does not say: ${u}`);
  console.log(`lawful bases: ${d.lawfulBases.map((b) => b.basis).join('; ') || '—'}`);
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

// Sharing information to safeguard a child: Stoke-on-Trent quotes "consent is not required".
show(
  'Stoke-on-Trent: sharing information, consent refused',
  decideConsent(stokeOnTrent, { purpose: 'information-sharing', concern: 'child-in-need', consent: 'refused' }),
);

// A child-in-need referral in Staffordshire is made "with the agreement of the parent / carer" (p. 4); p. 14
// sets out how to go ahead "without parental agreement" once a manager approves. The document does not say
// which applies, and the answer says so.
show(
  'Staffordshire: child-in-need referral, parent refuses, manager approves',
  decideConsent(staffordshire, { purpose: 'referral-to-childrens-social-care', concern: 'child-in-need', consent: 'refused', approval: 'granted' }),
);

// The manager will not approve, and significant harm is suspected: the document does not say.
show(
  'Staffordshire: approval refused, significant harm',
  decideConsent(staffordshire, { purpose: 'referral-to-childrens-social-care', concern: 'significant-harm', consent: 'refused', approval: 'refused' }),
);

// The audit record a case system stores: the document's fields, plus who and when (library practice).
console.log(refused.suggestedRecord.join('\n'));
const record = recordConsentDecision(refused, {
  practitioner: 'J. Smith, Designated Safeguarding Lead',
  decidedAt: new Date('2026-11-23T10:15:00Z'),
  reason: 'Disclosure of physical abuse by the child',
  approver: 'K. Jones, Head Teacher',
  parentsView: 'Mother refused permission for the referral',
  informationShared: 'The disclosure, as written down, and attendance since September',
  sharedWith: 'Integrated Front Door',
});
console.log(JSON.stringify({ rule: record.answer.rule, outcome: record.answer.outcome, decidedAt: record.decidedAt, fields: record.fields }, null, 2));
