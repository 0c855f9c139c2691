/**
 * User-defined frameworks: another local authority's thresholds, validated,
 * frozen and indexed so that every function works on them exactly as on the
 * built-ins.
 * @module
 */
import { sealDefined } from './core.js';
import { readInput } from './input.js';
import { ThresholdError } from './errors.js';
import { crosswalks } from './generated/crosswalks.js';
import { tags } from './generated/tags.js';
import type { Framework } from './model.js';
import { frameworkHash } from './sha256.js';
import type { FrameworkData } from './schema.js';
import { validateFrameworkData, type ValidationIssue } from './validate.js';

const TAG_IDS: ReadonlySet<string> = new Set(tags.map((t) => t.id));

/** Checks a schema-valid framework against the crosswalks and the direction of its measures. */
function semanticIssues(fw: FrameworkData): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  // a framework on a crosswalked scale must use that scale's level ids
  for (const cw of crosswalks) {
    const side = cw.scales.indexOf(fw.scale.id);
    if (side < 0) continue;
    const ids = new Set(cw.pairs.map((p) => (side === 0 ? p.from : p.to)));
    fw.levels.forEach((l, i) => {
      if (!ids.has(l.id)) {
        out.push({ path: ['levels', i, 'id'], message: `scale '${fw.scale.id}' is crosswalked (${cw.id}); its levels are ${[...ids].join(', ')}, not '${l.id}'` });
      }
    });
  }
  // measures: a worse value must never imply a lower level (monotonic escalation)
  const byQuantity = new Map<string, { level: number; m: NonNullable<FrameworkData['indicators'][number]['measure']>; i: number }[]>();
  fw.indicators.forEach((ind, i) => {
    if (!ind.measure) return;
    const list = byQuantity.get(ind.measure.quantity) ?? [];
    list.push({ level: ind.level, m: ind.measure, i });
    byQuantity.set(ind.measure.quantity, list);
  });
  for (const [q, list] of byQuantity) {
    const sorted = [...list].sort((a, b) => a.level - b.level);
    for (let k = 1; k < sorted.length; k++) {
      const lo = sorted[k - 1]!;
      const hi = sorted[k]!;
      // attendance: lower is worse, so a higher level's `below` may not exceed a lower level's;
      // missing episodes: higher is worse, so a higher level's `atLeast` may not be smaller
      const bad =
        q === 'attendancePercent'
          ? (hi.m.below ?? Infinity) > (lo.m.below ?? Infinity) || hi.m.atLeast !== undefined
          : (hi.m.atLeast ?? -Infinity) < (lo.m.atLeast ?? -Infinity) || (hi.m.atMost !== undefined && hi.m.below === undefined && lo.m.atMost === undefined);
      if (bad && hi.level > lo.level) {
        out.push({ path: ['indicators', hi.i, 'measure'], message: `a worse ${q} must not imply a lower level: this level-${hi.level} threshold is less severe than the level-${lo.level} one` });
      }
    }
  }
  return out;
}

/**
 * Validates a user-supplied framework (the zod schemas plus cross-reference
 * checks: areas, levels, tags, measures, crosswalk references, unique ids,
 * ascending ranks), then deep-freezes it, so that every function of this
 * package works on it as on the built-ins. The input is copied: later changes
 * to it have no effect. Its `dataHash` (SHA-256 of its canonical JSON) is
 * computed here; a `dataHash` in the input is replaced. A new edition of a
 * built-in framework (the same `id`, other data) is accepted: its answers
 * carry its own edition and hash in their `provenance`.
 *
 * @param input - framework data in the format of `data/frameworks/*.json` (see docs/data-format.md)
 * @returns the frozen framework
 * @throws `ThresholdError` (from the root entry) `INVALID_FRAMEWORK` whose `issues` list every problem with its JSON path
 * @category Frameworks
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { resolveLevel } from 'safeguarding-thresholds';
 * import { defineFramework } from 'safeguarding-thresholds/define';
 * // a small illustrative framework shipped with the docs
 * const mine = defineFramework(JSON.parse(readFileSync('docs/examples/example-borough.json', 'utf8')));
 * resolveLevel(mine, { indicators: ['housing-no-fixed-address'] }).level.id;
 * //=> 'level-3'
 * ```
 */
export function defineFramework(input: unknown): Framework {
  // read once into plain data (the only guarded step); validate and seal the copy
  const data = readInput('defineFramework', 'framework', input, 'INVALID_FRAMEWORK');
  {
    const result = validateFrameworkData(data, TAG_IDS);
    const issues = [...(result.ok ? semanticIssues(result.data) : result.issues)];
    // the dataHash: SHA-256 of the canonical JSON of the validated data, always computed here (a copy of
    // a built-in keeps its old dataHash field when edited: it is replaced, never trusted)
    const dataHash = result.ok ? frameworkHash(result.data) : '';
    if (!result.ok || issues.length > 0) {
      const shown = issues.slice(0, 5).map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`);
      throw new ThresholdError(
        'INVALID_FRAMEWORK',
        `Invalid framework: ${issues.length} problem(s). ${shown.join('; ')}${issues.length > 5 ? '; …' : ''}`,
        { issues },
      );
    }
    // zod's parse output is a fresh copy of the input: sealing it freezes nothing of the caller's
    return sealDefined<Framework>({ ...result.data, dataHash });
  }
}
