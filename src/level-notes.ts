/**
 * What the documents add to a resolved level beyond its action: the contacts
 * the document ties to the level, the questions it asks practitioners to
 * consider, its statements on the level or on the needs' subjects, and the
 * levels at which the source as supplied prints no descriptors for an area.
 * Kept apart from the resolution engine so that it stays small. @internal
 * @module
 */
import { contentIndex, type FrameworkIndex } from './core.js';
import type { Contact, FrameworkStatement, Indicator, Level, Statement } from './model.js';

/** The contacts the document sends you to at `level`, plus the police for immediate danger. @internal */
export function contactsAtLevel(ix: FrameworkIndex, level: Level): Contact[] {
  const fw = ix.fw;
  const police = fw.contacts.find((c) => c.role === 'police-emergency');
  return fw.contacts.filter((c) => {
    if (c === police) return true;
    // a contact the data ties to levels is named exactly at those levels
    if (c.levels !== undefined) return c.levels.includes(level.rank);
    return level.action.requestForService && (c.role === 'front-door' || c.role === 'out-of-hours');
  });
}

/** The document's words on how it must be used (every level), the factors to consider (every level) and the statements on the level or the needs' tags. @internal */
export function levelNotes(
  ix: FrameworkIndex,
  level: Level,
  needs: readonly Indicator[],
): { caveats: readonly Statement[]; factorsToConsider: readonly Statement[]; statements: readonly FrameworkStatement[] } {
  const fw = ix.fw;
  // new, frozen arrays of the framework's (frozen) statements: results are plain, deep-frozen data
  const statements: FrameworkStatement[] = [];
  for (const s of fw.statements ?? []) {
    if ((s.levels?.includes(level.rank) ?? false) || (s.tags?.some((t) => needs.some((n) => n.tags.includes(t))) ?? false)) statements.push(s);
  }
  return {
    caveats: Object.freeze([...fw.guidance]),
    factorsToConsider: Object.freeze([...(fw.factorsToConsider ?? [])]),
    statements: Object.freeze(statements),
  };
}

/** An advisory note about a level the source prints no descriptors for in an area with observed needs. @internal */
export interface GapNote {
  readonly id: 'no-descriptors-at-level';
  readonly message: string;
  readonly statement: Statement;
  readonly indicators: readonly string[];
}

/**
 * For each gap (a level at which the source as supplied prints no descriptors for
 * some areas), the observed needs in those areas: the absence of a descriptor at
 * that level must not be read as "no need at that level". @internal
 */
export function gapNotes(ix: FrameworkIndex, needs: readonly Indicator[]): GapNote[] {
  const out: GapNote[] = [];
  for (const gap of ix.fw.gaps ?? []) {
    const inGap = needs.filter((n) => gap.areas.some((a) => contentIndex(ix).areaSubtree.get(a)?.has(n.area)));
    if (inGap.length === 0) continue;
    const level = ix.fw.levels[gap.level - 1]!;
    const areas = [...new Set(inGap.map((n) => contentIndex(ix).areaById.get(n.area)?.name ?? n.area))];
    const below = inGap.filter((n) => n.level < gap.level);
    const message =
      `${ix.fw.area} prints no ${level.name} (level ${gap.level}) descriptors for ${areas.join(', ')}, where needs are observed. ` +
      (below.length > 0
        ? `Needs there at level ${[...new Set(below.map((n) => n.level))].join(', ')} may still amount to ${level.name}: the absence of a level ${gap.level} descriptor is not evidence of no level ${gap.level} need. Judge against the level's definition: "${level.description}"`
        : `Needs there are above level ${gap.level}; stepping down cannot be read off level ${gap.level} descriptors there.`);
    out.push({
      id: 'no-descriptors-at-level',
      message,
      statement: Object.freeze({ text: gap.note, source: gap.source }),
      indicators: Object.freeze(inGap.map((n) => n.id)),
    });
  }
  return out;
}
