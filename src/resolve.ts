/**
 * Level resolution: from observed indicators, measures and an optional
 * professional judgement to a level, explained and cited.
 * @module
 */
import { indexOf, own, strictKeys, type FrameworkIndex } from './core.js';
import { describe, invalid, rethrow, unknown as unknownValue } from './errors.js';
import { QUANTITIES, QUANTITY_RULES } from './enums.js';
import { resolveLevelRef } from './lookup.js';
import { broaderTag } from './generated/tag-index.js';
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
  | 'higher-descriptors-to-consider';

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

/**
 * The result of {@link resolveLevel}. The level, drivers, needs, strengths and
 * derived indicators are computed at once; the explanation (areas,
 * considerations, guidance, questions, summary, sources) on first read.
 * `JSON.stringify(result)` / `result.toJSON()` give all of it as plain data.
 * @category Resolution
 */
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
  /** the whole resolution, explanation included, as plain data */
  toJSON(): Record<string, unknown>;
}

const ASSESSMENT_KEYS = ['indicators', 'measures', 'judgement'] as const;
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
  if (value < QUANTITY_RULES[q].min) return bad('must not be negative');
  const rule = QUANTITY_RULES[q];
  if (value > rule.max) return bad(`${rule.what} and must not exceed ${rule.max}`);
  if (rule.integer && !Number.isInteger(value)) return bad(`${rule.what} and must be a whole number`);
  return value;
}

/** True when `value` satisfies every bound of the indicator's measure. @internal */
export function meetsMeasure(ind: Indicator, value: number): boolean {
  const m = ind.measure;
  if (m === undefined) return false;
  return (m.below === undefined || value < m.below) && (m.atLeast === undefined || value >= m.atLeast) && (m.atMost === undefined || value <= m.atMost);
}


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

    // observed indicators, each once
    const seen = new Set<string>();
    const needs: Indicator[] = [];
    const strengths: Indicator[] = [];
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
        if (seen.has(id)) continue;
        seen.add(id);
        if (ind.kind === 'need') needs.push(ind);
        else strengths.push(ind);
      }
    }

    // measures → derived indicators
    const derived: DerivedIndicator[] = [];
    const measured: { q: Quantity; value: number; stating: readonly Indicator[] | undefined; top: number }[] = [];
    if (a.measures !== undefined) {
      const m = strictKeys(a.measures, QUANTITIES, 'INVALID_ASSESSMENT', 'assessment.measures', ['measures']);
      for (const q of QUANTITIES) {
        if (m[q] === undefined) continue;
        const value = checkMeasure(q, m[q]);
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
    }

    if (needs.length > 1) needs.sort(ix.byLevelThenOrder);
    if (strengths.length > 1) strengths.sort(ix.byOrder);

    const indicatedRank = needs.length > 0 ? needs[0]!.level : 1;
    const indicatedLevel = ix.fw.levels[indicatedRank - 1]!;
    const drivers = needs.length > 0 && needs[needs.length - 1]!.level === indicatedRank ? needs : needs.filter((n) => n.level === indicatedRank);

    // professional judgement: validated now, explained on demand
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
    }
    const level = judgement?.level ?? indicatedLevel;

    // The level and its drivers are computed above; the explanation is computed on first
    // read (memoised getters), so a batch that only needs levels does not pay for it.
    return new ResolutionResult({ ix, needs, strengths, drivers, derived, measured, judgement, indicatedLevel, level }) as unknown as Resolution<Ids>;
  } catch (e) {
    return rethrow(e, 'resolveLevel');
  }
}

interface Core {
  readonly ix: FrameworkIndex;
  readonly needs: readonly Indicator[];
  readonly strengths: readonly Indicator[];
  readonly drivers: readonly Indicator[];
  readonly measured: readonly { q: Quantity; value: number; stating: readonly Indicator[] | undefined; top: number }[];
  readonly judgement: { level: Level; reason: string } | undefined;
  readonly indicatedLevel: Level;
  readonly level: Level;
}

function considerationsOf(c: Core): Consideration[] {
  const { ix, needs, strengths, drivers, judgement, indicatedLevel } = c;
  const indicatedRank = indicatedLevel.rank;
  const out: Consideration[] = [];
  for (const { q, value, stating, top } of c.measured) {
    if (stating === undefined) {
      out.push({
        id: 'measure-not-applicable',
        message: `${ix.fw.name} (${ix.fw.area}) states no threshold for ${q}; the value ${value} was not used to set the level. Weigh it with professional judgement.`,
        indicators: [],
      });
      continue;
    }
    if (top > 0 && !stating.some((i) => i.level > top)) {
      // the source states no number above the highest threshold met: name the higher
      // descriptors on the same subject so that judgement, not silence, decides
      const higher = higherDescriptors(ix, q, top);
      if (higher.length > 0) {
        out.push({
          id: 'higher-descriptors-to-consider',
          message: `The ${q} value ${value} meets a stated threshold at level ${top}; the source states no number for higher levels. Consider whether these higher-level descriptors also apply: ${higher.map((i) => `"${i.text}" (level ${i.level})`).join('; ')}.`,
          indicators: higher.map((i) => i.id),
        });
      }
    }
  }
  if (judgement && judgement.level.rank < indicatedRank) {
    out.push({
      id: 'judgement-below-indicated',
      message: `Professional judgement places this at ${judgement.level.name} (level ${judgement.level.rank}), below the indicated ${indicatedLevel.name} (level ${indicatedRank}). Reason given: "${judgement.reason}". Record it, and discuss with your safeguarding lead.`,
      indicators: drivers.map((d) => d.id),
    });
  } else if (judgement && judgement.level.rank > indicatedRank) {
    out.push({
      id: 'judgement-above-indicated',
      message: `Professional judgement places this at ${judgement.level.name} (level ${judgement.level.rank}), above the indicated ${indicatedLevel.name} (level ${indicatedRank}). Reason given: "${judgement.reason}".`,
      indicators: [],
    });
  }
  // several areas at the top observed level
  const driverAreas = [...new Set(drivers.map((d) => d.area))];
  if (driverAreas.length > 1 && indicatedRank < ix.fw.levels.length) {
    const s = statement(ix.fw, 'combined-needs');
    out.push({
      id: 'combined-needs',
      message: `Needs at ${indicatedLevel.name} (level ${indicatedRank}) in ${driverAreas.length} areas (${driverAreas.join(', ')}). Combined, they may indicate a higher level of support; this is not applied automatically.`,
      ...(s ? { statement: s } : {}),
      indicators: drivers.map((d) => d.id),
    });
  }
  if (strengths.length > 0 && needs.length > 0) {
    const s = statement(ix.fw, 'strengths-mitigate');
    out.push({
      id: 'strengths-alongside-needs',
      message: `${strengths.length} strength(s) observed alongside ${needs.length} need(s). Strengths may mitigate needs and should be built on; they never lower the indicated level.`,
      ...(s ? { statement: s } : {}),
      indicators: strengths.map((i) => i.id),
    });
  }
  return out.sort((x, y) => CONSIDERATION_ORDER.indexOf(x.id) - CONSIDERATION_ORDER.indexOf(y.id));
}

/** Need descriptors above `top` on the subject of the quantity's measured descriptors (their most specific shared tags). */
function higherDescriptors(ix: FrameworkIndex, q: Quantity, top: number): Indicator[] {
  const stating = ix.measured.get(q) ?? [];
  if (stating.length === 0) return [];
  const shared = stating.slice(1).reduce((acc, i) => acc.filter((t) => i.tags.includes(t)), [...stating[0]!.tags]);
  const common = shared.filter((t) => !shared.some((o) => own(broaderTag, o) === t));
  return ix.fw.indicators.filter((i) => i.kind === 'need' && i.level > top && i.measure === undefined && i.tags.some((t) => common.includes(t)));
}

function areasOf(c: Core): AreaResolution[] {
  const { ix, needs, strengths } = c;
  const areaNeeds = new Map<string, Indicator[]>();
  const areaStrengths = new Map<string, Indicator[]>();
  for (const ind of needs) for (const aid of ancestry(ix, ind.area)) push(areaNeeds, aid, ind);
  for (const ind of strengths) for (const aid of ancestry(ix, ind.area)) push(areaStrengths, aid, ind);
  return ix.fw.areas
    .filter((ar) => areaNeeds.has(ar.id) || areaStrengths.has(ar.id))
    .map((ar) => {
      const n = areaNeeds.get(ar.id) ?? [];
      return { area: ar, level: n.length > 0 ? ix.fw.levels[n[0]!.level - 1] : undefined, needs: n, strengths: areaStrengths.get(ar.id) ?? [] };
    });
}

function summaryOf(c: Core): string {
  const { ix, needs, drivers, judgement, indicatedLevel, level } = c;
  const why = needs.length === 0 ? 'no needs observed' : `${drivers.length} need(s) at ${indicatedLevel.name}: ${drivers.map((d) => `"${d.text}"`).join('; ')}`;
  return (
    `${ix.fw.area}: ${level.name} (level ${level.rank} of ${ix.fw.levels.length})` +
    (judgement && level !== indicatedLevel ? ` by professional judgement; indicated ${indicatedLevel.name}` : '') +
    ` — ${why}.`
  );
}

/**
 * A resolution: the level and its drivers as own properties, the explanation
 * (areas, considerations, guidance, questions, summary, sources) as memoised
 * getters. `JSON.stringify` and `toJSON()` give all of it.
 */
class ResolutionResult {
  readonly framework: string;
  readonly level: Level;
  readonly indicatedLevel: Level;
  readonly judgement: { readonly level: Level; readonly reason: string } | undefined;
  readonly drivers: readonly Indicator[];
  readonly needs: readonly Indicator[];
  readonly strengths: readonly Indicator[];
  readonly derived: readonly DerivedIndicator[];
  readonly #core: Core;
  #areas: AreaResolution[] | undefined;
  #considerations: Consideration[] | undefined;
  #guidance: Guidance | undefined;
  #questions: Resolution['questions'] | undefined;
  #summary: string | undefined;
  #sources: SourceRef[] | undefined;

  constructor(core: Core & { readonly derived: readonly DerivedIndicator[] }) {
    this.framework = core.ix.fw.id;
    this.level = core.level;
    this.indicatedLevel = core.indicatedLevel;
    this.judgement = core.judgement;
    this.drivers = core.drivers;
    this.needs = core.needs;
    this.strengths = core.strengths;
    this.derived = core.derived;
    this.#core = core;
  }

  get areas(): AreaResolution[] {
    return (this.#areas ??= areasOf(this.#core));
  }

  get considerations(): Consideration[] {
    return (this.#considerations ??= considerationsOf(this.#core));
  }

  get guidance(): Guidance {
    return (this.#guidance ??= guidanceFor(this.#core.ix, this.level, this.needs));
  }

  get questions(): Resolution['questions'] {
    return (this.#questions ??= answer(this.#core.ix, this.strengths, this.needs, this.guidance));
  }

  get summary(): string {
    return (this.#summary ??= summaryOf(this.#core));
  }

  get sources(): SourceRef[] {
    return (this.#sources ??= dedupeSources([
      this.level.source,
      this.level.action.source,
      ...this.needs.map((n) => n.source),
      ...this.strengths.map((x) => x.source),
      ...this.guidance.routes.map((r) => r.route.source),
      ...this.guidance.contacts.map((c) => c.source),
      ...this.considerations.flatMap((c) => (c.statement ? [c.statement.source] : [])),
    ]));
  }

  /** The whole resolution, explanation included, as plain data. */
  toJSON(): Record<string, unknown> {
    return {
      framework: this.framework,
      level: this.level,
      indicatedLevel: this.indicatedLevel,
      judgement: this.judgement,
      drivers: this.drivers,
      needs: this.needs,
      strengths: this.strengths,
      derived: this.derived,
      areas: this.areas,
      considerations: this.considerations,
      guidance: this.guidance,
      questions: this.questions,
      summary: this.summary,
      sources: this.sources,
    };
  }
}

const CONSIDERATION_ORDER: readonly ConsiderationId[] = [
  'judgement-below-indicated',
  'higher-descriptors-to-consider',
  'combined-needs',
  'judgement-above-indicated',
  'strengths-alongside-needs',
  'measure-not-applicable',
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

