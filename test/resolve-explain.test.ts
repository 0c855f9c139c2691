// What a person reads in a resolution: the one-line summary, the three practice questions answered, the
// considerations, the areas and the sources. Every expected sentence is written from the documents' data (level
// names, descriptor texts, printed questions and statements) and the wording the library documents for each part.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineFramework } from '../src/define.js';
import { resolveLevel, staffordshire, stokeOnTrent, type Framework } from '../src/index.js';
import { root } from './helpers.js';

const example = () => JSON.parse(readFileSync(`${root}docs/examples/example-borough.json`, 'utf8')) as Record<string, unknown>;
const ids = (list: readonly { id: string }[]) => list.map((i) => i.id);
const text = (fw: Framework, id: string) => fw.indicators.find((i) => i.id === id)!.text;
const level = (fw: Framework, rank: number) => fw.levels[rank - 1]!;
const unstated = (words: string, area: string) =>
  `${words}: ${area} states no threshold for it, so it did not set the level; weigh it with professional judgement`;

describe('the summary', () => {
  it('names the area, the level and its rank, the drivers, and a measure the framework states no threshold for', () => {
    const r = resolveLevel(stokeOnTrent, { indicators: ['education-regular-attendance'], measures: { attendancePercent: 89, missingEpisodesLast90Days: 2 } });
    expect(r.summary).toBe(
      `Stoke-on-Trent: Getting Help (level 3 of 5) — 1 need(s) at Getting Help: "${text(stokeOnTrent, 'education-attendance-below-90')}"; ` +
        `${unstated('2 missing episode(s) in the last 90 days', 'Stoke-on-Trent')}.`,
    );
  });

  it('with nothing observed, says so; with only an unstated measure, says no descriptor was observed', () => {
    expect(resolveLevel(staffordshire, {}).summary).toBe('Staffordshire: Universal (level 1 of 4) — no needs observed.');
    expect(resolveLevel(staffordshire, { measures: { attendancePercent: 80 } }).summary).toBe(
      `Staffordshire: Universal (level 1 of 4) — no descriptor observed; ${unstated('attendance of 80 %', 'Staffordshire')}.`,
    );
  });

  it('a judgement that moves the level is named with the level indicated; one that agrees is not', () => {
    const self = text(staffordshire, 'health-self-harming-behaviours');
    const below = resolveLevel(staffordshire, { indicators: ['health-self-harming-behaviours'], judgement: { level: 1, reason: 'known to school' } });
    expect(below.summary).toBe(
      `Staffordshire: Universal (level 1 of 4) by professional judgement; indicated Targeted Early Help — 1 need(s) at Targeted Early Help: "${self}".`,
    );
    const same = resolveLevel(staffordshire, { indicators: ['health-self-harming-behaviours'], judgement: { level: 3, reason: 'agreed' } });
    expect(same.summary).toBe(`Staffordshire: Targeted Early Help (level 3 of 4) — 1 need(s) at Targeted Early Help: "${self}".`);
    const two = resolveLevel(stokeOnTrent, { indicators: ['education-attendance-below-90', 'crime-impulsive-lacks-self-control'] });
    expect(two.summary).toBe(
      `Stoke-on-Trent: Getting Help (level 3 of 5) — 2 need(s) at Getting Help: "${text(stokeOnTrent, 'education-attendance-below-90')}"; "${text(stokeOnTrent, 'crime-impulsive-lacks-self-control')}".`,
    );
  });
});

describe('the three practice questions', () => {
  it('Stoke-on-Trent prints them: its wording and page; needs highest first, then a measure it states no threshold for', () => {
    const r = resolveLevel(stokeOnTrent, { indicators: ['education-regular-attendance'], measures: { attendancePercent: 89, missingEpisodesLast90Days: 2 } });
    expect(r.questions.map(({ id, question, source }) => ({ id, question, source }))).toEqual(
      stokeOnTrent.practiceQuestions.map(({ id, text: question, source }) => ({ id, question, source })),
    );
    expect(r.questions[0].answers).toEqual([text(stokeOnTrent, 'education-regular-attendance')]);
    expect(r.questions[1].answers).toEqual([
      text(stokeOnTrent, 'education-attendance-below-90'),
      text(stokeOnTrent, 'education-attendance-below-95'),
      `${unstated('2 missing episode(s) in the last 90 days', 'Stoke-on-Trent')}.`,
    ]);
  });

  it('Staffordshire prints none: the library’s wording, no source, and an unstated measure begun with a capital', () => {
    const r = resolveLevel(staffordshire, { indicators: ['health-self-harming-behaviours', 'health-registered-with-gp'], measures: { attendancePercent: 80 } });
    expect(r.questions.map((q) => [q.id, q.question, 'source' in q])).toEqual([
      ['working-well', 'What is working well?', false],
      ['worried-about', 'What are we worried about?', false],
      ['needs-to-happen', 'What needs to happen?', false],
    ]);
    expect(r.questions[0].answers).toEqual(['Registered with a GP']);
    expect(r.questions[1].answers).toEqual(['Self-harming behaviours', `${unstated('Attendance of 80 %', 'Staffordshire')}.`]);
  });

  it('what needs to happen: the level’s action, then whom to call in danger (the built-ins print each area’s action as the level’s)', () => {
    const police = (fw: Framework) => fw.contacts.find((c) => c.role === 'police-emergency')!;
    const danger = (fw: Framework) => `If a child is in immediate danger: ${police(fw).name} ${police(fw).phone}`;
    expect(resolveLevel(staffordshire, {}).questions[2].answers).toEqual([level(staffordshire, 1).action.text, danger(staffordshire)]);
    // Getting Risk Support in two outcomes: the level's action once, the Prevent referral, the police
    const r = resolveLevel(stokeOnTrent, { indicators: ['crime-high-concern-radicalisation-extremism', 'education-missing-education-not-engaged'] });
    expect(r.questions[2].answers).toEqual([
      level(stokeOnTrent, 5).action.text,
      stokeOnTrent.routes.find((x) => x.id === 'prevent-referral')!.text,
      danger(stokeOnTrent),
    ]);
  });

  it('what needs to happen, in a framework whose areas print their own actions and routes: each once, in order', () => {
    const data = example();
    const src = { document: 'example-borough-thresholds', section: 'Actions', page: 6 };
    const areas = data.areas as { id: string; actions?: object[] }[];
    const levelTwo = (data.levels as { rank: number; action: { text: string } }[])[1]!.action.text;
    areas[0]!.actions = [{ level: 2, text: 'Talk to the attendance officer.', source: src }];
    areas[1]!.actions = [
      { level: 2, text: levelTwo, source: src },
      { level: 2, text: 'Offer a family support worker.', source: src },
    ];
    areas[2]!.actions = [{ level: 2, text: 'Offer a family support worker.', source: src }];
    data.routes = [
      { id: 'housing-options', name: 'Housing options', triggerTags: ['housing'], text: 'Refer to housing options.', disclosure: 'inform-family', source: src },
      { id: 'marac', name: 'MARAC', triggerTags: ['domestic-abuse'], text: 'Refer to MARAC.', disclosure: 'inform-family', contact: 'front-door', source: src },
    ];
    const fw = defineFramework(data);
    const police = fw.contacts.find((c) => c.role === 'police-emergency')!;
    // level 2 in education and housing (a sub-area of home): the education action, then home's and housing's (the same, once)
    const r = resolveLevel(fw, { indicators: ['housing-overcrowded', 'education-attendance-below-92'] });
    expect(r.guidance.areaActions.map((x) => [x.area, x.text])).toEqual([
      ['education', 'Talk to the attendance officer.'],
      ['housing', 'Offer a family support worker.'],
    ]);
    expect(r.guidance.routes.map((t) => [t.route.id, t.triggeredBy, 'contact' in t])).toEqual([['housing-options', ['housing-overcrowded'], false]]);
    expect(r.questions[2].answers).toEqual([
      levelTwo,
      'Talk to the attendance officer.',
      'Offer a family support worker.',
      'Refer to housing options.',
      `If a child is in immediate danger: ${police.name} ${police.phone}`,
    ]);
    // home's own need: its action printed as the level's is not repeated
    const home = resolveLevel(fw, { indicators: ['home-parental-conflict'] });
    expect(home.guidance.areaActions.map((x) => x.text)).toEqual([levelTwo, 'Offer a family support worker.']);
    expect(home.questions[2].answers.slice(0, 2)).toEqual([levelTwo, 'Offer a family support worker.']);
    // a route with a contact names it; a level with no area action printed has none
    const abuse = resolveLevel(fw, { indicators: ['home-domestic-abuse'] });
    expect(abuse.guidance.routes.map((t) => [t.route.id, t.triggeredBy, t.contact?.id])).toEqual([['marac', ['home-domestic-abuse'], 'front-door']]);
    expect(abuse.guidance.areaActions).toEqual([]);
    // a police contact without a number: named alone, without a trailing space
    const noPhone = structuredClone(data);
    delete (noPhone.contacts as { role: string; phone?: string }[]).find((c) => c.role === 'police-emergency')!.phone;
    const named = resolveLevel(defineFramework(noPhone), { indicators: ['home-domestic-abuse'] });
    expect(named.questions[2].answers.at(-1)).toBe(`If a child is in immediate danger: ${police.name}`);
    // with no police contact, no danger line: the library invents no number
    data.contacts = (data.contacts as { role: string }[]).filter((c) => c.role !== 'police-emergency');
    const none = resolveLevel(defineFramework(data), { indicators: ['home-domestic-abuse'] });
    expect(['immediateDanger' in none.guidance, none.questions[2].answers.some((x) => x.includes('immediate danger'))]).toEqual([false, false]);
  });
});

describe('the considerations', () => {
  it('a judgement below the indicated level, with the reason, and the drivers it sets aside', () => {
    const r = resolveLevel(staffordshire, { indicators: ['health-self-harming-behaviours'], judgement: { level: 1, reason: 'known to school' } });
    expect(r.considerations).toEqual([
      {
        id: 'judgement-below-indicated',
        message:
          'Professional judgement places this at Universal (level 1), below the indicated Targeted Early Help (level 3). Reason given: "known to school". Record it, and discuss with your safeguarding lead.',
        indicators: ['health-self-harming-behaviours'],
      },
    ]);
  });

  it('a judgement above the indicated level, with the reason', () => {
    const r = resolveLevel(staffordshire, { indicators: ['health-self-harming-behaviours'], judgement: { level: 4, reason: 'a sibling on a plan' } });
    expect(r.considerations).toEqual([
      {
        id: 'judgement-above-indicated',
        message:
          'Professional judgement places this at Statutory / Specialist (level 4), above the indicated Targeted Early Help (level 3). Reason given: "a sibling on a plan".',
        indicators: [],
      },
    ]);
    expect(resolveLevel(staffordshire, { indicators: ['health-self-harming-behaviours'], judgement: { level: 3, reason: 'agreed' } }).considerations).toEqual(
      [],
    );
  });

  it('needs at one level in several areas, citing the document; not at the top level, where there is no higher one', () => {
    const r = resolveLevel(stokeOnTrent, {
      indicators: ['education-attendance-below-90', 'crime-impulsive-lacks-self-control', 'education-risk-fixed-term-suspension'],
    });
    expect(r.considerations).toEqual([
      {
        id: 'combined-needs',
        message:
          'Needs at Getting Help (level 3) in 2 areas (education, crime). Combined, they may indicate a higher level of support; this is not applied automatically.',
        statement: stokeOnTrent.considerations.find((c) => c.id === 'combined-needs'),
        indicators: ['education-attendance-below-90', 'education-risk-fixed-term-suspension', 'crime-impulsive-lacks-self-control'],
      },
    ]);
    const top = resolveLevel(stokeOnTrent, { indicators: ['education-missing-education-not-engaged', 'crime-frequent-prolonged-missing-episodes'] });
    expect(top.considerations.map((c) => c.id)).not.toContain('combined-needs');
  });

  it('strengths alongside needs, and a measure not stated, in the fixed order of importance', () => {
    const r = resolveLevel(stokeOnTrent, { indicators: ['education-regular-attendance'], measures: { attendancePercent: 89, missingEpisodesLast90Days: 2 } });
    expect(r.considerations.map((c) => c.id)).toEqual(['higher-descriptors-to-consider', 'strengths-alongside-needs', 'measure-not-applicable']);
    const [higher, strengths, measure] = r.considerations;
    // the document's level 4 descriptors on attendance, which state no number
    expect(higher).toEqual({
      id: 'higher-descriptors-to-consider',
      message: `The attendancePercent value 89 meets a stated threshold at level 3; the source states no number for higher levels. Consider whether these higher-level descriptors also apply: "${text(stokeOnTrent, 'education-persistent-non-attendance')}" (level 4); "${text(stokeOnTrent, 'crime-regularly-missing-education-employment')}" (level 4).`,
      indicators: ['education-persistent-non-attendance', 'crime-regularly-missing-education-employment'],
    });
    expect(strengths).toEqual({
      id: 'strengths-alongside-needs',
      message: '1 strength(s) observed alongside 2 need(s). Strengths may mitigate needs and should be built on; they never lower the indicated level.',
      statement: stokeOnTrent.considerations.find((c) => c.id === 'strengths-mitigate'),
      indicators: ['education-regular-attendance'],
    });
    // Stoke-on-Trent prints no number of missing episodes: its need descriptors on the subject (tagged "missing") are named
    const missing = stokeOnTrent.indicators.filter((i) => i.kind === 'need' && i.tags.includes('missing'));
    expect(missing.length).toBeGreaterThan(0);
    expect(measure).toEqual({
      id: 'measure-not-applicable',
      message: `${stokeOnTrent.name} (Stoke-on-Trent) states no threshold for missingEpisodesLast90Days; the value 2 was not used to set the level. Weigh it with professional judgement; its descriptors on the subject: ${missing.map((i) => `"${i.text}" (level ${i.level})`).join('; ')}.`,
      indicators: ids(missing),
    });
    // no threshold met: nothing higher to weigh
    expect(resolveLevel(stokeOnTrent, { measures: { attendancePercent: 97 } }).considerations).toEqual([]);
  });
});

describe('the considerations, together', () => {
  it('come in a fixed order of importance: a judgement below first, then higher descriptors, combined needs, a judgement above, strengths, a measure not stated', () => {
    const needs = ['education-regular-attendance', 'crime-impulsive-lacks-self-control'] as const;
    const measures = { attendancePercent: 89, missingEpisodesLast90Days: 2 };
    const below = resolveLevel(stokeOnTrent, { indicators: needs, measures, judgement: { level: 1, reason: 'why' } });
    expect(below.considerations.map((c) => c.id)).toEqual([
      'judgement-below-indicated',
      'higher-descriptors-to-consider',
      'combined-needs',
      'strengths-alongside-needs',
      'measure-not-applicable',
    ]);
    const above = resolveLevel(stokeOnTrent, { indicators: needs, measures: { attendancePercent: 89 }, judgement: { level: 5, reason: 'why' } });
    expect(above.considerations.map((c) => c.id)).toEqual([
      'higher-descriptors-to-consider',
      'combined-needs',
      'judgement-above-indicated',
      'strengths-alongside-needs',
    ]);
  });

  it('Staffordshire: a need where the document prints no level 3 descriptor comes after a judgement below and before combined needs', () => {
    // "Exploitation" prints no Level 3 table (the gap); a Level 2 need there, and Level 2 needs in two sub-domains
    const exploitation = staffordshire.indicators.find((i) => i.area === 'exploitation' && i.kind === 'need' && i.level === 2)!.id;
    const health = staffordshire.indicators.find((i) => i.area === 'health' && i.kind === 'need' && i.level === 2)!.id;
    const r = resolveLevel(staffordshire, { indicators: [exploitation, health], judgement: { level: 1, reason: 'why' } });
    expect(r.considerations.map((c) => c.id)).toEqual(['judgement-below-indicated', 'no-descriptors-at-level', 'combined-needs']);
  });

  it('none where there is nothing to weigh: the highest stated threshold met, or strengths alone', () => {
    // "3 or more" missing episodes is the top level (Statutory / Specialist): nothing higher to name
    expect(resolveLevel(staffordshire, { measures: { missingEpisodesLast90Days: 3 } }).considerations).toEqual([]);
    expect(resolveLevel(staffordshire, { indicators: ['health-registered-with-gp'] }).considerations).toEqual([]);
  });
});

describe('the areas and the sources', () => {
  it('an area counts the needs and strengths of its sub-areas, in the framework’s order, at the level of its highest need', () => {
    const r = resolveLevel(staffordshire, { indicators: ['health-registered-with-gp', 'health-self-harming-behaviours'] });
    expect(r.areas.map((a) => ({ area: a.area.id, level: a.level?.id, needs: ids(a.needs), strengths: ids(a.strengths) }))).toEqual([
      { area: 'child-development', level: 'targeted-early-help', needs: ['health-self-harming-behaviours'], strengths: ['health-registered-with-gp'] },
      { area: 'health', level: 'targeted-early-help', needs: ['health-self-harming-behaviours'], strengths: ['health-registered-with-gp'] },
    ]);
    // needs alone: no strengths
    const needs = resolveLevel(staffordshire, { indicators: ['health-self-harming-behaviours'] });
    expect(needs.areas.map((a) => [a.area.id, a.level?.id, ids(a.strengths)])).toEqual([
      ['child-development', 'targeted-early-help', []],
      ['health', 'targeted-early-help', []],
    ]);
    // strengths alone: the area has no level
    const s = resolveLevel(staffordshire, { indicators: ['health-registered-with-gp'] });
    expect(s.areas.map((a) => [a.area.id, 'level' in a, ids(a.needs)])).toEqual([
      ['child-development', false, []],
      ['health', false, []],
    ]);
    expect(resolveLevel(staffordshire, {}).areas).toEqual([]);
  });

  it('cites the level, its action, every need, strength, route and contact, and the statements relied on, each once, in that order', () => {
    const r = resolveLevel(stokeOnTrent, { indicators: ['crime-high-concern-radicalisation-extremism', 'education-regular-attendance'] });
    const key = (s: { document: string; section: string; page?: number | undefined }) => `${s.document}|${s.section}|${s.page ?? ''}`;
    const of = <T extends { id: string; source: { document: string; section: string; page?: number | undefined } }>(list: readonly T[], id: string) =>
      list.find((x) => x.id === id)!.source;
    // Getting Risk Support; the request-for-service contacts the data ties to level 5, and the police
    const contacts = ['integrated-front-door', 'emergency-duty-team', 'integrated-front-door-portal', 'police-emergency'];
    const expected = [
      level(stokeOnTrent, 5).source,
      level(stokeOnTrent, 5).action.source,
      of(stokeOnTrent.indicators, 'crime-high-concern-radicalisation-extremism'),
      of(stokeOnTrent.indicators, 'education-regular-attendance'),
      of(stokeOnTrent.routes, 'prevent-referral'),
      ...contacts.map((c) => of(stokeOnTrent.contacts, c)),
      of(stokeOnTrent.considerations, 'strengths-mitigate'),
    ];
    expect(ids(r.guidance.contacts)).toEqual(contacts);
    expect(r.sources.map(key)).toEqual([...new Set(expected.map(key))]);
  });
});
