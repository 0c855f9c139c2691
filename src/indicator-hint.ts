/**
 * Naming an indicator id of another built-in framework as such in an error, apart from src/core.ts so
 * that only the functions that take indicator ids bundle its table.
 * @module
 * @internal
 */
import { article, here } from './core.js';
import { builtInIds } from './generated/built-in-ids.js';
import { indicatorHashes } from './generated/indicator-hashes.js';
import { idKey } from './id-hash.js';
import type { Framework } from './model.js';

/**
 * When `id` (unknown in `fw`) is an indicator id of another built-in framework whose area prefix both
 * share (found by its hash: "health-…" is in both), or begins with an area id only another built-in has
 * (indicator ids are namespaced by area), a sentence saying so; else `''`. @internal
 */
export function otherIndicatorHint(fw: Framework, id: unknown): string {
  if (typeof id !== 'string') return '';
  const h = idKey(id);
  for (const other of indicatorHashes) {
    if (other.id === fw.id) continue;
    for (let i = 0; i < other.hashes.length; i += 4)
      if (other.hashes.startsWith(h, i)) return ` ${JSON.stringify(id)} is ${article(other.area)} ${other.area} indicator;${here(fw)}`;
  }
  // the longest area id that prefixes `id`, among this framework's areas and every built-in's
  let best = '';
  let owners: string[] = [];
  const consider = (owner: string, areaId: string): void => {
    if (!id.startsWith(`${areaId}-`) || areaId.length < best.length) return;
    if (areaId.length > best.length) owners = [];
    best = areaId;
    if (!owners.includes(owner)) owners.push(owner);
  };
  for (const a of fw.areas) consider(fw.id, a.id);
  for (const other of builtInIds) if (other.id !== fw.id) for (const a of other.areas) consider(other.area, a);
  if (owners.length !== 1 || owners[0] === fw.id) return '';
  return ` ${JSON.stringify(id)} looks like ${article(owners[0]!)} ${owners[0]} indicator id (it begins with ${owners[0]}'s area "${best}");${here(fw)}`;
}
