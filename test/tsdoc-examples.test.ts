import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

// Every @example of the public API runs against the built package, and each
// `expr; //=> value` (the value on the same or the next line) is asserted.
// every source file, in sub-folders too (src/resolve/, src/search/), generated code excepted
const files = (readdirSync(`${root}src`, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.startsWith('generated'));
const examples: { file: string; name: string; code: string }[] = [];
for (const f of files) {
  const text = readFileSync(`${root}src/${f}`, 'utf8');
  for (const m of text.matchAll(/@example\n((?:\s*\*.*\n)*?)\s*\*\/\n(?:export )?(?:async )?(?:function|const|class|type|interface) (\w+)/g)) {
    const body = m[1]!
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n');
    const code = /```ts\n([\s\S]*?)```/.exec(body)?.[1];
    if (code) examples.push({ file: f, name: m[2]!, code });
  }
}

function toScript(code: string): { script: string; checks: number } {
  const lines = code.split('\n');
  const out: string[] = [];
  let checks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1] ?? '';
    const inline = /^(.*?);\s*\/\/=> (.*)$/.exec(line);
    const below = /^\s*\/\/=> (.*)$/.exec(next);
    if (inline) {
      out.push(`assert.deepStrictEqual(${inline[1]}, ${inline[2]});`);
      checks++;
    } else if (below && /;\s*$/.test(line) && !/^\s*(const|let|import|for|if)\b/.test(line)) {
      out.push(`assert.deepStrictEqual(${line.replace(/;\s*$/, '')}, ${below[1]});`);
      checks++;
      i++;
    } else out.push(line);
  }
  return { script: out.join('\n'), checks };
}

describe.runIf(existsSync(`${root}dist/index.js`))('TSDoc @example blocks', () => {
  it('are found for the public functions', () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
  });
  for (const ex of examples) {
    it(`${ex.file} ${ex.name}: runs and its //=> results hold`, () => {
      const { script, checks } = toScript(ex.code);
      expect(checks, 'an example shows its result').toBeGreaterThan(0);
      mkdirSync(`${root}.tmp`, { recursive: true });
      const file = `${root}.tmp/example-${ex.file.replace(/[\\/]/g, '-')}-${ex.name}.mjs`;
      writeFileSync(file, `import assert from 'node:assert/strict';\n${script}\n`);
      execFileSync(process.execPath, [file], { encoding: 'utf8', cwd: root, stdio: 'pipe' });
    });
  }
});
