// Usage: npx tsx scripts/check-framework.ts data/frameworks/<id>.json
// Validates framework files through the same path as the build and defineFramework
// (src/validate.ts: schema, cross-references, crosswalks, measure direction) and prints every problem.
import { readFileSync, readdirSync } from 'node:fs';
import { CrosswalkSchema, TagVocabularySchema } from '../src/schema.js';
import { validateFramework } from '../src/validate.js';

const vocab = TagVocabularySchema.parse(JSON.parse(readFileSync('data/vocabularies/tags.json', 'utf8')));
const tagIds = new Set(vocab.tags.map((t) => t.id));
const crosswalks = readdirSync('data/crosswalks')
  .filter((f) => f.endsWith('.json'))
  .map((f) => CrosswalkSchema.parse(JSON.parse(readFileSync(`data/crosswalks/${f}`, 'utf8'))));
let failed = false;
for (const file of process.argv.slice(2)) {
  const result = validateFramework(JSON.parse(readFileSync(file, 'utf8')), { tagIds, crosswalks });
  if (result.ok) {
    const byLevel = new Map<number, number>();
    for (const i of result.data.indicators) byLevel.set(i.level, (byLevel.get(i.level) ?? 0) + 1);
    console.log(`${file}: ok — ${result.data.indicators.length} indicators`, Object.fromEntries(byLevel));
  } else {
    failed = true;
    console.log(`${file}: ${result.issues.length} problem(s)`);
    for (const i of result.issues) console.log(`  ${JSON.stringify(i.path)}: ${i.message}`);
  }
}
process.exit(failed ? 1 : 0);
