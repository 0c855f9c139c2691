// The explorer's state: the framework chosen, the descriptors ticked and the latest answers (for the
// take-away record), with the lookups every part of the page uses.
import {
  frameworks,
  tags,
  type ConsentDecision,
  type ContactAdvice,
  type Framework,
  type Indicator,
  type Measures,
  type Quantity,
  type Resolution,
} from '../src/index.js';
import { QUANTITY } from './words.js';

export const QUANTITIES = Object.keys(QUANTITY) as Quantity[];
export const INPUT_OF: Record<Quantity, string> = { attendancePercent: 'attendance', missingEpisodesLast90Days: 'missing' };
export const tagName = new Map<string, string>(tags.map((t) => [t.id, t.name]));

/** What the page holds: nothing of it leaves the page. */
export const state: {
  fw: Framework;
  latest: { r: Resolution; measures: Measures | undefined } | undefined;
  latestContact: ContactAdvice | undefined;
  latestConsent: ConsentDecision | undefined;
} = { fw: frameworks[0], latest: undefined, latestContact: undefined, latestConsent: undefined };
/** The ids of the descriptors ticked. */
export const checked = new Set<string>();
/** Sent (on document) when the ticks change, so that the page recomputes the level. */
export const TICKED = 'explorer:ticked';

export const areaName = (id: string): string => state.fw.areas.find((a) => a.id === id)?.name ?? id;
/** "Getting Help (level 3 of 5)" */
export const levelWords = (rank: number): string => `${state.fw.levels[rank - 1]!.name} (level ${rank} of ${state.fw.levels.length})`;
export const indicatorById = (id: string): Indicator | undefined => state.fw.indicators.find((i) => i.id === id);
