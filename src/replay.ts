/**
 * Replaying a stored record under a framework — the edition that made it or a
 * later one — to see whether the answer would be the same today and what in
 * the data changed.
 * @module
 */
import { decideConsent, type ConsentDecision, type ConsentSituation } from './consent.js';
import { deepFreeze, indexOf } from './core.js';
import { byChange, change, type DataChange } from './diff.js';
import { describe, invalid, ThresholdError } from './errors.js';
import type { Framework } from './model.js';
import {
  consentAnswer,
  levelPrint,
  resolutionAnswer,
  rulePrint,
  thresholdOf,
  type ConsentAnswer,
  type ConsentRecord,
  type DecisionRecord,
  type ResolutionAnswer,
  type ResolutionRecord,
} from './records.js';
import { resolveLevel, type Assessment } from './resolve.js';
import { readInput } from './input.js';
import { canonicalJson, fingerprint } from './sha256.js';

/**
 * The result of {@link replayRecord}: `then` is the recorded answer, `now` the
 * answer under the framework given (undefined when it can no longer be
 * computed, with `error` saying why); `same` when the two are equal; `changes`
 * names every item the record's answer rested on that differs in the framework
 * given (empty when `sameEdition`).
 * @category Records
 */
export interface Replay<A = ResolutionAnswer | ConsentAnswer> {
  readonly same: boolean;
  /** the framework given has the record's dataHash */
  readonly sameEdition: boolean;
  readonly then: A;
  readonly now: A | undefined;
  readonly changes: readonly DataChange[];
  readonly error?: { readonly code: string; readonly message: string };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function replayResolution(fw: Framework, rec: ResolutionRecord, sameEdition: boolean): Replay<ResolutionAnswer> {
  const changes: DataChange[] = [];
  const levels = new Map(fw.levels.map((l) => [l.id, l] as const));
  const indicators = new Map(fw.indicators.map((i) => [i.id, i] as const));
  if (!sameEdition) {
    for (const [id, was] of Object.entries(rec.data.levels)) {
      const l = levels.get(id);
      if (l === undefined) changes.push(change({ subject: 'level', id, change: 'removed', before: { rank: was.rank } }));
      else {
        if (l.rank !== was.rank) changes.push(change({ subject: 'level', id, change: 'moved', before: { rank: was.rank }, after: { rank: l.rank } }));
        if (levelPrint(l) !== was.text)
          changes.push(change({ subject: 'level', id, change: 'changed', before: { text: was.text }, after: { text: levelPrint(l) } }));
      }
    }
    for (const [id, was] of Object.entries(rec.data.indicators)) {
      const i = indicators.get(id);
      if (i === undefined) {
        changes.push(change({ subject: 'indicator', id, change: 'removed', before: { level: was.level } }));
        continue;
      }
      if (i.level !== was.level) changes.push(change({ subject: 'indicator', id, change: 'moved', before: { level: was.level }, after: { level: i.level } }));
      // the record keeps a fingerprint of the text, not the text: the change names the new wording
      if (fingerprint(i.text) !== was.text) changes.push(change({ subject: 'indicator', id, change: 'reworded', after: i.text }));
      if (i.kind !== was.kind) changes.push(change({ subject: 'indicator', id, change: 'changed', before: { kind: was.kind }, after: { kind: i.kind } }));
    }
    const quantities = new Set(Object.keys(rec.assessment.measures ?? {}));
    for (const [id, was] of Object.entries(rec.data.thresholds)) {
      const i = indicators.get(id);
      if (i?.measure === undefined || i.kind !== 'need') changes.push(change({ subject: 'threshold', id, change: 'removed', before: was }));
      else {
        const now = thresholdOf(i.level, i.measure) as unknown as Record<string, unknown>;
        const old = was as unknown as Record<string, unknown>;
        const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter((k) => old[k] !== now[k]).sort();
        const pick = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
        if (keys.length > 0) changes.push(change({ subject: 'threshold', id, change: 'changed', before: pick(old), after: pick(now) }));
      }
    }
    for (const i of fw.indicators) {
      if (i.kind === 'need' && i.measure && quantities.has(i.measure.quantity) && rec.data.thresholds[i.id] === undefined) {
        changes.push(change({ subject: 'threshold', id: i.id, change: 'added', after: thresholdOf(i.level, i.measure) }));
      }
    }
    for (const [id, was] of Object.entries(rec.data.routes)) {
      const r = fw.routes.find((x) => x.id === id);
      if (r === undefined) changes.push(change({ subject: 'route', id, change: 'removed', before: { text: was } }));
      else if (fingerprint(r) !== was)
        changes.push(change({ subject: 'route', id, change: 'changed', before: { text: was }, after: { text: fingerprint(r) } }));
    }
  }
  // recompute, leaving out what the framework no longer has (named in `changes`)
  const a = rec.assessment;
  const input: Assessment = {
    ...(a.indicators ? { indicators: a.indicators.filter((id) => indicators.has(id)) } : {}),
    ...(a.measures ? { measures: a.measures } : {}),
    ...(a.judgement && levels.has(String(a.judgement.level)) ? { judgement: a.judgement } : {}),
  };
  const now = resolutionAnswer(resolveLevel(fw, input));
  return { same: canonicalJson(now) === canonicalJson(rec.answer), sameEdition, then: rec.answer, now, changes: changes.sort(byChange) };
}

function replayConsent(fw: Framework, rec: ConsentRecord, sameEdition: boolean): Replay<ConsentAnswer> {
  const changes: DataChange[] = [];
  if (!sameEdition) {
    const steps = new Map((fw.consent?.steps ?? []).map((s) => [s.id, s] as const));
    for (const [id, was] of Object.entries(rec.data.steps)) {
      const s = steps.get(id);
      if (s === undefined) changes.push(change({ subject: 'consent-step', id, change: 'removed', before: was }));
      else if (fingerprint(s.text) !== was) changes.push(change({ subject: 'consent-step', id, change: 'reworded', after: s.text }));
    }
  }
  let decision: ConsentDecision;
  try {
    decision = decideConsent(fw, rec.situation as ConsentSituation);
  } catch (e) {
    if (!(e instanceof ThresholdError)) throw e;
    const id = rec.answer.rule;
    if (!sameEdition && !(fw.consent?.rules ?? []).some((r) => r.id === id))
      changes.push(change({ subject: 'consent-rule', id, change: 'removed', before: { rule: rec.data.rule } }));
    return { same: false, sameEdition, then: rec.answer, now: undefined, changes: changes.sort(byChange), error: { code: e.code, message: e.message } };
  }
  const now = consentAnswer(decision);
  if (!sameEdition) {
    const id = rec.answer.rule;
    if (!(fw.consent?.rules ?? []).some((r) => r.id === id))
      changes.push(change({ subject: 'consent-rule', id, change: 'removed', before: { rule: rec.data.rule } }));
    else if (now.rule === id && rulePrint(decision) !== rec.data.rule)
      changes.push(change({ subject: 'consent-rule', id, change: 'changed', before: { rule: rec.data.rule }, after: { rule: rulePrint(decision) } }));
    else if (now.rule !== id)
      changes.push(change({ subject: 'consent-rule', id, change: 'changed', before: { matches: true }, after: { matches: false, instead: now.rule } }));
  }
  return { same: canonicalJson(now) === canonicalJson(rec.answer), sameEdition, then: rec.answer, now, changes: changes.sort(byChange) };
}

/**
 * Replays a stored record (from {@link recordResolution} or
 * {@link recordConsentDecision}, e.g. read back from a database as JSON) under
 * a framework: the answer then and now, whether they are the same, and every
 * descriptor, level, threshold, route or rule the record's answer rested on
 * that differs in `fw` (removed, moved, reworded, threshold changed) — as far
 * as the record can tell without the old edition. A record replayed under the
 * edition that made it is `same`, with no changes.
 *
 * @throws {@link ThresholdError} `INVALID_INPUT` (not a framework, not a record, a record of another framework)
 * @category Records
 * @example
 * ```ts
 * import { recordResolution, replayRecord, resolveLevel, stokeOnTrent } from 'safeguarding-thresholds';
 * const stored = JSON.parse(JSON.stringify(recordResolution(resolveLevel(stokeOnTrent, { measures: { attendancePercent: 89 } }))));
 * const replay = replayRecord(stokeOnTrent, stored);
 * [replay.same, replay.sameEdition, replay.changes.length];
 * //=> [ true, true, 0 ]
 * ```
 */
export function replayRecord(fw: Framework, record: ResolutionRecord): Replay<ResolutionAnswer>;
export function replayRecord(fw: Framework, record: ConsentRecord): Replay<ConsentAnswer>;
export function replayRecord(fw: Framework, record: DecisionRecord): Replay;
export function replayRecord(fw: Framework, record: DecisionRecord): Replay {
  const f = indexOf(fw, 'replayRecord').fw;
  const rec = readInput('replayRecord', 'record', record, 'INVALID_INPUT');
  if (
    !isObject(rec) ||
    (rec.type !== 'resolution' && rec.type !== 'consent-decision') ||
    rec.format !== 1 ||
    !isObject(rec.provenance) ||
    !isObject(rec.data) ||
    !isObject(rec.answer)
  ) {
    invalid(
      'INVALID_INPUT',
      `replayRecord: the second argument must be a record from recordResolution or recordConsentDecision (format 1); received ${describe(record)}`,
    );
  }
  const p = rec.provenance;
  if (p.framework !== f.id) {
    invalid(
      'INVALID_INPUT',
      `replayRecord: the record was made under '${String(p.framework)}', not '${f.id}'; replay it under an edition of '${String(p.framework)}'`,
    );
  }
  const sameEdition = p.dataHash === f.dataHash;
  const out =
    rec.type === 'resolution'
      ? replayResolution(f, rec as unknown as ResolutionRecord, sameEdition)
      : replayConsent(f, rec as unknown as ConsentRecord, sameEdition);
  return deepFreeze(JSON.parse(JSON.stringify(out)) as Replay);
}
