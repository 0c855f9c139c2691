// Writes docs/frameworks/<id>.md from the built-in frameworks and refreshes the
// generated tables in docs/guides/*.md: run after editing data/ (`npm run snapshot`).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { frameworks } from '../src/frameworks.js';
import { guideBlocks, renderFramework, fillGenerated } from './snapshot-lib.js';

const dir = new URL('../docs/frameworks/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const fw of frameworks) {
  writeFileSync(new URL(`${fw.id}.md`, dir), renderFramework(fw));
  console.log(`docs/frameworks/${fw.id}.md`);
}
const guides = new URL('../docs/guides/', import.meta.url);
for (const f of readdirSync(guides).filter((n) => n.endsWith('.md'))) {
  const path = new URL(f, guides);
  const before = readFileSync(path, 'utf8');
  const after = fillGenerated(before, guideBlocks());
  if (after !== before) {
    writeFileSync(path, after);
    console.log(`docs/guides/${f}`);
  }
}
