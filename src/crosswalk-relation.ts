/**
 * The crosswalk relation between two scales, read from the data in either direction, and a
 * conditional pair put in words from the side it is read from.
 * @module
 * @internal
 */
import { crosswalks } from './generated/crosswalks.js';
import type { Framework, Level, SourceRef } from './model.js';

interface Condition {
  readonly text: string;
  readonly source: SourceRef;
  readonly quoteIs: 'condition' | 'instruction' | 'open';
  readonly reading: string;
  readonly reverse: string;
}

export interface Edge {
  readonly a: string;
  readonly b: string;
  readonly core: boolean;
  readonly condition: Condition | undefined;
  readonly rationale: string;
  readonly sources: readonly SourceRef[];
}

export function relation(fromScale: string, toScale: string): { edges: readonly Edge[]; flipped: boolean; basis: string } | undefined {
  for (const cw of crosswalks) {
    const edges = cw.pairs.map((p) => ({ a: p.from, b: p.to, core: p.kind === 'core', condition: p.condition, rationale: p.rationale, sources: p.sources }));
    if (cw.scales[0] === fromScale && cw.scales[1] === toScale) return { edges, flipped: false, basis: cw.basis };
    if (cw.scales[1] === fromScale && cw.scales[0] === toScale) return { edges, flipped: true, basis: cw.basis };
  }
  return undefined;
}

/** "Staffordshire's Threshold Framework: …": the framework whose documents include `document`, else the id. */
function documentName(document: string, ...fws: readonly Framework[]): string {
  const fw = fws.find((f) => f.documents.some((d) => d.id === document));
  return fw ? `${fw.area}'s ${fw.name}` : `the document '${document}'`;
}

/** `"text"`, closed with a full stop where the quote has none. */
const quoted = (text: string): string => `"${text}"${/[.!?]$/.test(text) ? '' : '.'}`;

/** "Name (Area level N)" */
const named = (l: Level, fw: Framework): string => `${l.name} (${fw.area} level ${l.rank})`;

/**
 * A conditional pair in words, from the side it is read from: the pair, the library's reading of what
 * must hold (labelled as such), the quoted sentence it rests on (document, section, page) and what that
 * sentence is, and the core level that stands otherwise. The data states each pair's reading for a
 * child at its first scale's level (`reading`) and for one at its second's (`reverse`).
 */
export function conditionReading(
  e: Edge,
  flipped: boolean,
  src: Level,
  target: Level,
  core: readonly Level[],
  from: Framework,
  to: Framework,
): { test: string; reading: string } {
  const c = e.condition!;
  const test = flipped ? c.reverse : c.reading;
  const doc = documentName(c.source.document, from, to);
  const where = `${c.source.section}${c.source.page === undefined ? '' : `, p. ${c.source.page}`}`;
  const basis =
    c.quoteIs === 'instruction'
      ? `${doc} states no test for this: the sentence the reading rests on (${where}) is an instruction, ${quoted(c.text)} It leaves the decision to professional judgement.`
      : c.quoteIs === 'open'
        ? `${doc} leaves this open and says how it is settled, in the sentence the reading rests on (${where}): ${quoted(c.text)}`
        : `The reading rests on this sentence of ${doc} (${where}): ${quoted(c.text)}`;
  const otherwise = `Where it does not hold, the core level${core.length === 1 ? '' : 's'} ${core.map((l) => l.name).join(' and ')} correspond${core.length === 1 ? 's' : ''}.`;
  const pair = `Conditional pair ${named(src, from)} → ${named(target, to)}.`;
  const reading = flipped
    ? `${pair} This library's reading, for a child at ${src.name}: check whether ${test}. The pair applies only if so (read from ${target.name}, it applies where ${c.reading}). ${basis} ${otherwise}`
    : `${pair} This library's reading: it applies where ${test}. ${basis} ${otherwise}`;
  return { test, reading };
}

/** What a mapping rests on, then the core pairs' reasons, then each conditional pair's (its condition is given apart). */
export function rationaleOf(basis: string, edges: readonly Edge[], targetName: (e: Edge) => string): string {
  const ordered = [...edges.filter((e) => e.core), ...edges.filter((e) => !e.core)];
  return [basis, ...ordered.map((e) => (e.core ? e.rationale : `Conditional pair with ${targetName(e)}, where its condition holds: ${e.rationale}`))].join(' ');
}
