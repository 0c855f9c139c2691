/**
 * The explanation of a resolution for people: areas, the three practice
 * questions answered, a one-line summary, and the sources relied on.
 * @module
 * @internal
 */
import { contentIndex, type FrameworkIndex } from '../core.js';
import type { Indicator, Quantity, SourceRef } from '../model.js';
import type { Core } from './assessment.js';
import type { AnsweredQuestion, AreaResolution, Consideration, Guidance, Resolution } from './types.js';

/** A measured value in words, for the summary and the practice questions. */
const MEASURE_WORDS: Record<Quantity, (v: number) => string> = {
  attendancePercent: (v) => `attendance of ${v} %`,
  missingEpisodesLast90Days: (v) => `${v} missing episode(s) in the last 90 days`,
};

/**
 * Each measured value the framework states no threshold for, in words: it did not set the level, so the
 * answer must say it was entered rather than read as "no needs observed". @internal
 */
export function unweighedMeasures(c: Core): string[] {
  return c.measured
    .filter((m) => m.stating === undefined)
    .map(
      (m) => `${MEASURE_WORDS[m.q](m.value)}: ${c.ix.fw.area} states no threshold for it, so it did not set the level; weigh it with professional judgement`,
    );
}

const QUESTION_WORDING = {
  'working-well': 'What is working well?',
  'worried-about': 'What are we worried about?',
  'needs-to-happen': 'What needs to happen?',
} as const;

/** Per area with observed indicators (an area counts those of its sub-areas), in the framework's area order. @internal */
export function areasOf(c: Core): AreaResolution[] {
  const { ix, needs, strengths } = c;
  const positions = ancestry(ix);
  const areas = ix.fw.areas;
  // area position → its needs, its strengths (sparse)
  const n: (Indicator[] | undefined)[] = [];
  const s: (Indicator[] | undefined)[] = [];
  for (const ind of needs) for (const p of positions.get(ind.area)!) (n[p] ??= []).push(ind);
  for (const ind of strengths) for (const p of positions.get(ind.area)!) (s[p] ??= []).push(ind);
  const out: AreaResolution[] = [];
  for (const [p, area] of areas.entries()) {
    const np = n[p];
    const sp = s[p];
    if (np === undefined && sp === undefined) continue;
    out.push(np ? { area, level: ix.fw.levels[np[0]!.level - 1]!, needs: np, strengths: sp ?? [] } : { area, needs: [], strengths: sp! });
  }
  return out;
}

const ancestryCache = new WeakMap<FrameworkIndex, ReadonlyMap<string, readonly number[]>>();

/** area id → the positions (in the framework's area list) of the area and its ancestors, per framework. */
function ancestry(ix: FrameworkIndex): ReadonlyMap<string, readonly number[]> {
  let memo = ancestryCache.get(ix);
  // Stryker disable next-line ConditionalExpression: a memo per framework; a miss computes the same positions again
  if (memo === undefined) {
    const pos = new Map(ix.fw.areas.map((a, i) => [a.id, i] as const));
    const m = new Map<string, number[]>();
    const { areaById } = contentIndex(ix);
    for (const a of ix.fw.areas) {
      const list = [pos.get(a.id)!];
      for (let id = a.parent; id !== undefined; id = areaById.get(id)!.parent) list.push(pos.get(id)!);
      m.set(a.id, list);
    }
    ancestryCache.set(ix, (memo = m));
  }
  return memo;
}

/** The three practice questions answered from the result. @internal */
export function answer(
  ix: FrameworkIndex,
  strengths: readonly Indicator[],
  needs: readonly Indicator[],
  g: Guidance,
  unweighed: readonly string[],
): Resolution['questions'] {
  const q = (id: AnsweredQuestion['id'], answers: string[]): AnsweredQuestion => {
    const printed = ix.fw.practiceQuestions.find((p) => p.id === id);
    return printed ? { id, question: printed.text, answers, source: printed.source } : { id, question: QUESTION_WORDING[id], answers };
  };
  // the level's action, the areas' own actions, the routes triggered, whom to call in danger: each once, first seen first
  const happen = [g.action.text, ...g.areaActions.map((a) => a.text), ...g.routes.map((r) => r.route.text)];
  if (g.immediateDanger) happen.push(`If a child is in immediate danger: ${g.immediateDanger.name} ${g.immediateDanger.phone ?? ''}`.trim());
  return [
    q(
      'working-well',
      strengths.map((s) => s.text),
    ),
    q('worried-about', [...needs.map((n) => n.text), ...unweighed.map((u) => `${u[0]!.toUpperCase()}${u.slice(1)}.`)]),
    q('needs-to-happen', [...new Set(happen)]),
  ];
}

/** One line for a person. @internal */
export function summaryOf(c: Core, drivers: readonly Indicator[]): string {
  const { ix, needs, judgement, indicatedLevel, level } = c;
  const unweighed = unweighedMeasures(c);
  const why =
    needs.length === 0
      ? unweighed.length === 0
        ? 'no needs observed'
        : 'no descriptor observed'
      : `${drivers.length} need(s) at ${indicatedLevel.name}: ${drivers.map((d) => `"${d.text}"`).join('; ')}`;
  return (
    `${ix.fw.area}: ${level.name} (level ${level.rank} of ${ix.fw.levels.length})` +
    (judgement && level !== indicatedLevel ? ` by professional judgement; indicated ${indicatedLevel.name}` : '') +
    ` — ${[why, ...unweighed].join('; ')}.`
  );
}

/** Every source the resolution relies on, deduplicated, first-seen order. @internal */
export function sourcesOf(c: Core, g: Guidance, considerations: readonly Consideration[]): SourceRef[] {
  const list: SourceRef[] = [c.level.source, c.level.action.source];
  for (const n of c.needs) list.push(n.source);
  for (const s of c.strengths) list.push(s.source);
  for (const r of g.routes) list.push(r.route.source);
  for (const k of g.contacts) list.push(k.source);
  for (const k of considerations) if (k.statement) list.push(k.statement.source);
  return dedupeSources(list);
}

const sourceKeys = new WeakMap<SourceRef, string>();

/** Deduplicates source references, keeping first-seen order; a new array. @internal */
export function dedupeSources(list: readonly SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const s of list) {
    let key = sourceKeys.get(s);
    // Stryker disable next-line ConditionalExpression: a memo of each frozen source's key; a miss computes the same key again
    if (key === undefined) {
      key = `${s.document}|${s.section}|${String(s.page)}`;
      // Stryker disable next-line ConditionalExpression: whether a key is memoised changes the speed only (a source is frozen framework data)
      if (Object.isFrozen(s)) sourceKeys.set(s, key);
    }
    if (!seen.has(key)) {
      seen.add(key);
      out.push(s);
    }
  }
  return out;
}
