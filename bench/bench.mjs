// npm run bench — speed and size figures, each as a ratio against a baseline measured in the
// same run (machines here are shared and noisy: compare ratios, not absolute numbers).
// Writes docs/benchmarks.md (`npm run bench -- --keep-search` keeps its Search section). Not a test: nothing here fails the build except a missing goal
// line, which is reported, not thrown.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { Engine } from 'json-rules-engine';
import { levelOf, recordResolution, resolveLevel, staffordshire, stokeOnTrent } from '../dist/index.js';

const root = new URL('..', import.meta.url).pathname;
const rows = [];
const row = (what, value, baseline, ratio, goal, met) => rows.push({ what, value, baseline, ratio, goal, met });
const fmt = (n, d = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });

// deterministic pseudo-random assessments
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const assessments = (fw, n) =>
  Array.from({ length: n }, () => {
    const k = 1 + Math.floor(rand() * 6);
    const ids = Array.from({ length: k }, () => fw.indicators[Math.floor(rand() * fw.indicators.length)].id);
    return rand() < 0.5
      ? { indicators: ids }
      : { indicators: ids, measures: fw === stokeOnTrent ? { attendancePercent: 80 + rand() * 20 } : { missingEpisodesLast90Days: Math.floor(rand() * 5) } };
  });

function time(fn, minMs = 300) {
  fn(); // warm up
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    n++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return elapsed / n; // ms per call of fn
}

// 1. levelOf and resolveLevel vs a bare Map max-lookup loop over the same assessments
{
  const list = assessments(stokeOnTrent, 1000);
  const levelById = new Map(stokeOnTrent.indicators.map((i) => [i.id, i.kind === 'need' ? i.level : 1]));
  const bare = () => {
    let s = 0;
    for (const a of list) {
      let max = 1;
      for (const id of a.indicators) max = Math.max(max, levelById.get(id));
      const p = a.measures?.attendancePercent;
      if (p !== undefined) max = Math.max(max, p < 90 ? 3 : p < 95 ? 2 : 1);
      s += max;
    }
    return s;
  };
  const quick = () => {
    let s = 0;
    for (const a of list) s += levelOf(stokeOnTrent, a).rank;
    return s;
  };
  const lib = () => {
    let s = 0;
    for (const a of list) s += resolveLevel(stokeOnTrent, a).level.rank;
    return s;
  };
  if (bare() !== quick() || bare() !== lib()) throw new Error('baseline and library disagree');
  const full = () => {
    let s = 0;
    for (const a of list) s += JSON.stringify(resolveLevel(stokeOnTrent, a)).length;
    return s;
  };
  // interleave the runs so that a burst of load on the shared machine hits each alike; keep the best of three
  const best = { b: Infinity, q: Infinity, l: Infinity, f: Infinity };
  for (let i = 0; i < 3; i++) {
    best.b = Math.min(best.b, time(bare) / list.length);
    best.q = Math.min(best.q, time(quick) / list.length);
    best.l = Math.min(best.l, time(lib) / list.length);
    best.f = Math.min(best.f, time(full) / list.length);
  }
  const { b: tb, q: tq, l: tl, f: tf } = best;
  row(
    'levelOf, µs per assessment (the level alone; strict input)',
    fmt(tq * 1000, 3),
    `bare Map max-lookup ${fmt(tb * 1000, 3)} µs`,
    `${fmt(tq / tb, 1)}× slower`,
    '≤ 10× the bare loop',
    tq / tb <= 10,
  );
  // 10 µs on the reference machine, where the bare loop takes 0.037 µs (the run of the issue): as a ratio, ≤ 270× the bare loop
  row(
    'resolveLevel, µs per assessment (level, explanation, guidance, sources: plain, deep-frozen)',
    fmt(tl * 1000, 2),
    `bare Map max-lookup ${fmt(tb * 1000, 3)} µs`,
    `${fmt(tl / tb, 0)}× slower`,
    '≤ 270× the bare loop (10 µs where it takes 0.037 µs)',
    tl / tb <= 270,
  );
  row(
    'resolveLevel + JSON.stringify of the whole result',
    fmt(tf * 1000, 2),
    `bare Map max-lookup ${fmt(tb * 1000, 3)} µs`,
    `${fmt(tf / tb, 0)}× slower`,
    'report',
    true,
  );

  // 2. vs json-rules-engine: one rule per indicator
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const ind of stokeOnTrent.indicators) {
    if (ind.kind !== 'need') continue;
    engine.addRule({
      conditions: { all: [{ fact: 'indicators', operator: 'contains', value: ind.id }] },
      event: { type: 'level', params: { level: ind.level } },
    });
  }
  engine.addRule({ conditions: { all: [{ fact: 'attendancePercent', operator: 'lessThan', value: 95 }] }, event: { type: 'level', params: { level: 2 } } });
  engine.addRule({ conditions: { all: [{ fact: 'attendancePercent', operator: 'lessThan', value: 90 }] }, event: { type: 'level', params: { level: 3 } } });
  const sample = list.slice(0, 100);
  let check = 0;
  const t0 = process.hrtime.bigint();
  for (const a of sample) {
    const { events } = await engine.run({ indicators: a.indicators, attendancePercent: a.measures?.attendancePercent });
    check += Math.max(1, ...events.map((e) => e.params.level));
  }
  const tj = Number(process.hrtime.bigint() - t0) / 1e6 / sample.length;
  const expected = sample.reduce((s, a) => s + resolveLevel(stokeOnTrent, a).level.rank, 0);
  if (check !== expected) throw new Error('json-rules-engine and library disagree');
  row(
    'resolveLevel vs json-rules-engine (same thresholds, one rule per indicator)',
    `${fmt(tl * 1000, 2)} µs`,
    `json-rules-engine ${fmt(tj * 1000, 0)} µs`,
    `${fmt(tj / tl, 0)}× faster`,
    '≥ 100× faster',
    tj / tl >= 100,
  );
}

// 3. batch resolution of 100,000 assessments, with memory
{
  const list = assessments(staffordshire, 100_000);
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  let s = 0;
  for (const a of list) s += resolveLevel(staffordshire, a).level.rank;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const mb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  row('batch: 100,000 Staffordshire assessments', `${fmt(ms)} ms`, `${fmt(100_000 / (ms / 1000))} per second`, `heap +${fmt(mb, 1)} MiB`, 'report', true);
  if (s === 0) throw new Error('unreachable');
}

// 3b. records: what a case system stores for a typical case (1–6 descriptors, half with a measure)
//     vs the whole resolution serialised
{
  const q = (xs, p) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
  const sizes = [];
  const full = [];
  const at = new Date('2026-03-02T10:00:00Z');
  for (const fw of [stokeOnTrent, staffordshire]) {
    for (const a of assessments(fw, 1000)) {
      const r = resolveLevel(fw, a);
      sizes.push(JSON.stringify(recordResolution(r, { at })).length);
      full.push(JSON.stringify(r).length);
    }
  }
  const median = q(sizes, 0.5);
  const p95 = q(sizes, 0.95);
  row(
    'record of a resolution (recordResolution, JSON bytes): median / p95 / max of 2,000 cases',
    `${fmt(median)} / ${fmt(p95)} / ${fmt(Math.max(...sizes))} B`,
    `whole resolution serialised: median ${fmt(q(full, 0.5))} B`,
    `${fmt(q(full, 0.5) / median, 1)}× smaller`,
    'typical case (p95) ≤ 2 KB',
    p95 <= 2048,
  );
}

// 4. import + first resolve vs bare node start (median of several runs)
{
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const run = (code) => {
    const t0 = process.hrtime.bigint();
    execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root });
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const bare = [],
    lib = [];
  for (let i = 0; i < 9; i++) {
    bare.push(run('0'));
    lib.push(
      run("import { resolveLevel, stokeOnTrent } from 'safeguarding-thresholds'; resolveLevel(stokeOnTrent, { indicators: ['housing-risk-of-eviction'] });"),
    );
  }
  const cost = median(lib) - median(bare);
  row(
    'import + first resolveLevel (node, ESM)',
    `+${fmt(cost, 1)} ms`,
    `bare node start ${fmt(median(bare))} ms`,
    `${fmt(median(lib) / median(bare), 2)}×`,
    '≤ 30 ms over bare node',
    cost <= 30,
  );
}

// 5. bundle sizes: what an app that only resolves levels with one framework ships
{
  // inside the project, so that 'safeguarding-thresholds' resolves to this package (self-reference)
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, '.tmp', 'bundle-'));
  try {
    const sizes = {};
    const entries = {
      'resolveLevel + Stoke-on-Trent':
        "import { resolveLevel } from 'safeguarding-thresholds'; import { stokeOnTrent } from 'safeguarding-thresholds/stoke-on-trent'; console.log(resolveLevel(stokeOnTrent, {}).level.id);",
      'resolveLevel + Staffordshire':
        "import { resolveLevel } from 'safeguarding-thresholds'; import { staffordshire } from 'safeguarding-thresholds/staffordshire'; console.log(resolveLevel(staffordshire, {}).level.id);",
      'resolveLevel alone (no framework)': "import { resolveLevel } from 'safeguarding-thresholds'; console.log(resolveLevel);",
      // where the bytes of the first row are: the framework's verbatim data (packed) and resolveLevel's code
      'Stoke-on-Trent framework alone (no function)': "import { stokeOnTrent } from 'safeguarding-thresholds/stoke-on-trent'; console.log(stokeOnTrent);",
      'decideConsent + contactFor + Staffordshire':
        "import { decideConsent, contactFor } from 'safeguarding-thresholds'; import { staffordshire } from 'safeguarding-thresholds/staffordshire'; console.log(decideConsent(staffordshire, { purpose: 'information-sharing', concern: 'wellbeing', consent: 'given' }), contactFor(staffordshire, { at: new Date() }));",
    };
    for (const [name, code] of Object.entries(entries)) {
      writeFileSync(join(dir, 'entry.mjs'), code);
      const r = await build({
        entryPoints: [join(dir, 'entry.mjs')],
        bundle: true,
        minify: true,
        format: 'esm',
        write: false,
        platform: 'browser',
        absWorkingDir: root,
        nodePaths: [join(root, 'node_modules')],
        logLevel: 'silent',
      });
      const text = r.outputFiles[0].text;
      const gz = gzipSync(text).length;
      const hasZod = /ZodError|zod/.test(text);
      const other = name.includes('Stoke')
        ? staffordshire.indicators[5].text
        : name.includes('Staffordshire')
          ? stokeOnTrent.indicators[5].text
          : stokeOnTrent.indicators[5].text;
      const leaks = text.includes(other);
      sizes[name] = { min: text.length, gz, hasZod, leaks };
      const dataOnly = name.endsWith('(no function)');
      row(
        `bundle: ${name}`,
        `${fmt(gz / 1024, 1)} KB gzip`,
        `${fmt(text.length / 1024, 1)} KB minified`,
        `zod: ${hasZod ? 'yes' : 'no'}; other framework's data: ${leaks ? 'yes' : 'no'}`,
        dataOnly ? 'report (the verbatim data every bundle using the framework carries)' : '≤ 25 KB gzip, no zod, no other framework',
        dataOnly ? !hasZod && !leaks : gz <= 25 * 1024 && !hasZod && !leaks,
      );
    }
    for (const fw of [stokeOnTrent, staffordshire]) {
      const gz = gzipSync(JSON.stringify(fw)).length;
      row(
        `data alone: ${fw.area} framework as JSON`,
        `${fmt(gz / 1024, 1)} KB gzip`,
        `${fmt(JSON.stringify(fw).length / 1024, 1)} KB`,
        `${fw.indicators.length} verbatim descriptors, consent rules, sources`,
        'report (the data is complete and verbatim by design)',
        true,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// 6. the explorer page's own script (npm run explorer): both frameworks, search vocabulary and UI
{
  const r = await build({
    entryPoints: [join(root, 'explorer/main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    logLevel: 'silent',
  });
  const text = r.outputFiles[0].text;
  const gz = gzipSync(text).length;
  const data = gzipSync(JSON.stringify([stokeOnTrent, staffordshire])).length;
  row(
    'explorer page script (both frameworks, search, UI)',
    `${fmt(gz / 1024, 1)} KB gzip`,
    `${fmt(text.length / 1024, 1)} KB minified`,
    `both frameworks' data alone: ${fmt(data / 1024, 1)} KB gzip`,
    '≤ 80 KB gzip (stated budget)',
    gz <= 80 * 1024,
  );
}

// 7. search: queries/s and recall@5 against a naive scan and minisearch, in this same run
// --keep-search: keep the Search section of docs/benchmarks.md as it is (each search run is a look at the hold-out
// and the fresh sets; use it when only the package's speed or size changed)
const previous = existsSync(join(root, 'docs/benchmarks.md')) ? readFileSync(join(root, 'docs/benchmarks.md'), 'utf8') : '';
const kept = (() => {
  const at = previous.indexOf('\n## Search\n\n');
  if (at < 0) return undefined;
  const end = previous.indexOf('\n## Mutation testing', at);
  return previous.slice(at + '\n## Search\n\n'.length, end < 0 ? undefined : end).replace(/\n+$/, '\n');
})();
if (process.argv.includes('--keep-search') && kept === undefined) throw new Error('--keep-search: docs/benchmarks.md has no Search section to keep');
const searchTable = process.argv.includes('--keep-search')
  ? kept
  : execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/bench-search.ts'), '--guide'], {
      cwd: root,
      encoding: 'utf8',
    });

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
const table = [
  '| measure | value | baseline (same run) | ratio | goal | met |',
  '|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.what} | ${r.value} | ${r.baseline} | ${r.ratio} | ${r.goal} | ${r.met ? 'yes' : '**no**'} |`),
].join('\n');
console.log(`\n${machine}\n\n${table}\n\n${searchTable}`);
// the mutation-testing section is written by hand from `npm run test:mutation` runs: keep it
const mutation = previous.includes('\n## Mutation testing') ? previous.slice(previous.indexOf('\n## Mutation testing')) : '';
writeFileSync(
  join(root, 'docs/benchmarks.md'),
  `# Benchmarks\n\nLatest results of \`npm run bench\` (bench/bench.mjs). Every figure is measured against a baseline in the same run; the machine is shared and noisy, so read the ratios.\n\nMachine: ${machine}.\n\n${table}\n\n## Search\n\n${searchTable}\n${mutation}`,
);
