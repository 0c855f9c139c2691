// Builds the static threshold explorer into docs/explorer/ from explorer/ and the package's source.
// Usage: npm run explorer
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const out = `${root}docs/explorer/`;
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
console.log(`docs/explorer/explorer.js: ${(statSync(`${out}explorer.js`).size / 1024).toFixed(1)} KB minified, ${(gzipSync(js).length / 1024).toFixed(1)} KB gzip`);
