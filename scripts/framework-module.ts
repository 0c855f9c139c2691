// The TypeScript module of one built-in framework (src/generated/<id>.ts), written for small
// bundles without changing a byte of the data: strings used more than once and source
// references are declared once and shared, and indicators are stored grouped by area, level,
// kind and source (as the documents list them) and expanded at load by src/inflate.ts.
// The result is checked here: the module's data, expanded, must equal the validated data.
import { inflateIndicators, wordsOf, type PackedGroup, type PackedIndicator } from '../src/inflate.js';
import type { FrameworkData } from '../src/schema.js';

const isSource = (v: unknown): v is { document: string; section: string; page?: number } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'document' in v && 'section' in v;

/** Packs the indicators into groups of one area, level, kind and source. */
export function packIndicators(fw: FrameworkData): PackedGroup[] {
  const groups: [string, number, 0 | 1, FrameworkData['source'], PackedIndicator[]][] = [];
  let last = '';
  for (const i of fw.indicators) {
    const key = JSON.stringify([i.area, i.level, i.kind, i.source]);
    if (key !== last) groups.push([i.area, i.level, i.kind === 'need' ? 1 : 0, i.source, []]);
    last = key;
    const words = wordsOf(i.text);
    const pack = (id: string): string =>
      id
        .split('-')
        .map((w) => (words.includes(w) ? String(words.indexOf(w)) : /^\d+$/.test(w) ? `=${w}` : w))
        .join(' ');
    const id = i.id.startsWith(`${i.area}-`) ? pack(i.id.slice(i.area.length + 1)) : `/${pack(i.id)}`;
    const item: PackedIndicator = i.census
      ? [id, i.text, i.tags, i.measure ?? 0, i.note ?? 0, i.census]
      : i.note !== undefined
        ? [id, i.text, i.tags, i.measure ?? 0, i.note]
        : i.measure
          ? [id, i.text, i.tags, i.measure]
          : [id, i.text, i.tags];
    groups[groups.length - 1]![4].push(item);
  }
  return groups;
}

/**
 * The source text of an expression building `fw` (without its indicators) and
 * its packed indicator groups, with repeated strings and sources shared.
 */
export function frameworkExpression(fw: FrameworkData): { declarations: string; expression: string } {
  const packed = packIndicators(fw);
  const expanded = inflateIndicators(packed);
  if (JSON.stringify(expanded) !== JSON.stringify(fw.indicators)) throw new Error(`${fw.id}: packed indicators do not expand to the data`);
  const rest: Record<string, unknown> = { ...fw };
  delete rest.indicators;
  const tree = { rest, packed };
  // count strings and sources
  const strings = new Map<string, number>();
  const sources = new Map<string, number>();
  const count = (v: unknown): void => {
    if (typeof v === 'string') strings.set(v, (strings.get(v) ?? 0) + 1);
    else if (Array.isArray(v)) v.forEach(count);
    else if (typeof v === 'object' && v !== null) {
      if (isSource(v)) sources.set(JSON.stringify(v), (sources.get(JSON.stringify(v)) ?? 0) + 1);
      Object.values(v).forEach(count);
    }
  };
  count(tree);
  const names = new Map<string, string>();
  const decl: string[] = [];
  for (const [s, n] of strings) {
    if (n > 1 && s.length >= 64) {
      names.set(s, `s${names.size}`);
      decl.push(`const s${names.size - 1} = ${JSON.stringify(s)};`);
    }
  }
  const ser = (v: unknown): string => {
    if (typeof v === 'string') return names.get(v) ?? JSON.stringify(v);
    if (Array.isArray(v)) return `[${v.map(ser).join(', ')}]`;
    if (typeof v === 'object' && v !== null) {
      if (isSource(v) && sourceNames.has(JSON.stringify(v))) return sourceNames.get(JSON.stringify(v))!;
      return `{ ${Object.entries(v)
        .map(([k, x]) => `${JSON.stringify(k)}: ${ser(x)}`)
        .join(', ')} }`;
    }
    return JSON.stringify(v);
  };
  const sourceNames = new Map<string, string>();
  let r = 0;
  for (const [s, n] of sources) {
    if (n < 2) continue;
    decl.push(`const r${r}: SourceRef = ${ser(JSON.parse(s))};`);
    sourceNames.set(s, `r${r++}`);
  }
  // the indicators take their place in the data format's key order
  const keys = Object.keys(fw);
  const at = keys.indexOf('indicators');
  const fields = keys.map((k, n) => (n === at ? `"indicators": /* @__PURE__ */ inflateIndicators(${ser(packed)})` : `${JSON.stringify(k)}: ${ser(rest[k])}`));
  return { declarations: decl.join('\n'), expression: `{ ${fields.join(', ')} }` };
}
