// Prints, as Markdown, what changed between two framework data files (two editions):
// descriptors added, removed, moved, reworded; levels, contacts, routes, consent rules and
// thresholds changed. The text of a data change's changeset comes from here (CONTRIBUTING.md).
// Usage: npm run diff-data -- <old.json> <new.json>
import { readFileSync } from 'node:fs';
import { defineFramework } from '../src/define.js';
import { diffFrameworks, formatDiff } from '../src/diff.js';
import { ThresholdError } from '../src/errors.js';

const [oldPath, newPath] = process.argv.slice(2).filter((a) => a !== '--');
if (oldPath === undefined || newPath === undefined) {
  console.error('Usage: npm run diff-data -- <old.json> <new.json>');
  process.exit(2);
}
try {
  const load = (p: string) => defineFramework(JSON.parse(readFileSync(p, 'utf8')));
  process.stdout.write(formatDiff(diffFrameworks(load(oldPath), load(newPath))));
} catch (e) {
  console.error(e instanceof ThresholdError ? `${e.message}\n${JSON.stringify(e.issues ?? [], null, 2)}` : e);
  process.exit(1);
}
