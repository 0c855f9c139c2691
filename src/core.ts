/**
 * Framework objects at run time: sealing (deep freeze + brand) and the
 * per-framework indexes every function uses. Indexes are built once per
 * framework, lazily, and kept in a WeakMap so nothing leaks.
 * @module
 * @internal
 */
import { describe, invalid } from './errors.js';
import type { Area, Framework, Indicator, Level, Quantity } from './model.js';

const BRAND: unique symbol = Symbol.for('safeguarding-thresholds.framework') as never;

/** Deep-freezes plain data in place and returns it. @internal */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Brands and deep-freezes validated framework data. @internal */
export function sealFramework<F>(data: unknown): F {
  Object.defineProperty(data, BRAND, { value: true, enumerable: false });
  return deepFreeze(data) as F;
}

/** The indexes of one framework. @internal */
export interface FrameworkIndex {
  readonly fw: Framework;
  readonly levelById: ReadonlyMap<string, Level>;
  readonly levelIds: readonly string[];
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
  const levelById = new Map(fw.levels.map((l) => [l.id, l] as const));
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
    fw,
    byLevelThenOrder: (a, b) => b.level - a.level || order.get(a.id)! - order.get(b.id)!,
    byOrder: (a, b) => order.get(a.id)! - order.get(b.id)!,
    bounds,
    levelById,
    levelIds: fw.levels.map((l) => l.id),
    areaById,
    areaIds: fw.areas.map((a) => a.id),
    areaSubtree,
    indicatorById: new Map(fw.indicators.map((i) => [i.id, i] as const)),
    indicatorIds: fw.indicators.map((i) => i.id),
    order,
    measured,
  };
}

/** True when `value` is a framework sealed by this package. @internal */
export function isFramework(value: unknown): value is Framework {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, BRAND);
}

/**
 * The index of a framework argument; `INVALID_INPUT` when the argument is not
 * a built-in framework or the result of `defineFramework`. @internal
 */
export function indexOf(fw: unknown, fn: string): FrameworkIndex {
  if (!isFramework(fw)) {
    invalid(
      'INVALID_INPUT',
      `${fn}: the first argument must be a framework of this package (a built-in such as stokeOnTrent, or the result of defineFramework); received ${describe(fw)}`,
    );
  }
  let index = cache.get(fw);
  if (index === undefined) {
    index = build(fw);
    cache.set(fw, index);
  }
  return index;
}

/** Own-property lookup in a plain record, never inherited keys. @internal */
export function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * Checks that `input` is a plain object whose keys are all in `allowed`;
 * otherwise throws `code` naming the unknown key and the nearest allowed. @internal
 */
export function strictKeys(
  input: unknown,
  allowed: readonly string[],
  code: 'INVALID_INPUT' | 'INVALID_ASSESSMENT' | 'INVALID_SITUATION',
  what: string,
  path: readonly (string | number)[] = [],
): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    invalid(code, `${what} must be an object; received ${describe(input)}`, [{ path, message: `expected an object, received ${describe(input)}` }]);
  }
  const keys = Reflect.ownKeys(input);
  for (const key of keys) {
    if (typeof key === 'symbol') {
      invalid(code, `${what} has a symbol key; allowed keys: ${allowed.join(', ')}`, [{ path, message: 'symbol key' }]);
    }
    if (!allowed.includes(key)) {
      const near = nearestKey(key, allowed);
      invalid(
        code,
        `${what} has an unknown key ${describe(key)}${near ? `; did you mean '${near}'?` : ''} Allowed keys: ${allowed.join(', ')}`,
        [{ path: [...path, key], message: 'unknown key' }],
      );
    }
  }
  // every key was checked against `allowed` above (no `__proto__`), so a plain object is safe
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(input, key);
    if (desc && !('value' in desc)) {
      invalid(code, `${what}.${String(key)} must be a plain data property, not an accessor`, [{ path: [...path, key as string], message: 'accessor' }]);
    }
    out[key as string] = desc?.value;
  }
  return out;
}

function nearestKey(key: string, allowed: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  return allowed.find((a) => a.toLowerCase().startsWith(k.slice(0, 4)) || k.startsWith(a.toLowerCase().slice(0, 4)));
}
