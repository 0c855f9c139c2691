/**
 * Advisory considerations of a resolution: what a practitioner should weigh,
 * never applied silently.
 * @module
 * @internal
 */
import { own, type FrameworkIndex } from '../core.js';
import { QUANTITY_RULES } from '../enums.js';
import { broaderTag } from '../generated/tag-index.js';
import type { Indicator, Quantity, Statement } from '../model.js';
import type { Core } from './assessment.js';
import type { Consideration, ConsiderationId } from './types.js';
import { gapNotes } from '../level-notes.js';

/** The order of importance of the considerations (a rank for every id: the type checks that none is missing). */
const RANK: Readonly<Record<ConsiderationId, number>> = {
  'judgement-below-indicated': 1,
  'higher-descriptors-to-consider': 2,
  'no-descriptors-at-level': 3,
  'combined-needs': 4,
  'judgement-above-indicated': 5,
  'strengths-alongside-needs': 6,
  'measure-not-applicable': 7,
};

const higherCache = new WeakMap<FrameworkIndex, Map<string, readonly Indicator[]>>();

/**
 * Need descriptors above `top` on the subject of the quantity's measured descriptors `stating` (their most specific
 * shared tags); memoised per framework.
 */
function higherDescriptors(ix: FrameworkIndex, q: Quantity, stating: readonly Indicator[], top: number): readonly Indicator[] {
  let memo = higherCache.get(ix);
  // Stryker disable next-line ConditionalExpression: a memo per framework; a miss computes the same list again
  if (memo === undefined) higherCache.set(ix, (memo = new Map<string, readonly Indicator[]>()));
  const key = `${q}|${top}`;
  let out = memo.get(key);
  // Stryker disable next-line ConditionalExpression: as above
  if (out === undefined) {
    const shared = stating[0]!.tags.filter((t) => stating.every((i) => i.tags.includes(t)));
    const common = shared.filter((t) => !shared.some((o) => own(broaderTag, o) === t));
    out = ix.fw.indicators.filter((i) => i.kind === 'need' && i.level > top && i.measure === undefined && i.tags.some((t) => common.includes(t)));
    memo.set(key, out);
  }
  return out;
}

function statement(ix: FrameworkIndex, id: string): { statement: Statement } | Record<string, never> {
  const s = ix.fw.considerations.find((c) => c.id === id);
  return s ? { statement: s } : {};
}

/** The considerations of a resolution, in a fixed order of importance. @internal */
export function considerationsOf(c: Core, drivers: readonly Indicator[]): Consideration[] {
  const { ix, needs, strengths, judgement, indicatedLevel } = c;
  const indicatedRank = indicatedLevel.rank;
  const out: Consideration[] = [];
  for (const { q, value, stating, top } of c.measured) {
    if (stating === undefined) {
      // no number in this document: name its descriptors on the subject, so that judgement, not silence, decides
      const speaking = ix.fw.indicators.filter((i) => i.kind === 'need' && i.tags.includes(QUANTITY_RULES[q].tag));
      out.push({
        id: 'measure-not-applicable',
        message:
          `${ix.fw.name} (${ix.fw.area}) states no threshold for ${q}; the value ${value} was not used to set the level. Weigh it with professional judgement` +
          (speaking.length > 0 ? `; its descriptors on the subject: ${speaking.map((i) => `"${i.text}" (level ${i.level})`).join('; ')}.` : '.'),
        indicators: speaking.map((i) => i.id),
      });
      continue;
    }
    // the source states no number above the highest threshold met (none met: top 0, below every stated one): name the
    // higher descriptors on the same subject so that judgement, not silence, decides
    if (!stating.some((i) => i.level > top)) {
      const higher = higherDescriptors(ix, q, stating, top);
      if (higher.length > 0) {
        out.push({
          id: 'higher-descriptors-to-consider',
          message: `The ${q} value ${value} meets a stated threshold at level ${top}; the source states no number for higher levels. Consider whether these higher-level descriptors also apply: ${higher.map((i) => `"${i.text}" (level ${i.level})`).join('; ')}.`,
          indicators: higher.map((i) => i.id),
        });
      }
    }
  }
  if (judgement && judgement.level.rank < indicatedRank) {
    out.push({
      id: 'judgement-below-indicated',
      message: `Professional judgement places this at ${judgement.level.name} (level ${judgement.level.rank}), below the indicated ${indicatedLevel.name} (level ${indicatedRank}). Reason given: "${judgement.reason}". Record it, and discuss with your safeguarding lead.`,
      indicators: drivers.map((d) => d.id),
    });
  } else if (judgement && judgement.level.rank > indicatedRank) {
    out.push({
      id: 'judgement-above-indicated',
      message: `Professional judgement places this at ${judgement.level.name} (level ${judgement.level.rank}), above the indicated ${indicatedLevel.name} (level ${indicatedRank}). Reason given: "${judgement.reason}".`,
      indicators: [],
    });
  }
  // several areas at the top observed level
  const driverAreas = [...new Set(drivers.map((d) => d.area))];
  if (driverAreas.length > 1 && indicatedRank < ix.fw.levels.length) {
    out.push({
      id: 'combined-needs',
      message: `Needs at ${indicatedLevel.name} (level ${indicatedRank}) in ${driverAreas.length} areas (${driverAreas.join(', ')}). Combined, they may indicate a higher level of support; this is not applied automatically.`,
      ...statement(ix, 'combined-needs'),
      indicators: drivers.map((d) => d.id),
    });
  }
  if (strengths.length > 0 && needs.length > 0) {
    out.push({
      id: 'strengths-alongside-needs',
      message: `${strengths.length} strength(s) observed alongside ${needs.length} need(s). Strengths may mitigate needs and should be built on; they never lower the indicated level.`,
      ...statement(ix, 'strengths-mitigate'),
      indicators: strengths.map((i) => i.id),
    });
  }
  out.push(...gapNotes(ix, needs));
  return out.sort((x, y) => RANK[x.id] - RANK[y.id]);
}
