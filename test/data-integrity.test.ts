import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../src/sha256.js';
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameworks } from '../src/frameworks.js';
import { CrosswalkSchema, FrameworkSchema, TagVocabularySchema, type FrameworkData } from '../src/schema.js';
import { validateFramework } from '../src/validate.js';
import { readJson, root } from './helpers.js';
import { renderFramework } from '../scripts/snapshot-lib.js';
import { readFileSync } from 'node:fs';

const vocabulary = TagVocabularySchema.parse(readJson('data/vocabularies/tags.json'));
const tagIds = new Set(vocabulary.tags.map((t) => t.id));
const crosswalks = readdirSync(`${root}data/crosswalks`).map((f) => CrosswalkSchema.parse(readJson(`data/crosswalks/${f}`)));
const files = readdirSync(`${root}data/frameworks`).filter((f) => f.endsWith('.json'));
const data = new Map<string, FrameworkData>(files.map((f) => [f, FrameworkSchema.parse(readJson(`data/frameworks/${f}`))]));
const stoke = data.get('stoke-on-trent.json')!;
const staffs = data.get('staffordshire.json')!;
const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');

describe('framework data files', () => {
  it('are exactly the two built-in frameworks', () => {
    expect(files.sort()).toEqual(['staffordshire.json', 'stoke-on-trent.json']);
  });

  for (const [file, fw] of data) {
    describe(file, () => {
      it('validates against the schema, every cross-reference, the crosswalks and the measure rules', () => {
        const result = validateFramework(readJson(`data/frameworks/${file}`), { tagIds, crosswalks });
        expect(result.ok ? [] : result.issues).toEqual([]);
      });

      it('has a unique, kebab-case, non-positional id per indicator, namespaced by area', () => {
        const ids = fw.indicators.map((i) => i.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const i of fw.indicators) {
          expect(i.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
          expect(i.id.startsWith(`${i.area}-`), i.id).toBe(true);
          // a trailing number must come from the text, not from a list position
          const n = /-(\d+)$/.exec(i.id)?.[1];
          if (n !== undefined) expect(i.text, i.id).toContain(n);
        }
      });

      it('carries no descriptor twice in one area, and no empty or padded text', () => {
        const seen = new Set<string>();
        for (const i of fw.indicators) {
          const key = `${i.area}|${norm(i.text)}`;
          expect(seen.has(key), i.text).toBe(false);
          seen.add(key);
          expect(i.text).toBe(i.text.trim());
          expect(i.text).not.toMatch(/\s{2,}|^[•\-–]\s/);
        }
      });

      it('tags and cites every indicator', () => {
        for (const i of fw.indicators) {
          expect(i.tags.length, i.id).toBeGreaterThan(0);
          expect(i.source.document).toBe(fw.documents[0]!.id);
          expect(i.source.page, i.id).toBeGreaterThan(0);
        }
      });

      it('has indicators at every level and in every leaf area', () => {
        for (const l of fw.levels)
          expect(
            fw.indicators.some((i) => i.level === l.rank),
            l.id,
          ).toBe(true);
        const parents = new Set(fw.areas.map((a) => a.parent));
        for (const a of fw.areas.filter((x) => !parents.has(x.id))) {
          expect(
            fw.indicators.some((i) => i.area === a.id),
            a.id,
          ).toBe(true);
        }
      });

      it('states needs and strengths sensibly: strengths only at level 1', () => {
        for (const i of fw.indicators) if (i.kind === 'strength') expect(i.level, i.id).toBe(1);
        expect(fw.indicators.filter((i) => i.level === 1 && i.kind === 'strength').length).toBeGreaterThan(40);
      });

      it('matches the built-in framework exported by the library', () => {
        const builtIn = frameworks.find((f) => f.id === fw.id);
        const { dataHash, ...data } = JSON.parse(JSON.stringify(builtIn));
        expect(data).toEqual(fw);
        // the build's dataHash is the SHA-256 of the file's canonical JSON (checked against node:crypto)
        expect(dataHash).toBe(createHash('sha256').update(canonicalJson(fw), 'utf8').digest('hex'));
      });

      it('has an up-to-date Markdown snapshot in docs/frameworks', () => {
        const committed = readFileSync(`${root}docs/frameworks/${fw.id}.md`, 'utf8');
        expect(committed, 'run `npm run snapshot` and review the diff').toBe(renderFramework(fw as never));
      });
    });
  }

  it('has the expected level scales', () => {
    expect(stoke.levels.map((l) => l.id)).toEqual(['thriving', 'getting-advice', 'getting-help', 'getting-more-help', 'getting-risk-support']);
    expect(staffs.levels.map((l) => l.id)).toEqual(['universal', 'universal-plus', 'targeted-early-help', 'statutory-specialist']);
    expect(stoke.areas.filter((a) => a.parent === undefined)).toHaveLength(10);
    expect(staffs.areas.filter((a) => a.parent === undefined).map((a) => a.id)).toEqual(['child-development', 'parents-carers', 'family-environment']);
  });

  it('encodes exactly the numeric thresholds the texts state', () => {
    const measured = [...stoke.indicators, ...staffs.indicators].filter((i) => i.measure).map((i) => [i.text, i.measure]);
    expect(measured).toEqual([
      ['Emerging attendance concerns, attendance has dropped below 95%.', { quantity: 'attendancePercent', below: 95 }],
      ['Poor punctuality, frequent absence from school, attendance below 90%.', { quantity: 'attendancePercent', below: 90 }],
      ['Incidents of missing from home (less than 3 incidents in 90 days)', { quantity: 'missingEpisodesLast90Days', atLeast: 1, below: 3 }],
      ['Persistent and regular incidents of missing from home (three or more incidents in 90 days)', { quantity: 'missingEpisodesLast90Days', atLeast: 3 }],
    ]);
    const levelOf = (t: string) => [...stoke.indicators, ...staffs.indicators].find((i) => i.text === t)!.level;
    expect(levelOf('Emerging attendance concerns, attendance has dropped below 95%.')).toBe(2);
    expect(levelOf('Poor punctuality, frequent absence from school, attendance below 90%.')).toBe(3);
  });

  it('encodes the source quirks as the source means them, with notes', () => {
    const abuse = stoke.areas.find((a) => a.id === 'abuse-and-exploitation')!;
    const l5 = abuse.actions!.find((a) => a.level === 5)!;
    expect(l5.text).toMatch(/^Request for service to Children's Social Care\./);
    expect(l5.printed).toMatch(/^Complete an Early Help Assessment\./);
    expect(l5.note).toBeTruthy();
    const peer = stoke.indicators.find((i) => i.text === 'Peer-on-peer exploitation, abuse or Bullying.')!;
    expect([peer.level, peer.area, Boolean(peer.note)]).toEqual([5, 'abuse-and-exploitation', true]);
    const offending = staffs.indicators.find((i) => i.text.startsWith('Regular and persistent offending and reoffending'))!;
    expect(offending.text).toBe(
      'Regular and persistent offending and reoffending behaviour for serious offences resulting in custodial sentences or high risk public protection concerns',
    );
    expect([offending.level, Boolean(offending.note)]).toEqual([4, true]);
    const pnd = staffs.indicators.find((i) => i.text === 'There may be low level post-natal depression')!;
    expect([pnd.level, pnd.kind]).toEqual([1, 'need']);
  });

  it('names the Prevent route, contacts and practice questions from the sources', () => {
    const prevent = stoke.routes.find((r) => r.id === 'prevent-referral')!;
    expect(prevent.disclosure).toBe('do-not-disclose');
    expect(prevent.triggerTags).toContain('radicalisation');
    expect(stoke.practiceQuestions.map((q) => q.text)).toEqual(['What is working well?', 'What are we worried about?', 'What needs to happen?']);
    const phones = (fw: FrameworkData) => Object.fromEntries(fw.contacts.map((c) => [c.role, c.phone]));
    expect(phones(stoke)).toMatchObject({
      'front-door': '01782 235100',
      'out-of-hours': '01782 234234',
      'police-emergency': '999',
      'police-non-emergency': '101',
    });
    expect(phones(staffs)).toMatchObject({ 'front-door': '0300 111 8007', 'out-of-hours': '0345 604 2886', 'police-emergency': '999' });
    expect(staffs.contacts.some((c) => c.role === 'police-non-emergency')).toBe(false);
  });
});

describe('tag vocabulary', () => {
  it('defines each tag once, with broader tags that exist', () => {
    expect(tagIds.size).toBe(vocabulary.tags.length);
    for (const t of vocabulary.tags) if (t.broader) expect(tagIds.has(t.broader), t.id).toBe(true);
  });

  it('is used: every tag is on at least one indicator of the built-in frameworks', () => {
    const used = new Set([...stoke.indicators, ...staffs.indicators].flatMap((i) => i.tags));
    expect([...tagIds].filter((t) => !used.has(t))).toEqual([]);
  });

  it('maps onto every DfE Children in Need census assessment factor with a specific code', () => {
    const codes = new Set(vocabulary.tags.flatMap((t) => t.cin ?? []));
    // 23A (abuse linked to faith or belief) is absent on purpose: neither document speaks of faith or belief
    for (const c of [
      '1A',
      '2A',
      '3A',
      '4A',
      '5A',
      '6A',
      '7A',
      '8B',
      '9A',
      '10A',
      '11A',
      '12A',
      '13A',
      '14A',
      '15A',
      '16A',
      '17A',
      '18B',
      '19B',
      '22A',
      '24A',
    ]) {
      expect(codes.has(c), c).toBe(true);
    }
  });
});

describe('crosswalk data', () => {
  const cw = CrosswalkSchema.parse(readJson('data/crosswalks/i-thrive--windscreen.json'));
  it('covers every level of both scales, cites both documents and is monotone', () => {
    expect(cw.scales).toEqual(['i-thrive', 'windscreen']);
    const rank = (fw: FrameworkData, id: string) => fw.levels.find((l) => l.id === id)?.rank;
    for (const l of stoke.levels)
      expect(
        cw.pairs.some((p) => p.from === l.id),
        l.id,
      ).toBe(true);
    for (const l of staffs.levels)
      expect(
        cw.pairs.some((p) => p.to === l.id),
        l.id,
      ).toBe(true);
    for (const p of cw.pairs) {
      expect(rank(stoke, p.from)).toBeDefined();
      expect(rank(staffs, p.to)).toBeDefined();
      expect(p.sources.map((s) => s.document).sort()).toEqual([staffs.documents[0]!.id, stoke.documents[0]!.id].sort());
    }
    // monotone: no two pairs cross
    for (const p of cw.pairs) {
      for (const q of cw.pairs) {
        if (rank(stoke, p.from)! < rank(stoke, q.from)!) expect(rank(staffs, p.to)!).toBeLessThanOrEqual(rank(staffs, q.to)!);
      }
    }
  });
});

describe('data coverage of the source documents', () => {
  // beside the repository, or beside the folder of a git worktree (as the source documents are looked for)
  const candidates = [`${root}../shared/tools/data-coverage`, `${root}../../shared/tools/data-coverage`];
  const tool = candidates.find((t) => existsSync(t)) ?? candidates[0]!;
  it('is 100 % (../shared/tools/data-coverage)', () => {
    if (!existsSync(tool)) {
      // the source documents and the coverage tool live beside the repository, not in it
      console.warn(`data coverage not measured: ${tool} is absent (it ships with the project's shared sources, outside the package)`);
      return;
    }
    const out = execFileSync(tool, [root], { encoding: 'utf8' });
    expect(out.trim().split('\n').pop()).toMatch(/\(100\.0%\)/);
  });
});
