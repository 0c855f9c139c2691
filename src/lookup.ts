/**
 * Lookups over any framework: levels, areas, indicators and filters.
 * @module
 */
import { indexOf, own, strictKeys } from './core.js';
import { describe, invalid, rethrow, unknown as unknownValue } from './errors.js';
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
  try {
    const ix = indexOf(fw, 'getLevel');
    return resolveLevelRef(ix.fw, ix.levelById, ix.levelIds, level, 'getLevel');
  } catch (e) {
    return rethrow(e, 'getLevel');
  }
}

/** @internal */
export function resolveLevelRef(
  fw: Framework,
  levelById: ReadonlyMap<string, Level>,
  levelIds: readonly string[],
  level: unknown,
  where: string,
): Level {
  if (typeof level === 'number') {
    const found = Number.isInteger(level) ? fw.levels[level - 1] : undefined;
    if (found) return found;
    invalidLevel(fw, level, `; ranks are 1..${fw.levels.length}`, where);
  }
  if (typeof level === 'string') {
    const found = levelById.get(level);
    if (found) return found;
    unknownValue('UNKNOWN_LEVEL', `level of ${fw.id}`, level, levelIds, ` (${where})`);
  }
  invalidLevel(fw, level, '; pass a rank or a level id', where);
}

function invalidLevel(fw: Framework, level: unknown, hint: string, where: string): never {
  invalid('UNKNOWN_LEVEL', `Unknown level ${describe(level)} of ${fw.id} (${where})${hint}: ${fw.levels.map((l) => `${l.rank} '${l.id}'`).join(', ')}`);
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
  try {
    const ix = indexOf(fw, 'getArea');
    const found = typeof id === 'string' ? ix.areaById.get(id) : undefined;
    if (found) return found;
    return unknownValue('UNKNOWN_AREA', `area of ${ix.fw.id}`, id, ix.areaIds);
  } catch (e) {
    return rethrow(e, 'getArea');
  }
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
export function getIndicator<Ids extends FrameworkIds>(
  fw: Framework<Ids>,
  id: Ids['indicator'],
): Indicator<Ids['indicator'], Ids['area']> {
  try {
    const ix = indexOf(fw, 'getIndicator');
    const found = typeof id === 'string' ? ix.indicatorById.get(id) : undefined;
    if (found) return found;
    return unknownValue('UNKNOWN_INDICATOR', `indicator of ${ix.fw.id}`, id, ix.indicatorIds);
  } catch (e) {
    return rethrow(e, 'getIndicator');
  }
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
const isTag = (t: unknown): t is string => typeof t === 'string' && own(broaderTag, t) !== undefined;

/** tag → the tag and every narrower tag under it (e.g. `mental-health` → `self-harm`, …). @internal */
export function narrowerTags(tag: string): ReadonlySet<string> {
  const out = new Set([tag]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [id, broader] of Object.entries(broaderTag)) {
      if (broader !== '' && out.has(broader) && !out.has(id)) {
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
): Indicator<Ids['indicator'], Ids['area']>[] {
  try {
    const ix = indexOf(fw, 'findIndicators');
    const f = strictKeys(filter, FILTER_KEYS, 'INVALID_INPUT', 'findIndicators filter');
    let areas: ReadonlySet<string> | undefined;
    if (f.area !== undefined) {
      if (typeof f.area !== 'string' || !ix.areaById.has(f.area)) unknownValue('UNKNOWN_AREA', `area of ${ix.fw.id}`, f.area, ix.areaIds);
      areas = ix.areaSubtree.get(f.area);
    }
    const rank = f.level === undefined ? undefined : resolveLevelRef(ix.fw, ix.levelById, ix.levelIds, f.level, 'findIndicators').rank;
    if (f.tag !== undefined && !isTag(f.tag)) unknownValue('INVALID_INPUT', 'tag', f.tag, Object.keys(broaderTag));
    const tagSet = f.tag === undefined ? undefined : narrowerTags(f.tag);
    if (f.kind !== undefined && f.kind !== 'need' && f.kind !== 'strength') {
      invalid('INVALID_INPUT', `findIndicators: kind must be 'need' or 'strength'; received ${describe(f.kind)}`);
    }
    return ix.fw.indicators.filter(
      (i) =>
        (areas === undefined || areas.has(i.area)) &&
        (rank === undefined || i.level === rank) &&
        (tagSet === undefined || i.tags.some((t) => tagSet.has(t))) &&
        (f.kind === undefined || i.kind === f.kind),
    );
  } catch (e) {
    return rethrow(e, 'findIndicators');
  }
}
