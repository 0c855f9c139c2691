/**
 * Records for case systems and audits: small, plain, deep-frozen JSON that
 * keeps ids, values and provenance (not the quoted text), with what a replay
 * needs to name changes without the old edition at hand: the input, the
 * answer, and for the items the answer used their level, area and a
 * fingerprint (64-bit SHA-256 prefix) of their text. JSON Schemas:
 * `data/schema/resolution-record.schema.json`, `consent-record.schema.json`.
 * @module
 */
import { deepFreeze } from './core.js';
import { Checker, isPlain, readInput } from './input.js';
import { describe, invalid } from './errors.js';
import { decideConsent, type ConsentDecision, type ConsentSituation, type RecordField } from './consent.js';
import type { Framework, Level, Quantity } from './model.js';
import { frameworkOfProvenance, type Provenance } from './provenance.js';
import { resolveLevel, type Assessment, type Resolution } from './resolve.js';
import { fingerprint } from './sha256.js';

/** What a record keeps of an indicator: level, kind and a fingerprint of its text (its area is for the explanation, not the answer: `diffFrameworks` names area moves). @category Records */
export interface RecordedIndicator {
  readonly level: number;
  readonly kind: 'need' | 'strength';
  /** first 12 hex characters of the SHA-256 of the text */
  readonly text: string;
}

/** What a record keeps of a threshold: the level of its indicator and its bounds. @category Records */
export interface RecordedThreshold {
  readonly level: number;
  readonly quantity: Quantity;
  readonly atLeast?: number;
  readonly atMost?: number;
  readonly below?: number;
}

/** The answer of a resolution, by ids. @category Records */
export interface ResolutionAnswer {
  readonly level: string;
  readonly indicatedLevel: string;
  readonly judgement?: string;
  readonly drivers: readonly string[];
  readonly derived: readonly string[];
  readonly routes: readonly string[];
}

/**
 * The record of a resolution (see {@link recordResolution}). Format 1.
 * @category Records
 */
export interface ResolutionRecord {
  readonly type: 'resolution';
  readonly format: 1;
  /** when it was recorded (ISO 8601), if the caller said: library practice, not a requirement of the documents */
  readonly at?: string;
  readonly provenance: Provenance;
  /** the assessment as resolved: enough to replay it */
  readonly assessment: Assessment;
  readonly answer: ResolutionAnswer;
  /** the data the answer rested on, for naming changes on replay */
  readonly data: {
    /** the levels the answer names: rank and a fingerprint of the rest of the level */
    readonly levels: Readonly<Record<string, { readonly rank: number; readonly text: string }>>;
    /** the indicators observed or derived */
    readonly indicators: Readonly<Record<string, RecordedIndicator>>;
    /** every threshold on the quantities measured, by indicator id */
    readonly thresholds: Readonly<Record<string, RecordedThreshold>>;
    /** the routes triggered: a fingerprint of each */
    readonly routes: Readonly<Record<string, string>>;
  };
}

/** The answer of a consent decision, by ids. @category Records */
export interface ConsentAnswer {
  readonly outcome: string;
  readonly disclosure: string;
  readonly consentRequired: boolean;
  readonly rule: string;
  readonly steps: readonly string[];
  readonly mustRecord: readonly string[];
  readonly lawfulBases: readonly string[];
  /** how many questions the document leaves open here (`unanswered`; always some for `consult`) */
  readonly unanswered: number;
}

/** What the practitioner supplies for the record of a consent decision. @category Records */
export interface ConsentRecordDetails {
  /** who decided (name and role) */
  readonly practitioner: string;
  /** when the decision was made */
  readonly decidedAt: Date;
  readonly reason?: string;
  readonly approver?: string;
  readonly informationShared?: string;
  readonly sharedWith?: string;
  /** the parent's agreement or refusal, in their words where possible */
  readonly parentsView?: string;
}

/** The record of a consent decision (see {@link recordConsentDecision}). Format 1. @category Records */
export interface ConsentRecord {
  readonly type: 'consent-decision';
  readonly format: 1;
  readonly provenance: Provenance;
  readonly situation: Readonly<Required<ConsentSituation>>;
  readonly answer: ConsentAnswer;
  /** who decided: library practice (the documents ask for the decision to be recorded, not in which form) */
  readonly practitioner: string;
  /** ISO 8601 */
  readonly decidedAt: string;
  /** what the document requires recorded for this decision (`mustRecord`), as supplied */
  readonly fields: Readonly<Partial<Record<RecordField, string>>>;
  /** with whom the information was shared, where given (library practice, not a requirement of the document) */
  readonly sharedWith?: string;
  /** fingerprints of the rule matched and of each step's text, for naming changes on replay */
  readonly data: { readonly rule: string; readonly steps: Readonly<Record<string, string>> };
}

/** A record made by this package. @category Records */
export type DecisionRecord = ResolutionRecord | ConsentRecord;

/** Fingerprint of a level without its rank. @internal */
export const levelPrint = (l: Level): string => fingerprint({ ...l, rank: undefined });

/** The answer of a resolution, by ids. @internal */
export function resolutionAnswer(r: Resolution): ResolutionAnswer {
  return {
    level: r.level.id,
    indicatedLevel: r.indicatedLevel.id,
    ...(r.judgement ? { judgement: r.judgement.level.id } : {}),
    drivers: r.drivers.map((i) => i.id),
    derived: r.derived.map((d) => d.indicator.id),
    routes: r.guidance.routes.map((t) => t.route.id),
  };
}

/** The record's view of a threshold. @internal */
export function thresholdOf(level: number, m: NonNullable<Framework['indicators'][number]['measure']>): RecordedThreshold {
  return {
    level,
    quantity: m.quantity,
    ...(m.atLeast !== undefined ? { atLeast: m.atLeast } : {}),
    ...(m.atMost !== undefined ? { atMost: m.atMost } : {}),
    ...(m.below !== undefined ? { below: m.below } : {}),
  };
}

const AT_KEYS = ['at'] as const;

function isoOf(at: unknown, fn: string): string | undefined {
  if (at === undefined) return undefined;
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    invalid('INVALID_INPUT', `${fn}: 'at' must be a valid Date; received ${describe(at)}`, [{ path: ['at'], message: 'expected a valid Date' }]);
  }
  return at.toISOString();
}

/**
 * The record of a resolution for a case system or an audit: ids, values and
 * provenance, the assessment (so it can be replayed with {@link replayRecord}),
 * and for the items used their level, area and a fingerprint of their text —
 * not the quoted text. Plain, deep-frozen JSON, well under 2 KB for a typical
 * case; schema `data/schema/resolution-record.schema.json`.
 *
 * @param result - a resolution from {@link resolveLevel}
 * @param options - `{ at? }`: when it was recorded (stored as ISO 8601)
 * @throws {@link ThresholdError} `INVALID_INPUT` (not a resolution, invalid `at`, unknown option)
 * @category Records
 * @example
 * ```ts
 * import { recordResolution, resolveLevel, stokeOnTrent } from 'safeguarding-thresholds';
 * const r = resolveLevel(stokeOnTrent, { measures: { attendancePercent: 89 } });
 * const rec = recordResolution(r, { at: new Date('2026-03-02T10:00:00Z') });
 * [rec.answer.level, rec.data.thresholds['education-attendance-below-90'].below];
 * //=> [ 'getting-help', 90 ]
 * JSON.stringify(rec).length < 2048;
 * //=> true
 * ```
 */
export function recordResolution(result: Resolution, options: { readonly at?: Date } = {}): ResolutionRecord {
  // the framework of the answer, when its provenance is the object this package made (for the thresholds it did not meet)
  const fw = frameworkOfAnswer(result);
  const r = readInput('recordResolution', 'result', result, 'INVALID_INPUT');
  if (!isPlain(r) || !isPlain(r.provenance) || !isPlain(r.level) || !isPlain(r.assessment) || !Array.isArray(r.needs) || !isPlain(r.guidance)) {
    invalid('INVALID_INPUT', `recordResolution: the first argument must be a resolution from resolveLevel; received ${describe(result)}`);
  }
  const c = new Checker('recordResolution', 'options', 'INVALID_INPUT');
  const o = c.record(readInput('recordResolution', 'options', options, 'INVALID_INPUT', true), [], AT_KEYS);
  c.done();
  const at = isoOf(o!.at, 'recordResolution');
  const res = r as unknown as Resolution;
  // a result changed after resolveLevel returned it (spread, edited) must not be stored as the answer:
  // where its framework is known, the answer is recomputed from its own assessment and compared
  if (fw !== undefined)
    sameAnswer('recordResolution', resolutionAnswer(resolveLevel(fw, res.assessment)), resolutionAnswer(res), 'resolveLevel gives for its assessment');
  const indicators: Record<string, RecordedIndicator> = {};
  for (const i of [...res.needs, ...res.strengths]) indicators[i.id] = { level: i.level, kind: i.kind, text: fingerprint(i.text) };
  const thresholds: Record<string, RecordedThreshold> = {};
  const quantities = new Set(Object.keys(res.assessment.measures ?? {}));
  const measured = fw ? fw.indicators.filter((i) => i.kind === 'need' && i.measure && quantities.has(i.measure.quantity)) : res.derived.map((d) => d.indicator);
  for (const i of measured) thresholds[i.id] = thresholdOf(i.level, i.measure!);
  // the levels the answer names (level, indicated level, judgement)
  const levels: Record<string, { rank: number; text: string }> = {};
  for (const l of [res.indicatedLevel, res.level]) levels[l.id] = { rank: l.rank, text: levelPrint(l) };
  const routes: Record<string, string> = {};
  for (const t of res.guidance.routes) routes[t.route.id] = fingerprint(t.route);
  const record: ResolutionRecord = {
    type: 'resolution',
    format: 1,
    ...(at !== undefined ? { at } : {}),
    provenance: res.provenance,
    assessment: JSON.parse(JSON.stringify(res.assessment)) as Assessment,
    answer: resolutionAnswer(res),
    data: { levels, indicators, thresholds, routes },
  };
  return deepFreeze(JSON.parse(JSON.stringify(record)) as ResolutionRecord);
}

/**
 * The framework an answer was computed under, when its provenance is the object this package made (not a
 * copy); read before the answer is copied, since the copy loses that identity.
 */
function frameworkOfAnswer(answer: unknown): Framework | undefined {
  try {
    return typeof answer === 'object' && answer !== null ? frameworkOfProvenance((answer as { provenance?: unknown }).provenance) : undefined;
  } catch {
    return undefined; // an unreadable argument: readInput reports it as a ThresholdError
  }
}

/** Throws when a result given to a record function is not the answer the library computes for its own input. */
function sameAnswer(fn: string, fresh: unknown, given: unknown, what: string): void {
  const a = JSON.stringify(fresh);
  const b = JSON.stringify(given);
  if (a !== b) {
    invalid(
      'INVALID_INPUT',
      `${fn}: the answer given is not what ${what} under its framework (given ${b}; computed ${a}). Record the result exactly as it was returned.`,
    );
  }
}

/** A `mustRecord` entry's field, whether a plain field name or `{ field, … }`. @internal */
const fieldOf = (m: unknown): RecordField => (typeof m === 'string' ? m : (m as { field: RecordField }).field) as RecordField;
/** A lawful basis entry's name, whether a plain name or `{ basis, … }`. @internal */
const basisOf = (b: unknown): string =>
  typeof b === 'string' ? b : String((b as { basis?: unknown; name?: unknown }).basis ?? (b as { name?: unknown }).name);

/** The answer of a consent decision, by ids. @internal */
export function consentAnswer(d: ConsentDecision): ConsentAnswer {
  return {
    outcome: d.outcome,
    disclosure: d.disclosure,
    consentRequired: d.consentRequired,
    rule: d.rule.id,
    steps: d.steps.map((s) => s.id),
    mustRecord: (d.mustRecord as readonly unknown[]).map(fieldOf),
    lawfulBases: (d.lawfulBases as readonly unknown[]).map(basisOf),
    unanswered: (d as { unanswered?: readonly unknown[] }).unanswered?.length ?? 0,
  };
}

/** Fingerprint of the rule a decision rests on: everything the decision shows of it. @internal */
export function rulePrint(d: ConsentDecision): string {
  const x = d as ConsentDecision & { grounds?: Record<string, { id: string } | null>; unanswered?: readonly string[] };
  const grounds = x.grounds ? Object.fromEntries(Object.entries(x.grounds).map(([k, g]) => [k, g?.id ?? null])) : null;
  // step texts are fingerprinted one by one (data.steps), so that a reworded step is named as such
  return fingerprint({ ...consentAnswer(d), situation: d.rule.situation, grounds, unanswered: x.unanswered ?? [] });
}

/** The steps a decision cites (its steps and the grounds of its values), each once. @internal */
export function citedSteps(d: ConsentDecision): readonly { readonly id: string; readonly text: string }[] {
  const grounds = Object.values((d as ConsentDecision & { grounds?: Record<string, { id: string; text: string } | null> }).grounds ?? {});
  const seen = new Set<string>();
  const out: { id: string; text: string }[] = [];
  for (const s of [...d.steps, ...grounds]) {
    if (s === null || seen.has(s.id)) continue;
    seen.add(s.id);
    out.push({ id: s.id, text: s.text });
  }
  return out;
}

const FIELD_OF: Record<RecordField, keyof ConsentRecordDetails> = {
  reason: 'reason',
  approver: 'approver',
  'information-shared': 'informationShared',
  'parents-view': 'parentsView',
};
const DETAIL_KEYS = ['practitioner', 'decidedAt', 'reason', 'approver', 'informationShared', 'sharedWith', 'parentsView'] as const;

/**
 * The record of a consent decision: what the document requires recorded for
 * it (`mustRecord`: the reason, the approver, the information shared, the
 * parent's view, as the decision lists them), refused when one is missing;
 * plus, as library practice for an audit trail, who decided and when (always
 * asked for) and with whom it was shared (where given); the situation, the
 * answer by ids and provenance, for a case system to store and
 * {@link replayRecord} to replay. Plain, deep-frozen JSON; schema
 * `data/schema/consent-record.schema.json`.
 *
 * @throws {@link ThresholdError} `INVALID_INPUT` naming every missing or invalid field
 * @category Records
 * @example
 * ```ts
 * import { decideConsent, recordConsentDecision, staffordshire } from 'safeguarding-thresholds';
 * const d = decideConsent(staffordshire, { purpose: 'information-sharing', concern: 'child-in-need', consent: 'cannot-be-obtained' });
 * d.mustRecord.map((m) => m.field);
 * //=> [ 'information-shared' ]
 * const record = recordConsentDecision(d, {
 *   practitioner: 'A. Teacher, DSL', decidedAt: new Date('2026-03-02T10:00:00Z'),
 *   reason: 'Parent uncontactable for a week', informationShared: 'Attendance record', sharedWith: 'School nurse',
 * });
 * [record.fields['information-shared'], record.sharedWith, record.decidedAt];
 * //=> [ 'Attendance record', 'School nurse', '2026-03-02T10:00:00.000Z' ]
 * ```
 */
export function recordConsentDecision(decision: ConsentDecision, details: ConsentRecordDetails): ConsentRecord {
  const fw = frameworkOfAnswer(decision);
  const copy = readInput('recordConsentDecision', 'decision', decision, 'INVALID_INPUT');
  if (
    !isPlain(copy) ||
    !Array.isArray(copy.mustRecord) ||
    !Array.isArray(copy.steps) ||
    !isPlain(copy.rule) ||
    !isPlain(copy.situation) ||
    !isPlain(copy.provenance)
  ) {
    invalid('INVALID_INPUT', `recordConsentDecision: the first argument must be a decision from decideConsent; received ${describe(decision)}`);
  }
  decision = copy as unknown as ConsentDecision;
  if (fw !== undefined)
    sameAnswer('recordConsentDecision', consentAnswer(decideConsent(fw, decision.situation)), consentAnswer(decision), 'decideConsent gives for its situation');
  const c = new Checker('recordConsentDecision', 'details', 'INVALID_INPUT');
  const d = c.record(readInput('recordConsentDecision', 'details', details, 'INVALID_INPUT', true), [], DETAIL_KEYS)!;
  c.done();
  const problems: { path: string[]; message: string }[] = [];
  const text = (key: string): string | undefined => {
    const v = d[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v.trim() === '') {
      problems.push({ path: [key], message: `must be a non-empty string; received ${describe(v)}` });
      return undefined;
    }
    return v;
  };
  const practitioner = text('practitioner');
  const sharedWith = text('sharedWith');
  if (practitioner === undefined && !problems.some((p) => p.path[0] === 'practitioner')) problems.push({ path: ['practitioner'], message: 'required' });
  const at = d.decidedAt;
  const validDate = at instanceof Date && !Number.isNaN(at.getTime());
  if (!validDate) problems.push({ path: ['decidedAt'], message: `must be a valid Date; received ${describe(at)}` });
  const fields: Partial<Record<RecordField, string>> = {};
  for (const f of (decision.mustRecord as readonly unknown[]).map(fieldOf)) {
    const key = FIELD_OF[f];
    const v = text(key);
    if (v === undefined) {
      if (!problems.some((p) => p.path[0] === key)) problems.push({ path: [key], message: `required for this decision (${f})` });
    } else fields[f] = v;
  }
  if (problems.length > 0) {
    invalid('INVALID_INPUT', `recordConsentDecision: ${problems.map((p) => `${p.path.join('.')} ${p.message}`).join('; ')}`, problems);
  }
  const record: ConsentRecord = {
    type: 'consent-decision',
    format: 1,
    provenance: decision.provenance,
    situation: decision.situation,
    answer: consentAnswer(decision),
    practitioner: practitioner!,
    decidedAt: (at as Date).toISOString(),
    fields,
    ...(sharedWith === undefined ? {} : { sharedWith }),
    data: { rule: rulePrint(decision), steps: Object.fromEntries(citedSteps(decision).map((s) => [s.id, fingerprint(s.text)])) },
  };
  return deepFreeze(JSON.parse(JSON.stringify(record)) as ConsentRecord);
}
