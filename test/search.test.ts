import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { ThresholdError } from '../src/errors.js';
import { synonyms } from '../src/generated/synonyms.js';
import { tags } from '../src/generated/tags.js';
import type { Framework, Indicator } from '../src/model.js';
import { SynonymVocabularySchema } from '../src/schema.js';
import { searchIndicators, searchKey, searchVocabularyProblems, stem } from '../src/search.js';
import { staffordshire } from '../src/staffordshire.js';
import { stokeOnTrent } from '../src/stoke-on-trent.js';
import { codeOf, readJson } from './helpers.js';

const fws: Record<string, Framework> = { 'stoke-on-trent': stokeOnTrent, staffordshire };
const fwArb = fc.constantFrom<Framework>(stokeOnTrent, staffordshire);
const ids = (fw: Framework, q: string, limit = 5): string[] => searchIndicators(fw, q, { limit }).map((r) => r.indicator.id);

describe('searchIndicators: practitioner language', () => {
  it.each([
    ['stoke-on-trent', 'FGM', 'abuse-and-exploitation-fgm-occurred-or-suspected'],
    ['stoke-on-trent', 'EHCP', 'education-additional-send-support-ehcp'],
    ['stoke-on-trent', 'eviction', 'housing-risk-of-eviction'],
    ['stoke-on-trent', 'MARAC', 'domestic-abuse-case-referred-heard-marac'],
    ['staffordshire', 'FII', 'behavioural-suspected-evidence-fabricated-induced'],
    ['staffordshire', 'CSE', 'health-high-risk-sexual-exploitation'],
    ['staffordshire', 'CCE', 'other-forced-criminality-forced-labour'],
    ['staffordshire', 'county lines', 'behavioural-medium-risk-child-exploitation'],
    ['staffordshire', 'NEET', 'education-no-participation-education-employment'],
    ['staffordshire', 'truanting', 'education-unpunctual-truanting-non-attendance'],
    ['staffordshire', 'bunking off', 'education-unpunctual-truanting-non-attendance'],
    ['staffordshire', 'self harm', 'health-self-harming-behaviours'],
    ['staffordshire', 'UASC', 'other-unaccompanied-refuge-asylum-seeker'],
    ['staffordshire', 'PND', 'warmth-post-natal-depression-affecting'],
    ['staffordshire', 'LAC', 'relationships-periods-accommodated-local-authority'],
    ['staffordshire', 'sofa surfing', 'housing-finance-homeless-or-imminent'],
    ['staffordshire', 'booze', 'health-occasional-drug-alcohol-misuse'],
  ])('%s: %s finds %s in the top 3', (fw, q, id) => {
    expect(ids(fws[fw]!, q, 3)).toContain(id);
  });

  it('reads an abbreviation as what it stands for', () => {
    const dv = searchIndicators(stokeOnTrent, 'DV');
    expect(dv).toHaveLength(10);
    expect(dv.every((r) => r.indicator.tags.includes('domestic-abuse'))).toBe(true);
  });

  it('explains each hit: the phrase the abbreviation stands for and the tag', () => {
    const [top] = searchIndicators(stokeOnTrent, 'DV', { limit: 1 });
    expect(top!.matched).toEqual(['domestic abuse', 'tag:domestic-abuse']);
    const cannabis = searchIndicators(staffordshire, 'cannabis', { limit: 3 });
    expect(cannabis.every((r) => r.matched.some((m) => m === 'tag:substance-misuse' || m === 'tag:drug-misuse'))).toBe(true);
  });

  it('a word naming a tag finds descriptors with a narrower tag too', () => {
    // "Child is withdrawn or isolated, displaying self-harm behaviours…" never says "mental health"
    const r = searchIndicators(stokeOnTrent, 'mental health', { limit: 1000 });
    const hit = r.find((x) => x.indicator.id === 'abuse-and-exploitation-withdrawn-self-harm-suicidal');
    expect(hit?.matched).toEqual(['tag:self-harm']);
  });

  it('stems lightly and reads US spellings as UK', () => {
    expect(stem('missed')).toBe(stem('missing'));
    expect(stem('families')).toBe(stem('family'));
    expect(new Set(['abuse', 'abused', 'abuses', 'abusing'].map(stem)).size).toBe(1);
    expect(stem('radicalized')).toBe(stem('radicalised'));
    expect(stem('sexually')).toBe('sexual');
    expect(stem('ADHD'.toLowerCase())).toBe('adhd');
    expect(stem('90')).toBe('90');
    expect(searchKey('Behaviors')).toBe(searchKey('behaviour'));
    expect(ids(stokeOnTrent, 'radicalized')).toEqual(ids(stokeOnTrent, 'radicalised'));
  });

  it('joins hyphenated and split compounds', () => {
    expect(ids(staffordshire, 'antisocial')).toContain('guidance-can-behave-anti-social-way');
    expect(ids(stokeOnTrent, 'anti social')).toContain('crime-regular-antisocial-activity');
    expect(ids(stokeOnTrent, 'selfharm')).toEqual(ids(stokeOnTrent, 'self-harm'));
  });

  it('tolerates prefixes and small misspellings of descriptor words', () => {
    expect(ids(staffordshire, 'neglet')).toContain('health-evidence-significant-harm-neglect');
    expect(ids(stokeOnTrent, 'exploit')).toContain('abuse-and-exploitation-significant-evidence-exploitation');
  });

  it('gives [] for a query with no searchable word', () => {
    for (const q of ['', '   ', '?!', '—', '...', 'the and of', '😀', '\u0000\u0301']) expect(searchIndicators(stokeOnTrent, q)).toEqual([]);
  });

  it('ranks needs before strengths and breaks ties by level (higher first), then source order', () => {
    const r = searchIndicators(stokeOnTrent, 'concerns', { limit: 1000 });
    expect(r.length).toBeGreaterThan(10);
    for (let i = 1; i < r.length; i++) {
      const [a, b] = [r[i - 1]!, r[i]!];
      expect(a.score).toBeGreaterThanOrEqual(b.score);
      if (a.score === b.score) {
        expect(a.indicator.level).toBeGreaterThanOrEqual(b.indicator.level);
        if (a.indicator.level === b.indicator.level) {
          expect(stokeOnTrent.indicators.indexOf(a.indicator)).toBeLessThan(stokeOnTrent.indicators.indexOf(b.indicator));
        }
      }
    }
    const drugs = searchIndicators(stokeOnTrent, 'drugs', { limit: 3 });
    expect(drugs.every((x) => x.indicator.kind === 'need')).toBe(true);
  });

  it('returns the framework’s own indicator objects, default limit 10', () => {
    const r = searchIndicators(stokeOnTrent, 'health');
    expect(r).toHaveLength(10);
    for (const x of r) expect(stokeOnTrent.indicators).toContain(x.indicator);
  });

  it('runs the TSDoc example as documented', () => {
    expect(searchIndicators(staffordshire, 'FII', { limit: 1 }).map((r) => [r.indicator.id, r.matched])).toEqual([
      ['behavioural-suspected-evidence-fabricated-induced', ['fabricated or induced illness', 'tag:fabricated-illness']],
    ]);
    expect(searchIndicators(staffordshire, 'sofa surfing', { limit: 2 }).map((r) => r.indicator.text)).toEqual([
      'At risk of homelessness',
      'Homeless - or imminent if not accepted by housing department',
    ]);
    expect(searchIndicators(staffordshire, '?!')).toEqual([]);
  });
});

describe('searchIndicators: bad arguments', () => {
  it('rejects a non-framework, a non-string query and bad options with INVALID_INPUT', () => {
    const call = (...args: unknown[]) => () => (searchIndicators as (...a: unknown[]) => unknown)(...args);
    expect(codeOf(call({ id: 'stoke-on-trent', indicators: [] }, 'DV'))).toBe('INVALID_INPUT');
    expect(codeOf(call(undefined, 'DV'))).toBe('INVALID_INPUT');
    for (const q of [undefined, null, 42, ['DV'], new String('DV'), { toString: () => 'DV' }]) {
      expect(codeOf(call(stokeOnTrent, q))).toBe('INVALID_INPUT');
    }
    for (const o of [null, 'x', 5, [], { limit: 0 }, { limit: 1001 }, { limit: 2.5 }, { limit: Number.NaN }, { limit: '5' }, { limit: 5, offset: 1 }, { lmit: 5 }]) {
      expect(codeOf(call(stokeOnTrent, 'DV', o))).toBe('INVALID_INPUT');
    }
    const e = (() => {
      try {
        call(stokeOnTrent, 'DV', { Limit: 5 })();
      } catch (err) {
        return err as ThresholdError;
      }
      return undefined;
    })();
    expect(e?.message).toContain("did you mean 'limit'");
  });

  it('accepts limit 1 and 1000, and an explicit undefined limit', () => {
    expect(searchIndicators(stokeOnTrent, 'DV', { limit: 1 })).toHaveLength(1);
    expect(searchIndicators(stokeOnTrent, 'child', { limit: 1000 }).length).toBeGreaterThan(10);
    expect(searchIndicators(stokeOnTrent, 'health', { limit: undefined })).toHaveLength(10);
  });

  it('turns unreadable options (a throwing proxy) into INVALID_INPUT', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(codeOf(() => searchIndicators(stokeOnTrent, 'DV', hostile as never))).toBe('INVALID_INPUT');
  });
});

describe('searchIndicators: properties', () => {
  const vocabWords = [...new Set(synonyms.entries.flatMap((e) => e.terms))];
  const textWords = [...new Set([...stokeOnTrent.indicators, ...staffordshire.indicators].flatMap((i) => i.text.split(' ')))];
  const queryArb = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.array(fc.oneof(fc.constantFrom(...vocabWords), fc.constantFrom(...textWords), fc.string({ maxLength: 6 })), { maxLength: 12 }).map((w) => w.join(' ')),
  );

  fcTest.prop([fwArb, queryArb])('never throws on any string, and gives only indicators of the framework', (fw, q) => {
    for (const r of searchIndicators(fw, q)) expect(fw.indicators).toContain(r.indicator);
  });

  fcTest.prop([fwArb, queryArb])('is deterministic', (fw, q) => {
    expect(searchIndicators(fw, q, { limit: 1000 })).toEqual(searchIndicators(fw, q, { limit: 1000 }));
  });

  fcTest.prop([fwArb, queryArb])('sorts by score descending, ties by level descending then source order', (fw, q) => {
    const r = searchIndicators(fw, q, { limit: 1000 });
    for (let i = 1; i < r.length; i++) {
      const [a, b] = [r[i - 1]!, r[i]!];
      const order = (x: Indicator): number => fw.indicators.indexOf(x);
      expect(a.score > b.score || (a.score === b.score && (a.indicator.level > b.indicator.level || (a.indicator.level === b.indicator.level && order(a.indicator) < order(b.indicator))))).toBe(true);
      expect(b.score).toBeGreaterThan(0);
      expect(b.matched.length).toBeGreaterThan(0);
    }
  });

  fcTest.prop([fwArb, queryArb, fc.integer({ min: 1, max: 1000 })])('respects the limit: the first `limit` of the full ranking', (fw, q, limit) => {
    const all = searchIndicators(fw, q, { limit: 1000 });
    const some = searchIndicators(fw, q, { limit });
    expect(some.length).toBeLessThanOrEqual(limit);
    expect(some).toEqual(all.slice(0, limit));
  });

  fcTest.prop([fwArb, fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '.', ',', '!', '?', '-', '/', '(', ')', '…', '—', '“', '”', '&', "'", '*', '#') })])(
    'an empty or punctuation-only query gives []',
    (fw, q) => {
      expect(searchIndicators(fw, q)).toEqual([]);
    },
  );

  fcTest.prop([fwArb, fc.string({ unit: 'binary', minLength: 1000, maxLength: 1000 })], { numRuns: 5 })('a 200 kB query returns', (fw, chunk) => {
    const q = chunk.repeat(200);
    expect(q.length).toBeGreaterThanOrEqual(200_000);
    expect(Array.isArray(searchIndicators(fw, q))).toBe(true);
    expect(Array.isArray(searchIndicators(fw, `DV ${'x '.repeat(100_000)}`))).toBe(true);
  });

  it('reads only the start of a very long query', () => {
    const long = `FGM ${'zzzz '.repeat(50_000)} DV`;
    expect(ids(stokeOnTrent, long, 1)).toEqual(['abuse-and-exploitation-fgm-occurred-or-suspected']);
  });
});

describe('search vocabulary (data/vocabularies/synonyms.json)', () => {
  it('is valid, cross-referenced and matches the generated module', () => {
    const data = SynonymVocabularySchema.parse(readJson('data/vocabularies/synonyms.json'));
    expect(synonyms).toEqual(data);
    const tagIds = new Set(tags.map((t) => t.id as string));
    for (const e of data.entries) for (const t of e.tags ?? []) expect(tagIds.has(t), `${e.id}: ${t}`).toBe(true);
    expect(new Set(data.entries.map((e) => e.id)).size).toBe(data.entries.length);
  });

  it('has no term that reads as nothing and no term claimed by two entries', () => {
    expect(searchVocabularyProblems()).toEqual([]);
  });

  it('every entry reaches at least one descriptor of a built-in framework', () => {
    const dead = synonyms.entries.filter((e) => ![stokeOnTrent, staffordshire].some((fw) => searchIndicators(fw, e.terms[0]!, { limit: 1 }).length > 0));
    expect(dead.map((e) => e.id)).toEqual([]);
  });

  it('covers the words of the issue', () => {
    for (const q of ['DV', 'CSE', 'CCE', 'FGM', 'FII', 'NEET', 'EHCP', 'SEN', 'SEND', 'CAMHS', 'ASB', 'county lines', 'truanting', 'self harm', 'drugs', 'cannabis', 'heroin', 'homeless', 'eviction']) {
      expect(searchKey(q) !== undefined && searchIndicators(staffordshire, q).length + searchIndicators(stokeOnTrent, q).length, q).toBeGreaterThan(0);
    }
  });
});

interface EvalQuery {
  framework: string;
  query: string;
  expected: string[];
  split: 'tuning' | 'holdout';
}

describe('evaluation: realistic practitioner queries (test/fixtures/search-queries.json)', () => {
  const fixture = readJson('test/fixtures/search-queries.json') as { queries: EvalQuery[] };
  const queries = fixture.queries;

  it('is a sound evaluation set: ≥ 40 queries over both frameworks, every expected id exists', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(queries.map((q) => q.framework))).toEqual(new Set(Object.keys(fws)));
    for (const q of queries) {
      const fw = fws[q.framework]!;
      expect(q.expected.length).toBeGreaterThan(0);
      for (const id of q.expected) expect(fw.indicators.some((i) => i.id === id), `${q.query}: ${id}`).toBe(true);
    }
  });

  it('recall@5 ≥ 90 %', () => {
    // recall@5: share of queries with at least one expected id in the top 5.
    // strict recall@5: mean over queries of |expected ∩ top 5| / min(|expected|, 5).
    const rows = queries.map((q) => {
      const top = ids(fws[q.framework]!, q.query, 5);
      const found = q.expected.filter((id) => top.includes(id)).length;
      return { ...q, top, hit: found > 0, strict: found / Math.min(5, q.expected.length) };
    });
    const summary = (rs: typeof rows) => ({
      queries: rs.length,
      'recall@5': +(rs.filter((r) => r.hit).length / rs.length).toFixed(3),
      'strict recall@5': +(rs.reduce((n, r) => n + r.strict, 0) / rs.length).toFixed(3),
    });
    const table = {
      all: summary(rows),
      tuning: summary(rows.filter((r) => r.split === 'tuning')),
      holdout: summary(rows.filter((r) => r.split === 'holdout')),
      'stoke-on-trent': summary(rows.filter((r) => r.framework === 'stoke-on-trent')),
      staffordshire: summary(rows.filter((r) => r.framework === 'staffordshire')),
    };
    const lines = Object.entries(table).map(([k, v]) => `  ${k.padEnd(15)} ${String(v.queries).padStart(7)} ${v['recall@5'].toFixed(3).padStart(9)} ${v['strict recall@5'].toFixed(3).padStart(16)}`);
    console.log(
      [
        'searchIndicators evaluation: recall@5 = share of queries with at least one expected descriptor in the top 5;',
        'strict recall@5 = mean of |expected ∩ top 5| / min(|expected|, 5)',
        `  ${'set'.padEnd(15)} ${'queries'.padStart(7)} ${'recall@5'.padStart(9)} ${'strict recall@5'.padStart(16)}`,
        ...lines,
      ].join('\n'),
    );
    const misses = rows.filter((r) => !r.hit);
    if (misses.length > 0) console.log('misses:', misses.map((r) => `[${r.framework}] ${r.query} → ${r.top.join(', ')}`).join('\n  '));
    expect(table.all['recall@5']).toBeGreaterThanOrEqual(0.9);
  });
});
