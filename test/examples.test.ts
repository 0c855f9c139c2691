import { execFileSync } from 'node:child_process';
import { fillGenerated, guideBlocks } from '../scripts/snapshot-lib.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

// The documentation's examples run against the built package (npm test builds first)
// and must print exactly their committed output, so the docs cannot rot.
const dir = `${root}docs/examples/`;
const examples = readdirSync(dir).filter((f) => f.endsWith('.mjs'));

describe.runIf(existsSync(`${root}dist/index.js`))('docs/examples', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });
  for (const f of examples) {
    it(`${f} prints docs/examples/${f.replace(/\.mjs$/, '.out')}`, () => {
      const out = execFileSync(process.execPath, [`${dir}${f}`], { encoding: 'utf8', cwd: root });
      expect(out).toBe(readFileSync(`${dir}${f.replace(/\.mjs$/, '.out')}`, 'utf8'));
    });
  }
});



describe('docs/guides', () => {
  const guides = readdirSync(`${root}docs/guides`).filter((f) => f.endsWith('.md'));
  for (const f of guides) {
    it(`${f}: generated tables and examples are up to date (npm run snapshot)`, () => {
      const text = readFileSync(`${root}docs/guides/${f}`, 'utf8');
      expect(fillGenerated(text, guideBlocks())).toBe(text);
    });
  }
});
