// What an application that imports one function of the root entry ships: a bundler keeps only what that function
// uses. The search (its thesaurus, stemmer and word lists) must not ride along with resolveLevel, levelOf,
// decideConsent or contactFor: a module-level value that a bundler cannot prove free of side effects (a call made at
// import) would pull it in. Needs dist/ (test/global-setup.ts builds it).
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

async function bundle(names: string): Promise<string> {
  const r = await build({
    stdin: { contents: `import { ${names} } from './dist/index.js'; console.log(${names});`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    logLevel: 'silent',
  });
  return r.outputFiles[0]!.text;
}

/** Strings only the search's modules hold: the compiled thesaurus's keys, the stemmer's suffixes, its word lists. */
const SEARCH_ONLY = ['strengthCues', 'entli', 'telling'];

describe('tree-shaking: the search stays out of bundles that do not search', () => {
  for (const names of ['resolveLevel', 'levelOf', 'decideConsent', 'contactFor', 'mapLevel, carryAssessment']) {
    it(names, async () => {
      const text = await bundle(names);
      for (const s of SEARCH_ONLY) expect(text, `${names} bundle holds ${JSON.stringify(s)}`).not.toContain(s);
    });
  }

  it("searchIndicators: the markers are the search's (the test can fail)", async () => {
    const text = await bundle('searchIndicators');
    for (const s of SEARCH_ONLY) expect(text).toContain(s);
  });
});
