/**
 * Types of level resolution: the assessment read and the resolution returned.
 * @module
 */
import type { Provenance } from '../provenance.js';
import type { Area, Contact, FrameworkIds, FrameworkStatement, Indicator, LevelAction, Level, Quantity, Route, SourceRef, Statement } from '../model.js';

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
  /** the highest need level observed in the area and its sub-areas; absent when it has only strengths */
  readonly level?: Level<Ids['level']>;
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
  | 'no-descriptors-at-level';

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
  /** the route's contact; absent when the framework names none */
  readonly contact?: Contact;
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
  /** immediate danger is always the police on 999, whatever the level; absent when the framework names no police contact */
  readonly immediateDanger?: Contact;
  /** how the document says it must be used, verbatim, in every resolution: a guide to professional judgement, not a checklist (the framework's `guidance`) */
  readonly caveats: readonly Statement[];
  /** questions the source asks practitioners to consider in every conversation, verbatim (Stoke-on-Trent's "Important factors to consider") */
  readonly factorsToConsider: readonly Statement[];
  /** statements of the source on this level or on the subjects of the needs observed (e.g. a young carer's right to an assessment) */
  readonly statements: readonly FrameworkStatement[];
}

/** One of the three practice questions, answered from the result. @category Resolution */
export interface AnsweredQuestion {
  readonly id: 'working-well' | 'worried-about' | 'needs-to-happen';
  /** the question as the framework prints it (or the library's wording where it does not) */
  readonly question: string;
  readonly answers: readonly string[];
  /** where the framework prints the question; absent when it does not (the library's wording) */
  readonly source?: SourceRef;
}

/**
 * The result of {@link resolveLevel}: plain, deep-frozen data. Spread,
 * `structuredClone` and `JSON.stringify` keep all of it (optional keys are
 * left out when absent, never `undefined`); no two keys share an array.
 * @category Resolution
 */
export interface Resolution<Ids extends FrameworkIds = FrameworkIds> {
  readonly framework: Ids['framework'];
  /** the level to act on: the judgement's level when one is given, else `indicatedLevel` */
  readonly level: Level<Ids['level']>;
  /** the highest level among observed and derived needs; Level 1 when there are none */
  readonly indicatedLevel: Level<Ids['level']>;
  /** the professional judgement given, with its level; absent when none was given */
  readonly judgement?: { readonly level: Level<Ids['level']>; readonly reason: string };
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
  /** framework, edition, dataHash and package version that produced this answer */
  readonly provenance: Provenance;
  /** the assessment resolved: plain data (indicator ids once each in source order, the judgement level as an id), for records and replay */
  readonly assessment: Assessment<Ids>;
}
