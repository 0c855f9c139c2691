// Worked examples for docs/guides/working-across-frameworks.md. Run by the test suite.
import { carryAssessment, censusFactors, mapLevel, resolveLevel, staffordshire, stokeOnTrent } from 'safeguarding-thresholds';

const m = mapLevel(stokeOnTrent, 'getting-more-help', staffordshire);
console.log(`${m.from.name} → core ${m.core.map((l) => l.name).join(', ')}; lowest ${m.lowest.name}, highest ${m.highest.name}`);
for (const c of m.conditional)
  console.log(
    `  conditional ${c.level.name}, where (this library's reading) ${c.test}; resting on "${c.condition}" (${c.sources[0].section}, p. ${c.sources[0].page})`,
  );

// Read from the windscreen, each conditional pair comes with a check for a child at the starting level.
const back = mapLevel(staffordshire, 4, stokeOnTrent);
console.log(`${back.from.name} → core ${back.core.map((l) => l.name).join(', ')}`);
for (const c of back.conditional) console.log(`  conditional ${c.level.name}: check whether ${c.test}`);

// Carrying never under-states: Staffordshire's own threshold for missing episodes sets the level.
const missing = carryAssessment(stokeOnTrent, { measures: { missingEpisodesLast90Days: 3 } }, staffordshire);
console.log(`\n${missing.resolution.summary}`);
console.log(`In Staffordshire: ${missing.level.name}, set by ${missing.setBy}`);
for (const k of missing.considerations) console.log(`  [${k.id}] ${k.message}`);

// A measure the target has no threshold for, and a conditional higher level to weigh.
const attendance = carryAssessment(stokeOnTrent, { measures: { attendancePercent: 85 } }, staffordshire);
console.log(`\n${attendance.resolution.summary}`);
console.log(`In Staffordshire: ${attendance.level.name}, set by ${attendance.setBy}`);
for (const k of attendance.considerations) console.log(`  [${k.id}] ${k.message}`);

// A Stoke-on-Trent assessment carried to Staffordshire: suggestions for the practitioner to confirm.
const c = carryAssessment(stokeOnTrent, { indicators: ['substance-use-class-a-serious-drug-misuse', 'health-eating-disorder'] }, staffordshire);
console.log(`\n${c.resolution.summary}`);
console.log(`In Staffordshire: consider ${c.level.name} (set by ${c.setBy})`);
for (const ci of c.indicators) {
  console.log(`- "${ci.indicator.text}" (level ${ci.indicator.level}) → Staffordshire level ${ci.levels.map((l) => l.rank).join('/')}:`);
  for (const s of ci.suggestions.slice(0, 3)) {
    const where = s.atMappedLevel ? '' : ', nearest level with this subject';
    console.log(`    ${s.score.toFixed(2)} "${s.indicator.text}" (level ${s.indicator.level}${where}) [${s.sharedTags.join(', ')}]`);
  }
}
for (const k of c.considerations) console.log(`  [${k.id}] ${k.message}`);
console.log(c.note);

// CIN census codes: each with the descriptors that evidence it; what the data cannot decide, said so.
const r = resolveLevel(staffordshire, {
  indicators: [
    'other-unaccompanied-refuge-asylum-seeker',
    'guidance-parents-struggle-refuse-set',
    'health-non-accidental-injury',
    'basic-care-mental-health-substance-misuse-significantly',
  ],
});
const census = censusFactors(staffordshire, r);
console.log(`\nCIN census codes: ${JSON.stringify(census.codes)}`);
for (const f of census.factors) console.log(`  ${f.code} ${f.name}: ${f.indicators.map((i) => `"${i.text}"`).join('; ')}`);
for (const u of census.undetermined)
  console.log(`  undetermined ${u.candidates.join(' / ')} (${u.name}): ${u.reason} — ${u.indicators.map((i) => `"${i.text}"`).join('; ')}`);
