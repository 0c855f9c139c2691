/**
 * Reading an assessment: copied once into plain data, then checked, every
 * problem reported at once with its path.
 * @module
 * @internal
 */
import type { FrameworkIndex } from '../core.js';
import { Checker, readInput } from '../input.js';
import { checkIndicator, checkLevel } from '../lookup.js';
import type { Indicator, Level, Quantity } from '../model.js';
import { checkMeasure, meetsMeasure, QUANTITIES, type Measured } from './measures.js';

const ASSESSMENT_KEYS = ['indicators', 'measures', 'judgement'] as const;
const JUDGEMENT_KEYS = ['level', 'reason'] as const;

/** A checked assessment. @internal */
export interface Checked {
  /** valid indicator ids, as given (duplicates included) */
  readonly observed: readonly Indicator[];
  readonly measures: readonly { readonly q: Quantity; readonly value: number }[];
  readonly judgement: { readonly level: Level; readonly reason: string } | undefined;
}

/** Reads and checks an assessment for `fn`; throws every problem at once. @internal */
export function readAssessment(ix: FrameworkIndex, input: unknown, fn: string): Checked {
  const c = new Checker(fn, 'assessment', 'INVALID_ASSESSMENT');
  const a = c.record(readInput(fn, 'assessment', input, 'INVALID_ASSESSMENT'), [], ASSESSMENT_KEYS);
  const observed: Indicator[] = [];
  const measures: { q: Quantity; value: number }[] = [];
  let judgement: Checked['judgement'];
  if (a !== undefined) {
    const list = a.indicators;
    if (list !== undefined && c.array(list, ['indicators'], 'indicator ids')) {
      for (let n = 0; n < list.length; n++) {
        const ind = checkIndicator(c, ix, list[n], ['indicators', n]);
        if (ind !== undefined) observed.push(ind);
      }
    }
    if (a.measures !== undefined) {
      const m = c.record(a.measures, ['measures'], QUANTITIES);
      if (m !== undefined) {
        for (const q of QUANTITIES) {
          const v = m[q];
          if (v !== undefined && checkMeasure(c, q, v)) measures.push({ q, value: v });
        }
      }
    }
    if (a.judgement !== undefined) {
      const j = c.record(a.judgement, ['judgement'], JUDGEMENT_KEYS);
      if (j !== undefined) {
        let level: Level | undefined;
        if (j.level === undefined) c.add(['judgement', 'level'], 'is required: the rank or id of the level judged.');
        else level = checkLevel(c, ix, j.level, ['judgement', 'level']);
        const reason = j.reason;
        const hasReason = c.string(reason, ['judgement', 'reason'], 'a non-empty string saying why', true);
        if (level !== undefined && hasReason) judgement = { level, reason };
      }
    }
  }
  c.done();
  return { observed, measures, judgement };
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
    const stating = ix.measured.get(q);
    let top = 0;
    for (const ind of stating ?? []) {
      if (!meetsMeasure(ind, value)) continue;
      derived.push({ indicator: ind, quantity: q, value, rule: `${q} ${value} (${ix.bounds.get(ind.id)!})` });
      if (ind.level > top) top = ind.level;
      if (!seen.has(ind.id)) {
        seen.add(ind.id);
        needs.push(ind);
      }
    }
    measured.push({ q, value, stating, top });
  }
  if (needs.length > 1) needs.sort(ix.byLevelThenOrder);
  if (strengths.length > 1) strengths.sort(ix.byOrder);
  const indicatedLevel = ix.fw.levels[(needs.length > 0 ? needs[0]!.level : 1) - 1]!;
  return { ix, needs, strengths, derived, measured, judgement: a.judgement, indicatedLevel, level: a.judgement?.level ?? indicatedLevel };
}
