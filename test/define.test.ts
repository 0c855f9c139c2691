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

const example = () => JSON.parse(readFileSync(`${root}docs/examples/example-borough.json`, 'utf8')) as any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test fixture edited freely

describe('defineFramework', () => {
  it('validates, freezes and indexes a third framework so every function works on it', () => {
    const fw = defineFramework(example());
    expect(Object.isFrozen(fw) && Object.isFrozen(fw.indicators[0])).toBe(true);
    expect(getLevel(fw, 'level-2').rank).toBe(2);
    expect(getIndicator(fw, 'housing-overcrowded').area).toBe('housing');
    expect(findIndicators(fw, { area: 'home' }).map((i) => i.id)).toEqual(['home-parental-conflict', 'home-domestic-abuse', 'housing-overcrowded', 'housing-no-fixed-address']);
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

  it('accepts the built-in frameworks\' own data', () => {
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
    expect(paths).toEqual(
      expect.arrayContaining(['contacts.0.when', '', 'levels.1.rank', 'indicators.0.area', 'indicators.1.tags.0', 'indicators.3.id']),
    );
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

  it('rejects anything that is not framework data with INVALID_FRAMEWORK', () => {
    for (const x of [null, undefined, 42, 'stoke-on-trent', [], {}, stokeOnTrent.levels]) expect(codeOf(() => defineFramework(x))).toBe('INVALID_FRAMEWORK');
  });
});
