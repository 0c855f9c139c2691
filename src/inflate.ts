/**
 * Expands the compact form in which the generated framework modules store
 * their indicators (grouped by area, level, kind and source, as the source
 * documents list them) back into plain indicator objects. It runs once, when a
 * built-in framework module is loaded. The build (scripts/framework-module.ts)
 * checks that expanding its output gives back the validated data exactly.
 * @module
 * @internal
 */
import type { Indicator, Measure, SourceRef } from './model.js';

type Census = NonNullable<Indicator['census']>;

/**
 * One indicator of a group: id, text, tags, measure (0: none), note (0: none), census. The id is
 * stored as the words after its area prefix (or, after `/`, all its words),
 * space-separated, each word the source's text also has written as its
 * position among the text's words: ids are made of the descriptor's own words.
 * @internal
 */
export type PackedIndicator = readonly [id: string, text: string, tags: readonly string[], measure?: Measure | 0, note?: string | 0, census?: Census];
/** Indicators sharing area, level, kind (1: need, 0: strength) and source. @internal */
export type PackedGroup = readonly [area: string, level: number, need: 0 | 1, source: SourceRef, items: readonly PackedIndicator[]];

/** The lower-case words of a text, as ids are made of them. @internal */
export const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^a-z0-9]+/);

/** Expands a packed id against the words of its text. @internal */
export function unpackId(packed: string, words: readonly string[]): string {
  return packed
    .split(' ')
    .map((w) => (/^\d+$/.test(w) ? words[Number(w)] : w.replace(/^=/, '')))
    .join('-');
}

/** The indicators of packed groups, in order, with their fields in the data format's order. @internal */
export function inflateIndicators(groups: readonly PackedGroup[]): Indicator[] {
  const out: Indicator[] = [];
  for (const [area, level, need, source, items] of groups) {
    for (const [id, text, tags, measure, note, census] of items) {
      out.push({
        id: id[0] === '/' ? unpackId(id.slice(1), wordsOf(text)) : `${area}-${unpackId(id, wordsOf(text))}`,
        area,
        level,
        text,
        kind: need ? 'need' : 'strength',
        tags,
        ...(measure ? { measure } : {}),
        source,
        ...(note === undefined || note === 0 ? {} : { note }),
        ...(census ? { census } : {}),
      });
    }
  }
  return out;
}
