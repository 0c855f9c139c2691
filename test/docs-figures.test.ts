// The search guide's figures (docs/guides/search.md, between the search-figures markers) are written by
// `npm run bench:search` with docs/benchmarks.md's "Search" section, from the same run: they must agree.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (f: string): string => readFileSync(new URL(`../${f}`, import.meta.url), 'utf8');
/** The cells of the table row of `text` that begins with `start`. */
function row(text: string, start: string): string[] {
  const line = text.split('\n').find((l) => l.startsWith(start));
  if (line === undefined) throw new Error(`no row beginning ${JSON.stringify(start)}`);
  return line
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());
}
/** '73.8 % (189/256)' → { pct: '73.8 %', concerns: '256' } */
const figure = (cell: string): { pct: string; concerns: string } => {
  const m = /^([\d.]+ %) \((\d+)\/(\d+)\)$/.exec(cell);
  if (m === null) throw new Error(`not a recall figure: ${JSON.stringify(cell)}`);
  return { pct: m[1]!, concerns: m[3]! };
};

describe('the search guide', () => {
  it("shows the figures of docs/benchmarks.md's Search section", () => {
    const bench = read('docs/benchmarks.md');
    const guide = read('docs/guides/search.md');
    const block = guide.slice(guide.indexOf('<!-- search-figures -->'), guide.indexOf('<!-- /search-figures -->'));
    expect(block.length).toBeGreaterThan(0);
    for (const [benchRow, guideRow, bold] of [
      ['| tuning (used while building', '| tuning (', false],
      ['| development set (written blind', '| development set (', false],
      ['| hold-out (never looked at)', '| hold-out (', true],
      ['| fresh set (written after all tuning', '| fresh set (', true],
      ['| second fresh set (written apart', '| second fresh set (', true],
      ['| third fresh set (written blind', '| third fresh set (', true],
    ] as const) {
      const b = row(bench, benchRow);
      const g = row(block, guideRow);
      const [all, diff, multi] = [figure(b[2]!), figure(b[3]!), figure(b[4]!)];
      const strong = (s: string): string => (bold ? `**${s}**` : s);
      const name =
        guideRow === '| development set ('
          ? `development set (${b[1]} queries, tuned on)`
          : guideRow === '| fresh set ('
            ? `fresh set (${b[1]} queries, written after all tuning)`
            : guideRow === '| second fresh set ('
              ? `second fresh set (${b[1]} queries, written apart)`
              : guideRow === '| third fresh set ('
                ? `third fresh set (${b[1]} queries, written blind)`
                : `${guideRow.slice(2)}${b[1]} queries)`;
      expect(g).toEqual([name, all.concerns, strong(all.pct), strong(diff.pct), multi.pct]);
      if (guideRow === '| hold-out (')
        expect(row(block, '| a naive substring scan, hold-out')).toEqual(['a naive substring scan, hold-out', all.concerns, figure(b[5]!).pct, '', '']);
    }
  });
});
