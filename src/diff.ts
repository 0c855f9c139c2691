/**
 * What changed between two editions of a framework: descriptors added,
 * removed, moved (level or area) or reworded; levels, areas, contacts, routes,
 * consent rules and steps, lawful bases and thresholds changed. For a
 * partnership publishing a new edition, a changelog, and {@link replayRecord}.
 * @module
 */
import { indexOf } from './core.js';
import { CHANGE_SUBJECTS, type CHANGE_KINDS } from './enums.js';
import { describe, invalid } from './errors.js';
import { readInput } from './input.js';
import type { Framework } from './model.js';
import { provenance, type Provenance } from './provenance.js';
import { canonicalJson } from './sha256.js';

/** What kind of item changed. @category Provenance @useDeclaredType */
export type ChangeSubject = (typeof CHANGE_SUBJECTS)[number];

/** How it changed: `moved` is a new level (rank) or area, `reworded` a new text. @category Provenance @useDeclaredType */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * One difference between two editions (or between a record's data and a
 * framework): `before` and `after` hold the differing fields (plain JSON), or
 * the whole item when it was added or removed.
 * @category Provenance
 */
export interface DataChange {
  readonly subject: ChangeSubject;
  readonly id: string;
  readonly change: ChangeKind;
  readonly before?: unknown;
  readonly after?: unknown;
  /** one line for a person */
  readonly message: string;
}

/** The result of {@link diffFrameworks}. @category Provenance */
export interface FrameworkDiff {
  readonly from: Provenance;
  readonly to: Provenance;
  /** true when the two have the same dataHash (then `changes` is empty) */
  readonly same: boolean;
  readonly changes: readonly DataChange[];
}

const SUBJECTS: readonly ChangeSubject[] = CHANGE_SUBJECTS;
// the sort order of kinds (an added item sorts with the removed one it mirrors)
const KINDS: readonly ChangeKind[] = ['removed', 'added', 'moved', 'reworded', 'changed'];

const short = (v: unknown): string => {
  const t = typeof v === 'string' ? v : canonicalJson(v);
  return t.length > 80 ? `${t.slice(0, 77)}…` : t;
};

/** `level 3 → 4, below 90 → 85`, or just the field name for a long value. */
function fieldsText(before: unknown, after: unknown): string {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const shown = (v: unknown): string => (v === undefined ? '(none)' : typeof v === 'string' ? `“${v}”` : canonicalJson(v));
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .map((k) => {
      const text = `${k} ${shown(b[k])} → ${shown(a[k])}`;
      return text.length > 60 ? k : text;
    })
    .join(', ');
}

/** The one-line message of a change, from its other fields (so a mirrored change reads right). @internal */
export function describeChange(c: Omit<DataChange, 'message'>): string {
  const what = `${c.subject} '${c.id}'`;
  switch (c.change) {
    case 'added':
      return `${what} added`;
    case 'removed':
      return `${what} removed`;
    case 'moved':
      return `${what} moved: ${fieldsText(c.before, c.after)}`;
    case 'reworded':
      return c.before === undefined
        ? `${what} reworded: now “${short(c.after)}”`
        : c.after === undefined
          ? `${what} reworded: was “${short(c.before)}”`
          : `${what} reworded: “${short(c.before)}” → “${short(c.after)}”`;
    default:
      return `${what} changed: ${fieldsText(c.before, c.after)}`;
  }
}

/** A change with its message. @internal */
export function change(c: Omit<DataChange, 'message'>): DataChange {
  const out: DataChange = { ...c, message: describeChange(c) };
  if (out.before === undefined) delete (out as { before?: unknown }).before;
  if (out.after === undefined) delete (out as { after?: unknown }).after;
  return out;
}

/** Orders changes by subject, id, then kind: the same order whichever way round two editions are compared. @internal */
export function byChange(a: DataChange, b: DataChange): number {
  return (
    SUBJECTS.indexOf(a.subject) - SUBJECTS.indexOf(b.subject) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
    KINDS.indexOf(a.change === 'added' ? 'removed' : a.change) - KINDS.indexOf(b.change === 'added' ? 'removed' : b.change)
  );
}

type Item = { readonly id: string } & Readonly<Record<string, unknown>>;

const omit = (o: object, keys: readonly string[]): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));

/** Field-by-field differences of two items, grouped as `moved` / `reworded` / `changed` fields. */
function fieldChanges(
  subject: ChangeSubject,
  id: string,
  a: Item,
  b: Item,
  moved: readonly string[],
  reworded: readonly string[],
  skip: readonly string[] = [],
): DataChange[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !skip.includes(k)).sort();
  const diff = keys.filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k]));
  const out: DataChange[] = [];
  const pick = (o: Item, ks: readonly string[]): Record<string, unknown> => Object.fromEntries(ks.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
  const group = (ks: string[], kind: ChangeKind): void => {
    if (ks.length === 0) return;
    const single = ks.length === 1 && kind === 'reworded';
    out.push(change({ subject, id, change: kind, before: single ? a[ks[0]!] : pick(a, ks), after: single ? b[ks[0]!] : pick(b, ks) }));
  };
  group(
    diff.filter((k) => moved.includes(k)),
    'moved',
  );
  group(
    diff.filter((k) => reworded.includes(k)),
    'reworded',
  );
  group(
    diff.filter((k) => !moved.includes(k) && !reworded.includes(k)),
    'changed',
  );
  return out;
}

function compareLists(
  subject: ChangeSubject,
  as: readonly Item[],
  bs: readonly Item[],
  moved: readonly string[],
  reworded: readonly string[],
  skip: readonly string[] = [],
): DataChange[] {
  const am = new Map(as.map((x) => [x.id, x] as const));
  const bm = new Map(bs.map((x) => [x.id, x] as const));
  const out: DataChange[] = [];
  for (const [id, x] of am) {
    const y = bm.get(id);
    if (y === undefined) out.push(change({ subject, id, change: 'removed', before: x }));
    else out.push(...fieldChanges(subject, id, x, y, moved, reworded, skip));
  }
  for (const [id, y] of bm) if (!am.has(id)) out.push(change({ subject, id, change: 'added', after: y }));
  return out;
}

/** Every difference between two frameworks' data, ordered. @internal */
export function frameworkChanges(a: Framework, b: Framework): DataChange[] {
  const out: DataChange[] = [];
  out.push(...fieldChanges('edition', b.id, { id: b.id, ...a.edition }, { id: b.id, ...b.edition }, [], []));
  // everything else of the framework (name, documents, guidance, practice questions, considerations, other consent fields…)
  const rest = (fw: Framework): Item => {
    const others = omit(fw, ['levels', 'areas', 'indicators', 'contacts', 'routes', 'edition', 'dataHash', 'consent', 'id']);
    const consent = fw.consent ? { consent: omit(fw.consent, ['rules', 'steps', 'lawfulBases']) } : {};
    return { ...others, id: b.id, frameworkId: fw.id, ...consent };
  };
  out.push(...fieldChanges('framework', b.id, rest(a), rest(b), [], []));
  out.push(...compareLists('level', a.levels as unknown as Item[], b.levels as unknown as Item[], ['rank'], []));
  out.push(...compareLists('area', a.areas as unknown as Item[], b.areas as unknown as Item[], ['parent'], ['name']));
  out.push(...compareLists('indicator', a.indicators as unknown as Item[], b.indicators as unknown as Item[], ['level', 'area'], ['text'], ['measure']));
  // thresholds: the measure an indicator states, added, removed or changed
  const measures = (fw: Framework): Item[] => fw.indicators.flatMap((i) => (i.measure ? [{ id: i.id, ...i.measure }] : []));
  out.push(...compareLists('threshold', measures(a), measures(b), [], []));
  out.push(...compareLists('contact', a.contacts as unknown as Item[], b.contacts as unknown as Item[], [], []));
  out.push(...compareLists('route', a.routes as unknown as Item[], b.routes as unknown as Item[], [], ['text']));
  out.push(...compareLists('consent-rule', (a.consent?.rules ?? []) as unknown as Item[], (b.consent?.rules ?? []) as unknown as Item[], [], []));
  out.push(...compareLists('consent-step', (a.consent?.steps ?? []) as unknown as Item[], (b.consent?.steps ?? []) as unknown as Item[], [], ['text']));
  out.push(...compareLists('lawful-basis', a.consent?.lawfulBases ?? [], b.consent?.lawfulBases ?? [], [], ['name']));
  return out.sort(byChange);
}

/**
 * What changed from edition `a` to edition `b` of a framework: descriptors
 * added, removed, moved (level or area), reworded; levels, areas, contacts,
 * routes, consent rules and steps, lawful bases and thresholds changed.
 * `diffFrameworks(a, a)` is empty, and `diffFrameworks(b, a)` is the mirror of
 * `diffFrameworks(a, b)` (added ↔ removed, before ↔ after).
 *
 * @throws {@link ThresholdError} `INVALID_INPUT` when an argument is not a framework
 * @category Provenance
 * @example
 * ```ts
 * import { diffFrameworks, stokeOnTrent } from 'safeguarding-thresholds';
 * import { defineFramework } from 'safeguarding-thresholds/define';
 * const data = JSON.parse(JSON.stringify(stokeOnTrent));
 * delete data.dataHash;
 * data.indicators.find((i) => i.id === 'education-attendance-below-90').level = 4;
 * const next = defineFramework(data);
 * diffFrameworks(stokeOnTrent, next).changes.map((c) => c.message);
 * //=> [ "indicator 'education-attendance-below-90' moved: level 3 → 4" ]
 * ```
 */
export function diffFrameworks(a: Framework, b: Framework): FrameworkDiff {
  const fa = indexOf(a, 'diffFrameworks').fw;
  const fb = indexOf(b, 'diffFrameworks').fw;
  const same = fa.dataHash === fb.dataHash;
  return Object.freeze({
    from: provenance(fa),
    to: provenance(fb),
    same,
    changes: Object.freeze(same ? [] : frameworkChanges(fa, fb).map((c) => Object.freeze(c))),
  });
}

/**
 * The changes of a {@link diffFrameworks} result as Markdown, for a changeset
 * or a partnership's notes on a new edition.
 * @category Provenance
 * @example
 * ```ts
 * import { diffFrameworks, formatDiff, stokeOnTrent } from 'safeguarding-thresholds';
 * formatDiff(diffFrameworks(stokeOnTrent, stokeOnTrent));
 * //=> '## stoke-on-trent: no changes\n'
 * ```
 */
export function formatDiff(diff: FrameworkDiff): string {
  const d = readInput('formatDiff', 'diff', diff, 'INVALID_INPUT');
  if (
    typeof d !== 'object' ||
    d === null ||
    !Array.isArray((d as FrameworkDiff).changes) ||
    typeof (d as FrameworkDiff).from !== 'object' ||
    typeof (d as FrameworkDiff).to !== 'object'
  ) {
    invalid('INVALID_INPUT', `formatDiff: the argument must be a result of diffFrameworks; received ${describe(diff)}`);
  }
  return markdown(d as FrameworkDiff);
}

function markdown(diff: FrameworkDiff): string {
  const title = diff.from.framework === diff.to.framework ? diff.to.framework : `${diff.from.framework} → ${diff.to.framework}`;
  if (diff.changes.length === 0) return `## ${title}: no changes\n`;
  const lines = [`## ${title}: ${diff.changes.length} change(s)`, '', `From data ${diff.from.dataHash.slice(0, 12)} to ${diff.to.dataHash.slice(0, 12)}.`, ''];
  for (const s of SUBJECTS) {
    const list = diff.changes.filter((c) => c.subject === s);
    if (list.length === 0) continue;
    lines.push(`### ${s}`, '', ...list.map((c) => `- ${String(c.message)}`), '');
  }
  return lines.join('\n');
}
