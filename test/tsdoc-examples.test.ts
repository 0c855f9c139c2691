import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

// Every @example in src/ and its sub-folders (src/resolve/, src/search/, generated modules included) runs against the built package
// (test/global-setup.ts builds it), and each `expr; //=> value` (the value on the same or
// the next line) is asserted. An @example this parser cannot find or run fails the suite.
function sourceFiles(dir: string): string[] {
  return readdirSync(`${root}${dir}`, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : [],
  );
}
const files = sourceFiles('src');
const examples: { file: string; name: string; code: string }[] = [];
const tagged = new Map<string, number>();
for (const f of files) {
  const text = readFileSync(`${root}${f}`, 'utf8');
  tagged.set(f, (text.match(/^\s*\* @example\b/gm) ?? []).length);
  // the comment lines after `@example`, up to the end of the comment, and the declaration that follows (or `@module`)
  for (const m of text.matchAll(
    /@example\n((?:\s*\*(?!\/).*\n)*?)\s*\*\/\n(?:export )?(?:async )?(?:function|const|class|type|interface) (\w+)|@example\n((?:\s*\*(?!\/)(?! @module).*\n)*?)\s*\* @module/g,
  )) {
    const body = (m[1] ?? m[3])!
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n');
    const code = /```ts\n([\s\S]*?)```/.exec(body)?.[1];
    if (code) examples.push({ file: f, name: m[2] ?? '(module)', code });
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

describe('TSDoc @example blocks', () => {
  it('are found for the public functions', () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
  });
  it('every @example of every source file is found and run (none left unparsed)', () => {
    const found = new Map<string, number>();
    for (const ex of examples) found.set(ex.file, (found.get(ex.file) ?? 0) + 1);
    for (const [file, n] of tagged) expect(found.get(file) ?? 0, `${file}: @example blocks run`).toBe(n);
  });
  for (const ex of examples) {
    it(`${ex.file} ${ex.name}: runs and its //=> results hold`, () => {
      const { script, checks } = toScript(ex.code);
      expect(checks, 'an example shows its result').toBeGreaterThan(0);
      mkdirSync(`${root}.tmp`, { recursive: true });
      const file = `${root}.tmp/example-${ex.file.replaceAll('/', '_')}-${ex.name.replace(/\W/g, '')}.mjs`;
      writeFileSync(file, `import assert from 'node:assert/strict';\n${script}\n`);
      execFileSync(process.execPath, [file], { encoding: 'utf8', cwd: root, stdio: 'pipe' });
    });
  }
});
