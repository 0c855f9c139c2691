/**
 * Level resolution: from observed indicators, measures and an optional
 * professional judgement to a level, explained and cited.
 * @module
 */
import { indexOf, strictKeys, type FrameworkIndex } from './core.js';
import { describe, invalid, rethrow, unknown as unknownValue } from './errors.js';
import { resolveLevelRef } from './lookup.js';
import { tags as vocabulary } from './generated/tags.js';
import type {
  Area,
  Contact,
  Framework,
  FrameworkIds,
  Indicator,
  LevelAction,
  Level,
  Quantity,
  Route,
  SourceRef,
  Statement,
} from './model.js';

/** Measured values an assessment can carry. @category Resolution */
export interface Measures {
  /** school attendance, percent of sessions, 0–100 */
  readonly attendancePercent?: number;
  /** episodes of going missing from home in the last 90 days, a whole number ≥ 0 */
  readonly missingEpisodesLast90Days?: number;
}

/** A practitioner's professional judgement of the level, with the reason. @category Resolution */
export interface Judgement<L extends string = string> {
  /** rank or id of the judged level */
  readonly level: L | number;
  /** why; required, and must be non-empty */
  readonly reason: string;
}

/** What a practitioner observed. Strict: an unknown key anywhere is an error. @category Resolution */
export interface Assessment<Ids extends FrameworkIds = FrameworkIds> {
  /** ids of the indicators observed (needs and strengths); duplicates count once */
  readonly indicators?: readonly Ids['indicator'][];
  readonly measures?: Measures;
  readonly judgement?: Judgement<Ids['level']>;
}

/** An indicator implied by a measured value. @category Resolution */
export interface DerivedIndicator<Ids extends FrameworkIds = FrameworkIds> {
  readonly indicator: Indicator<Ids['indicator'], Ids['area']>;
  readonly quantity: Quantity;
  readonly value: number;
  /** the threshold met, for people, e.g. `attendancePercent 89 < 90` */
  readonly rule: string;
}

/** An area's own level in a resolution. @category Resolution */
export interface AreaResolution<Ids extends FrameworkIds = FrameworkIds> {
  readonly area: Area<Ids['area']>;
  /** the highest need level observed in the area and its sub-areas, or `undefined` when it has only strengths */
  readonly level: Level<Ids['level']> | undefined;
  readonly needs: readonly Indicator<Ids['indicator'], Ids['area']>[];
  readonly strengths: readonly Indicator<Ids['indicator'], Ids['area']>[];
}

/** Identifiers of the advisory considerations. @category Resolution */
export type ConsiderationId =
  | 'combined-needs'
  | 'strengths-alongside-needs'
  | 'judgement-below-indicated'
  | 'judgement-above-indicated'
  | 'measure-not-applicable'
  | 'higher-descriptors-to-consider'
  | 'guide-not-checklist';

/** An advisory note for the practitioner; never applied silently. @category Resolution */
export interface Consideration {
  readonly id: ConsiderationId;
  /** what the library noticed, for people */
  readonly message: string;
  /** the framework's own words on the matter, where it has them */
  readonly statement?: Statement;
  /** indicator ids the consideration is about */
  readonly indicators: readonly string[];
}

/** A route (special pathway) triggered by observed needs. @category Resolution */
export interface TriggeredRoute {
  readonly route: Route;
  /** ids of the observed needs whose tags triggered it */
  readonly triggeredBy: readonly string[];
  readonly contact: Contact | undefined;
}

/** What needs to happen at the resolved level. @category Resolution */
export interface Guidance<Ids extends FrameworkIds = FrameworkIds> {
  readonly level: Level<Ids['level']>;
  /** the level's action, verbatim, with its structured form */
  readonly action: LevelAction;
  /** the action each area with needs prints at this level, where the source prints one per area */
  readonly areaActions: readonly { readonly area: Ids['area']; readonly text: string; readonly note?: string; readonly source: SourceRef }[];
  readonly services: Level['services'];
  /** whom to contact at this level, plus the police for immediate danger */
  readonly contacts: readonly Contact[];
  readonly routes: readonly TriggeredRoute[];
  /** immediate danger is always the police on 999, whatever the level */
  readonly immediateDanger: Contact | undefined;
}

/** One of the three practice questions, answered from the result. @category Resolution */
export interface AnsweredQuestion {
  readonly id: 'working-well' | 'worried-about' | 'needs-to-happen';
  /** the question as the framework prints it (or the library's wording where it does not) */
  readonly question: string;
  readonly answers: readonly string[];
  readonly source: SourceRef | undefined;
}

/** The result of {@link resolveLevel}. @category Resolution */
export interface Resolution<Ids extends FrameworkIds = FrameworkIds> {
  readonly framework: Ids['framework'];
  /** the level to act on: the judgement's level when one is given, else `indicatedLevel` */
  readonly level: Level<Ids['level']>;
  /** the highest level among observed and derived needs; Level 1 when there are none */
  readonly indicatedLevel: Level<Ids['level']>;
  readonly judgement: { readonly level: Level<Ids['level']>; readonly reason: string } | undefined;
  /** the needs at the indicated level: why it is that level */
  readonly drivers: readonly Indicator<Ids['indicator'], Ids['area']>[];
  /** every need, observed or derived, highest level first, then in source order */
  readonly needs: readonly Indicator<Ids['indicator'], Ids['area']>[];
  /** strengths observed, in source order; they never raise or lower the level */
  readonly strengths: readonly Indicator<Ids['indicator'], Ids['area']>[];
  /** indicators implied by measures */
  readonly derived: readonly DerivedIndicator<Ids>[];
  /** per area with observed indicators, in the framework's area order */
  readonly areas: readonly AreaResolution<Ids>[];
  readonly considerations: readonly Consideration[];
  readonly guidance: Guidance<Ids>;
  /** what is working well / what are we worried about / what needs to happen */
  readonly questions: readonly [AnsweredQuestion, AnsweredQuestion, AnsweredQuestion];
  /** one line for a person */
  readonly summary: string;
  /** every source the result relies on, deduplicated */
  readonly sources: readonly SourceRef[];
}

const BROADER: ReadonlyMap<string, string | undefined> = new Map(vocabulary.map((t) => [t.id, t.broader]));
const ASSESSMENT_KEYS = ['indicators', 'measures', 'judgement'] as const;
const QUANTITIES: readonly Quantity[] = ['attendancePercent', 'missingEpisodesLast90Days'];
const JUDGEMENT_KEYS = ['level', 'reason'] as const;
const QUESTION_WORDING = {
  'working-well': 'What is working well?',
  'worried-about': 'What are we worried about?',
  'needs-to-happen': 'What needs to happen?',
} as const;

function checkMeasure(q: Quantity, value: unknown): number {
  const bad = (why: string): never =>
    invalid('INVALID_MEASURE', `measures.${q} ${why}; received ${describe(value)}`, [{ path: ['measures', q], message: why }]);
  if (typeof value !== 'number' || Number.isNaN(value)) return bad('must be a number');
  if (!Number.isFinite(value)) return bad('must be finite');
  if (value < 0) return bad('must not be negative');
  if (q === 'attendancePercent' && value > 100) return bad('is a percentage and must not exceed 100');
  if (q === 'missingEpisodesLast90Days' && !Number.isInteger(value)) return bad('counts episodes and must be a whole number');
  return value;
}

/** True when `value` satisfies every bound of the indicator's measure. @internal */
export function meetsMeasure(ind: Indicator, value: number): boolean {
  const m = ind.measure;
  if (m === undefined) return false;
  return (m.below === undefined || value < m.below) && (m.atLeast === undefined || value >= m.atLeast) && (m.atMost === undefined || value <= m.atMost);
}

function ruleText(ind: Indicator, value: number): string {
  const m = ind.measure!;
  const parts: string[] = [];
  if (m.atLeast !== undefined) parts.push(`≥ ${m.atLeast}`);
  if (m.atMost !== undefined) parts.push(`≤ ${m.atMost}`);
  if (m.below !== undefined) parts.push(`< ${m.below}`);
  return `${m.quantity} ${value} (${parts.join(' and ')})`;
}

const byLevelThenOrder = (ix: FrameworkIndex) => (a: Indicator, b: Indicator) =>
  b.level - a.level || ix.order.get(a.id)! - ix.order.get(b.id)!;
const byOrder = (ix: FrameworkIndex) => (a: Indicator, b: Indicator) => ix.order.get(a.id)! - ix.order.get(b.id)!;

function statement(fw: Framework, id: string): Statement | undefined {
  return fw.considerations.find((c) => c.id === id);
}

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
 * @throws {@link ThresholdError} `INVALID_ASSESSMENT` (unknown key, wrong shape, judgement without reason), `UNKNOWN_INDICATOR`, `INVALID_MEASURE`, `UNKNOWN_LEVEL`, `INVALID_INPUT` (not a framework)
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
  try {
    const ix = indexOf(fw, 'resolveLevel');
    const a = strictKeys(assessment, ASSESSMENT_KEYS, 'INVALID_ASSESSMENT', 'assessment');

    // observed indicators
    const observed = new Map<string, Indicator>();
    if (a.indicators !== undefined) {
      if (!Array.isArray(a.indicators)) {
        invalid('INVALID_ASSESSMENT', `assessment.indicators must be an array of indicator ids; received ${describe(a.indicators)}`, [
          { path: ['indicators'], message: 'expected an array' },
        ]);
      }
      const list = a.indicators as unknown[];
      for (let n = 0; n < list.length; n++) {
        const id = list[n];
        if (typeof id !== 'string') {
          invalid('INVALID_ASSESSMENT', `assessment.indicators[${n}] must be an indicator id (a string); received ${describe(id)}`, [
            { path: ['indicators', n], message: 'expected a string' },
          ]);
        }
        const ind = ix.indicatorById.get(id);
        if (ind === undefined) unknownValue('UNKNOWN_INDICATOR', `indicator of ${ix.fw.id}`, id, ix.indicatorIds, ` at assessment.indicators[${n}]`);
        observed.set(id, ind);
      }
    }

    // measures → derived indicators
    const considerations: Consideration[] = [];
    const derived: DerivedIndicator[] = [];
    if (a.measures !== undefined) {
      const m = strictKeys(a.measures, QUANTITIES, 'INVALID_ASSESSMENT', 'assessment.measures', ['measures']);
      for (const q of QUANTITIES) {
        if (m[q] === undefined) continue;
        const value = checkMeasure(q, m[q]);
        const stating = ix.measured.get(q);
        if (stating === undefined) {
          considerations.push({
            id: 'measure-not-applicable',
            message: `${ix.fw.name} (${ix.fw.area}) states no threshold for ${q}; the value ${value} was not used to set the level. Weigh it with professional judgement.`,
            indicators: [],
          });
          continue;
        }
        const met = stating.filter((ind) => meetsMeasure(ind, value));
        for (const ind of met) derived.push({ indicator: ind, quantity: q, value, rule: ruleText(ind, value) });
        const top = met.reduce((max, i) => Math.max(max, i.level), 0);
        if (top > 0 && !stating.some((i) => i.level > top)) {
          // the source states no number above the highest threshold met: name the higher
          // descriptors on the same subject so that judgement, not silence, decides
          const shared = stating.slice(1).reduce((acc, i) => acc.filter((t) => i.tags.includes(t)), [...stating[0]!.tags]);
          // the most specific shared tags: drop a tag that is broader than another shared one
          const common = shared.filter((t) => !shared.some((o) => BROADER.get(o) === t));
          const higher = ix.fw.indicators.filter(
            (i) => i.kind === 'need' && i.level > top && i.measure === undefined && i.tags.some((t) => common.includes(t)),
          );
          if (higher.length > 0) {
            considerations.push({
              id: 'higher-descriptors-to-consider',
              message: `The ${q} value ${value} meets a stated threshold at level ${top}; the source states no number for higher levels. Consider whether these higher-level descriptors also apply: ${higher.map((i) => `"${i.text}" (level ${i.level})`).join('; ')}.`,
              indicators: higher.map((i) => i.id),
            });
          }
        }
      }
    }

    const needsById = new Map<string, Indicator>();
    const strengths: Indicator[] = [];
    for (const ind of observed.values()) {
      if (ind.kind === 'need') needsById.set(ind.id, ind);
      else strengths.push(ind);
    }
    for (const d of derived) needsById.set(d.indicator.id, d.indicator);
    const needs = [...needsById.values()].sort(byLevelThenOrder(ix));
    strengths.sort(byOrder(ix));

    const indicatedRank = needs.length > 0 ? needs[0]!.level : 1;
    const indicatedLevel = ix.fw.levels[indicatedRank - 1]!;
    const drivers = needs.filter((n) => n.level === indicatedRank);

    // professional judgement
    let judgement: { level: Level; reason: string } | undefined;
    if (a.judgement !== undefined) {
      const j = strictKeys(a.judgement, JUDGEMENT_KEYS, 'INVALID_ASSESSMENT', 'assessment.judgement', ['judgement']);
      if (j.level === undefined) invalid('INVALID_ASSESSMENT', 'assessment.judgement.level is required (a rank or a level id)', [{ path: ['judgement', 'level'], message: 'required' }]);
      const level = resolveLevelRef(ix.fw, ix.levelById, ix.levelIds, j.level, 'assessment.judgement.level');
      if (typeof j.reason !== 'string' || j.reason.trim() === '') {
        invalid('INVALID_ASSESSMENT', `assessment.judgement.reason must be a non-empty string saying why; received ${describe(j.reason)}`, [
          { path: ['judgement', 'reason'], message: 'a non-empty reason is required' },
        ]);
      }
      judgement = { level, reason: j.reason };
      if (level.rank < indicatedRank) {
        considerations.push({
          id: 'judgement-below-indicated',
          message: `Professional judgement places this at ${level.name} (level ${level.rank}), below the indicated ${indicatedLevel.name} (level ${indicatedRank}). Reason given: "${j.reason}". Record it, and discuss with your safeguarding lead.`,
          indicators: drivers.map((d) => d.id),
        });
      } else if (level.rank > indicatedRank) {
        considerations.push({
          id: 'judgement-above-indicated',
          message: `Professional judgement places this at ${level.name} (level ${level.rank}), above the indicated ${indicatedLevel.name} (level ${indicatedRank}). Reason given: "${j.reason}".`,
          indicators: [],
        });
      }
    }
    const level = judgement?.level ?? indicatedLevel;

    // several areas at the top observed level
    const driverAreas = [...new Set(drivers.map((d) => d.area))];
    if (driverAreas.length > 1 && indicatedRank < ix.fw.levels.length) {
      const s = statement(ix.fw, 'combined-needs');
      considerations.push({
        id: 'combined-needs',
        message: `Needs at ${indicatedLevel.name} (level ${indicatedRank}) in ${driverAreas.length} areas (${driverAreas.join(', ')}). Combined, they may indicate a higher level of support; this is not applied automatically.`,
        ...(s ? { statement: s } : {}),
        indicators: drivers.map((d) => d.id),
      });
    }
    if (strengths.length > 0 && needs.length > 0) {
      const s = statement(ix.fw, 'strengths-mitigate');
      considerations.push({
        id: 'strengths-alongside-needs',
        message: `${strengths.length} strength(s) observed alongside ${needs.length} need(s). Strengths may mitigate needs and should be built on; they never lower the indicated level.`,
        ...(s ? { statement: s } : {}),
        indicators: strengths.map((i) => i.id),
      });
    }
    considerations.sort((x, y) => CONSIDERATION_ORDER.indexOf(x.id) - CONSIDERATION_ORDER.indexOf(y.id));

    // areas
    const areaNeeds = new Map<string, Indicator[]>();
    const areaStrengths = new Map<string, Indicator[]>();
    for (const ind of needs) for (const aid of ancestry(ix, ind.area)) push(areaNeeds, aid, ind);
    for (const ind of strengths) for (const aid of ancestry(ix, ind.area)) push(areaStrengths, aid, ind);
    const areas: AreaResolution[] = ix.fw.areas
      .filter((ar) => areaNeeds.has(ar.id) || areaStrengths.has(ar.id))
      .map((ar) => {
        const n = areaNeeds.get(ar.id) ?? [];
        return { area: ar, level: n.length > 0 ? ix.fw.levels[n[0]!.level - 1] : undefined, needs: n, strengths: areaStrengths.get(ar.id) ?? [] };
      });

    const guidance = guidanceFor(ix, level, needs);
    const questions = answer(ix, strengths, needs, guidance);
    const sources = dedupeSources([
      level.source,
      level.action.source,
      ...needs.map((n) => n.source),
      ...strengths.map((s) => s.source),
      ...guidance.routes.map((r) => r.route.source),
      ...guidance.contacts.map((c) => c.source),
      ...considerations.flatMap((c) => (c.statement ? [c.statement.source] : [])),
    ]);
    const why =
      needs.length === 0
        ? 'no needs observed'
        : `${drivers.length} need(s) at ${indicatedLevel.name}: ${drivers.map((d) => `"${d.text}"`).join('; ')}`;
    const summary =
      `${ix.fw.area}: ${level.name} (level ${level.rank} of ${ix.fw.levels.length})` +
      (judgement && level !== indicatedLevel ? ` by professional judgement; indicated ${indicatedLevel.name}` : '') +
      ` — ${why}.`;

    return {
      framework: ix.fw.id,
      level,
      indicatedLevel,
      judgement,
      drivers,
      needs,
      strengths,
      derived,
      areas,
      considerations,
      guidance,
      questions,
      summary,
      sources,
    } as unknown as Resolution<Ids>;
  } catch (e) {
    return rethrow(e, 'resolveLevel');
  }
}

const CONSIDERATION_ORDER: readonly ConsiderationId[] = [
  'judgement-below-indicated',
  'higher-descriptors-to-consider',
  'combined-needs',
  'judgement-above-indicated',
  'strengths-alongside-needs',
  'measure-not-applicable',
  'guide-not-checklist',
];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function ancestry(ix: FrameworkIndex, areaId: string): string[] {
  const out: string[] = [];
  for (let id: string | undefined = areaId; id !== undefined; id = ix.areaById.get(id)?.parent) out.push(id);
  return out;
}

function guidanceFor(ix: FrameworkIndex, level: Level, needs: readonly Indicator[]): Guidance {
  const fw = ix.fw;
  const needAreas = new Set(needs.map((n) => n.area));
  const areaActions = fw.areas
    .filter((ar) => needAreas.has(ar.id))
    .flatMap((ar) =>
      (ar.actions ?? [])
        .filter((act) => act.level === level.rank)
        .map((act) => ({ area: ar.id, text: act.text, ...(act.note ? { note: act.note } : {}), source: act.source })),
    );
  const routes: TriggeredRoute[] = [];
  for (const route of fw.routes) {
    const by = needs.filter((n) => n.tags.some((t) => route.triggerTags.includes(t))).map((n) => n.id);
    if (by.length > 0) routes.push({ route, triggeredBy: by, contact: fw.contacts.find((c) => c.id === route.contact) });
  }
  const immediateDanger = fw.contacts.find((c) => c.role === 'police-emergency');
  const contacts = fw.contacts.filter(
    (c) => (level.action.requestForService && (c.role === 'front-door' || c.role === 'out-of-hours')) || c === immediateDanger,
  );
  return { level, action: level.action, areaActions, services: level.services, contacts, routes, immediateDanger };
}

function answer(ix: FrameworkIndex, strengths: readonly Indicator[], needs: readonly Indicator[], g: Guidance): Resolution['questions'] {
  const q = (id: AnsweredQuestion['id'], answers: string[]): AnsweredQuestion => {
    const printed = ix.fw.practiceQuestions.find((p) => p.id === id);
    return { id, question: printed?.text ?? QUESTION_WORDING[id], answers, source: printed?.source };
  };
  const happen = [
    g.action.text,
    ...g.areaActions.filter((a) => a.text !== g.action.text).map((a) => a.text),
    ...g.routes.map((r) => r.route.text),
  ];
  if (g.immediateDanger) happen.push(`If a child is in immediate danger: ${g.immediateDanger.name} ${g.immediateDanger.phone ?? ''}`.trim());
  return [
    q('working-well', strengths.map((s) => s.text)),
    q('worried-about', needs.map((n) => n.text)),
    q('needs-to-happen', [...new Set(happen)]),
  ];
}

/** Deduplicates source references, keeping first-seen order. @internal */
export function dedupeSources(list: readonly SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const s of list) {
    const key = `${s.document}|${s.section}|${s.page ?? ''}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(s);
    }
  }
  return out;
}

