/**
 * Measures: checking measured values and the indicators they imply.
 * @module
 * @internal
 */
import { contentIndex, type FrameworkIndex } from '../core.js';
import { describe } from '../errors.js';
import type { Checker } from '../input.js';
import { QUANTITY_RULES } from '../enums.js';
import type { Indicator, Quantity } from '../model.js';

/** The quantities an assessment can carry, in a fixed order (src/enums.ts). @internal */
export { QUANTITIES } from '../enums.js';

/** A checked measured value and what it implies. @internal */
export interface Measured {
  readonly q: Quantity;
  readonly value: number;
  /** the framework's need indicators stating a threshold on `q`; undefined when it states none */
  readonly stating: readonly Indicator[] | undefined;
  /** the highest level among the thresholds met, 0 when none */
  readonly top: number;
}

/** True when `q` is a quantity and `value` a number within its rule (the fast paths' check; `checkMeasure` says why not). @internal */
export function withinRule(q: string, value: number): q is Quantity {
  const rule = (QUANTITY_RULES as Record<string, (typeof QUANTITY_RULES)[Quantity] | undefined>)[q];
  return rule !== undefined && value >= rule.min && value <= rule.max && (!rule.integer || Number.isInteger(value));
}

/** Records the problem of a measured value, if any, with code `INVALID_MEASURE` (the full reader's check; `withinRule` is the fast paths'). @internal */
export function checkMeasure(c: Checker, q: Quantity, value: unknown): void {
  const why = measureProblem(QUANTITY_RULES[q], value);
  if (why !== undefined) c.add(['measures', q], `${why}; received ${describe(value)}.`, { code: 'INVALID_MEASURE' });
}

function measureProblem(rule: (typeof QUANTITY_RULES)[Quantity], value: unknown): string | undefined {
  if (typeof value !== 'number' || Number.isNaN(value)) return 'must be a number';
  if (!Number.isFinite(value)) return 'must be finite';
  if (value < rule.min) return 'must not be negative';
  if (value > rule.max) return `${rule.what} and must not exceed ${rule.max}`;
  if (rule.integer && !Number.isInteger(value)) return `${rule.what} and must be a whole number`;
  return undefined;
}

/**
 * True when `value` satisfies every bound of the indicator's measure; `ind` is
 * one of `contentIndex(ix).measured`, which holds only indicators with a measure. @internal
 */
export function meetsMeasure(ind: Indicator, value: number): boolean {
  const m = ind.measure!;
  return (m.below === undefined || value < m.below) && (m.atLeast === undefined || value >= m.atLeast) && (m.atMost === undefined || value <= m.atMost);
}

/** The highest level among the need indicators a measured value meets, 0 when none. @internal */
export function topLevelOf(ix: FrameworkIndex, q: Quantity, value: number): number {
  let top = 0;
  const stating = contentIndex(ix).measured.get(q);
  if (stating !== undefined) for (const ind of stating) if (meetsMeasure(ind, value)) top = Math.max(top, ind.level);
  return top;
}
