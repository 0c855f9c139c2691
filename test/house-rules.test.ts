import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { findCycles } from '../scripts/check-cycles.js';
import { root } from './helpers.js';

// The house rules `npm run lint` enforces (CONTRIBUTING, issue 15): the checks themselves can fail.

describe('import-cycle check (scripts/check-cycles.ts)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sgt-cycles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string): string => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('finds a cycle of value imports, and names its files', () => {
    const a = write('a.ts', "import { b } from './b.js';\nexport const a = () => b;\n");
    const b = write('b.ts', "import { c } from './c.js';\nexport const b = () => c;\n");
    const c = write('c.ts', "export { a as c } from './a.js';\n");
    expect(findCycles([a, b, c])).toEqual([[a, b, c, a]]);
  });

  it('ignores type-only imports, which are erased at build', () => {
    const d = write('d.ts', "import type { E } from './e.js';\nexport type D = E;\n");
    const e = write('e.ts', "import { type D } from './d.js';\nexport type E = D | string;\n");
    expect(findCycles([d, e])).toEqual([]);
  });
});

describe('no hand-written source file over 400 lines (eslint max-lines)', () => {
  const eslint = new ESLint({ cwd: root });
  const maxLines = async (file: string): Promise<unknown> =>
    ((await eslint.calculateConfigForFile(join(root, file))) as { rules?: Record<string, unknown> } | undefined)?.rules?.['max-lines'];

  it('applies to the library, the explorer and the scripts, counting every line', async () => {
    for (const file of [
      'src/schema.ts',
      'src/schema/framework.ts',
      'src/resolve/index.ts',
      'explorer/main.ts',
      'scripts/build-data.ts',
      'scripts/check-package.mjs',
    ]) {
      expect(await maxLines(file), file).toEqual([2, { max: 400, skipBlankLines: false, skipComments: false }]);
    }
  });

  it('exempts only generated files: src/generated/, src/registry.ts and one entry per data/frameworks/*.json', async () => {
    const entries = readdirSync(join(root, 'data/frameworks'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `src/${f.replace(/\.json$/, '.ts')}`);
    expect(entries).toContain('src/stoke-on-trent.ts');
    for (const file of ['src/registry.ts', ...entries]) expect(await maxLines(file), file).toBeUndefined();
    expect(await eslint.isPathIgnored(join(root, 'src/generated/tags.ts'))).toBe(true);
  });
});
