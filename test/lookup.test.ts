import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  findIndicators,
  frameworks,
  getArea,
  getFramework,
  getIndicator,
  getLevel,
  isAreaId,
  isIndicatorId,
  isLevelId,
  mapLevel,
  carryAssessment,
  contactFor,
  searchIndicators,
  staffordshire,
  stokeOnTrent,
  tags,
} from '../src/index.js';
import { codeOf, errorOf, onlyThresholdError } from './helpers.js';

describe('frameworks registry', () => {
  it('lists both built-ins and finds them by id', () => {
    expect(frameworks.map((f) => f.id)).toEqual(['stoke-on-trent', 'staffordshire']);
    expect(getFramework('stoke-on-trent')).toBe(stokeOnTrent);
    expect(getFramework('staffordshire')).toBe(staffordshire);
  });

  it('names the valid ids for an unknown framework', () => {
    const e = errorOf(() => getFramework('stoke' as never));
    expect(e.code).toBe('UNKNOWN_FRAMEWORK');
    expect(e.message).toContain('"stoke"');
    expect(e.suggestions[0]).toBe('stoke-on-trent');
  });

  it('is deep-frozen: data cannot be changed by a caller', () => {
    for (const fw of frameworks) {
      expect(Object.isFrozen(fw)).toBe(true);
      for (const i of fw.indicators) expect(Object.isFrozen(i) && Object.isFrozen(i.tags) && Object.isFrozen(i.source)).toBe(true);
      for (const l of fw.levels) expect(Object.isFrozen(l.action) && Object.isFrozen(l.services)).toBe(true);
      expect(() => {
        (fw.levels as unknown as unknown[]).push({});
      }).toThrow(TypeError);
    }
    expect(Object.isFrozen(tags) && Object.isFrozen(tags[0])).toBe(true);
  });
});

describe('getLevel', () => {
  it('finds a level by rank and by id', () => {
    expect(getLevel(stokeOnTrent, 1).id).toBe('thriving');
    expect(getLevel(stokeOnTrent, 'getting-more-help').rank).toBe(4);
    expect(getLevel(staffordshire, 4).name).toBe('Statutory / Specialist');
  });

  it('rejects unknown ranks and ids, including the other scale, with suggestions', () => {
    expect(codeOf(() => getLevel(stokeOnTrent, 0))).toBe('UNKNOWN_LEVEL');
    expect(codeOf(() => getLevel(staffordshire, 5))).toBe('UNKNOWN_LEVEL');
    expect(codeOf(() => getLevel(stokeOnTrent, 2.5))).toBe('UNKNOWN_LEVEL');
    expect(codeOf(() => getLevel(stokeOnTrent, 'universal' as never))).toBe('UNKNOWN_LEVEL');
    const e = errorOf(() => getLevel(stokeOnTrent, 'getting-hlep' as never));
    expect(e.message).toContain('"getting-hlep"');
    expect(e.suggestions[0]).toBe('getting-help');
  });
});

describe('getArea and getIndicator', () => {
  it('find by id', () => {
    expect(getArea(stokeOnTrent, 'housing').name).toBe('Secure housing');
    expect(getArea(staffordshire, 'emotional').parent).toBe('emotional-behavioural');
    const first = staffordshire.indicators[0]!;
    expect(getIndicator(staffordshire, first.id)).toBe(first);
  });

  it('reject unknown ids with the nearest valid ones', () => {
    const e = errorOf(() => getArea(stokeOnTrent, 'houseing' as never));
    expect(e.code).toBe('UNKNOWN_AREA');
    expect(e.suggestions).toContain('housing');
    const near = stokeOnTrent.indicators.find((i) => i.id === 'education-attendance-below-90')!;
    const e2 = errorOf(() => getIndicator(stokeOnTrent, 'education-attendance-below-09' as never));
    expect(e2.code).toBe('UNKNOWN_INDICATOR');
    expect(e2.suggestions).toContain(near.id);
  });

  it('never resolves inherited object properties as ids', () => {
    for (const id of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(codeOf(() => getIndicator(stokeOnTrent, id as never))).toBe('UNKNOWN_INDICATOR');
      expect(codeOf(() => getArea(staffordshire, id as never))).toBe('UNKNOWN_AREA');
      expect(codeOf(() => getLevel(staffordshire, id as never))).toBe('UNKNOWN_LEVEL');
      expect(codeOf(() => getFramework(id as never))).toBe('UNKNOWN_FRAMEWORK');
    }
  });

  it('rejects an indicator id of the other framework', () => {
    expect(codeOf(() => getIndicator(stokeOnTrent, staffordshire.indicators[0]!.id as never))).toBe('UNKNOWN_INDICATOR');
  });
});

describe('findIndicators', () => {
  it('combines filters with AND, in source order', () => {
    const l4missing = findIndicators(staffordshire, { tag: 'missing', level: 4 });
    expect(l4missing.length).toBeGreaterThan(0);
    for (const i of l4missing) expect(i.level === 4 && i.tags.includes('missing')).toBe(true);
    const all = findIndicators(staffordshire);
    expect(all).toEqual(staffordshire.indicators);
    const order = all.map((i) => i.id);
    const some = findIndicators(staffordshire, { kind: 'need' }).map((i) => order.indexOf(i.id));
    expect([...some].sort((a, b) => a - b)).toEqual(some);
  });

  it('includes sub-areas when filtering by a domain', () => {
    const domain = findIndicators(staffordshire, { area: 'child-development' });
    const subAreas = new Set(staffordshire.areas.filter((a) => a.parent === 'child-development' || a.parent === 'emotional-behavioural').map((a) => a.id));
    expect(domain.length).toBe(staffordshire.indicators.filter((i) => subAreas.has(i.area)).length);
    expect(findIndicators(staffordshire, { area: 'emotional-behavioural' }).some((i) => i.area === 'behavioural')).toBe(true);
  });

  it('finds the Level 1 need among strengths', () => {
    expect(findIndicators(staffordshire, { area: 'parents-carers', level: 1, kind: 'need' }).map((i) => i.text)).toEqual([
      'There may be low level post-natal depression',
    ]);
  });

  it('is strict about its filter', () => {
    expect(codeOf(() => findIndicators(stokeOnTrent, { tags: 'missing' } as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => findIndicators(stokeOnTrent, { tag: 'missng' as never }))).toBe('INVALID_INPUT');
    expect(errorOf(() => findIndicators(stokeOnTrent, { tag: 'missng' as never })).suggestions).toContain('missing');
    expect(codeOf(() => findIndicators(stokeOnTrent, { kind: 'risk' as never }))).toBe('INVALID_INPUT');
    expect(codeOf(() => findIndicators(stokeOnTrent, { area: 'warmth' as never }))).toBe('UNKNOWN_AREA');
    expect(codeOf(() => findIndicators(stokeOnTrent, { level: 6 }))).toBe('UNKNOWN_LEVEL');
    expect(codeOf(() => findIndicators(stokeOnTrent, null as never))).toBe('INVALID_INPUT');
  });
});

describe('only ThresholdError is thrown (lookups, arbitrary input)', () => {
  const anyFramework = fc.oneof(fc.constantFrom<unknown>(stokeOnTrent, staffordshire), fc.anything());
  const calls: [string, (fw: unknown, x: unknown) => unknown][] = [
    ['getLevel', (fw, x) => getLevel(fw as never, x as never)],
    ['getArea', (fw, x) => getArea(fw as never, x as never)],
    ['getIndicator', (fw, x) => getIndicator(fw as never, x as never)],
    ['findIndicators', (fw, x) => findIndicators(fw as never, x as never)],
    ['getFramework', (_fw, x) => getFramework(x as never)],
  ];
  for (const [name, call] of calls) {
    fcTest.prop([anyFramework, fc.anything({ withNullPrototype: true, withObjectString: true })])(`${name} returns or throws ThresholdError`, (fw, x) => {
      onlyThresholdError(() => call(fw, x));
    });
  }
});

describe('findIndicators by tag', () => {
  it('includes narrower tags: mental-health finds self-harm items, housing finds homelessness items', () => {
    const mh = findIndicators(staffordshire, { tag: 'mental-health' });
    const selfHarmOnly = staffordshire.indicators.filter((i) => i.tags.includes('self-harm') && !i.tags.includes('mental-health'));
    for (const i of selfHarmOnly) expect(mh).toContain(i);
    const housing = findIndicators(stokeOnTrent, { tag: 'housing' }).map((i) => i.text);
    expect(housing).toContain('Family at risk of eviction.');
    // the narrow tag does not widen
    for (const i of findIndicators(stokeOnTrent, { tag: 'homelessness' })) expect(i.tags).toContain('homelessness');
  });
});

describe('errors that say everything', () => {
  it('names an id of the other built-in framework as such', () => {
    expect(errorOf(() => getLevel(stokeOnTrent, 'universal-plus' as never)).message).toContain(
      '"universal-plus" is a Staffordshire level; this is Stoke-on-Trent',
    );
    expect(errorOf(() => getArea(stokeOnTrent, 'warmth' as never)).message).toContain('"warmth" is a Staffordshire area; this is Stoke-on-Trent');
    expect(errorOf(() => getIndicator(staffordshire, 'housing-risk-of-eviction' as never)).message).toContain(
      `"housing-risk-of-eviction" looks like a Stoke-on-Trent indicator id (it begins with Stoke-on-Trent's area "housing"); this is Staffordshire`,
    );
    // an area id both frameworks have ("health") does not decide: the other is named only as possible
    expect(errorOf(() => getIndicator(stokeOnTrent, 'health-registered-with-gp' as never)).message).not.toContain('looks like');
    expect(errorOf(() => getIndicator(stokeOnTrent, 'health-registered-with-gp' as never)).message).toContain(
      '"health-registered-with-gp" may be a Staffordshire indicator id (it begins with "health", an area of both Staffordshire and Stoke-on-Trent)',
    );
    expect(errorOf(() => getLevel(stokeOnTrent, 'getting-hlep' as never)).message).not.toContain('Staffordshire');
  });

  it('reports every problem of a filter at once, each with its path', () => {
    const e = errorOf(() => findIndicators(stokeOnTrent, { area: 'houseing', level: 9, tag: 'missng', kind: 'needs' } as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map((i) => i.path)).toEqual([['area'], ['level'], ['tag'], ['kind']]);
    expect(e.issues.map((i) => i.code)).toEqual(['UNKNOWN_AREA', 'UNKNOWN_LEVEL', 'INVALID_INPUT', undefined]);
  });

  it('writes an unknown key as a sentence naming the allowed keys', () => {
    expect(errorOf(() => searchIndicators(stokeOnTrent, 'DV', { max: 3 } as never)).message).toBe(
      'searchIndicators: options: unknown key "max". Allowed keys: limit.',
    );
  });

  it('describes a framework id that is not a string instead of printing undefined', () => {
    expect(errorOf(() => getFramework(undefined as never)).message).toContain('received undefined');
    expect(errorOf(() => getFramework(42 as never)).message).toContain('received 42');
    expect(errorOf(() => getFramework({} as never)).message).toContain('received an object');
    expect(errorOf(() => getFramework(new Map() as never)).message).toContain('received a Map');
  });

  it('names an invalid Date as invalid', () => {
    const e = errorOf(() => contactFor(stokeOnTrent, { at: new Date('not a date') }));
    expect(e.message).toContain('query.at is an invalid Date');
    expect(e.issues[0]!.path).toEqual(['at']);
  });

  it('applies one limit rule everywhere: a whole number from 1 to 1000', () => {
    for (const limit of [0, -1, 1.5, 1001, Number.NaN, '5']) {
      expect(
        codeOf(() => searchIndicators(stokeOnTrent, 'DV', { limit } as never)),
        String(limit),
      ).toBe('INVALID_INPUT');
      expect(
        codeOf(() => carryAssessment(stokeOnTrent, {}, staffordshire, limit as never)),
        String(limit),
      ).toBe('INVALID_INPUT');
    }
    for (const limit of [1, 1000]) {
      expect(codeOf(() => searchIndicators(stokeOnTrent, 'DV', { limit }))).toBe('no error');
      expect(codeOf(() => carryAssessment(stokeOnTrent, {}, staffordshire, limit))).toBe('no error');
    }
  });
});

describe('type guards for untrusted strings', () => {
  it("accept exactly the framework's own ids", () => {
    for (const fw of frameworks) {
      const other = fw === stokeOnTrent ? staffordshire : stokeOnTrent;
      for (const l of fw.levels) expect(isLevelId(fw, l.id)).toBe(true);
      for (const a of fw.areas) expect(isAreaId(fw, a.id)).toBe(true);
      for (const i of fw.indicators) expect(isIndicatorId(fw, i.id)).toBe(true);
      for (const l of other.levels) expect(isLevelId(fw, l.id)).toBe(fw.levels.some((x) => x.id === l.id));
      for (const i of other.indicators) expect(isIndicatorId(fw, i.id)).toBe(fw.indicators.some((x) => x.id === i.id));
    }
  });

  fcTest.prop([fc.constantFrom(stokeOnTrent, staffordshire), fc.anything()])('never throw for any value, and agree with the lookups', (fw, value) => {
    expect(isLevelId(fw, value)).toBe(typeof value === 'string' && codeOf(() => getLevel(fw, value as never)) === 'no error');
    expect(isAreaId(fw, value)).toBe(typeof value === 'string' && codeOf(() => getArea(fw, value as never)) === 'no error');
    expect(isIndicatorId(fw, value)).toBe(typeof value === 'string' && codeOf(() => getIndicator(fw, value as never)) === 'no error');
  });

  it('throw INVALID_INPUT when the first argument is not a framework', () => {
    expect(codeOf(() => isLevelId({} as never, 'x'))).toBe('INVALID_INPUT');
  });
});

describe('lookup errors name the function, the argument, the bad value and the valid ones', () => {
  const stokeLevels = ['thriving', 'getting-advice', 'getting-help', 'getting-more-help', 'getting-risk-support'];

  it('getLevel: an unknown rank lists every rank with its id', () => {
    const e = errorOf(() => getLevel(stokeOnTrent, 0));
    expect(e.code).toBe('UNKNOWN_LEVEL');
    expect(e.message).toBe(
      'getLevel: level 0 is not a rank of stoke-on-trent: ranks are whole numbers from 1 to 5 (1 "thriving", 2 "getting-advice", 3 "getting-help", 4 "getting-more-help", 5 "getting-risk-support").',
    );
  });

  it('getLevel: an unknown id is named, with the nearest ids', () => {
    const e = errorOf(() => getLevel(stokeOnTrent, 'getting-hlep' as never));
    expect(e.message).toMatch(/^getLevel: level "getting-hlep" is not a level of stoke-on-trent\. Did you mean "getting-help"/);
  });

  it('getLevel: a value that is neither a rank nor an id says what is expected, suggesting every level id', () => {
    for (const [value, shown] of [
      [true, 'true'],
      [null, 'null'],
      [['getting-help'], 'an array of 1 item'],
    ] as const) {
      const e = errorOf(() => getLevel(stokeOnTrent, value as never));
      expect(e.code).toBe('UNKNOWN_LEVEL');
      expect(e.message).toBe(`getLevel: level must be a rank (1 to 5) or a level id of stoke-on-trent; received ${shown}.`);
      expect(e.suggestions).toEqual(stokeLevels);
    }
  });

  it('getArea and getIndicator name themselves, the argument and the bad id', () => {
    expect(errorOf(() => getArea(stokeOnTrent, 'houseing' as never)).message).toMatch(
      /^getArea: id "houseing" is not an area of stoke-on-trent\. Did you mean "housing"/,
    );
    const e = errorOf(() => getIndicator(stokeOnTrent, 'education-attendance-below-09' as never));
    expect(e.message).toMatch(
      /^getIndicator: id "education-attendance-below-09" is not an indicator of stoke-on-trent\. Did you mean "education-attendance-below-90"/,
    );
  });

  it('getIndicator: an id that is not a string is named as such', () => {
    for (const [value, shown] of [
      [42, '42'],
      [null, 'null'],
      [['housing-risk-of-eviction'], 'an array of 1 item'],
    ] as const) {
      const e = errorOf(() => getIndicator(stokeOnTrent, value as never));
      expect(e.code).toBe('UNKNOWN_INDICATOR');
      expect(e.message).toBe(`getIndicator: id must be an indicator id (a string); received ${shown}.`);
    }
  });

  it('an argument that is not plain data is refused by the function that received it, with its own code', () => {
    const cases: [string, () => unknown, string, string][] = [
      ['getLevel', () => getLevel(stokeOnTrent, new Map() as never), 'level', 'UNKNOWN_LEVEL'],
      ['getArea', () => getArea(stokeOnTrent, new Set() as never), 'id', 'UNKNOWN_AREA'],
      ['getIndicator', () => getIndicator(stokeOnTrent, new Set() as never), 'id', 'UNKNOWN_INDICATOR'],
      ['findIndicators', () => findIndicators(stokeOnTrent, new Map() as never), 'filter', 'INVALID_INPUT'],
    ];
    for (const [fn, call, arg, code] of cases) {
      const e = errorOf(call);
      expect([e.code, e.message.startsWith(`${fn}: ${arg} must be plain data`)], fn).toEqual([code, true]);
    }
  });

  it('a first argument that is not a framework is refused by the function that received it', () => {
    const calls: [string, () => unknown][] = [
      ['getLevel', () => getLevel({} as never, 1)],
      ['getArea', () => getArea({} as never, 'housing')],
      ['getIndicator', () => getIndicator({} as never, 'x')],
      ['findIndicators', () => findIndicators({} as never)],
      ['isLevelId', () => isLevelId({} as never, 'x')],
      ['isAreaId', () => isAreaId({} as never, 'x')],
      ['isIndicatorId', () => isIndicatorId({} as never, 'x')],
    ];
    for (const [fn, call] of calls) {
      const e = errorOf(call);
      expect([e.code, e.message.startsWith(`${fn}: the framework argument must be a framework of this package`)], fn).toEqual(['INVALID_INPUT', true]);
    }
  });

  it('findIndicators: each bad filter value is named at its path, with the valid ones', () => {
    expect(errorOf(() => findIndicators(stokeOnTrent, { tag: 'missng' as never })).message).toMatch(
      /^findIndicators: filter\.tag "missng" is not a tag of the vocabulary\. Did you mean "missing"/,
    );
    expect(errorOf(() => findIndicators(stokeOnTrent, { area: 'houseing' as never })).message).toMatch(
      /^findIndicators: filter\.area "houseing" is not an area of stoke-on-trent\./,
    );
    expect(errorOf(() => findIndicators(stokeOnTrent, { level: 9 })).message).toMatch(/^findIndicators: filter\.level 9 is not a rank of stoke-on-trent/);
    expect(errorOf(() => findIndicators(stokeOnTrent, { kind: 'risk' as never })).message).toBe(
      'findIndicators: filter.kind must be one of "need" or "strength"; received "risk". Did you mean "need"?',
    );
  });

  it('findIndicators: a tag is one string — a list of tags, even of valid ones, is refused rather than matching nothing', () => {
    const e = errorOf(() => findIndicators(stokeOnTrent, { tag: ['missing'] as never }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]!.path).toEqual(['tag']);
  });
});

describe('findIndicators filters', () => {
  it("kind 'strength' finds exactly the strengths (Staffordshire lists strengths at every level)", () => {
    const strengths = findIndicators(staffordshire, { kind: 'strength' });
    expect(strengths.length).toBeGreaterThan(0);
    expect(strengths).toEqual(staffordshire.indicators.filter((i) => i.kind === 'strength'));
    expect(findIndicators(staffordshire, { kind: 'need' }).length + strengths.length).toBe(staffordshire.indicators.length);
  });

  it('a level by id filters like the same level by rank', () => {
    const byId = findIndicators(stokeOnTrent, { level: 'getting-help' });
    expect(byId.length).toBeGreaterThan(0);
    expect(byId.every((i) => i.level === 3)).toBe(true);
    expect(findIndicators(stokeOnTrent, { level: 3 })).toEqual(byId);
  });
});

describe('lookups: paths, tags and type guards', () => {
  it('an error about the argument itself has the empty path; an unknown filter key has its own', () => {
    expect(errorOf(() => getLevel(stokeOnTrent, 9)).issues.map((i) => i.path)).toEqual([[]]);
    expect(errorOf(() => getArea(stokeOnTrent, 'houseing' as never)).issues.map((i) => i.path)).toEqual([[]]);
    expect(errorOf(() => getIndicator(stokeOnTrent, 'x' as never)).issues.map((i) => i.path)).toEqual([[]]);
    expect(errorOf(() => findIndicators(stokeOnTrent, { tags: 'missing' } as never)).issues.map((i) => i.path)).toEqual([['tags']]);
  });

  it('a level given to another function is checked and named as its argument', () => {
    const e = errorOf(() => mapLevel(stokeOnTrent, 9, staffordshire));
    expect([e.code, e.issues.map((i) => i.path)]).toEqual(['UNKNOWN_LEVEL', [[]]]);
    expect(e.message).toMatch(/^mapLevel: level 9 is not a rank of stoke-on-trent/);
  });

  it('an indicator is found by each of its own tags, whatever its other tags', () => {
    for (const fw of frameworks) {
      const multi = fw.indicators.filter((i) => i.tags.length >= 2);
      expect(multi.length).toBeGreaterThan(0);
      for (const i of multi) for (const t of i.tags) expect(findIndicators(fw, { tag: t as never }), `${i.id} by ${t}`).toContain(i);
    }
  });

  it('type guards refuse an id of the other framework and check the framework whatever the value', () => {
    expect([isAreaId(stokeOnTrent, 'warmth'), isAreaId(staffordshire, 'housing'), isLevelId(staffordshire, 'thriving')]).toEqual([false, false, false]);
    expect([isIndicatorId(staffordshire, 'housing-risk-of-eviction'), isIndicatorId(stokeOnTrent, 42)]).toEqual([false, false]);
    for (const [fn, call] of [
      ['isLevelId', () => isLevelId({} as never, 42)],
      ['isAreaId', () => isAreaId(null as never, undefined)],
      ['isIndicatorId', () => isIndicatorId([] as never, {})],
    ] as const) {
      const e = errorOf(call);
      expect([e.code, e.message.startsWith(`${fn}: the framework argument`)], fn).toEqual(['INVALID_INPUT', true]);
    }
  });
});
