/**
 * Expands the compact form in which the generated framework modules store
 * their data back into the plain framework object. It runs once, when a
 * built-in framework module is loaded. The build (scripts/framework-module.ts)
 * checks that expanding its output gives back the validated data exactly.
 *
 * The compact form: an object is an array whose first item is the number of
 * its shape (its keys, in order); an array whose first item is a number
 * starts with -1; any other array is itself; a string repeated is written once
 * (see {@link REPEAT_MIN}). Indicators are stored grouped by area, level, kind
 * and source, as the source documents list them.
 * @module
 * @internal
 */
import type { Indicator, Measure, SourceRef } from './model.js';

type Census = NonNullable<Indicator['census']>;

/**
 * The indicators, by columns: groups of indicators sharing area, level, kind (1: need, 0:
 * strength) and source (written as a string, see {@link inflateFramework}), with their texts; every id, space-separated; every indicator's tags
 * (their positions in the vocabulary, see {@link unpackNumbers}), space-separated; and the
 * measure, note and census of the indicators that have one, by position (0: none). An id is
 * stored as the words after its area prefix (or, after `/`, all its words), each word the text
 * also has (among its first 26) written as a capital letter, its position (`A` the first), the
 * other words as they are, `-` between two such words: ids are made of the descriptor's own words.
 * @internal
 */
export type PackedIndicators = readonly [
  groups: readonly (readonly [area: string, level: number, need: 0 | 1, source: string | SourceRef, ...texts: string[]])[],
  ids: string,
  tags: string,
  extras: readonly (readonly [n: number, measure: Measure | 0, note: string | 0, census?: Census])[],
];

/**
 * A framework's consent rules as stored: each step a rule names (in `steps`, `because` and
 * `mustRecord`) by its position in the consent steps, written as {@link unpackNumbers} reads
 * them; expanded in place to the step ids. @internal
 */
interface PackedConsent {
  readonly steps: readonly { readonly id: string }[];
  readonly rules: { steps: string | string[]; because: Record<string, string>; mustRecord: { step: string }[] }[];
}

/**
 * Small numbers (0 to 90) written one character each, `#` to `~` without the backslash, so
 * that a list of them is a short string with nothing to escape. @internal
 */
export const unpackNumbers = (s: string): number[] => [...s].map((c) => c.charCodeAt(0) - (c > '\\' ? 36 : 35));

/** Writes small numbers as {@link unpackNumbers} reads them (the build's side). @internal */
export function packNumbers(list: readonly number[]): string {
  if (list.some((n) => !Number.isInteger(n) || n < 0 || n > 90)) throw new Error(`packNumbers: ${list.join()} has a number outside 0..90`);
  return list.map((n) => String.fromCharCode(n + (n >= 57 ? 36 : 35))).join('');
}

/**
 * The strings longer than this, met in the order of a depth-first walk of the compact tree,
 * are numbered from 0; a later repeat of one is written as `!` and its number, as one or two
 * small numbers (see {@link unpackNumbers}; two: the number is the first times 91 plus the
 * second). No other string of the tree begins with `!` (the build checks it). @internal
 */
export const REPEAT_MIN = 8;

/** Puts back, in place, the repeated strings of a compact tree (see {@link REPEAT_MIN}). @internal */
function unrepeat(tree: unknown[]): void {
  const seen: string[] = [];
  const walk = (a: unknown[]): void =>
    a.forEach((v, i) => {
      if (Array.isArray(v)) walk(v);
      else if (typeof v === 'string') {
        if (v[0] === '!') {
          const [x, y] = unpackNumbers(v.slice(1));
          a[i] = seen[y === undefined ? x! : x! * 91 + y];
        } else if (v.length > REPEAT_MIN) seen.push(v);
      }
    });
  walk(tree);
}

/** The lower-case words of a text, as ids are made of them. @internal */
export const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^a-z0-9]+/);

/** Expands a packed id against the words of its text. @internal */
export function unpackId(packed: string, text: string): string {
  const words = wordsOf(text);
  return packed
    .replace(/[A-Z]/g, (c) => `-${words[c.charCodeAt(0) - 65]}-`)
    .split('-')
    .filter((w) => w)
    .join('-');
}

/** The indicators, expanded, in order, with their fields in the data format's order. @internal */
export function inflateIndicators(
  [groups, ids, tags, extras]: PackedIndicators,
  tagIds: readonly string[],
  sourceOf: (s: string | SourceRef) => SourceRef,
): Indicator[] {
  const out: Indicator[] = [];
  const idList = ids.split(' ');
  const tagList = tags.split(' ');
  const extra = new Map(extras.map((e) => [e[0], e] as const));
  for (const [area, level, need, at, ...texts] of groups) {
    const source = sourceOf(at);
    for (const text of texts) {
      const n = out.length;
      const id = idList[n]!;
      const [, measure, note, census] = extra.get(n) ?? [];
      out.push({
        id: id[0] === '/' ? unpackId(id.slice(1), text) : `${area}-${unpackId(id, text)}`,
        area,
        level,
        text,
        kind: need ? 'need' : 'strength',
        tags: unpackNumbers(tagList[n]!).map((t) => tagIds[t]!),
        ...(measure ? { measure } : {}),
        source,
        ...(note ? { note } : {}),
        ...(census ? { census } : {}),
      });
    }
  }
  return out;
}

/**
 * Expands a framework's compact form: `shapes` lists each shape's keys
 * (space-separated, shapes `|`-separated), `tree` is the framework, `tagIds` the
 * vocabulary's tag ids in order. A source reference written as a string of small numbers
 * (see {@link unpackNumbers}) cites `document`: its page (0: none), then the parts of its
 * section, positions in `segments` (`|`-separated), joined with ` › `. The tree's repeated
 * strings are put back in place first (see {@link REPEAT_MIN}). `shapes` comes after `tree` so
 * that, in a bundle, the library's code that follows the data is within gzip's reach of
 * the key names it also uses. @internal
 */
export function inflateFramework<F>(segments: string, document: string, tree: unknown[], shapes: string, tagIds: readonly string[]): F {
  unrepeat(tree);
  const keys = shapes.split('|').map((s) => s.split(' '));
  const sections = segments.split('|');
  const expand = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string' && key === 'source') {
      const [page, ...parts] = unpackNumbers(v);
      const section = parts.map((n) => sections[n]).join(' › ');
      return page ? { document, section, page } : { document, section };
    }
    if (!Array.isArray(v)) return v;
    if (typeof v[0] !== 'number') return v.map((x) => expand(x));
    if (v[0] < 0) return v.slice(1).map((x) => expand(x));
    const o: Record<string, unknown> = {};
    keys[v[0]]!.forEach((k, n) => (o[k] = expand(v[n + 1], k)));
    return o;
  };
  const fw = expand(tree) as { indicators: Indicator[]; consent?: PackedConsent };
  fw.indicators = inflateIndicators(fw.indicators as never, tagIds, (s) => expand(s, 'source') as SourceRef);
  // consent rules name their steps by position (see PackedConsent)
  const consent = fw.consent;
  if (consent) {
    const step = (s: string): string => consent.steps[unpackNumbers(s)[0]!]!.id;
    for (const r of consent.rules) {
      r.steps = unpackNumbers(r.steps as string).map((n) => consent.steps[n]!.id);
      for (const k in r.because) r.because[k] = step(r.because[k]!);
      for (const m of r.mustRecord) m.step = step(m.step);
    }
  }
  return fw as F;
}
