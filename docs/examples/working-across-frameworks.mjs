// Worked examples for docs/guides/working-across-frameworks.md. Run by the test suite.
import { carryAssessment, mapLevel, staffordshire, stokeOnTrent } from 'safeguarding-thresholds';

const m = mapLevel(stokeOnTrent, 'getting-advice', staffordshire);
console.log(`${m.from.name} → ${m.to.map((l) => l.name).join(', ')}; lowest ${m.lowest.name}, highest ${m.highest.name}`);
console.log(`sources: ${m.sources.map((s) => `${s.document} (${s.section}, p. ${s.page})`).join('; ')}`);

const back = mapLevel(staffordshire, 3, stokeOnTrent);
console.log(`${back.from.name} → ${back.to.map((l) => l.name).join(', ')}`);

// A Stoke-on-Trent assessment carried to Staffordshire: suggestions for the practitioner to confirm.
const c = carryAssessment(
  stokeOnTrent,
  { indicators: ['substance-use-class-a-serious-drug-misuse', 'housing-risk-of-eviction'] },
  staffordshire,
);
console.log(`\n${c.resolution.summary}`);
console.log(`In Staffordshire: consider ${c.level.name} (${c.mapping.to.map((l) => l.id).join(', ')})`);
for (const ci of c.indicators) {
  console.log(`- "${ci.indicator.text}" (level ${ci.indicator.level}) → Staffordshire level ${ci.levels.map((l) => l.rank).join('/')}:`);
  for (const s of ci.suggestions) {
    const where = s.atMappedLevel ? '' : ', nearest level with this subject';
    console.log(`    ${s.score.toFixed(2)} "${s.indicator.text}" (level ${s.indicator.level}${where}) [${s.sharedTags.join(', ')}]`);
  }
}
console.log(c.note);
