// Benchmark of the search (searchIndicators, suggestIndicators), in one run:
// - recall@5 on the evaluation set written apart from the thesaurus and the search code
//   (test/fixtures/search-eval-tuning.json, used for tuning; test/fixtures/search-eval-holdout.json,
//   never looked at — only its aggregate figures are computed here, never a per-query result;
//   test/fixtures/search-eval-fresh.json, written after all tuning of 24 Nov 2026, likewise; and
//   test/fixtures/search-eval-fresh2.json, written by another helper on 24–25 Nov 2026, likewise;
//   test/fixtures/search-eval-fresh3.json, written blind by another helper on 25 Nov 2026 before that session's
//   thesaurus wave and last search changes, likewise;
//   test/fixtures/search-eval-dev.json, written blind by another helper on 25 Nov 2026 and then tuned on),
//   with the subsets where the person's words differ from the descriptor's and where one
//   query holds several concerns; and the project's older query set as a regression check;
// - queries per second against a naive substring scan measured in the same run;
// - the time to read a 200 kB concern note with suggestIndicators.
// Not a test. Usage: npx tsx scripts/bench-search.ts [--write | --guide] [--no-holdout]   (--write: replace the
// Search section of docs/benchmarks.md with the output)
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Framework } from '../src/model.js';
import { searchIndicators } from '../src/search/search.js';
import { suggestIndicators } from '../src/search/suggest.js';
import { staffordshire } from '../src/staffordshire.js';
import { stokeOnTrent } from '../src/stoke-on-trent.js';

interface EvalQuery {
  id: string;
  framework: string;
  query: string;
  differentWords: boolean;
  multiConcern: boolean;
  concerns: { concept: string; expected: string[] }[];
}
interface OldQuery {
  framework: string;
  query: string;
  expected: string[];
}

const root = new URL('..', import.meta.url).pathname;
const read = <T>(p: string): T => JSON.parse(readFileSync(`${root}${p}`, 'utf8')) as T;
const tuning = read<{ queries: EvalQuery[] }>('test/fixtures/search-eval-tuning.json').queries;
const holdout = read<{ queries: EvalQuery[] }>('test/fixtures/search-eval-holdout.json').queries;
// written after all tuning of 24 Nov 2026 by a helper who had seen neither the thesaurus nor the search code
const fresh = read<{ queries: EvalQuery[] }>('test/fixtures/search-eval-fresh.json').queries;
// written on 24–25 Nov 2026 by another helper who had seen neither the thesaurus, the search code nor the other sets
const fresh2 = read<{ queries: EvalQuery[] }>('test/fixtures/search-eval-fresh2.json').queries;
// written on 25 Nov 2026 by a helper who saw neither the thesaurus, the search code nor the other sets; tuned on since
const dev = read<{ queries: EvalQuery[] }>('test/fixtures/search-eval-dev.json').queries;
// written on 25 Nov 2026 by another helper, from the descriptor tables only (no code, thesaurus, docs nor other set),
// before that session's thesaurus wave and its last search changes; never tuned on
const fresh3 = read<{ queries: EvalQuery[] }>('test/fixtures/search-eval-fresh3.json').queries;
const old = read<{ queries: OldQuery[] }>('test/fixtures/search-queries.json').queries;
const fws: Record<string, Framework> = { 'stoke-on-trent': stokeOnTrent, staffordshire };

type Engine = (fw: Framework, query: string) => Set<string>;

// this package: every descriptor of a hit counts (a hit merges descriptors sharing one text)
const ours: Engine = (fw, q) => new Set(searchIndicators(fw, q, { limit: 5 }).flatMap((r) => r.indicators.map((i) => i.id)));

// naive: a descriptor scores the number of query words its text contains as substrings
const lowered = new Map<Framework, { id: string; text: string }[]>();
const naive: Engine = (fw, q) => {
  let docs = lowered.get(fw);
  if (!docs) {
    docs = fw.indicators.map((i) => ({ id: i.id, text: i.text.toLowerCase() }));
    lowered.set(fw, docs);
  }
  const words = q
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  return new Set(
    docs
      .map((d, n) => ({ id: d.id, n, score: words.reduce((s, w) => s + (d.text.includes(w) ? 1 : 0), 0) }))
      .filter((d) => d.score > 0)
      .sort((a, b) => b.score - a.score || a.n - b.n)
      .slice(0, 5)
      .map((d) => d.id),
  );
};

interface Recall {
  queries: number;
  concerns: number;
  hit: number;
}
/** concern-level recall@5: a concern is hit when any of its expected ids is in the top 5. Aggregates only. */
function recall(engine: Engine, qs: readonly EvalQuery[]): Recall {
  let concerns = 0;
  let hit = 0;
  for (const q of qs) {
    const top = engine(fws[q.framework]!, q.query);
    for (const c of q.concerns) {
      concerns++;
      if (c.expected.some((id) => top.has(id))) hit++;
    }
  }
  return { queries: qs.length, concerns, hit };
}

/** Queries per second of one pass over the queries (each pass at least 200 ms). */
function pass(engine: Engine, queries: readonly { framework: string; query: string }[]): number {
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (n === 0 || elapsed < 200) {
    for (const q of queries) engine(fws[q.framework]!, q.query);
    n += queries.length;
    elapsed = performance.now() - start;
  }
  return (n / elapsed) * 1000;
}

/**
 * Both engines' best rate over ROUNDS interleaved passes: on a shared, loaded machine the best pass is
 * the one least disturbed by other processes, and interleaving exposes both engines to the same load.
 */
const ROUNDS = 7;
function speeds(queries: readonly { framework: string; query: string }[]): { ours: number; naive: number } {
  let best = { ours: 0, naive: 0 };
  for (let r = 0; r < ROUNDS; r++) best = { ours: Math.max(best.ours, pass(ours, queries)), naive: Math.max(best.naive, pass(naive, queries)) };
  return best;
}

const pct = (r: Recall): string => (r.concerns === 0 ? 'n/a' : `${((r.hit / r.concerns) * 100).toFixed(1)} % (${r.hit}/${r.concerns})`);
const lines: string[] = [];
const say = (s = ''): void => {
  lines.push(s);
};

// first queries build the indexes
const t0 = performance.now();
ours(stokeOnTrent, 'domestic abuse');
ours(staffordshire, 'domestic abuse');
const firstMs = performance.now() - t0;

const sets: [string, EvalQuery[]][] = [
  ['tuning (used while building the thesaurus)', tuning],
  ['development set (written blind on 25 Nov 2026, then tuned on: its misses studied)', dev],
  ['hold-out (never looked at)', holdout],
  ['fresh set (written after all tuning; never tuned on)', fresh],
  ['second fresh set (written apart by another helper; never tuned on)', fresh2],
  ['third fresh set (written blind on 25 Nov 2026 from the descriptor tables only; never tuned on)', fresh3],
];
// --no-holdout: a working run that leaves the hold-out and the fresh set unmeasured (each measurement is a look)
if (process.argv.includes('--no-holdout')) sets.splice(2);
/**
 * How many times the hold-out's aggregate figures have been computed in all, this run included: twice by
 * the first pass on the thesaurus, once at the end of the second (after all its tuning), once in the final
 * full `npm run bench` of that session (no search change in between). Raise it by one whenever this
 * script is run without --no-holdout.
 */
const HOLDOUT_LOOKS = 19;
/** How many times the fresh set's aggregate figures have been computed in all, this run included (raise it as HOLDOUT_LOOKS). */
const FRESH_LOOKS = 13;
/** How many times the second fresh set's aggregate figures have been computed in all, this run included (raise it as HOLDOUT_LOOKS). */
const FRESH2_LOOKS = 11;
/** How many times the third fresh set's aggregate figures have been computed in all, this run included (raise it as HOLDOUT_LOOKS). */
const FRESH3_LOOKS = 3;
say(
  `Search benchmark (scripts/bench-search.ts), Node ${process.version}. recall@5 = share of concerns with at least one expected descriptor among the first 5 hits; the evaluation queries were written by a helper who had not seen the thesaurus or the search code.`,
);
say();
const measured: { qs: readonly EvalQuery[]; all: Recall; diff: Recall; multi: Recall; base: Recall }[] = [];
say('| evaluation set | queries | recall@5, all | words differ from the descriptor | several concerns in one query | naive scan, all |');
say('|---|---:|---:|---:|---:|---:|');
for (const [name, qs] of sets) {
  const all = recall(ours, qs);
  const diff = recall(
    ours,
    qs.filter((q) => q.differentWords),
  );
  const multi = recall(
    ours,
    qs.filter((q) => q.multiConcern),
  );
  const base = recall(naive, qs);
  say(`| ${name} | ${qs.length} | ${pct(all)} | ${pct(diff)} | ${pct(multi)} | ${pct(base)} |`);
  measured.push({ qs, all, diff, multi, base });
}
const oldRows = old.map((q) => ({
  id: '',
  framework: q.framework,
  query: q.query,
  differentWords: false,
  multiConcern: false,
  concerns: [{ concept: '', expected: q.expected }],
}));
if (sets.length > 2)
  say(
    `| | | the hold-out's aggregate figures have been computed ${HOLDOUT_LOOKS} times in all, the fresh set's ${FRESH_LOOKS}, the second fresh set's ${FRESH2_LOOKS}, the third fresh set's ${FRESH3_LOOKS} (never a per-query result) | | | |`,
  );
say(
  `| project's own older set (regression check; written with sight of the vocabulary) | ${old.length} | ${pct(recall(ours, oldRows))} | | | ${pct(recall(naive, oldRows))} |`,
);
say();
if (sets.length > 2) {
  say(
    'History of the hold-out (each line one look at its aggregate figures only): first pass on the thesaurus, measured twice: 72.7 % (61.7 % where the words differ); second pass (fuller concept fields, relations, speed), measured once after all tuning: 71.9 % (62.8 %), and once more in the final full `npm run bench` with the search code unchanged but for lint-only edits. The tuning set rose from 82.1 % to 88.7 % in the second pass while the hold-out did not move: the gains fit the phrasings studied, not new ones. Third pass (mechanisms meant to carry to unseen wording: misspellings of any thesaurus word, word order, irregular forms, wider negation, about 1,700 terms written from practice), measured once in a full `npm run bench` part-way: 74.2 % (62.8 %); then, after precision fixes (negation scope, one plain word not enough, dates and signed numbers) and the removal of 29 new terms that stood word for word in a tuning query, once more in the final full `npm run bench`: 73.8 % (62.8 %). Fourth session (four concept fixes studied on tuning misses only: the good side of a concern said straight before it read as the concern absent, "kind of" / "sort of" as hedges, "too small" no longer a housing term by itself, injuries seen on a parent bringing domestic abuse; tuning 88.8 % to 89.4 %, no tuning miss added), measured once in its final full `npm run bench`, together with a fresh set of 150 queries written that evening, after all tuning, by a helper who had seen neither the thesaurus nor the search code: hold-out unchanged at 73.8 % (62.8 % where the words differ); fresh set 72.2 % (65.2 %). Fifth session (thesaurus work by four helpers, none of whom ever saw an evaluation query: each wrote their own practitioner probes for every descriptor of one framework, scored each new batch before fixing anything from it, and fixed misses by concept; the tuning set was used only as an aggregate guard against lost precision; about 6,800 terms and 170 concepts added, terms that read as one generic word refused at build; search-code precision fixes from the same probes: clauses, reporting words, negated lacks, passives, a concern said of a parent), measured twice: once part-way, after the first two helpers (8th look at the hold-out, 2nd at the fresh set): hold-out 82.4 % (80.9 % where the words differ), fresh set 83.0 % (79.3 %), tuning 93.1 %; then in the session\'s final full `npm run bench` (9th and 3rd looks), with a second fresh set of 150 queries written that session, before the thesaurus work it measures, by another helper who saw neither the thesaurus, the search code nor the other sets (its 1st look): the figures it then showed (hold-out 82.0 %, 80.9 % where the words differ; fresh set 83.5 %, 80.4 %; second fresh set 79.1 %, 74.8 %). Sixth session (three helpers who never saw an evaluation query each wrote their own probes for a part of one framework, about 1,400 in all, 40 % of them notes of two or three concerns in other voices — a receptionist, a midwife, a PCSO, a child in their own words — with a quarter set aside and looked at in aggregate only; about 4,300 terms and 16 concepts added; their set-aside probes rose only from 63.8 to 66.7 %, 69.6 to 75.1 % and 72.5 to 75.4 %, while their tuned probes rose about 10 points: the data generalises partly. Search-code changes studied on tuning misses and the helpers\' reports: a negation carried over "or" to the next concern, "as a child" read as "childhood", "kids" as "child", "sent" no longer "SEND", a one-word concept kept inside a longer match read out of order, a concern named by strength words read as its good side and a lack word before a strength word as a need, terms that read as one generic word matched word for word, a sentence with no subject whose target is the child\'s parent read as the child\'s act, ages from "pregnant at 15" and "the father is 22", prefixes only from five letters, a child\'s own words ("my mum hits me"); tuning 93.3 % to 94.6 %), measured twice: first in a full `npm run bench` (the hold-out\'s 10th look, the fresh set\'s 4th, the second fresh set\'s 2nd): hold-out 82.8 % (80.9 % where the words differ), fresh set 84.5 % (81.5 %), second fresh set 80.0 % (75.7 %); then, after three more reading fixes from the helpers\' reports (people who work with children as a role of the relations, "hit by a teacher"; a term naming who does it not read across another person; "youth group" a positive activity; tuning unchanged at 94.6 %), in a full `npm run bench` (11th, 5th and 3rd looks): recall unchanged; then, after one more (a descriptor saying a professional did it weighs half when the sentence says someone else did), in a full `npm run bench` (12th, 6th and 4th looks): recall unchanged; then, after the final review\'s mends (a teacher named no longer counts as a parent named; the professional descriptor found by the thesaurus\'s role words), in the session\'s final full `npm run bench` (13th, 7th and 5th looks): hold-out 82.8 % (80.9 % where the words differ), fresh set 84.5 % (81.5 %), second fresh set 80.0 % (75.7 %). Seventh session (a development set of 240 queries, more than half of them notes of two or three concerns and many of several sentences, written blind by another helper who saw neither the thesaurus, the code nor the other sets, then tuned on: its misses were studied, so it is tuning, not evidence; search-code changes from it, the tuning set and the helpers\' reports: readings of the same words grouped as one concern, each group\'s best descriptor first and the top hit standing for one group only; a concept said twice read where it has words of its own; "missing" kept whole by the stemmer (`words.whole`); a negated term\'s words not also read as another concept said not to be there, and a negation inside a longer negated term kept to it; words of a strength that qualify a concern ("clear county lines"), stem to everyday words ("feel like", "asking for help") or stand alone among many needs no longer put strengths first; an object pronoun never the actor, "kicked out" no violence, a relation\'s target within its clause, a parent\'s teenage age read as teenage parents; and a fourth thesaurus wave by three helpers who saw no evaluation query, about 3,200 terms written (about 2,100 once compiled and de-duplicated) and 9 concepts, whose set-aside probes moved from 74.1 to 73.3 %, 79.4 to 80.4 % and 81.0 to 81.7 % — their brief named the kinds of situation the development set\'s misses showed, so the development set\'s rise with their data (73.6 to 77.1 %) is not independent either; tuning 94.6 % to 95.4 %, development set 71.6 % to 78.3 %), measured once, in the session\'s final full `npm run bench` (the hold-out\'s 14th look, the fresh set\'s 8th, the second fresh set\'s 6th): hold-out 83.6 % (83.0 % where the words differ), fresh set 85.1 % (81.5 %), second fresh set 80.9 % (74.8 %). Eighth session (search-code changes studied on the development and tuning sets and the helpers\' reports: words of frequency ("again", "since February", "every day", "once", the thesaurus\'s new `often`) choose among each concern\'s descriptors in a note of several concerns; a school year group read as the pupil\'s age; a parent\'s age in a list of the household ("Mum 17, dad 18"); an age gap read only for a young person and not with one of the family; a phrasal verb\'s particle and a reflexive bound to the word before them in a term, "gets on with" read as one word; place names never read as misspellings ("moved to Stoke" is not "stoned"); "sends" not SEND; a term that reads as a bare number matched word for word; and a fifth thesaurus wave by three helpers who saw no evaluation query, each writing their own probes for part of one framework, about half of them case notes of several sentences, and removing about 280 false readings: about 2,450 terms added and 575 removed, 7 concepts; their set-aside probes rose from 80.9 to 83.5 %, 72.9 to 77.1 % and 70.5 to 74.3 %, end figures that include the session\'s code changes; their brief named kinds of false reading seen in the development set\'s misses, so the development set is not independent of their work; tuning 95.4 % to 95.6 %, development set 78.3 % to 80.8 %), measured twice: first in a full `npm run bench` (the hold-out\'s 15th look, the fresh set\'s 9th, the second fresh set\'s 7th): hold-out 84.8 % (86.2 % where the words differ), fresh set 88.1 % (85.9 %), second fresh set 80.9 % (78.6 %); then, after a sixth, short thesaurus wave (three helpers for about forty minutes, who saw no evaluation query: their own case-note probes, about 370 false readings made precise and about 930 terms added; their set-aside probes did not move, 82.1 %, 63.2 % and 80.0 % before and after; development set 80.8 % to 81.0 %, tuning unchanged), a faster term look-up (results unchanged) and a name starting a sentence read as its subject, in the session\'s final full `npm run bench` (16th, 10th and 8th looks): hold-out 85.2 % (85.1 % where the words differ), fresh set 87.6 % (84.8 %), second fresh set 82.3 % (79.6 %). Ninth session (a third fresh set of 150 queries, written blind that session from the descriptor tables only by a helper who saw neither the code, the thesaurus, the docs nor the other sets, before the session\'s thesaurus wave and most of its search changes, never tuned on, first measured in the session\'s final run; search-code changes studied on the development and tuning sets and on the reports of helpers who tried the package and reviewed the change: "missing" with its object read as the verb "miss" ("keeps missing the clinic", "missing school"; not "went missing a few times"); a second person joined to an action\'s target by "and" a target too ("hits her and the kids"); clipped forms ("bf", "meds", "appts", "cos"); a verb cut short after an apostrophe dropped ("she\'ll" no "shell"), quotation marks parting nothing and a quoted "no" no negation; terms marked "=" matched word for word ("end it all"); a word of a strength before a harm it intensifies no strength ("a good slap"); a number starting a sentence before "and" or a comma an age ("15 and pregnant, boyfriend is 23"); "failure" a word of a lack ("failure to thrive" no strength); and a seventh thesaurus wave by three helpers who saw no evaluation query, their own probes mostly in words different from the descriptors\', about 3,250 terms added and about 85 false readings made precise, 2 concepts; their set-aside probes rose from 80.3 to 82.9 %, 74.4 to 82.1 % and 74.8 to 78.9 %; tuning 95.6 % to 96.0 %, development set 81.0 % to 82.8 %), measured once, in the session\'s final full `npm run bench` (the hold-out\'s 17th look, the fresh set\'s 11th, the second fresh set\'s 9th, the third fresh set\'s 1st): hold-out 87.5 % (86.2 % where the words differ), fresh set 89.7 % (87.0 %), second fresh set 83.3 % (81.6 %), third fresh set 80.6 % (76.7 %). Tenth session (search-code changes studied on the development and tuning sets and on the reports of a helper who tried the packed package as a designated safeguarding lead, with about 90 queries of its own, and of one who reviewed the change: a sexual act done to a child read as sexual abuse ("her dad did sex stuff to her"; a step-parent\'s or a mum\'s partner\'s too); words of who ("kids", "mum") no evidence of a concern ("DV incident, kids present" is no "Child presents as severely neglected"); "kill" an act of violence, and a reflexive turning it on the one doing it ("threats to kill himself" is self-harm); "dad was violent to mum" no passive; a young person\'s own age beside a pregnancy a teenage pregnancy; "15 with a 24 year old bf"; a one-word concern inside another concept\'s longer term on another topic dropped ("county lines, carrying drugs"); a nationality no asylum; a concern\'s wording in a descriptor off its topic weighing three quarters; a strength stating an absence weighing half when nothing is said to be absent; words of how often choosing the first descriptor of a query of one concern; "known" a stop word; and an eighth thesaurus wave by three helpers who saw no evaluation query, about half their probes notes of several concerns, about 2,000 terms added and about 100 false readings made precise; their set-aside probes moved from 80.4 to 81.4 %, 67.4 to 68.5 % and 70.2 to 67.9 % — the data generalised hardly at all; tuning 96.0 % to 96.3 %, development set 82.8 % to 83.0 %), measured twice: first in a full `npm run bench` (the hold-out\'s 18th look, the fresh set\'s 12th, the second fresh set\'s 10th, the third fresh set\'s 2nd): hold-out 88.7 % (86.2 % where the words differ), fresh set 89.2 % (87.0 %), second fresh set 85.1 % (85.4 %), third fresh set 81.5 % (79.8 %); then, after two more reading fixes from the helpers\' reports ("he" after "him" with no man named is the child; a possessive of the other gender before a concern owns it; tuning and development set unchanged), in the session\'s final full `npm run bench` (19th, 13th, 11th and 3rd looks): the figures in the table above. The goal (95 %, 85 % where the words differ) is still not met.',
  );
  say();
}

// speed: the tuning queries and the older set (their text only)
const speedQueries = [...tuning, ...old];
const { ours: qpsOurs, naive: qpsNaive } = speeds(speedQueries);
// a 200 kB note of distinct sentences (identical sentences would be answered once): pairs of tuning queries
let note = '';
let noteSentences = 0;
for (let i = 0; note.length < 200_000; i++, noteSentences++) {
  const a = tuning[i % tuning.length]!.query;
  const b = tuning[(i * 7 + Math.floor(i / tuning.length) + 3) % tuning.length]!.query;
  note += `${a}, and ${b.charAt(0).toLowerCase()}${b.slice(1)}. `;
}
const times: number[] = [];
let sentences = 0;
let readChars = 0;
// each reading of the note is followed by a pass of the naive scan, so that the note's time is scaled by the
// machine's speed in the same moments (the load of a shared machine changes within a run)
let noteNaive = 0;
for (let i = 0; i < 9; i++) {
  const s = performance.now();
  const r = suggestIndicators(stokeOnTrent, note);
  times.push(performance.now() - s);
  sentences = r.sentences.length;
  readChars = r.read;
  noteNaive = Math.max(noteNaive, pass(naive, speedQueries));
}
times.sort((a, b) => a - b);
const noteMs = times[0]!; // the best of 9 (least disturbed by the machine's load)
// The goals (20,000 queries/s, 50 ms for a 200 kB note) are set for an idle machine, where the naive scan
// answers about NAIVE_IDLE queries/s; on this shared, loaded machine they are judged as ratios to the naive
// scan of the same run: queries/s ≥ 20,000 / NAIVE_IDLE of the naive scan's, and the note's time scaled to an
// idle machine (ms × naive queries/s measured / NAIVE_IDLE) < 50 ms.
const NAIVE_IDLE = 32_000;
const qpsRatio = qpsOurs / qpsNaive;
const qpsGoal = 20_000 / NAIVE_IDLE;
// the machine's slowdown while the note was read: the best of the naive passes interleaved with its readings
const slowdown = NAIVE_IDLE / noteNaive;
const noteIdle = noteMs / Math.max(1, slowdown);
say('| measure | value | baseline (same run) | ratio | goal | met |');
say('|---|---:|---:|---:|---|---|');
say(
  `| searchIndicators, queries/s (${speedQueries.length} queries, limit 5; best of ${ROUNDS} passes interleaved with the naive scan's) | ${Math.round(qpsOurs).toLocaleString('en-GB')} | naive substring scan ${Math.round(qpsNaive).toLocaleString('en-GB')} | ${qpsRatio.toFixed(2)}× | ≥ 20,000 queries/s on an idle machine, i.e. ≥ ${qpsGoal.toFixed(3)}× the naive scan (${NAIVE_IDLE.toLocaleString('en-GB')}/s idle) | ${qpsRatio >= qpsGoal ? 'yes' : '**no**'} (absolute: ${qpsOurs >= 20_000 ? 'yes' : 'no'}) |`,
);
say(`| first two queries (both indexes built) | ${firstMs.toFixed(1)} ms | | | report | yes |`);
say(
  `| suggestIndicators on a ${(note.length / 1000).toFixed(0)} kB note of ${noteSentences} distinct sentences (best of 9) | ${noteMs.toFixed(1)} ms; scaled to an idle machine ${noteIdle.toFixed(1)} ms | ${sentences} sentences with proposals; ${readChars === note.length ? 'the whole note read' : `**only ${readChars} of ${note.length} characters read**`}; machine ${slowdown.toFixed(2)}× slower than idle (naive scan, best of 9 passes interleaved with the note's readings) | | < 50 ms on an idle machine (scaled) | ${noteIdle < 50 ? 'yes' : '**no**'} (absolute: ${noteMs < 50 ? 'yes' : 'no'}) |`,
);
say();
say(
  `Load average during the run: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(', ')} on this shared machine; queries/s and milliseconds scale with load, the ratio to the naive scan (same run) much less.`,
);
const out = lines.join('\n');
console.log(out);

/** The search guide's table of figures (docs/guides/search.md, between the search-figures markers): the same run's. */
function guideFigures(): string | undefined {
  const [tune, dev, hold, fresh, fresh2, fresh3] = measured;
  if (tune === undefined || dev === undefined || hold === undefined || fresh === undefined || fresh2 === undefined || fresh3 === undefined) return undefined;
  const p = (r: Recall): string => `${((r.hit / r.concerns) * 100).toFixed(1)} %`;
  return [
    '| set | concerns | recall@5 | where the words differ from the descriptor | several concerns in one query |',
    '|---|---:|---:|---:|---:|',
    `| tuning (${tune.qs.length} queries) | ${tune.all.concerns} | ${p(tune.all)} | ${p(tune.diff)} | ${p(tune.multi)} |`,
    `| development set (${dev.qs.length} queries, tuned on) | ${dev.all.concerns} | ${p(dev.all)} | ${p(dev.diff)} | ${p(dev.multi)} |`,
    `| hold-out (${hold.qs.length} queries) | ${hold.all.concerns} | **${p(hold.all)}** | **${p(hold.diff)}** | ${p(hold.multi)} |`,
    `| fresh set (${fresh.qs.length} queries, written after all tuning) | ${fresh.all.concerns} | **${p(fresh.all)}** | **${p(fresh.diff)}** | ${p(fresh.multi)} |`,
    `| second fresh set (${fresh2.qs.length} queries, written apart) | ${fresh2.all.concerns} | **${p(fresh2.all)}** | **${p(fresh2.diff)}** | ${p(fresh2.multi)} |`,
    `| third fresh set (${fresh3.qs.length} queries, written blind) | ${fresh3.all.concerns} | **${p(fresh3.all)}** | **${p(fresh3.diff)}** | ${p(fresh3.multi)} |`,
    `| a naive substring scan, hold-out | ${hold.base.concerns} | ${p(hold.base)} | | |`,
  ].join('\n');
}

// --write: the guide's figures and docs/benchmarks.md's Search section; --guide: the guide's figures only (npm run
// bench writes docs/benchmarks.md itself, with this script's output)
if (process.argv.includes('--write') || process.argv.includes('--guide')) {
  const figures = guideFigures();
  if (figures !== undefined) {
    const guide = `${root}docs/guides/search.md`;
    const g = readFileSync(guide, 'utf8');
    const [open, close] = ['<!-- search-figures -->\n', '\n<!-- /search-figures -->'];
    const a = g.indexOf(open);
    const b = g.indexOf(close, a);
    if (a < 0 || b < 0) throw new Error(`${guide}: the search-figures markers are missing`);
    writeFileSync(guide, `${g.slice(0, a + open.length)}${figures}${g.slice(b)}`);
  }
}
if (process.argv.includes('--write')) {
  const file = `${root}docs/benchmarks.md`;
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf('\n## Search\n');
  const next = at < 0 ? -1 : text.indexOf('\n## ', at + 1);
  const section = `\n## Search\n\n${out}\n`;
  writeFileSync(file, at < 0 ? `${text.trimEnd()}\n${section}` : `${text.slice(0, at)}${section}${next < 0 ? '' : text.slice(next)}`);
}
