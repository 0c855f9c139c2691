// Worked example for docs/guides/defining-your-own-framework.md. Run by the test suite.
import { readFileSync } from 'node:fs';
import { contactFor, findIndicators, resolveLevel, ThresholdError } from 'safeguarding-thresholds';
import { defineFramework } from 'safeguarding-thresholds/define';

const data = JSON.parse(readFileSync(new URL('./example-borough.json', import.meta.url), 'utf8'));
const borough = defineFramework(data);
console.log(`${borough.name}: ${borough.levels.length} levels, ${borough.indicators.length} indicators, frozen: ${Object.isFrozen(borough)}`);

const r = resolveLevel(borough, { indicators: ['home-parental-conflict'], measures: { attendancePercent: 78 } });
console.log(r.summary);
console.log(
  `housing descriptors (a sub-area of home): ${findIndicators(borough, { area: 'home', tag: 'housing' })
    .map((i) => i.text)
    .join(' | ')}`,
);
console.log(`Tuesday 10:00: call ${contactFor(borough, { at: new Date('2026-11-24T10:00:00Z') }).contact.name}`);

// A broken copy: every problem is listed with its JSON path, not just the first.
const broken = structuredClone(data);
broken.levels[1].rank = 7;
broken.indicators[0].area = 'schooling';
broken.indicators[1].tags = ['truancy'];
delete broken.contacts[0].when;
try {
  defineFramework(broken);
} catch (e) {
  if (!(e instanceof ThresholdError)) throw e;
  console.log(`\n${e.code}:`);
  for (const i of e.issues) console.log(`  ${i.path.join('.')}: ${i.message}`);
}
