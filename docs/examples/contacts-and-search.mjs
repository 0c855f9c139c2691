// Worked examples for docs/guides/contacts-and-search.md. Run by the test suite.
import { contactFor, searchIndicators, staffordshire, stokeOnTrent, suggestIndicators } from 'safeguarding-thresholds';

const show = (fw, iso, extra = {}) => {
  const a = contactFor(fw, { at: new Date(iso), ...extra });
  console.log(`${iso} → ${a.contact.name} ${a.contact.phone ?? ''}${a.then ? `, then ${a.then.name} ${a.then.phone ?? ''}` : ''}`);
  console.log(`  ${a.reason}`);
  if (a.nextChange) console.log(`  office ${a.nextChange.officeOpen ? 'opens' : 'closes'} ${a.nextChange.local} (${a.nextChange.at})`);
};
show(stokeOnTrent, '2026-11-27T16:45:00Z'); // Friday after 4.30 pm
show(stokeOnTrent, '2026-07-01T07:30:00Z'); // 08:30 British Summer Time
show(staffordshire, '2026-12-28T10:00:00Z'); // substitute bank holiday
show(staffordshire, '2026-11-24T02:00:00Z', { immediateDanger: true });
show(stokeOnTrent, '2030-05-06T10:00:00Z'); // a year whose bank holidays are not shipped

for (const [fw, q] of [
  [staffordshire, 'CSE'],
  [stokeOnTrent, 'dad hits mum'],
  [stokeOnTrent, 'kid not going to school'],
  [staffordshire, 'sofa surfing'],
]) {
  console.log(`\nsearch ${fw.id}: "${q}"`);
  for (const r of searchIndicators(fw, q, { limit: 3 }))
    console.log(`  ${r.score.toFixed(2)} [level ${r.indicator.level}] ${r.indicator.text} (areas: ${r.areas.join(', ')}; matched: ${r.matched.join(', ')})`);
}

// a concern note: proposals per sentence, for the practitioner to confirm
const note = 'Mum says dad hits her when he has been drinking. The 15 year old has a 23 year old boyfriend and is rarely in school.';
for (const s of suggestIndicators(stokeOnTrent, note, { limit: 2 }).sentences) {
  console.log(`\n"${s.sentence}"`);
  for (const r of s.suggestions) console.log(`  propose ${r.indicator.id} (${r.concepts.join(', ')})`);
}
