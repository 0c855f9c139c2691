/**
 * The crosswalk between i-THRIVE (Stoke-on-Trent) and windscreen
 * (Staffordshire) levels, and carrying an assessment across frameworks.
 * @module
 */
import { freezeResult, indexOf, type FrameworkIndex } from './core.js';
import { invalid } from './errors.js';
import { checkLimit, Checker, readInput } from './input.js';
import { crosswalks } from './generated/crosswalks.js';
import { resolveLevelRef } from './lookup.js';
import type { Framework, FrameworkIds, Indicator, Level, SourceRef } from './model.js';
import { dedupeSources, resolveIndexed, type Assessment, type Resolution } from './resolve.js';

/** The result of {@link mapLevel}. @category Crosswalk */
export interface LevelMapping<From extends FrameworkIds = FrameworkIds, To extends FrameworkIds = FrameworkIds> {
  readonly from: Level<From['level']>;
  /** every corresponding level of the target framework, ascending */
  readonly to: readonly Level<To['level']>[];
  readonly lowest: Level<To['level']>;
  /** the one to use for safeguarding decisions: never under-state need */
  readonly highest: Level<To['level']>;
  readonly rationale: string;
  readonly sources: readonly SourceRef[];
}

interface Edge {
  readonly a: string;
  readonly b: string;
  readonly rationale: string;
  readonly sources: readonly SourceRef[];
}

function relation(fromScale: string, toScale: string): { edges: readonly Edge[]; flipped: boolean } | undefined {
  for (const cw of crosswalks) {
    const edges = cw.pairs.map((p) => ({ a: p.from, b: p.to, rationale: p.rationale, sources: p.sources }));
    if (cw.scales[0] === fromScale && cw.scales[1] === toScale) return { edges, flipped: false };
    if (cw.scales[1] === fromScale && cw.scales[0] === toScale) return { edges, flipped: true };
  }
  return undefined;
}

function mapIndexed(from: FrameworkIndex, level: unknown, to: FrameworkIndex, fn = 'mapLevel'): LevelMapping {
  const src = resolveLevelRef(from, level, fn);
  if (from.fw.scale.id === to.fw.scale.id) {
    // same scale: the identity, by level id (or rank when the ids differ)
    const same = to.levelById.get(src.id) ?? to.fw.levels[src.rank - 1];
    if (same) {
      return {
        from: src,
        to: [same],
        lowest: same,
        highest: same,
        rationale: `Same scale (${from.fw.scale.name}): the level maps to itself.`,
        sources: dedupeSources([src.source, same.source]),
      };
    }
  }
  const rel = relation(from.fw.scale.id, to.fw.scale.id);
  if (rel === undefined) {
    invalid(
      'NO_CROSSWALK',
      `No crosswalk between the ${from.fw.scale.id} scale (${from.fw.id}) and the ${to.fw.scale.id} scale (${to.fw.id}); crosswalks exist for: ${crosswalks.map((c) => c.scales.join(' ↔ ')).join(', ')}`,
    );
  }
  const edges = rel.edges.filter((e) => (rel.flipped ? e.b : e.a) === src.id);
  const targets = edges
    .map((e) => to.levelById.get(rel.flipped ? e.a : e.b))
    .filter((l): l is Level => l !== undefined)
    .sort((x, y) => x.rank - y.rank);
  if (targets.length === 0) {
    invalid('NO_CROSSWALK', `The crosswalk ${from.fw.scale.id} ↔ ${to.fw.scale.id} has no pair for level '${src.id}' of ${from.fw.id}, or ${to.fw.id} lacks its levels`);
  }
  const ordered = [...edges].sort((x, y) => to.levelById.get(rel.flipped ? x.a : x.b)!.rank - to.levelById.get(rel.flipped ? y.a : y.b)!.rank);
  return {
    from: src,
    to: targets,
    lowest: targets[0]!,
    highest: targets[targets.length - 1]!,
    rationale: ordered.map((e) => e.rationale).join(' '),
    sources: dedupeSources(ordered.flatMap((e) => e.sources)),
  };
}

/**
 * Maps a level of one framework onto the corresponding levels of another, from
 * the crosswalk data (both directions come from one relation, so they agree).
 * Within one scale it is the identity. For safeguarding decisions use `highest`.
 *
 * @param from - the framework the level belongs to
 * @param level - a rank or a level id of `from`
 * @param to - the target framework
 * @throws {@link ThresholdError} `UNKNOWN_LEVEL` (including a level id of the other scale), `NO_CROSSWALK`, `INVALID_INPUT`
 * @category Crosswalk
 * @example
 * ```ts
 * import { mapLevel, stokeOnTrent, staffordshire } from 'safeguarding-thresholds';
 * const m = mapLevel(stokeOnTrent, 'getting-advice', staffordshire);
 * m.to.map((l) => l.id);
 * //=> [ 'universal', 'universal-plus' ]
 * m.highest.name;
 * //=> 'Universal Plus / Earliest Help'
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

/** The result of {@link carryAssessment}. @category Crosswalk */
export interface CarriedAssessment<From extends FrameworkIds = FrameworkIds, To extends FrameworkIds = FrameworkIds> {
  /** the assessment resolved in its own framework */
  readonly resolution: Resolution<From>;
  /** the resolved level through the crosswalk */
  readonly mapping: LevelMapping<From, To>;
  /** the mapping's `highest`: the level to consider in the target framework */
  readonly level: Level<To['level']>;
  /** each observed or derived indicator with suggested counterparts */
  readonly indicators: readonly CarriedIndicator<From, To>[];
  /** a reminder that suggestions are for the practitioner to confirm */
  readonly note: string;
}

/**
 * Carries an assessment made under one framework to another: resolves it, maps
 * the level through the crosswalk (`highest`), and for every need and strength
 * suggests the target framework's indicators of the same kind that share its
 * tags at the mapped levels, ranked (where the target prints nothing on the subject
 * at those levels, the nearest level that does, flagged `atMappedLevel: false`).
 * Suggestions, never silent substitutions.
 *
 * @param limit - suggestions per indicator, a whole number from 1 to 1000 (default 5): the library's one `limit` rule
 * @throws {@link ThresholdError} as {@link resolveLevel} and {@link mapLevel}
 * @category Crosswalk
 * @example
 * ```ts
 * import { carryAssessment, stokeOnTrent, staffordshire } from 'safeguarding-thresholds';
 * const c = carryAssessment(stokeOnTrent, { indicators: ['substance-use-class-a-serious-drug-misuse'] }, staffordshire);
 * c.level.id;
 * //=> 'statutory-specialist'
 * c.indicators[0].suggestions[0].indicator.text;
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
  {
    const resolution = resolveIndexed(fx, assessment, 'carryAssessment');
    const mapping = mapIndexed(fx, resolution.level.rank, tx, 'carryAssessment');
    const carried = [...resolution.needs, ...resolution.strengths].map((ind) => {
      const levels = mapIndexed(fx, ind.level, tx, 'carryAssessment').to;
      const ranks = new Set(levels.map((l) => l.rank));
      const own = new Set(ind.tags);
      const lo = Math.min(...ranks);
      const hi = Math.max(...ranks);
      const distance = (level: number): number => (level < lo ? lo - level : level > hi ? level - hi : 0);
      const candidates = tx.fw.indicators
        .filter((c) => c.kind === ind.kind)
        .map((c) => {
          const shared = c.tags.filter((t) => own.has(t));
          return { indicator: c, sharedTags: shared, score: shared.length / new Set([...own, ...c.tags]).size, atMappedLevel: ranks.has(c.level) };
        })
        .filter((s) => s.sharedTags.length > 0);
      const exact = candidates.filter((s) => s.atMappedLevel);
      // nothing on the subject at the mapped levels: offer the nearest level that has something, flagged
      const nearestDistance = Math.min(...candidates.map((s) => distance(s.indicator.level)));
      const pool = exact.length > 0 ? exact : candidates.filter((s) => distance(s.indicator.level) === nearestDistance);
      const suggestions = pool
        .sort((x, y) => y.score - x.score || y.indicator.level - x.indicator.level || tx.order.get(x.indicator.id)! - tx.order.get(y.indicator.id)!)
        .slice(0, max as number);
      return { indicator: ind, levels, suggestions };
    });
    return freezeResult({
      resolution,
      mapping,
      level: mapping.highest,
      indicators: carried,
      note: `Suggested ${tx.fw.area} descriptors share tags with the ${fx.fw.area} ones; a practitioner must confirm each against the child's circumstances. Nothing is substituted automatically.`,
    }) as unknown as CarriedAssessment<From, To>;
  }
}
