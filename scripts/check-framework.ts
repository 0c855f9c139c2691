// Usage: npx tsx scripts/check-framework.ts data/frameworks/<id>.json
// Validates one framework file (schema + cross-references) and prints every problem.
import { readFileSync } from 'node:fs';
import { TagVocabularySchema } from '../src/schema.js';
import { validateFrameworkData } from '../src/validate.js';

const vocab = TagVocabularySchema.parse(JSON.parse(readFileSync('data/vocabularies/tags.json', 'utf8')));
const tagIds = new Set(vocab.tags.map((t) => t.id));
let failed = false;
for (const file of process.argv.slice(2)) {
  const result = validateFrameworkData(JSON.parse(readFileSync(file, 'utf8')), tagIds);
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
