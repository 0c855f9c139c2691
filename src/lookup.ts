/**
 * Lookups over any framework: levels, areas, indicators and filters.
 * @module
 */
import { freezeResult, indexOf, contentIndex, otherFrameworkHint, own, type FrameworkIndex } from './core.js';
import { describe } from './errors.js';
import { otherIndicatorHint } from './indicator-hint.js';
import { Checker, checkOneOf, readInput, type Path } from './input.js';
import type { Area, Framework, FrameworkIds, Indicator, IndicatorKind, Level } from './model.js';
import { broaderTag } from './generated/tag-index.js';
import type { TagId } from './generated/tags.js';

/**
 * A level of a framework, by rank (1 = lowest need) or by id.
 *
 * @param fw - the framework
 * @param level - a rank (`1`..`n`) or a level id
 * @returns the level, frozen
 * @throws {@link ThresholdError} `UNKNOWN_LEVEL` (naming the nearest valid ids) for an unknown rank or id, including a level id of another framework
 * @category Lookup
 * @example
 * ```ts
 * import { getLevel, stokeOnTrent } from 'safeguarding-thresholds';
 * getLevel(stokeOnTrent, 3).id;
 * //=> 'getting-help'
 * getLevel(stokeOnTrent, 'getting-risk-support').rank;
 * //=> 5
 * ```
 */
export function getLevel<Ids extends FrameworkIds>(fw: Framework<Ids>, level: Ids['level'] | number): Level<Ids['level']> {
  const ix = indexOf(fw, 'getLevel');
  const c = new Checker('getLevel', 'level', 'UNKNOWN_LEVEL');
  const found = checkLevel(c, ix, readInput('getLevel', 'level', level, 'UNKNOWN_LEVEL'), []);
  c.done();
  return found as Level<Ids['level']>;
}

/**
 * The level a rank or id names, or `undefined` after recording the problem
 * (`UNKNOWN_LEVEL`, naming the valid ranks or the nearest ids, and an id of
 * another built-in framework as such). @internal
 */
export function checkLevel(c: Checker, ix: FrameworkIndex, level: unknown, path: Path): Level | undefined {
  const fw = ix.fw;
  if (typeof level === 'number') {
    const found = Number.isInteger(level) ? fw.levels[level - 1] : undefined;
    if (found) return found;
    c.add(
      path,
      `${describe(level)} is not a rank of ${fw.id}: ranks are whole numbers from 1 to ${fw.levels.length} (${fw.levels.map((l) => `${l.rank} "${l.id}"`).join(', ')}).`,
      { code: 'UNKNOWN_LEVEL' },
    );
    return undefined;
  }
  if (typeof level === 'string') {
    const found = ix.levelById.get(level);
    if (found) return found;
    // a rank written as a string ("2"): the level of that rank, not the ids nearest in spelling
    const byRank = /^\s*\d+\s*$/.test(level) ? fw.levels[Number(level) - 1] : undefined;
    if (byRank) {
      c.add(
        path,
        `${describe(level)} is a string, not a rank or a level id of ${fw.id}. Did you mean the rank ${byRank.rank} (a number) or its id ${JSON.stringify(byRank.id)}?`,
        {
          code: 'UNKNOWN_LEVEL',
          suggestions: [byRank.id],
        },
      );
      return undefined;
    }
    c.unknown(path, 'UNKNOWN_LEVEL', `a level of ${fw.id}`, level, ix.levelIds, otherFrameworkHint(fw, 'level', level));
    return undefined;
  }
  c.add(path, `must be a rank (1 to ${fw.levels.length}) or a level id of ${fw.id}; received ${describe(level)}.`, {
    code: 'UNKNOWN_LEVEL',
    suggestions: ix.levelIds,
  });
  return undefined;
}

/** @internal the level a rank or id names; throws `UNKNOWN_LEVEL` */
export function resolveLevelRef(ix: FrameworkIndex, level: unknown, fn: string, name = 'level', path: Path = []): Level {
  const c = new Checker(fn, name, 'UNKNOWN_LEVEL');
  const found = checkLevel(c, ix, level, path);
  c.done();
  return found!;
}

/** The area an id names, or `undefined` after recording the problem (`UNKNOWN_AREA`). @internal */
function checkArea(c: Checker, ix: FrameworkIndex, id: unknown, path: Path): Area | undefined {
  // a Map finds no key of another type: no typeof test needed
  const found = contentIndex(ix).areaById.get(id as string);
  if (found) return found;
  c.unknown(path, 'UNKNOWN_AREA', `an area of ${ix.fw.id}`, id, contentIndex(ix).areaIds, otherFrameworkHint(ix.fw, 'area', id));
  return undefined;
}

/** The indicator an id names, or `undefined` after recording the problem (`UNKNOWN_INDICATOR`). @internal */
export function checkIndicator(c: Checker, ix: FrameworkIndex, id: unknown, path: Path): Indicator | undefined {
  if (typeof id !== 'string') {
    c.add(path, `must be an indicator id (a string); received ${describe(id)}.`);
    return undefined;
  }
  const found = contentIndex(ix).indicatorById.get(id);
  if (found) return found;
  c.unknown(path, 'UNKNOWN_INDICATOR', `an indicator of ${ix.fw.id}`, id, contentIndex(ix).indicatorIds, otherIndicatorHint(ix.fw, id));
  return undefined;
}

/**
 * An area of a framework by id: a Supporting Families outcome (Stoke-on-Trent)
 * or an Assessment Framework domain / sub-domain (Staffordshire).
 *
 * @throws {@link ThresholdError} `UNKNOWN_AREA` naming the nearest valid ids
 * @category Lookup
 * @example
 * ```ts
 * import { getArea, staffordshire } from 'safeguarding-thresholds';
 * getArea(staffordshire, 'warmth').parent;
 * //=> 'parents-carers'
 * ```
 */
export function getArea<Ids extends FrameworkIds>(fw: Framework<Ids>, id: Ids['area']): Area<Ids['area']> {
  const ix = indexOf(fw, 'getArea');
  const c = new Checker('getArea', 'id', 'UNKNOWN_AREA');
  const found = checkArea(c, ix, readInput('getArea', 'id', id, 'UNKNOWN_AREA'), []);
  c.done();
  return found as Area<Ids['area']>;
}

/**
 * An indicator (descriptor) of a framework by id.
 *
 * @throws {@link ThresholdError} `UNKNOWN_INDICATOR` naming the nearest valid ids, including for an id of another framework
 * @category Lookup
 * @example
 * ```ts
 * import { getIndicator, stokeOnTrent } from 'safeguarding-thresholds';
 * const i = getIndicator(stokeOnTrent, 'abuse-and-exploitation-fgm-occurred-or-suspected');
 * [i.level, i.kind, i.text];
 * //=> [ 5, 'need', 'Female Genital Mutilation (FGM) occurred or suspected.' ]
 * ```
 */
export function getIndicator<Ids extends FrameworkIds>(fw: Framework<Ids>, id: Ids['indicator']): Indicator<Ids['indicator'], Ids['area']> {
  const ix = indexOf(fw, 'getIndicator');
  const c = new Checker('getIndicator', 'id', 'UNKNOWN_INDICATOR');
  const found = checkIndicator(c, ix, readInput('getIndicator', 'id', id, 'UNKNOWN_INDICATOR'), []);
  c.done();
  return found as Indicator<Ids['indicator'], Ids['area']>;
}

/** Filters for {@link findIndicators}; every filter given must match. @category Lookup */
export interface IndicatorFilter<Ids extends FrameworkIds = FrameworkIds> {
  /** an area id: matches the area and every sub-area under it */
  readonly area?: Ids['area'];
  /** a level rank or id */
  readonly level?: Ids['level'] | number;
  /** a tag of the shared vocabulary: matches it and every narrower tag */
  readonly tag?: TagId;
  /** `'need'` or `'strength'` */
  readonly kind?: IndicatorKind;
}

const FILTER_KEYS = ['area', 'level', 'tag', 'kind'] as const;
const KINDS: readonly IndicatorKind[] = ['need', 'strength'];
const isTag = (t: unknown): t is string => typeof t === 'string' && own(broaderTag, t) !== undefined;

/** tag → the tag and every narrower tag under it (e.g. `mental-health` → `self-harm`, …). @internal */
function narrowerTags(tag: string): ReadonlySet<string> {
  const out = new Set([tag]);
  for (let grew = true; grew; ) {
    grew = false;
    // a top-level tag's broader tag is '', which is never in `out`
    for (const [id, broader] of Object.entries(broaderTag)) {
      if (out.has(broader) && !out.has(id)) {
        out.add(id);
        grew = true;
      }
    }
  }
  return out;
}

/**
 * The indicators matching every filter given, in the source's reading order.
 * `area` includes the area's sub-areas; `tag` includes its narrower tags
 * (`mental-health` finds `self-harm` items).
 *
 * @throws {@link ThresholdError} `UNKNOWN_AREA`, `UNKNOWN_LEVEL`, or `INVALID_INPUT` for an unknown filter key, tag or kind
 * @category Lookup
 * @example
 * ```ts
 * import { findIndicators, staffordshire } from 'safeguarding-thresholds';
 * findIndicators(staffordshire, { area: 'parents-carers', level: 1, kind: 'need' }).map((i) => i.text);
 * //=> [ 'There may be low level post-natal depression' ]
 * ```
 */
export function findIndicators<Ids extends FrameworkIds>(
  fw: Framework<Ids>,
  filter: IndicatorFilter<Ids> = {},
): readonly Indicator<Ids['indicator'], Ids['area']>[] {
  const ix = indexOf(fw, 'findIndicators');
  const c = new Checker('findIndicators', 'filter', 'INVALID_INPUT');
  const f = c.record(readInput('findIndicators', 'filter', filter, 'INVALID_INPUT'), [], FILTER_KEYS);
  c.done();
  const area = f!.area === undefined ? undefined : checkArea(c, ix, f!.area, ['area']);
  const level = f!.level === undefined ? undefined : checkLevel(c, ix, f!.level, ['level']);
  if (f!.tag !== undefined && !isTag(f!.tag)) c.unknown(['tag'], 'INVALID_INPUT', 'a tag of the vocabulary', f!.tag, Object.keys(broaderTag));
  if (f!.kind !== undefined) checkOneOf(c, f!.kind, ['kind'], KINDS);
  c.done();
  // the input is valid: compute
  const areas = area === undefined ? undefined : contentIndex(ix).areaSubtree.get(area.id);
  const rank = level?.rank;
  const tagSet = f!.tag === undefined ? undefined : narrowerTags(f!.tag as string);
  const kind = f!.kind;
  return freezeResult(
    ix.fw.indicators.filter(
      (i) =>
        (areas === undefined || areas.has(i.area)) &&
        (rank === undefined || i.level === rank) &&
        (tagSet === undefined || i.tags.some((t) => tagSet.has(t))) &&
        (kind === undefined || i.kind === kind),
    ),
  );
}

/**
 * True when `value` is a level id of `fw`, narrowing an untrusted string (a
 * form field, a database column) to the framework's level id type. Never
 * throws for `value`; throws `INVALID_INPUT` when `fw` is not a framework.
 *
 * @category Lookup
 * @example
 * ```ts
 * import { isLevelId, getLevel, stokeOnTrent } from 'safeguarding-thresholds';
 * const fromForm = 'getting-help'; // e.g. a string from a form
 * isLevelId(stokeOnTrent, fromForm) ? getLevel(stokeOnTrent, fromForm).rank : undefined;
 * //=> 3
 * [isLevelId(stokeOnTrent, 'universal'), isLevelId(stokeOnTrent, 3)];
 * //=> [ false, false ]
 * ```
 */
export function isLevelId<Ids extends FrameworkIds>(fw: Framework<Ids>, value: unknown): value is Ids['level'] {
  // the framework is checked whatever the value; a Map has no key of another type
  return indexOf(fw, 'isLevelId').levelById.has(value as string);
}

/**
 * True when `value` is an area id of `fw`, narrowing an untrusted string to
 * the framework's area id type. Never throws for `value`.
 *
 * @category Lookup
 * @example
 * ```ts
 * import { isAreaId, staffordshire } from 'safeguarding-thresholds';
 * [isAreaId(staffordshire, 'warmth'), isAreaId(staffordshire, 'housing')];
 * //=> [ true, false ]
 * ```
 */
export function isAreaId<Ids extends FrameworkIds>(fw: Framework<Ids>, value: unknown): value is Ids['area'] {
  // the framework is checked whatever the value; a Map has no key of another type
  return contentIndex(indexOf(fw, 'isAreaId')).areaById.has(value as string);
}

/**
 * True when `value` is an indicator id of `fw`, narrowing an untrusted string
 * to the framework's indicator id type — e.g. to filter ids read from a
 * database before {@link resolveLevel}. Never throws for `value`.
 *
 * @category Lookup
 * @example
 * ```ts
 * import { isIndicatorId, resolveLevel, stokeOnTrent } from 'safeguarding-thresholds';
 * const stored = ['housing-risk-of-eviction', 'health-registered-with-gp']; // e.g. from a database
 * const known = stored.filter((s) => isIndicatorId(stokeOnTrent, s));
 * known;
 * //=> [ 'housing-risk-of-eviction' ]
 * resolveLevel(stokeOnTrent, { indicators: known }).level.id;
 * //=> 'getting-more-help'
 * ```
 */
export function isIndicatorId<Ids extends FrameworkIds>(fw: Framework<Ids>, value: unknown): value is Ids['indicator'] {
  // the framework is checked whatever the value; a Map has no key of another type
  return contentIndex(indexOf(fw, 'isIndicatorId')).indicatorById.has(value as string);
}
