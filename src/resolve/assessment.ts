/**
 * Reading an assessment: copied once into plain data, then checked, every
 * problem reported at once with its path.
 * @module
 * @internal
 */
import { contentIndex, type FrameworkIndex } from '../core.js';
import { Checker, readInput } from '../input.js';
import { checkIndicator, checkLevel } from '../lookup.js';
import type { Indicator, Level, Quantity } from '../model.js';
import { checkMeasure, meetsMeasure, QUANTITIES, topLevelOf, withinRule, type Measured } from './measures.js';

const ASSESSMENT_KEYS = ['indicators', 'measures', 'judgement'] as const;
const JUDGEMENT_KEYS = ['level', 'reason'] as const;

/** A checked assessment. @internal */
export interface Checked {
  /** valid indicator ids, as given (duplicates included) */
  readonly observed: readonly Indicator[];
  readonly measures: readonly { readonly q: Quantity; readonly value: number }[];
  readonly judgement: { readonly level: Level; readonly reason: string } | undefined;
}

const NONE: readonly never[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The fast path of `resolveLevel`: an assessment that is a plain object with
 * valid indicator ids and measures and no judgement, each value read once,
 * without copying. Anything else (including anything that throws) returns
 * `undefined`, and the full reader runs, which copies, checks and reports.
 * @internal
 */
export function quickRead(ix: FrameworkIndex, input: unknown): Checked | undefined {
  try {
    // null and undefined throw here (caught below); every other value but a plain object has another prototype
    if (Object.getPrototypeOf(input) !== Object.prototype) return undefined;
    let observed: readonly Indicator[] = NONE;
    let measures: Checked['measures'] = NONE;
    const o = input as Record<string, unknown>;
    // each value is read once, a getter's as JSON.stringify would (the full reader does the same)
    // every own string key, non-enumerable ones included (Reflect.ownKeys is many times slower);
    // a symbol key takes the full reader, which reports it
    if (Object.getOwnPropertySymbols(o).length !== 0) return undefined;
    for (const key of Object.getOwnPropertyNames(o)) {
      const v = o[key];
      if (key === 'indicators') {
        if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype) return undefined;
        const out: Indicator[] = [];
        const byId = contentIndex(ix).indicatorById;
        for (let i = 0, n = v.length; i < n; i++) {
          // a value that is not a string is no key of the map
          const ind = byId.get(v[i] as string);
          if (ind === undefined) return undefined;
          out.push(ind);
        }
        observed = out;
      } else if (key === 'measures') {
        if (Object.getPrototypeOf(v) !== Object.prototype) return undefined;
        const m = v as Record<string, unknown>;
        const out: { q: Quantity; value: number }[] = [];
        if (Object.getOwnPropertySymbols(m).length !== 0) return undefined;
        for (const q of Object.getOwnPropertyNames(m)) {
          const value = m[q];
          if (value === undefined) continue;
          if (typeof value !== 'number' || !withinRule(q, value)) return undefined;
          out.push({ q, value });
        }
        // in the fixed order of QUANTITIES, whatever the order of the keys
        measures = out.sort(byQuantity);
      } else if (key !== 'judgement' || v !== undefined) return undefined;
    }
    return { observed, measures, judgement: undefined };
  } catch {
    // the full reader reads it again and reports the problem, with its cause
  }
  return undefined;
}

const byQuantity = (a: { q: Quantity }, b: { q: Quantity }): number => QUANTITIES.indexOf(a.q) - QUANTITIES.indexOf(b.q);

/**
 * The fast path of `levelOf`: the indicated rank of an assessment the fast
 * path of {@link quickRead} would accept, without building anything; else
 * `undefined` (and the full reader runs). @internal
 */
export function quickRank(ix: FrameworkIndex, input: unknown): number | undefined {
  try {
    // as in quickRead
    if (Object.getPrototypeOf(input) !== Object.prototype) return undefined;
    const o = input as Record<string, unknown>;
    let top = 1;
    // every own string key, non-enumerable ones included (Reflect.ownKeys is many times slower);
    // a symbol key takes the full reader, which reports it
    if (Object.getOwnPropertySymbols(o).length !== 0) return undefined;
    for (const key of Object.getOwnPropertyNames(o)) {
      const v = o[key];
      if (key === 'indicators') {
        if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype) return undefined;
        const byId = contentIndex(ix).indicatorById;
        for (let i = 0, n = v.length; i < n; i++) {
          const ind = byId.get(v[i] as string);
          // Stryker disable next-line ConditionalExpression: equivalent; without this test an unknown id throws at ind.kind and the catch below refuses it the same
          if (ind === undefined) return undefined;
          if (ind.kind === 'need') top = Math.max(top, ind.level);
        }
      } else if (key === 'measures') {
        if (Object.getPrototypeOf(v) !== Object.prototype) return undefined;
        const m = v as Record<string, unknown>;
        if (Object.getOwnPropertySymbols(m).length !== 0) return undefined;
        for (const q of Object.getOwnPropertyNames(m)) {
          const value = m[q];
          if (value === undefined) continue;
          if (typeof value !== 'number' || !withinRule(q, value)) return undefined;
          top = Math.max(top, topLevelOf(ix, q, value));
        }
      } else if (key !== 'judgement' || v !== undefined) return undefined;
    }
    return top;
  } catch {
    // as in quickRead
  }
  return undefined;
}

/** Reads and checks an assessment for `fn`; throws every problem at once. @internal */
export function readAssessment(ix: FrameworkIndex, input: unknown, fn: string): Checked {
  return quickRead(ix, input) ?? readFully(ix, input, fn);
}

/** The full reader: copies, checks and reports every problem at once with its path. */
function readFully(ix: FrameworkIndex, input: unknown, fn: string): Checked {
  const c = new Checker(fn, 'assessment', 'INVALID_ASSESSMENT');
  const a = c.record(readInput(fn, 'assessment', input, 'INVALID_ASSESSMENT'), [], ASSESSMENT_KEYS);
  // what is read is kept whatever its checks say: c.done() throws before a problem is returned
  const observed: (Indicator | undefined)[] = [];
  const measures: { q: Quantity; value: number }[] = [];
  let level: Level | undefined;
  let reason: unknown;
  if (a !== undefined) {
    const list = a.indicators;
    if (list !== undefined && c.array(list, ['indicators'], 'indicator ids')) {
      for (let n = 0; n < list.length; n++) observed.push(checkIndicator(c, ix, list[n], ['indicators', n]));
    }
    if (a.measures !== undefined) {
      const m = c.record(a.measures, ['measures'], QUANTITIES);
      if (m !== undefined) {
        for (const q of QUANTITIES) {
          const value = m[q];
          if (value === undefined) continue;
          checkMeasure(c, q, value);
          measures.push({ q, value: value as number });
        }
      }
    }
    if (a.judgement !== undefined) {
      const j = c.record(a.judgement, ['judgement'], JUDGEMENT_KEYS);
      if (j !== undefined) {
        if (j.level === undefined) c.add(['judgement', 'level'], 'is required: the rank or id of the level judged.');
        else level = checkLevel(c, ix, j.level, ['judgement', 'level']);
        reason = j.reason;
        c.string(reason, ['judgement', 'reason'], 'a non-empty string saying why', true);
      }
    }
  }
  c.done();
  // no problem: every id is an indicator's, every measure a number within its rule, and a level read means a judgement with its reason
  return { observed: observed as Indicator[], measures, judgement: level && { level, reason: reason as string } };
}

/** The core of a resolution: what was observed and derived, and the levels. @internal */
export interface Core {
  readonly ix: FrameworkIndex;
  /** every need, observed or derived, each once, highest level first then in source order */
  readonly needs: readonly Indicator[];
  /** strengths observed, each once, in source order */
  readonly strengths: readonly Indicator[];
  readonly derived: readonly { readonly indicator: Indicator; readonly quantity: Quantity; readonly value: number; readonly rule: string }[];
  readonly measured: readonly Measured[];
  readonly judgement: { readonly level: Level; readonly reason: string } | undefined;
  readonly indicatedLevel: Level;
  readonly level: Level;
}

/** Computes the core of a resolution from a checked assessment. @internal */
export function coreOf(ix: FrameworkIndex, a: Checked): Core {
  const ii = contentIndex(ix);
  const seen = new Set<string>();
  const needs: Indicator[] = [];
  const strengths: Indicator[] = [];
  for (const ind of a.observed) {
    if (seen.has(ind.id)) continue;
    seen.add(ind.id);
    (ind.kind === 'need' ? needs : strengths).push(ind);
  }
  const derived: Core['derived'][number][] = [];
  const measured: Measured[] = [];
  for (const { q, value } of a.measures) {
    const stating = ii.measured.get(q);
    let top = 0;
    if (stating !== undefined) {
      for (const ind of stating) {
        if (!meetsMeasure(ind, value)) continue;
        derived.push({ indicator: ind, quantity: q, value, rule: `${q} ${value} (${ii.bounds.get(ind.id)!})` });
        top = Math.max(top, ind.level);
        if (!seen.has(ind.id)) {
          seen.add(ind.id);
          needs.push(ind);
        }
      }
    }
    measured.push({ q, value, stating, top });
  }
  needs.sort(ii.byLevelThenOrder);
  strengths.sort(ii.byOrder);
  const indicatedLevel = ix.fw.levels[(needs.length > 0 ? needs[0]!.level : 1) - 1]!;
  return { ix, needs, strengths, derived, measured, judgement: a.judgement, indicatedLevel, level: a.judgement?.level ?? indicatedLevel };
}
