/**
 * Framework objects at run time: sealing (deep freeze + brand) and the
 * per-framework indexes every function uses. Indexes are built once per
 * framework, lazily, and kept in a WeakMap so nothing leaks.
 * @module
 * @internal
 */
import { describe, ThresholdError } from './errors.js';
import { builtInIds } from './generated/built-in-ids.js';
import type { Area, Framework, Indicator, Level, Quantity } from './model.js';
import { BRAND, deepFreeze } from './seal.js';

export { deepFreeze, sealDefined, sealFramework } from './seal.js';

/**
 * Makes a result plain, deep-frozen data: every public function returns
 * through it. Objects already frozen (framework items) are left as they are,
 * so the cost is the result's own new objects. Results must be built of plain
 * objects and arrays only, with no `undefined` values (leave the key out), so
 * that spread, `structuredClone` and JSON keep everything. @internal
 */
export const freezeResult: <T>(value: T) => T = deepFreeze;

/**
 * When `id` (unknown in `fw`) is a level or area id of another built-in
 * framework, a sentence saying so; else `''` (indicator ids: `otherIndicatorHint`
 * in src/indicator-hint.ts). Reads a small generated table of ids, so no other
 * framework is loaded and the answer does not depend on what was imported. @internal
 */
export function otherFrameworkHint(fw: Framework, kind: 'level' | 'area', id: unknown): string {
  if (typeof id !== 'string') return '';
  for (const other of builtInIds) {
    if (other.id === fw.id) continue;
    if ((kind === 'level' ? other.levels : other.areas).split(' ').includes(id))
      return ` ${JSON.stringify(id)} is ${article(other.area)} ${other.area} ${kind};${here(fw)}`;
  }
  return '';
}

/** "a" or "an" before `s`. @internal */
export const article = (s: string): string => (/^[aeiou]/i.test(s) ? 'an' : 'a');
/** " this is Stoke-on-Trent (stoke-on-trent)." @internal */
export const here = (fw: Framework): string => ` this is ${fw.area} (${fw.id}).`;

/** The indexes of one framework: its levels here, its areas and indicators from {@link contentIndex}. @internal */
export interface FrameworkIndex {
  readonly fw: Framework;
  readonly levelById: ReadonlyMap<string, Level>;
  readonly levelIds: readonly string[];
  /** the area and indicator indexes, once {@link contentIndex} has built them */
  content?: ContentIndex;
}

/**
 * The area and indicator indexes of one framework, built on first use by {@link contentIndex}: a
 * function that needs neither (contactFor, decideConsent) does not bundle their building. @internal
 */
export interface ContentIndex {
  readonly areaById: ReadonlyMap<string, Area>;
  readonly areaIds: readonly string[];
  /** area id → the ids of the area and all its descendants */
  readonly areaSubtree: ReadonlyMap<string, ReadonlySet<string>>;
  readonly indicatorById: ReadonlyMap<string, Indicator>;
  readonly indicatorIds: readonly string[];
  /** indicator id → position in `fw.indicators` (the source's reading order) */
  readonly order: ReadonlyMap<string, number>;
  /** orders indicators by level, highest first, then in source order */
  readonly byLevelThenOrder: (a: Indicator, b: Indicator) => number;
  /** orders indicators in source order */
  readonly byOrder: (a: Indicator, b: Indicator) => number;
  /** measured indicator id → its bounds for people, e.g. `≥ 1 and < 3` */
  readonly bounds: ReadonlyMap<string, string>;
  /** quantity → need indicators stating a threshold on it */
  readonly measured: ReadonlyMap<Quantity, readonly Indicator[]>;
}

const cache = new WeakMap<object, FrameworkIndex>();

function build(fw: Framework): FrameworkIndex {
  return { fw, levelById: new Map(fw.levels.map((l) => [l.id, l] as const)), levelIds: fw.levels.map((l) => l.id) };
}

/** The area and indicator indexes of an indexed framework, built once, on first use. @internal */
export function contentIndex(ix: FrameworkIndex): ContentIndex {
  return (ix.content ??= buildContent(ix.fw));
}

function buildContent(fw: Framework): ContentIndex {
  const areaById = new Map(fw.areas.map((a) => [a.id, a] as const));
  const areaSubtree = new Map<string, Set<string>>(fw.areas.map((a) => [a.id, new Set([a.id])]));
  for (const a of fw.areas) {
    for (let p = a.parent; p !== undefined; p = areaById.get(p)?.parent) areaSubtree.get(p)?.add(a.id);
  }
  const measured = new Map<Quantity, Indicator[]>();
  for (const ind of fw.indicators) {
    if (ind.measure && ind.kind === 'need') {
      const list = measured.get(ind.measure.quantity) ?? [];
      list.push(ind);
      measured.set(ind.measure.quantity, list);
    }
  }
  const order = new Map(fw.indicators.map((i, n) => [i.id, n] as const));
  const bounds = new Map<string, string>();
  for (const i of fw.indicators) {
    const m = i.measure;
    if (m === undefined) continue;
    const parts: string[] = [];
    if (m.atLeast !== undefined) parts.push(`≥ ${m.atLeast}`);
    if (m.atMost !== undefined) parts.push(`≤ ${m.atMost}`);
    if (m.below !== undefined) parts.push(`< ${m.below}`);
    bounds.set(i.id, parts.join(' and '));
  }
  return {
    areaById,
    areaIds: fw.areas.map((a) => a.id),
    areaSubtree,
    byLevelThenOrder: (a, b) => b.level - a.level || order.get(a.id)! - order.get(b.id)!,
    byOrder: (a, b) => order.get(a.id)! - order.get(b.id)!,
    bounds,
    indicatorById: new Map(fw.indicators.map((i) => [i.id, i] as const)),
    indicatorIds: fw.indicators.map((i) => i.id),
    order,
    measured,
  };
}

/** True when `value` is a framework sealed by this package. @internal */
function isFramework(value: unknown): value is Framework {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, BRAND);
}

/**
 * The index of a framework argument; `INVALID_INPUT` when the argument is not
 * a built-in framework or the result of `defineFramework`. @internal
 */
export function indexOf(fw: unknown, fn: string, name = 'framework'): FrameworkIndex {
  let ok: boolean;
  try {
    ok = isFramework(fw);
  } catch (e) {
    throw new ThresholdError('INVALID_INPUT', `${fn}: the ${name} argument could not be read; it must be a framework of this package.`, {
      cause: e,
      issues: [{ path: [], message: `${name} could not be read.` }],
    });
  }
  if (!ok) {
    const message = `${fn}: the ${name} argument must be a framework of this package (a built-in such as stokeOnTrent, or the result of defineFramework); received ${describe(fw)}.`;
    throw new ThresholdError('INVALID_INPUT', message, {
      issues: [{ path: [], message: `${name} must be a framework of this package; received ${describe(fw)}.` }],
    });
  }
  let index = cache.get(fw as Framework);
  if (index === undefined) {
    index = build(fw as Framework);
    cache.set(fw as Framework, index);
  }
  return index;
}

/** Own-property lookup in a plain record, never inherited keys. @internal */
export function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
