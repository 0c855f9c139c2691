// The TypeScript module of one built-in framework (src/generated/<id>.ts), written for small
// bundles without changing a byte of the data: objects are stored as arrays of their values
// with their keys named once per shape, and indicators by columns, grouped by area, level,
// kind and source (as the documents list them), with ids as positions of the text's words and
// tags as positions in the vocabulary. src/inflate.ts expands it at load.
// The result is checked here: the module's data, expanded, must equal the validated data.
import { inflateFramework, inflateIndicators, packNumbers, wordsOf, type PackedIndicators } from '../src/inflate.js';
import type { Indicator, Measure } from '../src/model.js';
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

/** Packs the indicators by columns (see {@link PackedIndicators}). */
export function packIndicators(fw: FrameworkData, tagIds: readonly string[]): PackedIndicators {
  const groups: [string, number, 0 | 1, FrameworkData['source'], ...string[]][] = [];
  const ids: string[] = [];
  const tags: string[] = [];
  const extras: [number, Measure | 0, string | 0, Census?][] = [];
  let last = '';
  for (const i of fw.indicators) {
    const key = JSON.stringify([i.area, i.level, i.kind, i.source]);
    if (key !== last) groups.push([i.area, i.level, i.kind === 'need' ? 1 : 0, i.source]);
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
  const packed = packIndicators(fw, tagIds);
  if (JSON.stringify(inflateIndicators(packed, tagIds)) !== JSON.stringify(fw.indicators))
    throw new Error(`${fw.id}: packed indicators do not expand to the data`);
  const input: unknown = { ...fw, indicators: packed };
  // shapes, most used first (small numbers)
  const shapeCount = new Map<string, number>();
  const countShapes = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(countShapes);
    else if (typeof v === 'object' && v !== null) {
      const k = Object.keys(v).join(' ');
      shapeCount.set(k, (shapeCount.get(k) ?? 0) + 1);
      Object.values(v).forEach(countShapes);
    }
  };
  countShapes(input);
  const shapes = [...shapeCount.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const encode = (v: unknown): unknown => {
    if (Array.isArray(v)) return typeof v[0] === 'number' ? [-1, ...v.map(encode)] : v.map(encode);
    if (typeof v === 'object' && v !== null) return [shapes.indexOf(Object.keys(v).join(' ')), ...Object.values(v).map(encode)];
    return v;
  };
  const tree = encode(input);
  const shapeList = shapes.join('|');
  if (shapes.some((s) => s.includes('|')) || JSON.stringify(inflateFramework(shapeList, tree, tagIds)) !== JSON.stringify(fw)) {
    throw new Error(`${fw.id}: the compact form does not expand to the data`);
  }
  // no shared declarations: gzip finds the repeats in line at less cost than named constants
  const ser = (v: unknown): string => (Array.isArray(v) ? `[${v.map(ser).join(', ')}]` : JSON.stringify(v));
  const expression = `/* @__PURE__ */ inflateFramework(${JSON.stringify(shapeList)}, ${ser(tree)}, tagIds)`;
  return { expression };
}
