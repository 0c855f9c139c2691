/**
 * The crosswalk between i-THRIVE (Stoke-on-Trent) and windscreen
 * (Staffordshire) levels, and carrying an assessment across frameworks.
 * @module
 */
import { crosswalkProvenance, type CrosswalkProvenance } from './provenance.js';
import { freezeResult, indexOf, contentIndex, own, type FrameworkIndex } from './core.js';
import { invalid } from './errors.js';
import { checkLimit, Checker, readInput } from './input.js';
import { QUANTITIES } from './enums.js';
import { conditionReading, rationaleOf, relation, type Edge } from './crosswalk-relation.js';
import { crosswalks } from './generated/crosswalks.js';
import { resolveLevelRef } from './lookup.js';
import { broaderTag } from './generated/tag-index.js';
import type { Framework, FrameworkIds, Indicator, Level, Quantity, SourceRef } from './model.js';
import { dedupeSources, resolveIndexed, type Assessment, type Resolution } from './resolve.js';

/** A level of the target framework that corresponds only where a condition holds. @category Crosswalk */
export interface ConditionalLevel<L extends string = string> {
  readonly level: Level<L>;
  /** the sentence the condition rests on, quoted verbatim from the document that states it (cited first in `sources`) */
  readonly condition: string;
  /**
   * what the quoted sentence is: `condition`, it states the condition itself; `instruction`, it tells the
   * practitioner what to consider and states no test of its own, leaving the decision to professional
   * judgement; `open`, it leaves the question open and says how it is settled
   */
  readonly quoteIs: 'condition' | 'instruction' | 'open';
  /**
   * This library's reading, not a quote: what to check, for a child at the level mapped, for this pair to
   * apply (a clause, "the Early Help Assessment has established that …"). Read from the second scale of
   * the crosswalk it is a check of its own, not the first scale's condition read backwards.
   */
  readonly test: string;
  /**
   * The pair in words, for a person: the two levels, `test` labelled as this library's reading, the
   * quoted sentence it rests on with its document, section and page (and, where that sentence is an
   * instruction or an open question, that the document states no test), and the core level that
   * corresponds where the test does not hold.
   */
  readonly reading: string;
  /** where the condition and the two level definitions are printed */
  readonly sources: readonly SourceRef[];
}

/** The result of {@link mapLevel}. @category Crosswalk */
export interface LevelMapping<From extends FrameworkIds = FrameworkIds, To extends FrameworkIds = FrameworkIds> {
  readonly from: Level<From['level']>;
  /** the target levels whose definitions match, ascending */
  readonly core: readonly Level<To['level']>[];
  /** target levels that correspond only where their quoted condition holds, ascending: never decided by the library */
  readonly conditional: readonly ConditionalLevel<To['level']>[];
  /** every corresponding level of the target framework (core and conditional), ascending */
  readonly to: readonly Level<To['level']>[];
  /** the lowest of `to` */
  readonly lowest: Level<To['level']>;
  /** the highest of `to`, conditional included: weigh its condition before acting on a conditional level */
  readonly highest: Level<To['level']>;
  /** why: what the mapping rests on (this library's reading, where no document maps one scale onto the other), then each pair's reason, quoting both level definitions */
  readonly rationale: string;
  readonly sources: readonly SourceRef[];
  /** provenance of `from`, with `to`'s under `to` */
  readonly provenance: CrosswalkProvenance;
}

function mapIndexed(from: FrameworkIndex, level: unknown, to: FrameworkIndex, fn = 'mapLevel'): LevelMapping {
  const src = resolveLevelRef(from, level, fn);
  if (from.fw.scale.id === to.fw.scale.id) {
    // same scale: the identity, by level id (or rank when the ids differ)
    const same = to.levelById.get(src.id) ?? to.fw.levels[src.rank - 1];
    if (same) {
      return {
        from: src,
        core: [same],
        conditional: [],
        to: [same],
        lowest: same,
        highest: same,
        rationale: `Same scale (${from.fw.scale.name}): the level maps to itself.`,
        sources: dedupeSources([src.source, same.source]),
        provenance: crosswalkProvenance(from.fw, to.fw),
      };
    }
  }
  const rel = relation(from.fw.scale.id, to.fw.scale.id);
  if (rel === undefined) {
    invalid(
      'NO_CROSSWALK',
      `${fn}: No crosswalk between the ${from.fw.scale.id} scale (${from.fw.id}) and the ${to.fw.scale.id} scale (${to.fw.id}); crosswalks exist for: ${crosswalks.map((c) => c.scales.join(' ↔ ')).join(', ')}`,
    );
  }
  const target = (e: Edge): Level | undefined => to.levelById.get(rel.flipped ? e.a : e.b);
  const edges = rel.edges
    .filter((e) => (rel.flipped ? e.b : e.a) === src.id && target(e) !== undefined)
    .sort((x, y) => target(x)!.rank - target(y)!.rank || Number(y.core) - Number(x.core));
  const core = edges.filter((e) => e.core).map((e) => target(e)!);
  if (core.length === 0) {
    invalid(
      'NO_CROSSWALK',
      `${fn}: The crosswalk ${from.fw.scale.id} ↔ ${to.fw.scale.id} has no core pair for level '${src.id}' of ${from.fw.id}, or ${to.fw.id} lacks its levels`,
    );
  }
  const conditional = edges
    .filter((e) => !e.core && !core.includes(target(e)!))
    .map((e) => ({
      level: target(e)!,
      condition: e.condition!.text,
      quoteIs: e.condition!.quoteIs,
      ...conditionReading(e, rel.flipped, src, target(e)!, core, from.fw, to.fw),
      sources: dedupeSources([e.condition!.source, ...e.sources]),
    }));
  const all = [...new Set(edges.map((e) => target(e)!))].sort((x, y) => x.rank - y.rank);
  return {
    from: src,
    core,
    conditional,
    to: all,
    lowest: all[0]!,
    highest: all[all.length - 1]!,
    rationale: rationaleOf(rel.basis, edges, (e) => target(e)!.name),
    sources: dedupeSources(edges.flatMap((e) => [...e.sources, ...(e.condition ? [e.condition.source] : [])])),
    provenance: crosswalkProvenance(from.fw, to.fw),
  };
}

/**
 * Maps a level of one framework onto the corresponding levels of another, from
 * the crosswalk data (both directions come from one relation, so they agree).
 * `core` levels are those whose definitions match; `conditional` levels hold only
 * where their condition, quoted from a document, is met — the library never
 * decides a condition, it returns it to weigh. Within one scale it is the identity.
 *
 * @param from - the framework the level belongs to
 * @param level - a rank or a level id of `from`
 * @param to - the target framework
 * @throws {@link ThresholdError} `UNKNOWN_LEVEL` (including a level id of the other scale), `NO_CROSSWALK`, `INVALID_INPUT`
 * @category Crosswalk
 * @example
 * ```ts
 * import { mapLevel, stokeOnTrent, staffordshire } from 'safeguarding-thresholds';
 * const m = mapLevel(stokeOnTrent, 'getting-more-help', staffordshire);
 * m.core.map((l) => l.id);
 * //=> [ 'targeted-early-help' ]
 * m.conditional.map((c) => [c.level.id, c.condition]);
 * //=> [ [ 'statutory-specialist', 'Their health or development is likely to be significantly impaired, without the provision for them of such services' ] ]
 * // read from the windscreen, a conditional pair comes with a check for a child at the starting level
 * const back = mapLevel(staffordshire, 'universal-plus', stokeOnTrent).conditional[0];
 * [back.level.id, back.quoteIs, back.test.startsWith('the child needs only advice, guidance and signposting')];
 * //=> [ 'getting-advice', 'instruction', true ]
 * ```
 */
export function mapLevel<From extends FrameworkIds, To extends FrameworkIds>(
  from: Framework<From>,
  level: From['level'] | number,
  to: Framework<To>,
): LevelMapping<From, To> {
  const fx = indexOf(from, 'mapLevel', 'from');
  const tx = indexOf(to, 'mapLevel', 'to');
  return freezeResult(mapIndexed(fx, readInput('mapLevel', 'level', level, 'UNKNOWN_LEVEL'), tx)) as unknown as LevelMapping<From, To>;
}

/** A suggested counterpart of an indicator in the other framework. @category Crosswalk */
export interface IndicatorSuggestion<To extends FrameworkIds = FrameworkIds> {
  readonly indicator: Indicator<To['indicator'], To['area']>;
  /** tags shared with the original indicator */
  readonly sharedTags: readonly string[];
  /** ranking score: share of tags in common (0–1) */
  readonly score: number;
  /** whether it is listed at one of the levels the original's level maps to; `false` for the nearest other level, offered when none there shares a tag */
  readonly atMappedLevel: boolean;
}

/** An observed indicator carried across, with its suggested counterparts. @category Crosswalk */
export interface CarriedIndicator<From extends FrameworkIds = FrameworkIds, To extends FrameworkIds = FrameworkIds> {
  readonly indicator: Indicator<From['indicator'], From['area']>;
  /** the target levels its level maps to */
  readonly levels: readonly Level<To['level']>[];
  /** suggestions, best first; never applied automatically */
  readonly suggestions: readonly IndicatorSuggestion<To>[];
}

/** Why the carried level is what it is, or what else to weigh. @category Crosswalk */
export interface CarryConsideration<To extends FrameworkIds = FrameworkIds> {
  readonly id: 'judgement-below-indicated' | 'set-by-target-measures' | 'conditional-level' | 'measure-without-threshold' | 'placed-apart';
  /** for a person */
  readonly message: string;
  /** the target level it is about, where there is one */
  readonly level?: Level<To['level']>;
  /** the sentence the condition rests on, quoted (conditional levels; `message` gives the library's reading of it, as `mapLevel`'s `reading`) */
  readonly condition?: string;
  /** ids of target descriptors it names */
  readonly indicators: readonly To['indicator'][];
  readonly sources: readonly SourceRef[];
}

/** The result of {@link carryAssessment}. @category Crosswalk */
export interface CarriedAssessment<From extends FrameworkIds = FrameworkIds, To extends FrameworkIds = FrameworkIds> {
  /** the assessment resolved in its own framework */
  readonly resolution: Resolution<From>;
  /** the resolved level through the crosswalk */
  readonly mapping: LevelMapping<From, To>;
  /** the level to consider in the target framework: the higher of the highest core mapping and `targetResolution`'s level; never lower than either */
  readonly level: Level<To['level']>;
  /** which rule set `level`: the crosswalk (highest core mapping), the target's own thresholds for the carried measures, or both alike */
  readonly setBy: 'crosswalk' | 'target-measures' | 'both';
  /** the target framework's own resolution of the carried measures; absent when none were carried */
  readonly targetResolution?: Resolution<To>;
  /** conditional higher levels with their conditions, measures the target states no threshold for, concerns the documents place far apart */
  readonly considerations: readonly CarryConsideration<To>[];
  /** each observed or derived indicator with suggested counterparts */
  readonly indicators: readonly CarriedIndicator<From, To>[];
  /** a reminder that suggestions are for the practitioner to confirm */
  readonly note: string;
  /** provenance of `from`, with `to`'s under `to` */
  readonly provenance: CrosswalkProvenance;
}

/** The target's own note on a level at which it prints no descriptors for these areas (or their parents), if any. */
function gapNote(tx: FrameworkIndex, ranks: ReadonlySet<number>, areas: readonly string[]): string {
  const gaps = (tx.fw.gaps ?? []).filter((g) => ranks.has(g.level) && areas.some((a) => g.areas.some((ga) => contentIndex(tx).areaSubtree.get(ga)?.has(a))));
  return gaps
    .map(
      (g) =>
        ` ${tx.fw.area} prints no Level ${g.level} descriptors for ${g.areas.filter((ga) => areas.some((a) => contentIndex(tx).areaSubtree.get(ga)?.has(a))).join(', ')}: ${g.note}`,
    )
    .join('');
}

/** Need descriptors of `tx` on the subject of `fx`'s descriptors stating a threshold on `q` (their most specific shared tags). */
function speakingOf(fx: FrameworkIndex, tx: FrameworkIndex, q: Quantity): Indicator[] {
  const stating = contentIndex(fx).measured.get(q) ?? [];
  if (stating.length === 0) return [];
  const shared = stating.slice(1).reduce((acc, i) => acc.filter((t) => i.tags.includes(t)), [...stating[0]!.tags]);
  const common = shared.filter((t) => !shared.some((o) => own(broaderTag, o) === t));
  return tx.fw.indicators.filter((i) => i.kind === 'need' && i.tags.some((t) => common.includes(t)));
}

/**
 * Carries an assessment made under one framework to another, never
 * under-stating need: the carried level is the higher of (a) the highest core
 * mapping of the source level through the crosswalk and (b) the target
 * framework's own resolution of the carried measures, and `setBy` says which.
 * A professional judgement below the indicated level is carried, and said so.
 * Conditional higher levels come back as considerations with their quoted
 * conditions; a measure the target states no threshold for is said so, naming the
 * target descriptors that speak of it. For every need and strength it suggests
 * the target's indicators of the same kind that share its tags at the mapped
 * levels, ranked (where the target prints nothing on the subject at those levels,
 * the nearest level that does, flagged `atMappedLevel: false`). Suggestions,
 * never silent substitutions.
 *
 * @param limit - suggestions per indicator (default 5)
 * @throws {@link ThresholdError} as {@link resolveLevel} and {@link mapLevel}
 * @category Crosswalk
 * @example
 * ```ts
 * import { carryAssessment, stokeOnTrent, staffordshire } from 'safeguarding-thresholds';
 * const c = carryAssessment(stokeOnTrent, { measures: { missingEpisodesLast90Days: 3 } }, staffordshire);
 * [c.resolution.level.id, c.level.id, c.setBy];
 * //=> [ 'thriving', 'statutory-specialist', 'target-measures' ]
 * const d = carryAssessment(stokeOnTrent, { indicators: ['substance-use-class-a-serious-drug-misuse'] }, staffordshire);
 * d.indicators[0].suggestions[0].indicator.text;
 * //=> 'Persistent and high risk substance misuse'
 * ```
 */
export function carryAssessment<From extends FrameworkIds, To extends FrameworkIds>(
  from: Framework<From>,
  assessment: Assessment<From>,
  to: Framework<To>,
  limit = 5,
): CarriedAssessment<From, To> {
  const fx = indexOf(from, 'carryAssessment', 'from');
  const tx = indexOf(to, 'carryAssessment', 'to');
  const c = new Checker('carryAssessment', 'limit', 'INVALID_INPUT');
  const max = readInput('carryAssessment', 'limit', limit, 'INVALID_INPUT');
  checkLimit(c, max, []);
  c.done();
  // the assessment is read (copied) once: its measures are carried to the target as read
  const input = readInput('carryAssessment', 'assessment', assessment, 'INVALID_ASSESSMENT');
  {
    const resolution = resolveIndexed(fx, input, 'carryAssessment');
    const mapping = mapIndexed(fx, resolution.level.rank, tx, 'carryAssessment');
    const crosswalkLevel = mapping.core[mapping.core.length - 1]!;

    // the carried measures (validated by resolveLevel above), resolved by the target's own thresholds
    const given = (input as Assessment).measures;
    const measures: Partial<Record<Quantity, number>> = {};
    for (const q of QUANTITIES) if (given?.[q] !== undefined) measures[q] = given[q];
    const carried = Object.keys(measures) as Quantity[];
    const targetResolution = carried.length > 0 ? resolveIndexed(tx, { measures }, 'carryAssessment') : undefined;
    const measured = targetResolution?.level;
    const level = measured !== undefined && measured.rank > crosswalkLevel.rank ? measured : crosswalkLevel;
    const setBy =
      measured === undefined || measured.rank < crosswalkLevel.rank ? 'crosswalk' : measured.rank === crosswalkLevel.rank ? 'both' : 'target-measures';

    const considerations: CarryConsideration[] = [];
    const judged = resolution.judgement;
    if (judged !== undefined && judged.level.rank < resolution.indicatedLevel.rank) {
      // the professional judgement is carried, as resolveLevel follows it; what its descriptors indicate is said beside it
      const indicated = mapIndexed(fx, resolution.indicatedLevel.rank, tx, 'carryAssessment').core;
      const top = indicated[indicated.length - 1]!;
      considerations.push({
        id: 'judgement-below-indicated',
        message: `The carried level follows the professional judgement given under ${fx.fw.area} (${judged.level.name}, level ${judged.level.rank}), below the level its descriptors indicate (${resolution.indicatedLevel.name}, level ${resolution.indicatedLevel.rank}), which maps to ${top.name} (level ${top.rank}) in ${tx.fw.area}. Reason given: "${judged.reason}". Record it, and discuss with your safeguarding lead.`,
        level: top,
        indicators: [],
        sources: dedupeSources(resolution.drivers.map((i) => i.source)),
      });
    }
    if (setBy === 'target-measures') {
      considerations.push({
        id: 'set-by-target-measures',
        message: `${tx.fw.area}'s own thresholds place the carried measures at ${measured!.name} (level ${measured!.rank}), above the crosswalk's ${crosswalkLevel.name} (level ${crosswalkLevel.rank}) for ${resolution.level.name}: the higher level is carried. ${targetResolution!.derived.map((d) => `"${d.indicator.text}" (${d.rule})`).join('; ')}.`,
        level: measured!,
        indicators: targetResolution!.derived.map((d) => d.indicator.id),
        sources: dedupeSources(targetResolution!.derived.map((d) => d.indicator.source)),
      });
    }
    for (const c of mapping.conditional) {
      if (c.level.rank <= level.rank) continue;
      considerations.push({
        id: 'conditional-level',
        message: `${c.reading} Weigh it: it is not applied automatically.`,
        level: c.level,
        condition: c.condition,
        indicators: [],
        sources: c.sources,
      });
    }
    for (const q of carried) {
      if (contentIndex(tx).measured.has(q)) continue;
      const speaking = speakingOf(fx, tx, q);
      considerations.push({
        id: 'measure-without-threshold',
        message:
          `${tx.fw.area} states no threshold for ${q}; the value ${measures[q]} did not set the carried level. ` +
          (speaking.length > 0
            ? `Its descriptors on the subject: ${speaking.map((i) => `"${i.text}" (level ${i.level})`).join('; ')}.`
            : `Neither framework prints a descriptor on the subject that this library can name.`),
        indicators: speaking.map((i) => i.id),
        sources: dedupeSources(speaking.map((i) => i.source)),
      });
    }

    const indicators = [...resolution.needs, ...resolution.strengths].map((ind) => {
      const levels = mapIndexed(fx, ind.level, tx, 'carryAssessment').to;
      const ranks = new Set(levels.map((l) => l.rank));
      const ownTags = new Set(ind.tags);
      const lo = Math.min(...ranks);
      const hi = Math.max(...ranks);
      const distance = (l: number): number => (l < lo ? lo - l : l > hi ? l - hi : 0);
      const candidates = tx.fw.indicators
        .filter((c) => c.kind === ind.kind)
        .map((c) => {
          const shared = c.tags.filter((t) => ownTags.has(t));
          return { indicator: c, sharedTags: shared, score: shared.length / new Set([...ownTags, ...c.tags]).size, atMappedLevel: ranks.has(c.level) };
        })
        .filter((x) => x.sharedTags.length > 0);
      const exact = candidates.filter((x) => x.atMappedLevel);
      // nothing on the subject at the mapped levels: offer the nearest level that has something, flagged
      const nearestDistance = Math.min(...candidates.map((x) => distance(x.indicator.level)));
      const pool = exact.length > 0 ? exact : candidates.filter((x) => distance(x.indicator.level) === nearestDistance);
      const { order } = contentIndex(tx);
      const suggestions = pool
        .sort((x, y) => y.score - x.score || y.indicator.level - x.indicator.level || order.get(x.indicator.id)! - order.get(y.indicator.id)!)
        .slice(0, max as number);
      if (ind.kind === 'need' && exact.length === 0 && suggestions.length > 0) {
        considerations.push({
          id: 'placed-apart',
          message:
            `"${ind.text}" (${fx.fw.area}, level ${ind.level}) maps to ${levels.map((l) => l.name).join(' / ')}, where ${tx.fw.area} prints nothing on the subject; its nearest descriptors are at level ${[...new Set(suggestions.map((x) => x.indicator.level))].join(' and ')}. The two documents place this concern apart: weigh it.` +
            gapNote(
              tx,
              ranks,
              suggestions.map((x) => x.indicator.area),
            ),
          indicators: suggestions.map((x) => x.indicator.id),
          sources: dedupeSources(suggestions.map((x) => x.indicator.source)),
        });
      }
      return { indicator: ind, levels, suggestions };
    });
    return freezeResult({
      resolution,
      mapping,
      level,
      setBy,
      ...(targetResolution ? { targetResolution } : {}),
      considerations,
      indicators,
      provenance: crosswalkProvenance(fx.fw, tx.fw),
      note: `Suggested ${tx.fw.area} descriptors share tags with the ${fx.fw.area} ones; a practitioner must confirm each against the child's circumstances. Nothing is substituted automatically.`,
    }) as unknown as CarriedAssessment<From, To>;
  }
}
