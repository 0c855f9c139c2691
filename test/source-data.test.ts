// Data checked against the source documents themselves: routing, contacts, links,
// factors to consider, statements and gaps. The documents are read from
// ../shared/sources (CI) or ../../shared/sources (a worktree); where they are absent
// (a fresh clone of the package alone) the source-reading tests print why and check nothing,
// like the data-coverage test, instead of skipping.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FrameworkSchema, type FrameworkData } from '../src/schema.js';
import { readJson, root } from './helpers.js';

const dir = [`${root}../shared/sources/`, `${root}../../shared/sources/`].find((d) => existsSync(`${d}000_d4320091f6384387.txt`));
const norm = (s: string): string =>
  s
    .replace(/\*\*|\\/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const text = (file: string): string => (dir ? norm(readFileSync(`${dir}${file}`, 'utf8')) : '');
const stokeText = text('000_d4320091f6384387.txt');
const staffsText = text('001_ab9356ec1506d641.txt');
const stoke = FrameworkSchema.parse(readJson('data/frameworks/stoke-on-trent.json'));
const staffs = FrameworkSchema.parse(readJson('data/frameworks/staffordshire.json'));
const withSources = (name: string, fn: () => void): void => {
  it(name, () => {
    if (!dir) {
      console.warn(`not checked against the sources (the source documents are not at ../shared/sources): ${name}`);
      return;
    }
    fn();
  });
};
const sourcesNote = '';

/** every cited text of a framework (statements, contacts, links, actions, consent steps, indicators) with its source */
function cited(fw: FrameworkData): { path: string; text: string; page: number | undefined; section: string }[] {
  const out: { path: string; text: string; page: number | undefined; section: string }[] = [];
  const walk = (o: unknown, path: string): void => {
    if (Array.isArray(o)) o.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (o !== null && typeof o === 'object') {
      const r = o as { text?: unknown; when?: unknown; source?: { section?: string; page?: number } };
      const t = typeof r.text === 'string' ? r.text : typeof r.when === 'string' ? r.when : undefined;
      if (t !== undefined && r.source?.section !== undefined) out.push({ path, text: t, page: r.source.page, section: r.source.section });
      for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
    }
  };
  walk(fw, fw.id);
  return out;
}

describe('routing and contacts, from the sources', () => {
  it('Staffordshire: SCAS and EDS are for Level 3 and Level 4 referrals (p. 14 names both levels)', () => {
    const scas = staffs.contacts.find((c) => c.id === 'scas')!;
    expect(scas.levels).toEqual([3, 4]);
    expect(scas.when).toMatch(/^New referrals for children who meet the threshold for Level 3 and Level 4/);
    expect(staffs.contacts.find((c) => c.id === 'eds')!.levels).toEqual([3, 4]);
  });
  it('Staffordshire: the Level 4 action no longer ends on a dangling "by phone:"', () => {
    const action = staffs.levels[3]!.action.text;
    expect(action).not.toMatch(/:\s*$/);
    expect(action).toMatch(/by phone: Staffordshire Children's Advice and Support \(SCAS\) 0300 111 8007$/);
  });
  it('Stoke-on-Trent: the non-urgent referral route is the Integrated Front Door portal; the phone line is for emergency safeguarding referrals', () => {
    const portal = stoke.contacts.find((c) => c.role === 'referral-portal')!;
    expect(portal.levels).toEqual([5]);
    expect(portal.urgency).toMatchObject({ urgent: false, text: 'For non urgent risk referrals' });
    expect(stoke.contacts.find((c) => c.id === 'integrated-front-door')!.urgency).toMatchObject({ urgent: true, text: 'for emergency safeguarding referrals' });
    expect(stoke.contacts.find((c) => c.id === 'emergency-duty-team')!.urgency?.text).toMatch(/Significant Harm/);
  });
  it('Stoke-on-Trent: the useful links and the nine factors to consider', () => {
    expect(stoke.links!.map((l) => l.id)).toEqual([
      'safeguarding-children-partnership',
      'community-directory',
      'register-early-help',
      'digital-family-hub',
      'inourplace',
      'prevent-and-channel',
      'young-carer-referral',
      'combined-wellbeing',
      'send-local-offer',
    ]);
    expect(stoke.factorsToConsider).toHaveLength(9);
  });
  it('Staffordshire: the young carers s17 right and the significant-harm paragraph', () => {
    expect(staffs.statements!.map((s) => [s.id, s.levels ?? s.tags])).toEqual([
      ['young-carers-s17', ['young-carer']],
      ['significant-harm', [4]],
    ]);
  });
  withSources(`every contact, link, factor, statement, gap source and level action quotes its document${sourcesNote}`, () => {
    for (const [fw, src] of [
      [stoke, stokeText],
      [staffs, staffsText],
    ] as const) {
      const quotes = [
        ...fw.contacts.flatMap((c) => [c.when, c.urgency?.text, c.closedOnBankHolidays?.text]),
        ...(fw.links ?? []).flatMap((l) => [l.name, l.text, l.url]),
        ...(fw.factorsToConsider ?? []).map((f) => f.text),
        ...(fw.statements ?? []).map((s) => s.text),
        ...fw.levels.map((l) => l.action.text),
      ].filter((q): q is string => q !== undefined);
      for (const q of quotes) {
        // a completed action spans two printed lines: each part is in the document
        for (const part of q.split(/(?<=by phone:) /)) expect(src.includes(norm(part)), `${fw.id}: ${part}`).toBe(true);
      }
    }
  });
});

describe('search vocabulary', () => {
  it('"mash" (the multi-agency safeguarding hub, a front door) is no domestic-abuse synonym', () => {
    const v = readJson('data/vocabularies/synonyms.json') as {
      concepts?: { terms: string[]; tags?: string[] }[];
      entries?: { terms: string[]; tags?: string[] }[];
    };
    const entries = v.concepts ?? v.entries ?? [];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((e) => e.terms.some((t) => t.toLowerCase() === 'mash') && (e.tags ?? []).includes('domestic-abuse'))).toEqual([]);
  });
});

describe('gaps in the source as supplied', () => {
  const gap = staffs.gaps!.find((g) => g.id === 'level-3-single-table')!;
  it('records that Staffordshire prints no Level 3 descriptors for eight sub-domains, and the data agrees', () => {
    expect(gap.level).toBe(3);
    expect(gap.areas).toEqual(['identity', 'relationships', 'presentation', 'self-care', 'exploitation', 'housing-finance', 'social-integration', 'community']);
    for (const area of gap.areas) {
      expect(
        staffs.indicators.filter((i) => i.area === area && i.level === 3),
        area,
      ).toEqual([]);
      expect(
        staffs.indicators.some((i) => i.area === area && i.level !== 3),
        area,
      ).toBe(true);
    }
  });
  withSources(`the Level 3 table of the source has no heading for those sub-domains${sourcesNote}`, () => {
    const start = staffsText.indexOf('LEVEL 3: Targeted Early Help');
    const level3 = staffsText.slice(start, staffsText.indexOf('Level 4: Statutory / Specialist', start));
    expect(level3.length).toBeGreaterThan(500);
    for (const heading of [
      'Identity',
      'Family and Social Relationships',
      'Social Presentation',
      'Self-care',
      'Exploitation',
      'Housing',
      'Social Integration',
      'Community Resources',
    ]) {
      expect(level3.toLowerCase().includes(`<p>${heading.toLowerCase()}`), heading).toBe(false);
    }
    for (const heading of ['Health', 'Education and Learning', 'Emotional Warmth', 'Family History and Functioning'])
      expect(level3).toContain(`<p>${heading}</p>`);
  });
  it('the 31 descriptors of the second Level 2 table cite page 9', () => {
    const second = staffs.indicators.filter(
      (i) =>
        i.level === 2 &&
        ['identity', 'relationships', 'presentation', 'self-care', 'exploitation', 'housing-finance', 'social-integration', 'community'].includes(i.area),
    );
    expect(second).toHaveLength(31);
    expect(new Set(second.map((i) => i.source.page))).toEqual(new Set([9]));
    expect(staffs.indicators.filter((i) => i.level === 2 && !second.includes(i)).every((i) => i.source.page === 8)).toBe(true);
  });
  it('one sentence cited in several places cites one page', () => {
    for (const fw of [stoke, staffs]) {
      const pages = new Map<string, Set<number | undefined>>();
      for (const c of cited(fw)) {
        if (!pages.has(c.text)) pages.set(c.text, new Set());
        // an area's repeated action text is printed on each area's own page: not one sentence
        if (!c.path.includes('.areas[') && !c.path.includes('.indicators[')) pages.get(c.text)!.add(c.page);
      }
      const split = [...pages].filter(([, p]) => p.size > 1).map(([t]) => t);
      expect(split, fw.id).toEqual([]);
    }
  });
});
