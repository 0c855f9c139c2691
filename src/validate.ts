/**
 * The one validation path of framework data: the zod schema, the
 * cross-references a schema cannot express, agreement with the crosswalks and
 * the direction of measures ({@link validateFramework}), and of the search
 * vocabulary ({@link validateSynonyms}). Used by the build
 * (`scripts/build-data.ts`), `scripts/check-framework.ts`, the data-integrity
 * tests and `defineFramework`; never on the hot path of the built-in frameworks.
 * @module
 */
import type { z } from 'zod';
import { QUANTITY_RULES } from './enums.js';
import { FrameworkSchema, type FrameworkData } from './schema/framework.js';
import { SynonymVocabularySchema } from './schema/thesaurus.js';

/** One problem found in input data, with the JSON path where it was found. */
export interface ValidationIssue {
  /** JSON path of the offending value, e.g. `["indicators", 12, "area"]` */
  readonly path: readonly (string | number)[];
  /** what is wrong, for a person */
  readonly message: string;
}

function zodIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: i.message,
  }));
}

const normalise = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** What framework data is checked against besides itself. */
export interface ValidationContext {
  /** ids of the shared tag vocabulary (data/vocabularies/tags.json) */
  readonly tagIds: ReadonlySet<string>;
  /** the crosswalks: a framework on a crosswalked scale must use that scale's level ids */
  readonly crosswalks: readonly {
    readonly id: string;
    readonly scales: readonly string[];
    readonly pairs: readonly { readonly from: string; readonly to: string }[];
  }[];
}

/**
 * Cross-reference checks over schema-valid framework data. Returns every
 * problem found, never only the first.
 */
function crossReferenceIssues(fw: FrameworkData, tagIds: ReadonlySet<string>): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const add = (path: (string | number)[], message: string): void => {
    out.push({ path, message });
  };
  const docIds = new Set(fw.documents.map((d) => d.id));
  const checkSource = (src: { document: string }, path: (string | number)[]): void => {
    if (!docIds.has(src.document)) add([...path, 'document'], `unknown document '${src.document}'; known: ${[...docIds].join(', ')}`);
  };
  checkSource(fw.source, ['source']);
  fw.guidance.forEach((g, i) => checkSource(g.source, ['guidance', i, 'source']));
  fw.considerations.forEach((c, i) => checkSource(c.source, ['considerations', i, 'source']));
  fw.practiceQuestions.forEach((q, i) => checkSource(q.source, ['practiceQuestions', i, 'source']));

  // levels: ranks 1..n ascending, unique ids
  const levelIds = new Set<string>();
  fw.levels.forEach((l, i) => {
    if (l.rank !== i + 1) add(['levels', i, 'rank'], `ranks must ascend 1..n in order; expected ${i + 1}, got ${l.rank}`);
    if (levelIds.has(l.id)) add(['levels', i, 'id'], `duplicate level id '${l.id}'`);
    levelIds.add(l.id);
    checkSource(l.source, ['levels', i, 'source']);
    checkSource(l.action.source, ['levels', i, 'action', 'source']);
    l.services.forEach((s, j) => checkSource(s.source, ['levels', i, 'services', j, 'source']));
  });
  const maxRank = fw.levels.length;

  // areas: unique ids, parents exist, no cycles
  const areaById = new Map<string, (typeof fw.areas)[number]>();
  fw.areas.forEach((a, i) => {
    if (areaById.has(a.id)) add(['areas', i, 'id'], `duplicate area id '${a.id}'`);
    areaById.set(a.id, a);
    checkSource(a.source, ['areas', i, 'source']);
    (a.actions ?? []).forEach((act, j) => {
      if (act.level < 1 || act.level > maxRank) add(['areas', i, 'actions', j, 'level'], `no level of rank ${act.level}`);
      checkSource(act.source, ['areas', i, 'actions', j, 'source']);
    });
  });
  fw.areas.forEach((a, i) => {
    if (a.parent === undefined) return;
    if (!areaById.has(a.parent)) {
      add(['areas', i, 'parent'], `unknown parent area '${a.parent}'`);
      return;
    }
    const seen = new Set<string>([a.id]);
    for (let p: string | undefined = a.parent; p !== undefined; p = areaById.get(p)?.parent) {
      if (seen.has(p)) {
        add(['areas', i, 'parent'], `area '${a.id}' is its own ancestor`);
        break;
      }
      seen.add(p);
    }
  });

  // indicators
  const indicatorIds = new Set<string>();
  const texts = new Map<string, string>();
  fw.indicators.forEach((ind, i) => {
    const p = ['indicators', i];
    if (indicatorIds.has(ind.id)) add([...p, 'id'], `duplicate indicator id '${ind.id}'`);
    indicatorIds.add(ind.id);
    if (levelIds.has(ind.id) || areaById.has(ind.id)) add([...p, 'id'], `indicator id '${ind.id}' is also a level or area id`);
    if (!areaById.has(ind.area)) add([...p, 'area'], `unknown area '${ind.area}'`);
    if (ind.level < 1 || ind.level > maxRank) add([...p, 'level'], `no level of rank ${ind.level}; ranks are 1..${maxRank}`);
    ind.tags.forEach((t, j) => {
      if (!tagIds.has(t)) add([...p, 'tags', j], `undefined tag '${t}'`);
    });
    if (new Set(ind.tags).size !== ind.tags.length) add([...p, 'tags'], 'duplicate tags');
    const key = `${ind.area}|${normalise(ind.text)}`;
    const prior = texts.get(key);
    if (prior !== undefined) add([...p, 'text'], `duplicate descriptor: same text as '${prior}' in the same area`);
    texts.set(key, ind.id);
    if (ind.measure && ind.kind !== 'need') add([...p, 'measure'], 'only a need can carry a measure');
    checkSource(ind.source, [...p, 'source']);
  });

  // contacts and routes
  const contactIds = new Set(fw.contacts.map((c) => c.id));
  if (contactIds.size !== fw.contacts.length) add(['contacts'], 'duplicate contact ids');
  fw.contacts.forEach((c, i) => {
    checkSource(c.source, ['contacts', i, 'source']);
    (c.hours ?? []).forEach((h, j) => {
      if (h.opens >= h.closes) add(['contacts', i, 'hours', j], `opens (${h.opens}) must be before closes (${h.closes})`);
    });
    (c.levels ?? []).forEach((l, j) => {
      if (l > maxRank) add(['contacts', i, 'levels', j], `no level of rank ${l}`);
    });
    if (c.urgency) checkSource(c.urgency.source, ['contacts', i, 'urgency', 'source']);
    if (c.closedOnBankHolidays) checkSource(c.closedOnBankHolidays.source, ['contacts', i, 'closedOnBankHolidays', 'source']);
  });
  (fw.links ?? []).forEach((l, i) => checkSource(l.source, ['links', i, 'source']));
  (fw.factorsToConsider ?? []).forEach((f, i) => checkSource(f.source, ['factorsToConsider', i, 'source']));
  (fw.statements ?? []).forEach((st, i) => {
    checkSource(st.source, ['statements', i, 'source']);
    (st.levels ?? []).forEach((l, j) => {
      if (l > maxRank) add(['statements', i, 'levels', j], `no level of rank ${l}`);
    });
    (st.tags ?? []).forEach((t, j) => {
      if (!tagIds.has(t)) add(['statements', i, 'tags', j], `undefined tag '${t}'`);
    });
  });
  (fw.gaps ?? []).forEach((g, i) => {
    if (g.level > maxRank) add(['gaps', i, 'level'], `no level of rank ${g.level}`);
    g.areas.forEach((a, j) => {
      if (!areaById.has(a)) add(['gaps', i, 'areas', j], `unknown area '${a}'`);
    });
    checkSource(g.source, ['gaps', i, 'source']);
  });
  fw.routes.forEach((r, i) => {
    if (r.contact !== undefined && !contactIds.has(r.contact)) add(['routes', i, 'contact'], `unknown contact '${r.contact}'`);
    r.triggerTags.forEach((t, j) => {
      if (!tagIds.has(t)) add(['routes', i, 'triggerTags', j], `undefined tag '${t}'`);
    });
    checkSource(r.source, ['routes', i, 'source']);
  });
  // consent rules: steps defined and cited, every rule reachable by a purpose the framework covers
  if (fw.consent) {
    const c = fw.consent;
    const stepIds = new Set<string>();
    c.steps.forEach((s, i) => {
      if (stepIds.has(s.id)) add(['consent', 'steps', i, 'id'], `duplicate step id '${s.id}'`);
      stepIds.add(s.id);
      checkSource(s.source, ['consent', 'steps', i, 'source']);
    });
    c.lawfulBases.forEach((b, i) => checkSource(b.source, ['consent', 'lawfulBases', i, 'source']));
    const ruleIds = new Set<string>();
    c.rules.forEach((r, i) => {
      if (ruleIds.has(r.id)) add(['consent', 'rules', i, 'id'], `duplicate rule id '${r.id}'`);
      ruleIds.add(r.id);
      r.steps.forEach((s, j) => {
        if (!stepIds.has(s)) add(['consent', 'rules', i, 'steps', j], `unknown step '${s}'`);
      });
      // every value rests on a sentence of the document: a step of the framework
      for (const [k, s] of Object.entries(r.because)) {
        if (s !== undefined && !stepIds.has(s)) add(['consent', 'rules', i, 'because', k], `unknown step '${s}'`);
      }
      if ((r.disclosure === 'not-stated') !== (r.because.disclosure === undefined)) {
        add(['consent', 'rules', i, 'because', 'disclosure'], "a disclosure rests on a step, except 'not-stated', which rests on none");
      }
      r.mustRecord.forEach((m, j) => {
        if (!r.steps.includes(m.step)) add(['consent', 'rules', i, 'mustRecord', j, 'step'], `'${m.step}' is not one of the rule's steps`);
      });
      if ((r.outcome === 'consult' || r.disclosure === 'not-stated') && (r.unanswered ?? []).length === 0) {
        add(
          ['consent', 'rules', i, 'unanswered'],
          `a rule whose outcome is '${r.outcome}' and disclosure '${r.disclosure}' names what the document leaves open`,
        );
      }
      if (r.outcome === 'proceed-without-consent' && r.consentRequired) {
        add(['consent', 'rules', i, 'consentRequired'], 'consent cannot be required where the outcome goes ahead without it');
      }
      r.when.forEach((w, j) =>
        (w.purpose ?? []).forEach((p, k) => {
          if (!c.purposes.includes(p)) add(['consent', 'rules', i, 'when', j, 'purpose', k], `purpose '${p}' is not among the framework's consent purposes`);
        }),
      );
      if (r.outcome === 'do-not-proceed' && r.when.some((w) => w.concern === undefined || w.concern.includes('significant-harm'))) {
        add(['consent', 'rules', i, 'outcome'], 'do-not-proceed must be limited to concerns below significant harm');
      }
    });
  }
  return out;
}

/** Checks a framework against the crosswalks of its scale. */
function crosswalkIssues(fw: FrameworkData, crosswalks: ValidationContext['crosswalks']): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const cw of crosswalks) {
    const side = cw.scales.indexOf(fw.scale.id);
    if (side < 0) continue;
    const ids = new Set(cw.pairs.map((p) => (side === 0 ? p.from : p.to)));
    fw.levels.forEach((l, i) => {
      if (!ids.has(l.id)) {
        out.push({
          path: ['levels', i, 'id'],
          message: `scale '${fw.scale.id}' is crosswalked (${cw.id}); its levels are ${[...ids].join(', ')}, not '${l.id}'`,
        });
      }
    });
  }
  return out;
}

/**
 * Measures: a worse value must never imply a lower level (monotonic
 * escalation). Which direction is worse comes from `QUANTITY_RULES`.
 */
function measureDirectionIssues(fw: FrameworkData): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  type Measured = { level: number; m: NonNullable<FrameworkData['indicators'][number]['measure']>; i: number };
  const byQuantity = new Map<string, Measured[]>();
  fw.indicators.forEach((ind, i) => {
    if (!ind.measure) return;
    const list = byQuantity.get(ind.measure.quantity) ?? [];
    list.push({ level: ind.level, m: ind.measure, i });
    byQuantity.set(ind.measure.quantity, list);
  });
  for (const [q, list] of byQuantity) {
    const worse = QUANTITY_RULES[q as keyof typeof QUANTITY_RULES].worse;
    const sorted = [...list].sort((a, b) => a.level - b.level);
    for (let k = 1; k < sorted.length; k++) {
      const lo = sorted[k - 1]!;
      const hi = sorted[k]!;
      // lower is worse: a higher level's `below` may not exceed a lower level's, and it states no floor;
      // higher is worse: a higher level's `atLeast` may not be smaller, and it is not capped where the lower one is open
      const bad =
        worse === 'lower'
          ? (hi.m.below ?? Infinity) > (lo.m.below ?? Infinity) || hi.m.atLeast !== undefined
          : (hi.m.atLeast ?? -Infinity) < (lo.m.atLeast ?? -Infinity) || (hi.m.atMost !== undefined && hi.m.below === undefined && lo.m.atMost === undefined);
      if (bad && hi.level > lo.level) {
        out.push({
          path: ['indicators', hi.i, 'measure'],
          message: `a worse ${q} must not imply a lower level: this level-${hi.level} threshold is less severe than the level-${lo.level} one`,
        });
      }
    }
  }
  return out;
}

/** Result of validating unknown input. */
export type Validation<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Result of validating unknown input as framework data. */
export type FrameworkValidation = Validation<FrameworkData>;

/**
 * Validates unknown input as framework data: the schema, then cross-references
 * (ids, sources, tags, levels, areas and their cycles, contacts, consent rules),
 * the crosswalks of its scale and the direction of its measures. Lists every
 * problem found with its JSON path.
 */
export function validateFramework(input: unknown, context: ValidationContext): FrameworkValidation {
  const parsed = FrameworkSchema.safeParse(input);
  if (!parsed.success) {
    // list every problem, not just the shape: cross-references too, as far as the shape allows
    const issues = zodIssues(parsed.error);
    try {
      const seen = new Set(issues.map((i) => JSON.stringify(i.path)));
      for (const i of crossReferenceIssues(input as FrameworkData, context.tagIds)) if (!seen.has(JSON.stringify(i.path))) issues.push(i);
    } catch {
      // the shape is too broken to follow references; the schema issues stand
    }
    return { ok: false, issues };
  }
  const issues = [
    ...crossReferenceIssues(parsed.data, context.tagIds),
    ...crosswalkIssues(parsed.data, context.crosswalks),
    ...measureDirectionIssues(parsed.data),
  ];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, data: parsed.data };
}

/** The search thesaurus (data/vocabularies/synonyms.json), as validated. */
export type SynonymVocabularyData = z.infer<typeof SynonymVocabularySchema>;

/**
 * Validates the search thesaurus (data/vocabularies/synonyms.json): the schema,
 * then the search engine's own compilation of it (`compile`: terms stemmed,
 * tags and relations resolved), whose problems (a term that reads as nothing, a
 * term two concepts claim, an unknown tag…) are issues here. The build calls it
 * and ships the compiled vocabulary.
 */
export function validateSynonyms<C>(
  input: unknown,
  context: { readonly compile: (data: SynonymVocabularyData) => { readonly vocabulary: C; readonly problems: readonly string[] } },
): Validation<{ readonly data: SynonymVocabularyData; readonly compiled: C }> {
  const parsed = SynonymVocabularySchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const { vocabulary, problems } = context.compile(parsed.data);
  if (problems.length > 0) return { ok: false, issues: problems.map((message) => ({ path: [], message })) };
  return { ok: true, data: { data: parsed.data, compiled: vocabulary } };
}
