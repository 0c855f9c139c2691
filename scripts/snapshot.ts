// Writes docs/frameworks/<id>.md from the built-in frameworks: run after editing data/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { frameworks } from '../src/frameworks.js';
import { renderFramework } from './snapshot-lib.js';

const dir = new URL('../docs/frameworks/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const fw of frameworks) {
  writeFileSync(new URL(`${fw.id}.md`, dir), renderFramework(fw));
  console.log(`docs/frameworks/${fw.id}.md`);
}
