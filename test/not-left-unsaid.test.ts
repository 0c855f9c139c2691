// What an answer must not leave unsaid (a safeguarding lead's audit of the answers against the documents):
// a measure a document states no number for still names that document's descriptors on the subject, and a
// professional judgement below the indicated level, carried to another framework, is said to be so.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contactFor } from '../src/contacts.js';
import { carryAssessment, mapLevel } from '../src/crosswalk.js';
import { QUANTITY_RULES } from '../src/enums.js';
import type { Framework } from '../src/model.js';
import { resolveLevel } from '../src/resolve.js';
import { staffordshire } from '../src/staffordshire.js';
import { stokeOnTrent } from '../src/stoke-on-trent.js';

/** The need descriptors of `fw` whose text speaks of the subject: read from the data, by words of the text. */
const byText = <F extends Framework>(fw: F, words: RegExp): F['indicators'][number]['id'][] =>
  fw.indicators.filter((i) => i.kind === 'need' && words.test(i.text)).map((i) => i.id);

describe('a measure the document states no threshold for', () => {
  it('Stoke-on-Trent prints no number of missing episodes: its descriptors on going missing are named, the level is not set by the value', () => {
    const r = resolveLevel(stokeOnTrent, { measures: { missingEpisodesLast90Days: 5 } });
    expect(r.level.rank).toBe(1);
    const c = r.considerations.find((x) => x.id === 'measure-not-applicable')!;
    // "Escalating missing episodes." (Getting More Help) and "Frequent and prolonged missing episodes" (Getting Risk Support)
    expect(c.indicators).toEqual(expect.arrayContaining(byText(stokeOnTrent, /^(Escalating|Frequent and prolonged) missing episodes/)));
    expect(c.message).toContain('"Escalating missing episodes." (level 4)');
    expect(c.message).toMatch(/states no threshold for missingEpisodesLast90Days; the value 5 was not used to set the level/);
  });

  it('Staffordshire prints no attendance percentage: "Consistently poor nursery / school attendance and punctuality" (Level 3) is named', () => {
    const r = resolveLevel(staffordshire, { measures: { attendancePercent: 40 } });
    const c = r.considerations.find((x) => x.id === 'measure-not-applicable')!;
    expect(c.indicators).toEqual(expect.arrayContaining(byText(staffordshire, /^Consistently poor nursery \/ school attendance/)));
    expect(c.message).toContain('"Consistently poor nursery / school attendance and punctuality" (level 3)');
  });

  it('every descriptor named carries the subject tag of the measure, and is a need', () => {
    for (const [fw, q] of [
      [stokeOnTrent, 'missingEpisodesLast90Days'],
      [staffordshire, 'attendancePercent'],
    ] as const) {
      const c = resolveLevel(fw, { measures: { [q]: q === 'attendancePercent' ? 40 : 5 } }).considerations.find((x) => x.id === 'measure-not-applicable')!;
      expect(c.indicators.length).toBeGreaterThan(0);
      for (const id of c.indicators) {
        const i = fw.indicators.find((x) => x.id === id)!;
        expect([i.kind, i.tags.includes(QUANTITY_RULES[q].tag)], id).toEqual(['need', true]);
      }
    }
  });
});

describe('carryAssessment with a professional judgement below the indicated level', () => {
  const radicalisation = byText(stokeOnTrent, /radicalisation/i).find((id) => stokeOnTrent.indicators.find((i) => i.id === id)!.level === 5)!;

  it('follows the judgement, as resolveLevel does, and says what the descriptors indicate and where that maps', () => {
    const r = carryAssessment(
      stokeOnTrent,
      { indicators: [radicalisation], judgement: { level: 2, reason: 'known to services, support in place' } },
      staffordshire,
    );
    expect(r.resolution.indicatedLevel.rank).toBe(5);
    expect(r.level.id).toBe('universal');
    const c = r.considerations.find((x) => x.id === 'judgement-below-indicated')!;
    expect(c.level!.id).toBe('statutory-specialist');
    expect(c.message).toContain('below the level its descriptors indicate (Getting Risk Support, level 5), which maps to Statutory / Specialist (level 4)');
    expect(c.message).toContain('Reason given: "known to services, support in place"');
    expect(c.sources).toEqual([stokeOnTrent.indicators.find((i) => i.id === radicalisation)!.source]);
    expect(r.considerations[0]).toBe(c);
  });

  it('says nothing of the kind where the judgement is at or above the indicated level, or absent', () => {
    for (const judgement of [undefined, { level: 5, reason: 'as indicated' }] as const) {
      const r = carryAssessment(stokeOnTrent, { indicators: [radicalisation], ...(judgement ? { judgement } : {}) }, staffordshire);
      expect(r.considerations.some((x) => x.id === 'judgement-below-indicated')).toBe(false);
    }
  });
});

describe("every resolution carries the document's own words on how it must be used", () => {
  it.each([
    ['stoke-on-trent', stokeOnTrent, 'Remember this is only a guide - individual cases need judgement'],
    ['staffordshire', staffordshire, 'The windscreen cannot replace professional curiosity, judgement or decision making'],
  ] as const)('%s: whatever is observed, judged or measured', (_id, fw, words) => {
    const top = fw.indicators.find((i) => i.level === fw.levels.length && i.kind === 'need')!;
    for (const assessment of [
      {},
      { indicators: [top.id] },
      { indicators: [top.id], judgement: { level: 1, reason: 'support in place' } },
      { measures: { attendancePercent: 50 } },
    ]) {
      const r = resolveLevel(fw, assessment as never);
      expect(r.guidance.caveats).toEqual(fw.guidance);
      expect(
        r.guidance.caveats.some((s) => s.text.startsWith(words)),
        JSON.stringify(assessment),
      ).toBe(true);
    }
  });
});

describe("contactFor: whom to contact after the police is the library's reading, and said so", () => {
  it('Staffordshire, immediate danger at night: "contact the police 999" (p. 4) names no one after the police', () => {
    const a = contactFor(staffordshire, { at: new Date('2026-11-24T22:00:00Z'), level: 2, immediateDanger: true });
    expect([a.contact?.role, a.then?.role]).toEqual(['police-emergency', 'out-of-hours']);
    expect(a.assumptions).toEqual([
      expect.stringContaining(
        `Staffordshire's words on immediate danger ("If a child is considered to be at IMMEDIATE risk, then the professional should contact the police 999.") do not say whom to contact next.`,
      ),
    ]);
  });
});

describe('mapLevel says, in every answer, that the crosswalk is the library reading', () => {
  it('each level, both ways: the rationale opens with the crosswalk data file’s basis sentence', () => {
    const { basis } = JSON.parse(readFileSync(new URL('../data/crosswalks/i-thrive--windscreen.json', import.meta.url), 'utf8')) as { basis: string };
    expect(basis).toMatch(/^This library's reading, not either document's/);
    for (const [a, b] of [
      [stokeOnTrent, staffordshire],
      [staffordshire, stokeOnTrent],
    ] as const)
      for (const l of a.levels) expect(mapLevel(a, l.id as never, b).rationale.startsWith(`${basis} `), `${a.id} ${l.id}`).toBe(true);
  });
});
