// Quick start: run with `npm run example` (builds, then runs this against the built package).
import {
  carryAssessment,
  consentConcernFor,
  decideConsent,
  findIndicators,
  levelOf,
  mapLevel,
  resolveLevel,
  staffordshire,
  stokeOnTrent,
} from 'safeguarding-thresholds';

// A Stoke-on-Trent assessment: attendance at 88 % and a concern about radicalisation.
const result = resolveLevel(stokeOnTrent, {
  indicators: ['abuse-and-exploitation-risk-radicalisation-extremism', 'education-regular-attendance'],
  measures: { attendancePercent: 88 },
});
console.log(result.summary);
console.log('Action:', result.guidance.action.text);
for (const r of result.guidance.routes) console.log(`Route: ${r.route.name} (${r.route.disclosure}): ${r.route.text}`);
for (const q of result.questions) console.log(`${q.question}\n  - ${q.answers.join('\n  - ') || '(nothing recorded)'}`);
for (const c of result.considerations) console.log(`Consider: ${c.message}`);

// A Staffordshire assessment from measures alone: three missing episodes in 90 days.
const staffs = resolveLevel(staffordshire, { measures: { missingEpisodesLast90Days: 3 } });
console.log(`\n${staffs.summary}`);

// The same level on the other scale, and the same concern in the other framework's words.
const m = mapLevel(stokeOnTrent, result.level.id, staffordshire);
console.log(`\n${m.from.name} corresponds to: ${m.to.map((l) => l.name).join(', ')} (use ${m.highest.name})`);
const carried = carryAssessment(stokeOnTrent, { indicators: ['substance-use-class-a-serious-drug-misuse'] }, staffordshire);
console.log(`Suggested Staffordshire descriptors for "${carried.indicators[0].indicator.text}":`);
for (const s of carried.indicators[0].suggestions) console.log(`  - ${s.indicator.text} (level ${s.indicator.level})`);

console.log(`\nStaffordshire descriptors tagged 'missing': ${findIndicators(staffordshire, { tag: 'missing' }).length}`);

// The level alone, as strictly read, for a batch; and the result chained into a consent decision.
console.log(`\nlevelOf the Staffordshire assessment: ${levelOf(staffordshire, { measures: { missingEpisodesLast90Days: 3 } }).name}`);
const concern = consentConcernFor(stokeOnTrent, result.level.id);
console.log(`Consent concern at ${result.level.name}: ${concern.concern}, because "${concern.basis.text}"`);
const decision = decideConsent(stokeOnTrent, {
  purpose: 'referral-to-childrens-social-care',
  concern: concern.concern,
  consent: 'refused',
  approval: 'granted',
});
console.log(`Referral, parent refuses, manager approves: ${decision.outcome}`);
