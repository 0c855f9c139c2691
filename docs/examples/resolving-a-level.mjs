// Worked examples for docs/guides/resolving-a-level.md. Run by the test suite; output in resolving-a-level.out.
import { resolveLevel, staffordshire, stokeOnTrent } from 'safeguarding-thresholds';

const show = (title, r) => {
  console.log(`## ${title}`);
  console.log(r.summary);
  console.log(`indicated: ${r.indicatedLevel.id}; level: ${r.level.id}`);
  for (const d of r.derived) console.log(`derived: ${d.indicator.id} from ${d.rule}`);
  for (const c of r.considerations) console.log(`consideration ${c.id}: ${c.message}`);
  for (const t of r.guidance.routes) console.log(`route: ${t.route.name} (${t.route.disclosure})`);
  console.log(`action: ${r.guidance.action.text}`);
  console.log('');
};

// 1. Stoke-on-Trent: a Year 8 pupil whose attendance has fallen to 91 %, with a parent who
//    has asked for advice about their own drinking. Both are Getting Advice descriptors.
show(
  'Stoke-on-Trent: falling attendance and a parent asking for advice',
  resolveLevel(stokeOnTrent, {
    indicators: ['substance-use-parent-concerns-own-use'],
    measures: { attendancePercent: 91 },
  }),
);

// 2. Stoke-on-Trent: the same pupil, now at 86 % and exposed to conflict at home.
show(
  'Stoke-on-Trent: attendance below 90 % and conflict at home',
  resolveLevel(stokeOnTrent, {
    indicators: ['substance-use-parent-concerns-own-use', 'family-relationships-exposed-conflict-family-home'],
    measures: { attendancePercent: 86 },
  }),
);

// 3. Staffordshire: a 14-year-old missing from home twice in 90 days, regularly using cannabis.
show(
  'Staffordshire: two missing episodes and regular substance misuse',
  resolveLevel(staffordshire, { indicators: ['health-regular-substance-misuse'], measures: { missingEpisodesLast90Days: 2 } }),
);

// 4. Staffordshire: a third episode. The judgement keeps Targeted Early Help with a reason: allowed, and flagged.
show(
  'Staffordshire: a third episode, and a judgement below the indicated level',
  resolveLevel(staffordshire, {
    indicators: ['health-regular-substance-misuse'],
    measures: { missingEpisodesLast90Days: 3 },
    judgement: { level: 'targeted-early-help', reason: 'Third episode was a planned stay with a grandparent, confirmed by police' },
  }),
);
