/**
 * Level resolution: from observed indicators, measures and an optional
 * professional judgement to a level, explained and cited. The input is read
 * once (`assessment.ts`); the result is assembled from rooms of one job
 * (`considerations.ts`, `guidance.ts`, `explain.ts`) and frozen.
 * @module
 */
import { indexOf, contentIndex, type FrameworkIndex } from '../core.js';
import type { Framework, FrameworkIds, Level } from '../model.js';
import { coreOf, quickRank, readAssessment } from './assessment.js';
import { considerationsOf } from './considerations.js';
import { answer, areasOf, sourcesOf, summaryOf, unweighedMeasures } from './explain.js';
import { guidanceFor } from './guidance.js';
import type { Assessment, Resolution } from './types.js';
import { provenance } from '../provenance.js';
import type { Checked } from './assessment.js';

/**
 * Resolves the level of need of an assessment under a framework, explained and
 * cited: the indicated level (the highest level among observed and measured
 * needs), the level to act on (a professional judgement, when given, is
 * respected and flagged if lower), the drivers, advisory considerations, the
 * guidance of the level (action, services, contacts, triggered routes such as
 * Prevent) and the three practice questions answered.
 *
 * It supports professional judgement and does not replace it.
 *
 * @param fw - any framework (built-in or from `defineFramework`)
 * @param assessment - `{ indicators?, measures?, judgement? }`; strict
 * The result is plain, deep-frozen data, computed at once: spread,
 * `structuredClone` and JSON keep all of it. When only the level is needed
 * (a batch, a dashboard), {@link levelOf} is cheaper and equally strict.
 *
 * @throws {@link ThresholdError} with every problem of the assessment at once in `issues`, each with its JSON path:
 * `INVALID_ASSESSMENT` (not a plain object, unknown key, wrong shape, judgement without reason, or problems of several kinds),
 * `UNKNOWN_INDICATOR` (naming the nearest ids, and by its area prefix the other built-in framework an id may belong to), `INVALID_MEASURE`, `UNKNOWN_LEVEL`;
 * `INVALID_INPUT` when `fw` is not a framework
 * @category Resolution
 * @example
 * ```ts
 * import { resolveLevel, stokeOnTrent } from 'safeguarding-thresholds';
 * const r = resolveLevel(stokeOnTrent, { measures: { attendancePercent: 89 } });
 * r.level.id;
 * //=> 'getting-help'
 * r.derived.map((d) => d.indicator.text);
 * //=> [ 'Emerging attendance concerns, attendance has dropped below 95%.', 'Poor punctuality, frequent absence from school, attendance below 90%.' ]
 * ```
 */
export function resolveLevel<Ids extends FrameworkIds>(fw: Framework<Ids>, assessment: Assessment<Ids>): Resolution<Ids> {
  return resolveIndexed(indexOf(fw, 'resolveLevel'), assessment, 'resolveLevel') as Resolution<Ids>;
}

/** resolveLevel on an indexed framework, naming `fn` in errors (carryAssessment uses it). @internal */
export function resolveIndexed(ix: FrameworkIndex, assessment: unknown, fn: string): Resolution {
  const a = readAssessment(ix, assessment, fn);
  const c = coreOf(ix, a);
  const rank = c.indicatedLevel.rank;
  const drivers = c.needs.filter((n) => n.level === rank);
  const guidance = guidanceFor(ix, c.level, c.needs);
  const considerations = considerationsOf(c, drivers);
  const result: Resolution = {
    framework: ix.fw.id,
    level: c.level,
    indicatedLevel: c.indicatedLevel,
    ...(c.judgement ? { judgement: { level: c.judgement.level, reason: c.judgement.reason } } : {}),
    drivers,
    needs: [...c.needs],
    strengths: [...c.strengths],
    derived: c.derived.map((d) => ({ ...d })),
    areas: areasOf(c),
    considerations,
    guidance,
    questions: answer(ix, c.strengths, c.needs, guidance, unweighedMeasures(c)),
    summary: summaryOf(c, drivers),
    sources: sourcesOf(c, guidance, considerations),
    provenance: provenance(ix.fw),
    assessment: echo(ix, a),
  };
  return freezeResolution(result);
}

/** The assessment resolved, as plain frozen data for records and replay: indicator ids once each in source order, the judgement level as an id. */
function echo(ix: FrameworkIndex, a: Checked): Assessment {
  const out: { indicators?: readonly string[]; measures?: Readonly<Record<string, number>>; judgement?: { readonly level: string; readonly reason: string } } =
    {};
  if (a.observed.length > 0) {
    const ids: string[] = [];
    for (const i of a.observed) if (!ids.includes(i.id)) ids.push(i.id);
    const { order } = contentIndex(ix);
    ids.sort((x, y) => order.get(x)! - order.get(y)!);
    out.indicators = freeze(ids);
  }
  if (a.measures.length > 0) {
    const m: Record<string, number> = {};
    for (const x of a.measures) m[x.q] = x.value;
    out.measures = freeze(m);
  }
  if (a.judgement) out.judgement = freeze({ level: a.judgement.level.id, reason: a.judgement.reason });
  return freeze(out);
}

const freeze = Object.freeze;

/**
 * Deep-freezes a resolution: the parts built here one by one (framework items
 * are frozen already, so they are not walked again; provenance is frozen once
 * per framework, the assessment echo by `echo`). The hot path of resolveLevel: a
 * key added to Resolution must be frozen here too (the property test "the result
 * is plain, deep-frozen data" in test/resolve.test.ts fails otherwise).
 */
function freezeResolution(r: Resolution): Resolution {
  freeze(r.drivers);
  freeze(r.needs);
  freeze(r.strengths);
  for (const d of r.derived) freeze(d);
  freeze(r.derived);
  for (const a of r.areas) {
    freeze(a.needs);
    freeze(a.strengths);
    freeze(a);
  }
  freeze(r.areas);
  for (const c of r.considerations) {
    freeze(c.indicators);
    freeze(c);
  }
  freeze(r.considerations);
  const g = r.guidance;
  freeze(g.areaActions); // items frozen once per framework
  freeze(g.services);
  freeze(g.contacts);
  for (const t of g.routes) {
    freeze(t.triggeredBy);
    freeze(t);
  }
  freeze(g.routes);
  freeze(g);
  for (const q of r.questions) {
    freeze(q.answers);
    freeze(q);
  }
  freeze(r.questions);
  freeze(r.sources);
  freeze(r.judgement); // Object.freeze(undefined) is undefined
  return freeze(r);
}

/**
 * The level to act on, alone: what `resolveLevel(fw, assessment).level` is,
 * with the same strict reading of the assessment and the same errors, without
 * building the explanation. For batches and hot paths.
 *
 * @param fw - any framework (built-in or from `defineFramework`)
 * @param assessment - `{ indicators?, measures?, judgement? }`; strict, as for {@link resolveLevel}
 * @returns the level (a frozen item of the framework): the judgement's level when one is given, else the highest level among observed and measured needs, else level 1
 * @throws {@link ThresholdError} exactly as {@link resolveLevel}
 * @category Resolution
 * @example
 * ```ts
 * import { levelOf, stokeOnTrent } from 'safeguarding-thresholds';
 * levelOf(stokeOnTrent, { indicators: ['education-attendance-below-90'], measures: { attendancePercent: 93 } }).id;
 * //=> 'getting-help'
 * levelOf(stokeOnTrent, {}).rank;
 * //=> 1
 * ```
 */
export function levelOf<Ids extends FrameworkIds>(fw: Framework<Ids>, assessment: Assessment<Ids>): Level<Ids['level']> {
  const ix = indexOf(fw, 'levelOf');
  // the fast path, else the full reader (a judgement, anything not plain, or a problem to report)
  const rank = quickRank(ix, assessment) ?? coreOf(ix, readAssessment(ix, assessment, 'levelOf')).level.rank;
  return ix.fw.levels[rank - 1] as Level<Ids['level']>;
}
