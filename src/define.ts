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
import { validateFramework, type ValidationContext } from './validate.js';

const CONTEXT: ValidationContext = { tagIds: new Set(tags.map((t) => t.id)), crosswalks };

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
    const result = validateFramework(data, CONTEXT);
    if (!result.ok) {
      const issues = result.issues;
      const shown = issues.slice(0, 5).map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`);
      throw new ThresholdError('INVALID_FRAMEWORK', `Invalid framework: ${issues.length} problem(s). ${shown.join('; ')}${issues.length > 5 ? '; …' : ''}`, {
        issues,
      });
    }
    // the dataHash: SHA-256 of the canonical JSON of the validated data, always computed here (a copy of
    // a built-in keeps its old dataHash field when edited: it is replaced, never trusted)
    const dataHash = frameworkHash(result.data);
    // zod's parse output is a fresh copy of the input: sealing it freezes nothing of the caller's
    return sealDefined<Framework>({ ...result.data, dataHash });
  }
}
