/**
 * Naming the built-in framework an unknown indicator id may belong to, by its area prefix (indicator ids are
 * namespaced by area), in an error. It reads only the built-ins' area ids (src/generated/built-in-ids.ts), not
 * their indicators, so that an app bundling one framework does not ship another's ids.
 * @module
 * @internal
 */
import { article, here } from './core.js';
import { distance } from './distance.js';
import { builtInIds } from './generated/built-in-ids.js';
import type { Framework } from './model.js';

/**
 * When `id` (unknown in `fw`) begins with an area id of another built-in framework (the longest area id that
 * prefixes it, among `fw`'s areas and every built-in's), a sentence naming that framework: it "looks like" its
 * indicator id when only that framework has the area, it "may be" one when `fw` has the area too (an area such
 * as "health" that both have: the prefix alone cannot tell) and none of `fw`'s indicator ids is within two edits
 * of it (that is a typo, answered by the nearest ids); else `''`. @internal
 */
export function otherIndicatorHint(fw: Framework, id: unknown): string {
  if (typeof id !== 'string') return '';
  let best = '';
  let owners: string[] = [];
  const consider = (owner: string, areaId: string): void => {
    if (!id.startsWith(`${areaId}-`) || areaId.length < best.length) return;
    if (areaId.length > best.length) owners = [];
    best = areaId;
    if (!owners.includes(owner)) owners.push(owner);
  };
  for (const a of fw.areas) consider('', a.id);
  for (const other of builtInIds) if (other.id !== fw.id) for (const a of other.areas.split(' ')) consider(other.area, a);
  const others = owners.filter((o) => o !== '');
  if (others.length !== 1) return '';
  const o = others[0]!;
  if (owners.length > 1 && fw.indicators.some((i) => distance(id, i.id, 2) <= 2)) return '';
  return owners.length === 1
    ? ` ${JSON.stringify(id)} looks like ${article(o)} ${o} indicator id (it begins with ${o}'s area "${best}");${here(fw)}`
    : ` ${JSON.stringify(id)} may be ${article(o)} ${o} indicator id (it begins with "${best}", an area of both ${o} and ${fw.area});${here(fw)}`;
}
