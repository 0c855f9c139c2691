// Worked examples for docs/guides/contacts-and-search.md (contacts that fit the level). Run by the test suite.
import { contactFor, staffordshire, stokeOnTrent } from 'safeguarding-thresholds';
import { defineFramework } from 'safeguarding-thresholds/define';
import { readFileSync } from 'node:fs';

const show = (fw, iso, query = {}) => {
  const a = contactFor(fw, { at: new Date(iso), ...query });
  const who = a.contact ? `${a.contact.name} ${a.contact.phone ?? ''}`.trim() : 'no one named';
  console.log(
    `${fw.id} ${iso}${a.level ? ` at ${a.level.name}` : ''}${a.immediateDanger ? ', immediate danger' : ''} → ${who}${a.then ? `, then ${a.then.name}` : ''}`,
  );
  console.log(`  ${a.reason}`);
  if (a.levelAction) console.log(`  the level's action: "${a.levelAction.text}"`);
  if (a.ifUrgent) console.log(`  if urgent: ${a.ifUrgent.contact.name} ${a.ifUrgent.contact.phone ?? ''} — "${a.ifUrgent.text}"`);
  for (const c of a.alsoAvailable) console.log(`  also: ${c.name}${c.phone ? ` ${c.phone}` : ''}`);
  for (const s of a.assumptions) console.log(`  assumption: ${s}`);
};

// Friday 4.45 pm: both offices closed at 4.30 pm
show(stokeOnTrent, '2026-11-27T16:45:00Z', { level: 'getting-help' });
show(stokeOnTrent, '2026-11-27T16:45:00Z', { level: 'getting-risk-support' });
show(staffordshire, '2026-11-27T16:45:00Z', { level: 'targeted-early-help' });
show(staffordshire, '2026-11-27T16:45:00Z', { level: 'statutory-specialist' });
// a level whose own action needs no call: no one named, what the document offers instead, the urgent service at hand
show(stokeOnTrent, '2026-11-24T10:00:00Z', { level: 'thriving' });
show(staffordshire, '2026-11-24T21:00:00Z', { level: 'universal' });
// immediate danger is urgent at any level: out of hours, the out-of-hours service now, not the office when it opens
show(stokeOnTrent, '2026-12-25T12:00:00Z', { level: 'getting-more-help', immediateDanger: true });
// Staffordshire's document does not say whether SCAS opens on bank holidays
show(staffordshire, '2026-12-28T10:00:00Z', { level: 4 });

// A framework of your own: a front door without hours is always open; one with only the police says so.
const borough = JSON.parse(readFileSync(new URL('./example-borough.json', import.meta.url), 'utf8'));
delete borough.contacts[0].hours;
show(defineFramework(borough), '2026-11-28T03:00:00Z', { level: 2 });
const policeOnly = defineFramework({ ...borough, contacts: borough.contacts.filter((c) => c.role === 'police-emergency') });
show(policeOnly, '2026-11-24T10:00:00Z', { level: 2 });
show(policeOnly, '2026-11-24T10:00:00Z', { level: 2, immediateDanger: true });
