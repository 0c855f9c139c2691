// Benchmark of searchIndicators against a naive substring scan and against
// MiniSearch (with and without this package's synonym vocabulary), in one run,
// over the evaluation queries of test/fixtures/search-queries.json: queries per
// second, first-query (index build) time, recall@5 and strict recall@5.
// Not a test. Usage: npx tsx scripts/bench-search.ts
import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { synonyms } from '../src/generated/synonyms.js';
import { tags } from '../src/generated/tags.js';
import type { Framework } from '../src/model.js';
import { searchIndicators, searchKey } from '../src/search.js';
import { staffordshire } from '../src/staffordshire.js';
import { stokeOnTrent } from '../src/stoke-on-trent.js';

interface EvalQuery {
  framework: string;
  query: string;
  expected: string[];
  split: string;
}

const root = new URL('..', import.meta.url).pathname;
const { queries } = JSON.parse(readFileSync(`${root}test/fixtures/search-queries.json`, 'utf8')) as { queries: EvalQuery[] };
const fws: Record<string, Framework> = { 'stoke-on-trent': stokeOnTrent, staffordshire };
const tagName = new Map(tags.map((t) => [t.id as string, t.name]));

type Engine = (fw: Framework, query: string) => string[];

// 1. this package
const ours: Engine = (fw, q) => searchIndicators(fw, q, { limit: 5 }).map((r) => r.indicator.id);

// 2. naive: a descriptor scores the number of query words its text contains as substrings
const lowered = new Map<Framework, { id: string; text: string }[]>();
const naive: Engine = (fw, q) => {
  let docs = lowered.get(fw);
  if (!docs) {
    docs = fw.indicators.map((i) => ({ id: i.id, text: i.text.toLowerCase() }));
    lowered.set(fw, docs);
  }
  const words = q.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  return docs
    .map((d, n) => ({ id: d.id, n, score: words.reduce((s, w) => s + (d.text.includes(w) ? 1 : 0), 0) }))
    .filter((d) => d.score > 0)
    .sort((a, b) => b.score - a.score || a.n - b.n)
    .slice(0, 5)
    .map((d) => d.id);
};

// 3. MiniSearch over the same descriptors: text, plus tag ids and names as a second field
// (each MiniSearch engine below keeps its own indexes, so each pays its own build)
function mini(fw: Framework, miniIndexes: Map<Framework, MiniSearch>): MiniSearch {
  let ms = miniIndexes.get(fw);
  if (!ms) {
    ms = new MiniSearch({
      fields: ['text', 'tags'],
      idField: 'id',
      searchOptions: { prefix: true, fuzzy: 0.2, boost: { text: 2 }, combineWith: 'OR' },
    });
    ms.addAll(fw.indicators.map((i) => ({ id: i.id, text: i.text, tags: i.tags.map((t) => `${t.replace(/-/g, ' ')} ${tagName.get(t) ?? ''}`).join(' ') })));
    miniIndexes.set(fw, ms);
  }
  return ms;
}
const plainIndexes = new Map<Framework, MiniSearch>();
const miniSearch: Engine = (fw, q) =>
  mini(fw, plainIndexes)
    .search(q)
    .slice(0, 5)
    .map((r) => String(r.id));

// 4. MiniSearch with this package's synonym vocabulary: the query plus the phrases and
//    tag names of every vocabulary term found in it (same key matching as searchIndicators)
const expansions = new Map<string, string[]>();
for (const e of synonyms.entries) {
  const more = [...(e.phrases ?? []), ...(e.tags ?? []).map((t) => tagName.get(t) ?? t)];
  for (const term of e.terms) {
    const k = searchKey(term);
    if (k !== undefined) expansions.set(k, more);
  }
}
const synonymIndexes = new Map<Framework, MiniSearch>();
const miniSynonyms: Engine = (fw, q) => {
  const words = q.split(/\s+/).filter((w) => w.length > 0).slice(0, 32);
  const extra: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 4 && i + n <= words.length; n++) {
      const k = searchKey(words.slice(i, i + n).join(' '));
      const more = k === undefined ? undefined : expansions.get(k);
      if (more) extra.push(...more);
    }
  }
  return mini(fw, synonymIndexes)
    .search([q, ...extra].join(' '))
    .slice(0, 5)
    .map((r) => String(r.id));
};

const engines: [string, Engine][] = [
  ['searchIndicators', ours],
  ['naive substring scan', naive],
  ['minisearch (prefix, fuzzy 0.2)', miniSearch],
  ['minisearch + synonyms.json', miniSynonyms],
];

function quality(engine: Engine, qs: readonly EvalQuery[]): { recall: number; strict: number } {
  let hit = 0;
  let strict = 0;
  for (const q of qs) {
    const top = engine(fws[q.framework]!, q.query);
    const found = q.expected.filter((id) => top.includes(id)).length;
    if (found > 0) hit++;
    strict += found / Math.min(5, q.expected.length);
  }
  return { recall: hit / qs.length, strict: strict / qs.length };
}

function speed(engine: Engine): number {
  // at least 1 s and 20 passes over every query
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  for (let pass = 0; pass < 20 || elapsed < 1000; pass++) {
    for (const q of queries) engine(fws[q.framework]!, q.query);
    n += queries.length;
    elapsed = performance.now() - start;
  }
  return (n / elapsed) * 1000;
}

const rows = engines.map(([name, engine]) => {
  const t0 = performance.now();
  engine(stokeOnTrent, 'domestic abuse'); // first call: builds the index for one framework
  engine(staffordshire, 'domestic abuse');
  const firstMs = performance.now() - t0;
  const all = quality(engine, queries);
  const holdout = quality(engine, queries.filter((q) => q.split === 'holdout'));
  return { name, firstMs, qps: speed(engine), ...all, holdout: holdout.recall, holdoutStrict: holdout.strict };
});

const base = rows[0]!;
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
const header = ['engine', 'queries/s', 'speed vs ours', 'first queries (build)', 'recall@5', 'strict', 'holdout recall@5', 'holdout strict'];
const table = rows.map((r) => [
  r.name,
  Math.round(r.qps).toLocaleString('en-GB'),
  r === base ? '1.00×' : `${(r.qps / base.qps).toFixed(2)}×`,
  `${r.firstMs.toFixed(1)} ms`,
  pct(r.recall),
  pct(r.strict),
  pct(r.holdout),
  pct(r.holdoutStrict),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(`searchIndicators benchmark: ${queries.length} evaluation queries (${queries.filter((q) => q.split === 'holdout').length} held out), Node ${process.version}`);
console.log('recall@5 = share of queries with at least one expected descriptor in the top 5; strict = mean |expected ∩ top 5| / min(|expected|, 5)');
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const row of table) console.log(line(row));
const better = rows.slice(2).filter((r) => r.qps > base.qps && r.strict > base.strict && r.recall >= base.recall);
console.log(better.length > 0 ? `A library beats searchIndicators on both speed and quality: ${better.map((r) => r.name).join(', ')}` : 'No library configuration beats searchIndicators on both speed and quality.');
