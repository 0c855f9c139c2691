// Builds the static threshold explorer into docs/explorer/ from explorer/ and the package's source.
// Usage: npm run explorer
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
// --into DIR: also used by `npm run docs`, which puts the page beside the API docs (typedoc copies
// the README's link to it into docs/api/media/)
const into = process.argv.indexOf('--into');
const out = into > 0 ? `${root}${process.argv[into + 1].replace(/\/?$/, '/')}` : `${root}docs/explorer/`;
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [`${root}explorer/main.ts`],
  outfile: `${out}explorer.js`,
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'warning',
});
copyFileSync(`${root}explorer/index.html`, `${out}index.html`);
copyFileSync(`${root}explorer/explorer.css`, `${out}explorer.css`);
const js = readFileSync(`${out}explorer.js`);
console.log(`${out.slice(root.length)}explorer.js: ${(statSync(`${out}explorer.js`).size / 1024).toFixed(1)} KB minified, ${(gzipSync(js).length / 1024).toFixed(1)} KB gzip`);
