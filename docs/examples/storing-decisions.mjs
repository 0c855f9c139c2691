// Worked example for docs/guides/storing-decisions.md. Run by the test suite.
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import {
  decideConsent,
  diffFrameworks,
  formatDiff,
  recordConsentDecision,
  recordResolution,
  replayRecord,
  resolveLevel,
  stokeOnTrent,
} from 'safeguarding-thresholds';
import { defineFramework } from 'safeguarding-thresholds/define';

// 1. At the front door of a case system: validate the request against the shipped JSON Schema
//    (what a C#, Java or Python service would do with the same file), then resolve.
// (every `format` in these schemas also carries a `pattern`, so a validator without format support checks them too)
const ajv = new Ajv2020({ allErrors: true, formats: { date: true, 'date-time': true } });
const schema = (name) => JSON.parse(readFileSync(new URL(`../../data/schema/${name}.schema.json`, import.meta.url), 'utf8'));
const validAssessment = ajv.compile(schema('assessment'));
const body = '{"indicators":["education-emerging-behaviour-concerns","health-seeks-mental-health-support"],"measures":{"attendancePercent":89}}';
const request = JSON.parse(body);
if (!validAssessment(request)) throw new Error(ajv.errorsText(validAssessment.errors));
console.log('a typo is refused at the boundary:', validAssessment({ measure: { attendancePercent: 89 } }), '-', ajv.errorsText(validAssessment.errors));

// 2. Record the answer and store it (here: a string, as a database column would hold it).
const result = resolveLevel(stokeOnTrent, request);
const record = recordResolution(result, { at: new Date('2026-03-02T10:00:00Z') });
const stored = JSON.stringify(record);
console.log(`level ${record.answer.level} (${result.level.name}); stored record: ${stored.length} bytes`);
console.log('provenance:', record.provenance.framework, '—', record.provenance.edition.title);
console.log('the record validates against resolution-record.schema.json:', ajv.compile(schema('resolution-record'))(JSON.parse(stored)));

// 3. Years later, a case review reads it back and replays it under the same edition…
const readBack = JSON.parse(stored);
const again = replayRecord(stokeOnTrent, readBack);
console.log(`\nsame edition: same answer ${again.same}, same data ${again.sameEdition}, ${again.changes.length} change(s)`);

// …and under the partnership's revised edition (here: an illustrative revision, not a real one).
const data = JSON.parse(JSON.stringify(stokeOnTrent));
delete data.dataHash;
data.edition = { ...data.edition, published: 'January 2029', version: 'Revised edition (illustrative)' };
data.indicators.find((i) => i.id === 'education-attendance-below-90').measure.below = 85;
data.indicators.find((i) => i.id === 'health-seeks-mental-health-support').level = 2;
const revised = defineFramework(data);
const replay = replayRecord(revised, readBack);
console.log(`revised edition: same answer ${replay.same}, same data ${replay.sameEdition}`);
console.log(`then: ${replay.then.level} (drivers ${replay.then.drivers.join(', ')})`);
console.log(`now:  ${replay.now.level} (drivers ${replay.now.drivers.join(', ')})`);
for (const c of replay.changes) console.log(`- ${c.message}`);

// 4. The same diff, for the partnership's changelog (and this package's changesets).
console.log(`\n${formatDiff(diffFrameworks(stokeOnTrent, revised))}`);

// 5. A consent decision is recorded with what the document requires, and replays the same way.
const decision = decideConsent(stokeOnTrent, {
  purpose: 'referral-to-childrens-social-care',
  concern: 'significant-harm',
  consent: 'refused',
  approval: 'granted',
});
const consentRecord = recordConsentDecision(decision, {
  practitioner: 'J. Smith, Designated Safeguarding Lead',
  decidedAt: new Date('2026-03-02T10:15:00Z'),
  reason: 'Disclosure of physical abuse by the child',
  approver: 'K. Jones, Head Teacher',
  parentsView: 'Mother refused permission for the referral',
  informationShared: 'The disclosure, as written down',
});
console.log(`consent record: ${JSON.stringify(consentRecord).length} bytes; required fields: ${Object.keys(consentRecord.fields).join(', ')}`);
console.log('replayed:', replayRecord(stokeOnTrent, JSON.parse(JSON.stringify(consentRecord))).same);
