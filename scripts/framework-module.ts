// The TypeScript module of one built-in framework (src/generated/<id>.ts), written for small
// bundles without changing a byte of the data: objects are stored as arrays of their values
// with their keys named once per shape, and indicators by columns, grouped by area, level,
// kind and source (as the documents list them), with ids as positions of the text's words and
// tags as positions in the vocabulary. src/inflate.ts expands it at load.
// The result is checked here: the module's data, expanded, must equal the validated data.
import { inflateFramework, packNumbers, REPEAT_MIN, wordsOf, type PackedIndicators } from '../src/inflate.js';
import type { Indicator, Measure, SourceRef } from '../src/model.js';
import type { FrameworkData } from '../src/schema.js';

type Census = NonNullable<Indicator['census']>;

/** An id's words after `prefix`, each word the text also has (among its first 26) as a capital letter. */
function packId(id: string, text: string): string {
  const words = wordsOf(text);
  let out = '';
  let literal = false;
  for (const w of id.split('-')) {
    const n = words.indexOf(w);
    if (n >= 0 && n < 26) {
      out += String.fromCharCode(65 + n);
      literal = false;
    } else {
      out += (literal ? '-' : '') + w;
      literal = true;
    }
  }
  return out;
}

/**
 * Writes source references compactly: one that cites the framework's first document and has
 * exactly the keys document, section and (optionally) page, in that order, becomes a string of
 * small numbers (see `packNumbers`): its page (0: none), then the positions of its section's
 * parts (split at ` › `) in `segments`. Any other is left as it is (undefined).
 */
function sourceWriter(fw: FrameworkData): { write: (v: unknown) => string | undefined; segments: string[] } {
  const segments: string[] = [];
  const write = (v: unknown): string | undefined => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
    const s = v as { document?: unknown; section?: unknown; page?: unknown };
    const keys = Object.keys(s).join(' ');
    if (s.document !== fw.documents[0]?.id || typeof s.section !== 'string') return undefined;
    if (keys !== 'document section' && !(keys === 'document section page' && Number.isInteger(s.page) && (s.page as number) > 0 && (s.page as number) <= 90)) {
      return undefined;
    }
    const parts = s.section.split(' › ').map((p) => (segments.includes(p) ? segments.indexOf(p) : segments.push(p) - 1));
    if (parts.some((n) => n > 90)) return undefined;
    return packNumbers([(s.page as number | undefined) ?? 0, ...parts]);
  };
  return { write, segments };
}

/** Packs the indicators by columns (see {@link PackedIndicators}). */
export function packIndicators(fw: FrameworkData, tagIds: readonly string[], sourceString: (v: unknown) => string | undefined): PackedIndicators {
  const groups: [string, number, 0 | 1, string | SourceRef, ...string[]][] = [];
  const ids: string[] = [];
  const tags: string[] = [];
  const extras: [number, Measure | 0, string | 0, Census?][] = [];
  let last = '';
  for (const i of fw.indicators) {
    const key = JSON.stringify([i.area, i.level, i.kind, i.source]);
    if (key !== last) groups.push([i.area, i.level, i.kind === 'need' ? 1 : 0, sourceString(i.source) ?? i.source]);
    last = key;
    groups[groups.length - 1]!.push(i.text);
    ids.push(i.id.startsWith(`${i.area}-`) ? packId(i.id.slice(i.area.length + 1), i.text) : `/${packId(i.id, i.text)}`);
    tags.push(packNumbers(i.tags.map((t) => tagIds.indexOf(t))));
    if (i.census) extras.push([ids.length - 1, i.measure ?? 0, i.note ?? 0, i.census]);
    else if (i.measure || i.note !== undefined) extras.push([ids.length - 1, i.measure ?? 0, i.note ?? 0]);
  }
  return [groups, ids.join(' '), tags.join(' '), extras];
}

/** The source text of an expression building `fw` (with the vocabulary's tag ids in order, `tagIds`). */
export function frameworkExpression(fw: FrameworkData, tagIds: readonly string[]): { expression: string } {
  const { write: sourceString, segments } = sourceWriter(fw);
  const packed = packIndicators(fw, tagIds, sourceString);
  // consent rules name their steps by position in the consent steps (see src/inflate.ts)
  const stepAt = (id: string): string => {
    const n = fw.consent!.steps.findIndex((st) => st.id === id);
    if (n < 0) throw new Error(`${fw.id}: consent step '${id}' is not defined`);
    return packNumbers([n]);
  };
  const consent = fw.consent && {
    ...fw.consent,
    rules: fw.consent.rules.map((r) => ({
      ...r,
      steps: r.steps.map(stepAt).join(''),
      because: Object.fromEntries(Object.entries(r.because).map(([k, v]) => [k, stepAt(v as string)])),
      mustRecord: r.mustRecord.map((m) => ({ ...m, step: stepAt(m.step) })),
    })),
  };
  const input: unknown = { ...fw, indicators: packed, ...(consent ? { consent } : {}) };
  // shapes, most used first (small numbers)
  const shapeCount = new Map<string, number>();
  const countShapes = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(countShapes);
    else if (typeof v === 'object' && v !== null) {
      const k = Object.keys(v).join(' ');
      shapeCount.set(k, (shapeCount.get(k) ?? 0) + 1);
      for (const [k, x] of Object.entries(v)) if (k !== 'source' || sourceString(x) === undefined) countShapes(x);
    }
  };
  countShapes(input);
  const shapes = [...shapeCount.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const encode = (v: unknown): unknown => {
    if (Array.isArray(v)) return typeof v[0] === 'number' ? [-1, ...v.map(encode)] : v.map(encode);
    if (typeof v === 'object' && v !== null) {
      return [shapes.indexOf(Object.keys(v).join(' ')), ...Object.entries(v).map(([k, x]) => (k === 'source' ? (sourceString(x) ?? encode(x)) : encode(x)))];
    }
    return v;
  };
  // a string longer than REPEAT_MIN met again is written as `!` and its number (src/inflate.ts)
  const numbered = new Map<string, number>();
  const once = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(once);
    if (typeof v !== 'string') return v;
    if (v.startsWith('!')) throw new Error(`${fw.id}: the string ${JSON.stringify(v)} begins with '!', which the compact form reserves for repeats`);
    if (v.length <= REPEAT_MIN) return v;
    const n = numbered.get(v);
    if (n === undefined) {
      numbered.set(v, numbered.size);
      return v;
    }
    return `!${n < 91 ? packNumbers([n]) : packNumbers([Math.floor(n / 91), n % 91])}`;
  };
  const tree = once(encode(input)) as unknown[];
  const document = fw.documents[0]?.id ?? '';
  const shapeList = shapes.join('|');
  const segmentList = segments.join('|');
  if (
    [...shapes, ...segments].some((s) => s.includes('|')) ||
    JSON.stringify(inflateFramework(segmentList, document, structuredClone(tree), shapeList, tagIds)) !== JSON.stringify(fw)
  ) {
    throw new Error(`${fw.id}: the compact form does not expand to the data`);
  }
  // no shared declarations: gzip finds the repeats in line at less cost than named constants
  const ser = (v: unknown): string => (Array.isArray(v) ? `[${v.map(ser).join(', ')}]` : JSON.stringify(v));
  const expression = `/* @__PURE__ */ inflateFramework(${JSON.stringify(segmentList)}, ${JSON.stringify(document)}, ${ser(tree)}, ${JSON.stringify(shapeList)}, tagIds)`;
  return { expression };
}
