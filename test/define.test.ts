import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  carryAssessment,
  contactFor,
  decideConsent,
  findIndicators,
  getIndicator,
  getLevel,
  mapLevel,
  resolveLevel,
  staffordshire,
  stokeOnTrent,
} from '../src/index.js';
import { defineFramework } from '../src/define-entry.js';
import { codeOf, errorOf, readJson, root } from './helpers.js';

// JSON.parse gives `any`: the fixture is edited freely
const example = () => JSON.parse(readFileSync(`${root}docs/examples/example-borough.json`, 'utf8'));

describe('defineFramework', () => {
  it('validates, freezes and indexes a third framework so every function works on it', () => {
    const fw = defineFramework(example());
    expect(Object.isFrozen(fw) && Object.isFrozen(fw.indicators[0])).toBe(true);
    expect(getLevel(fw, 'level-2').rank).toBe(2);
    expect(getIndicator(fw, 'housing-overcrowded').area).toBe('housing');
    expect(findIndicators(fw, { area: 'home' }).map((i) => i.id)).toEqual([
      'home-parental-conflict',
      'home-domestic-abuse',
      'housing-overcrowded',
      'housing-no-fixed-address',
    ]);
    expect(resolveLevel(fw, { measures: { attendancePercent: 91 } }).level.id).toBe('level-2');
    expect(resolveLevel(fw, { measures: { attendancePercent: 92 } }).level.id).toBe('level-1');
    expect(contactFor(fw, { at: new Date('2026-11-24T08:59:00Z') }).contact?.id).toBe('out-of-hours');
    expect(contactFor(fw, { at: new Date('2026-11-24T09:00:00Z') }).contact?.id).toBe('front-door');
    expect(mapLevel(fw, 2, fw).to.map((l) => l.id)).toEqual(['level-2']);
    expect(codeOf(() => mapLevel(fw, 1, stokeOnTrent))).toBe('NO_CROSSWALK');
    expect(codeOf(() => carryAssessment(fw, {}, staffordshire))).toBe('NO_CROSSWALK');
    expect(codeOf(() => decideConsent(fw, { purpose: 'information-sharing', concern: 'wellbeing', consent: 'given' }))).toBe('UNSUPPORTED_PURPOSE');
  });

  it('copies its input: later changes to the input have no effect, and the input is not frozen', () => {
    const input = example();
    const fw = defineFramework(input);
    input.indicators[0].level = 3;
    expect(fw.indicators[0]!.level).toBe(1);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it("accepts the built-in frameworks' own data", () => {
    for (const f of ['stoke-on-trent', 'staffordshire']) {
      const fw = defineFramework(readJson(`data/frameworks/${f}.json`));
      expect(fw.indicators.length).toBeGreaterThan(200);
      expect(mapLevel(fw, 1, f === 'staffordshire' ? stokeOnTrent : staffordshire).to.length).toBeGreaterThan(0);
    }
  });

  it('lists every problem with its JSON path, not just the first', () => {
    const bad = example();
    bad.levels[1].rank = 7;
    bad.indicators[0].area = 'schooling';
    bad.indicators[1].tags = ['truancy'];
    bad.indicators[2].id = bad.indicators[3].id;
    delete bad.contacts[0].when;
    bad.extra = true;
    const e = errorOf(() => defineFramework(bad));
    expect(e.code).toBe('INVALID_FRAMEWORK');
    const paths = e.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['contacts.0.when', '', 'levels.1.rank', 'indicators.0.area', 'indicators.1.tags.0', 'indicators.3.id']));
  });

  it('rejects level ids of a crosswalked scale that the crosswalk does not know', () => {
    const bad = example();
    bad.scale = { id: 'i-thrive', name: 'i-THRIVE' };
    const e = errorOf(() => defineFramework(bad));
    expect(e.issues.some((i) => i.path.join('.') === 'levels.0.id' && /crosswalked/.test(i.message))).toBe(true);
  });

  it('rejects measures where a worse value would imply a lower level', () => {
    const bad = example();
    bad.indicators[2].measure = { quantity: 'attendancePercent', below: 95 };
    const e = errorOf(() => defineFramework(bad));
    expect(e.issues.map((i) => i.path.join('.'))).toContain('indicators.2.measure');
  });

  it('rejects a consent rule that would stop a referral at significant harm (do-not-proceed must stay below it)', () => {
    const issuesFor = (when: unknown) => {
      const fw = readJson('data/frameworks/stoke-on-trent.json') as any; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixture edited freely
      fw.consent.rules[0] = { ...fw.consent.rules[0], outcome: 'do-not-proceed', when };
      try {
        defineFramework(fw);
        return [];
      } catch (e) {
        return errorOf(() => {
          throw e;
        }).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      }
    };
    const rule = 'consent.rules.0.outcome: do-not-proceed must be limited to concerns below significant harm';
    expect(issuesFor([{ concern: ['significant-harm'] }])).toContain(rule);
    expect(issuesFor([{ concern: ['child-in-need', 'significant-harm'] }])).toContain(rule);
    // a condition without `concern` matches every concern, significant harm included
    expect(issuesFor([{ consent: ['refused'] }])).toContain(rule);
    // below significant harm it is a lawful outcome
    expect(issuesFor([{ concern: ['wellbeing'], consent: ['refused'] }])).not.toContain(rule);
  });

  it('rejects an area that is its own ancestor, directly or through others', () => {
    const cycle = example();
    const home = cycle.areas.findIndex((a: { id: string }) => a.id === 'home');
    cycle.areas[home].parent = 'housing'; // housing's parent is home
    expect(errorOf(() => defineFramework(cycle)).issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toContain(
      `areas.${home}.parent: area 'home' is its own ancestor`,
    );
    const self = example();
    self.areas[0].parent = self.areas[0].id;
    expect(errorOf(() => defineFramework(self)).issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toContain(
      `areas.0.parent: area '${self.areas[0].id}' is its own ancestor`,
    );
  });

  it('rejects missing-episode thresholds where more episodes would imply a lower level (higher is worse)', () => {
    const at = (fw: any, level: number) => fw.indicators.findIndex((i: { level: number; kind: string }) => i.level === level && i.kind === 'need'); // eslint-disable-line @typescript-eslint/no-explicit-any -- fixture
    const bad = example();
    bad.indicators[at(bad, 2)].measure = { quantity: 'missingEpisodesLast90Days', atLeast: 3 };
    bad.indicators[at(bad, 3)].measure = { quantity: 'missingEpisodesLast90Days', atLeast: 1 };
    expect(errorOf(() => defineFramework(bad)).issues.map((i) => i.path.join('.'))).toContain(`indicators.${at(bad, 3)}.measure`);
    // the same thresholds the right way round are accepted
    const good = example();
    good.indicators[at(good, 2)].measure = { quantity: 'missingEpisodesLast90Days', atLeast: 1 };
    good.indicators[at(good, 3)].measure = { quantity: 'missingEpisodesLast90Days', atLeast: 3 };
    expect(codeOf(() => defineFramework(good))).toBe('no error');
  });

  it('rejects anything that is not framework data with INVALID_FRAMEWORK', () => {
    for (const x of [null, undefined, 42, 'stoke-on-trent', [], {}, stokeOnTrent.levels]) expect(codeOf(() => defineFramework(x))).toBe('INVALID_FRAMEWORK');
  });
});
