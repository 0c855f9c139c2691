import { execFileSync } from 'node:child_process';
import { fillGenerated, guideBlocks } from '../scripts/snapshot-lib.js';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

// The documentation's examples run against the built package (test/global-setup.ts builds it)
// and must print exactly their committed output, so the docs cannot rot.
const dir = `${root}docs/examples/`;
const examples = readdirSync(dir).filter((f) => f.endsWith('.mjs'));

describe('docs/examples', () => {
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

describe('README quick start', () => {
  it('runs against the built package, and every //=> result holds', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const block = /## Quick start[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeTruthy();
    let checks = 0;
    const code = block!
      .split('\n')
      .map((line) => {
        const m = /^(.*?);\s*\/\/=> (.*)$/.exec(line);
        if (!m) return line;
        checks++;
        return `assert.deepStrictEqual(${m[1]}, ${m[2]});`;
      })
      .join('\n');
    expect(checks).toBeGreaterThanOrEqual(4);
    const file = `${root}.tmp/readme-quick-start.mjs`;
    mkdirSync(`${root}.tmp`, { recursive: true });
    writeFileSync(file, `import assert from 'node:assert/strict';\n${code}\nconsole.log('ok');\n`);
    expect(execFileSync(process.execPath, [file], { encoding: 'utf8', cwd: root }).trim()).toBe('ok');
  });
});
