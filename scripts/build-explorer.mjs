// Builds the static threshold explorer into docs/explorer/ from explorer/, the package's source and
// GOV.UK Frontend (bundled: the page loads nothing from anywhere else).
// Usage: npm run explorer
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
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

// GOV.UK Frontend's compiled stylesheet, then ours. The GDS Transport font and the crown are for
// GOV.UK services only, so the font faces are dropped (the CSP would block them anyway) and the
// system font stack takes their place.
const require = createRequire(import.meta.url);
const govukCss = readFileSync(require.resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css'), 'utf8')
  .replace(/@font-face\{[^}]*\}/g, '')
  .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '')
  .replaceAll('font-family:GDS Transport,arial,sans-serif', 'font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif');
if (/GDS Transport|\/assets\/fonts/.test(govukCss)) throw new Error('GOV.UK Frontend stylesheet still loads its fonts');
const css = `${govukCss}\n${readFileSync(`${root}explorer/explorer.css`, 'utf8')}`;
writeFileSync(`${out}explorer.css`, css);
copyFileSync(`${root}explorer/index.html`, `${out}index.html`);

const size = (name, bytes) => `${name}: ${(bytes.length / 1024).toFixed(1)} KB minified, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzip`;
const js = readFileSync(`${out}explorer.js`);
console.log(`${out.slice(root.length)} ${size('explorer.js', js)}; ${size('explorer.css', Buffer.from(css))}`);
