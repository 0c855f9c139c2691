/**
 * What needs to happen at a resolved level: the action, services, contacts and
 * triggered routes (such as Prevent).
 * @module
 * @internal
 */
import { deepFreeze, type FrameworkIndex } from '../core.js';
import type { Contact, Indicator, Level, Route } from '../model.js';
import type { Guidance, TriggeredRoute } from './types.js';
import { contactsAtLevel, levelNotes } from '../level-notes.js';

interface GuidanceIndex {
  readonly immediateDanger: Contact | undefined;
  /** level rank - 1 → the contacts the document ties to that level, plus the police for immediate danger */
  readonly contacts: readonly (readonly Contact[])[];
  readonly routes: readonly { readonly route: Route; readonly tags: ReadonlySet<string>; readonly contact: Contact | undefined }[];
  /** level rank → area id → the frozen area actions the source prints for that area at that level */
  readonly areaActions: ReadonlyMap<number, ReadonlyMap<string, readonly Guidance['areaActions'][number][]>>;
}

const cache = new WeakMap<FrameworkIndex, GuidanceIndex>();

function guidanceIndex(ix: FrameworkIndex): GuidanceIndex {
  let g = cache.get(ix);
  // Stryker disable next-line ConditionalExpression: a memo per framework; a miss computes the same index again
  if (g === undefined) {
    const fw = ix.fw;
    const immediateDanger = fw.contacts.find((c) => c.role === 'police-emergency');
    g = {
      immediateDanger,
      contacts: fw.levels.map((l) => contactsAtLevel(ix, l)),
      routes: fw.routes.map((route) => ({ route, tags: new Set(route.triggerTags), contact: fw.contacts.find((c) => c.id === route.contact) })),
      areaActions: actionsByLevel(ix),
    };
    cache.set(ix, g);
  }
  return g;
}

function actionsByLevel(ix: FrameworkIndex): GuidanceIndex['areaActions'] {
  const out = new Map<number, Map<string, Guidance['areaActions'][number][]>>();
  for (const ar of ix.fw.areas) {
    if (ar.actions === undefined) continue;
    for (const act of ar.actions) {
      let byArea = out.get(act.level);
      if (byArea === undefined) out.set(act.level, (byArea = new Map<string, Guidance['areaActions'][number][]>()));
      const list = byArea.get(ar.id) ?? [];
      list.push(deepFreeze({ area: ar.id, text: act.text, ...(act.note ? { note: act.note } : {}), source: act.source }));
      byArea.set(ar.id, list);
    }
  }
  return out;
}

/** The guidance at `level` for the given needs; every array is new. @internal */
export function guidanceFor(ix: FrameworkIndex, level: Level, needs: readonly Indicator[]): Guidance {
  const g = guidanceIndex(ix);
  const fw = ix.fw;
  const areaActions: Guidance['areaActions'][number][] = [];
  const atLevel = g.areaActions.get(level.rank);
  if (atLevel !== undefined) {
    const needAreas = new Set<string>();
    for (const n of needs) needAreas.add(n.area);
    for (const ar of fw.areas) {
      const acts = needAreas.has(ar.id) ? atLevel.get(ar.id) : undefined;
      if (acts !== undefined) for (const act of acts) areaActions.push(act);
    }
  }
  const routes: TriggeredRoute[] = [];
  for (const { route, tags, contact } of g.routes) {
    const by: string[] = [];
    for (const n of needs) if (n.tags.some((t) => tags.has(t))) by.push(n.id);
    if (by.length > 0) routes.push({ route, triggeredBy: by, ...(contact ? { contact } : {}) });
  }
  return {
    level,
    action: level.action,
    areaActions,
    services: [...level.services],
    contacts: [...g.contacts[level.rank - 1]!],
    routes,
    ...(g.immediateDanger ? { immediateDanger: g.immediateDanger } : {}),
    ...levelNotes(ix, level, needs),
  };
}
