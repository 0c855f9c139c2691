// Resolution over frameworks a user defines (the example borough of docs/examples, edited here): the parts the
// built-ins cannot show (a strength or a need on several subjects, measured descriptors on one subject at one level,
// a note on an area action). Each test defines its own framework, so that what the library memoises per framework
// (the guidance index, the areas' ancestry, the higher descriptors) is computed in the test that checks it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineFramework } from '../src/define.js';
import { levelOf, resolveLevel, stokeOnTrent } from '../src/index.js';
import { errorOf, root } from './helpers.js';

type Data = { indicators: Record<string, unknown>[]; areas: Record<string, unknown>[]; routes: unknown[]; levels: { rank: number; services: unknown }[] };
const example = () => JSON.parse(readFileSync(`${root}docs/examples/example-borough.json`, 'utf8')) as Data;
const src = { document: 'example-borough-thresholds', section: 'Indicators › Education', page: 4 };
const ids = (list: readonly { id: string }[]) => list.map((i) => i.id);

/**
 * Attendance is stated at level 2 only, by two descriptors sharing the tags attendance, education and
 * missing-education ("education" is broader than the other two, so the subject is attendance and missing
 * education); level 3 prints descriptors on that subject and beside it.
 */
function attendanceAtLevelTwo() {
  const data = example();
  const item = (id: string, level: number, tags: string[], extra: Record<string, unknown> = {}) => ({
    id,
    area: 'education',
    level,
    text: `Descriptor ${id}.`,
    kind: 'need',
    tags,
    source: src,
    ...extra,
  });
  data.indicators = data.indicators.filter((i) => i.id !== 'education-attendance-below-80');
  const below92 = data.indicators.find((i) => i.id === 'education-attendance-below-92')!;
  below92.tags = ['attendance', 'education', 'missing-education', 'parental-conflict'];
  data.indicators.push(
    item('education-attendance-below-85', 2, ['attendance', 'education', 'missing-education'], { measure: { quantity: 'attendancePercent', below: 85 } }),
    // on the subject: named
    item('education-persistent-absence', 3, ['attendance']),
    item('education-missing-and-homeless', 3, ['missing-education', 'housing']),
    // beside it: a broader tag only, a tag only one measured descriptor has, a strength, a measured descriptor, a lower level
    item('education-wider-concern', 3, ['education']),
    item('education-conflict-at-school', 3, ['parental-conflict']),
    item('education-strength-at-three', 3, ['attendance'], { kind: 'strength' }),
    item('education-missing-episodes', 3, ['attendance'], { measure: { quantity: 'missingEpisodesLast90Days', atLeast: 1 } }),
    item('education-late', 2, ['attendance']),
  );
  return defineFramework(data);
}

describe('higher descriptors to consider, on the subject of the measured descriptors', () => {
  it('names the level 3 descriptors that share the most specific tags of every descriptor met, and no other', () => {
    const fw = attendanceAtLevelTwo();
    const r = resolveLevel(fw, { measures: { attendancePercent: 80 } });
    expect(ids(r.derived.map((d) => d.indicator))).toEqual(['education-attendance-below-92', 'education-attendance-below-85']);
    expect(r.considerations).toEqual([
      {
        id: 'higher-descriptors-to-consider',
        message:
          'The attendancePercent value 80 meets a stated threshold at level 2; the source states no number for higher levels. Consider whether these higher-level descriptors also apply: "Descriptor education-persistent-absence." (level 3); "Descriptor education-missing-and-homeless." (level 3).',
        indicators: ['education-persistent-absence', 'education-missing-and-homeless'],
      },
    ]);
    // missing episodes: stated at the top level, so nothing higher, whatever was named for attendance on this framework
    const m = resolveLevel(fw, { measures: { missingEpisodesLast90Days: 2 } });
    expect([m.level.rank, m.considerations]).toEqual([3, []]);
    // both at once: each quantity its own answer
    const both = resolveLevel(fw, { measures: { attendancePercent: 80, missingEpisodesLast90Days: 2 } });
    expect(both.considerations.map((c) => c.indicators)).toEqual([['education-persistent-absence', 'education-missing-and-homeless']]);
  });
});

describe('guidance of a user framework', () => {
  it('an area action keeps its note; a route is triggered by any one of a need’s tags; the services are the level’s', () => {
    const data = example();
    const note = 'Printed under Home and family only.';
    data.areas[1]!.actions = [{ level: 3, text: 'Hold a family meeting.', note, source: src }];
    data.routes = [{ id: 'marac', name: 'MARAC', triggerTags: ['domestic-abuse'], text: 'Refer to MARAC.', disclosure: 'inform-family', source: src }];
    data.indicators.find((i) => i.id === 'home-domestic-abuse')!.tags = ['parental-conflict', 'domestic-abuse'];
    const fw = defineFramework(data);
    const r = resolveLevel(fw, { indicators: ['home-domestic-abuse'] });
    expect(r.guidance.areaActions).toEqual([{ area: 'home', text: 'Hold a family meeting.', note, source: src }]);
    expect(r.guidance.routes.map((t) => [t.route.id, t.triggeredBy])).toEqual([['marac', ['home-domestic-abuse']]]);
    expect(r.guidance.services).toEqual(data.levels[2]!.services);
    expect(r.guidance.services.length).toBeGreaterThan(0);
  });

  it('a need in a sub-area counts in its parent area too, parent first', () => {
    const fw = defineFramework(example());
    const r = resolveLevel(fw, { indicators: ['housing-no-fixed-address', 'education-good-attendance'] });
    expect(r.areas.map((a) => [a.area.id, a.level?.rank, ids(a.needs), ids(a.strengths)])).toEqual([
      ['education', undefined, [], ['education-good-attendance']],
      ['home', 3, ['housing-no-fixed-address'], []],
      ['housing', 3, ['housing-no-fixed-address'], []],
    ]);
  });
});

describe('a measure the framework states no threshold for', () => {
  it('with no descriptor on its subject either: the sentence ends there, naming none', () => {
    // the example borough prints no number of missing episodes and no descriptor tagged "missing"
    const fw = defineFramework(example());
    const r = resolveLevel(fw, { measures: { missingEpisodesLast90Days: 2 } });
    expect(r.considerations).toEqual([
      {
        id: 'measure-not-applicable',
        message: `${fw.name} (Example Borough) states no threshold for missingEpisodesLast90Days; the value 2 was not used to set the level. Weigh it with professional judgement.`,
        indicators: [],
      },
    ]);
  });
});

describe('levelOf names itself', () => {
  it('in the error for what is not a framework', () => {
    const e = errorOf(() => levelOf({} as never, {}));
    expect([e.code, e.message.startsWith('levelOf: the framework argument must be a framework of this package')]).toEqual(['INVALID_INPUT', true]);
    expect(levelOf(stokeOnTrent, {}).rank).toBe(1);
  });
});
