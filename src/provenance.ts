/**
 * Provenance: which framework, which edition of its document, which data
 * (by hash) and which version of this package produced an answer. Every
 * answer carries one, built here, so that a stored answer can be audited and
 * replayed years later.
 * @module
 */
import { indexOf } from './core.js';
import { library } from './generated/version.js';
import type { Edition, Framework } from './model.js';

/**
 * Where an answer comes from: the framework id, the edition of its document as
 * printed (absent when the framework states none), the SHA-256 of the
 * framework's data, and `safeguarding-thresholds@<version>`.
 * @category Provenance
 */
export interface Provenance {
  readonly framework: string;
  readonly edition?: Edition;
  readonly dataHash: string;
  readonly library: string;
}

/** The provenance of a crosswalk answer: the source framework's, plus the target framework's under `to`. @category Provenance */
export interface CrosswalkProvenance extends Provenance {
  readonly to: Provenance;
}

const cache = new WeakMap<object, Provenance>();
/** provenance object → the framework it describes, so a record can read the data of the answer's framework */
const frameworkOf = new WeakMap<Provenance, Framework>();

/** The framework whose {@link provenance} object this is, when the object came from this package unchanged. @internal */
export function frameworkOfProvenance(p: unknown): Framework | undefined {
  return typeof p === 'object' && p !== null ? frameworkOf.get(p as Provenance) : undefined;
}

/**
 * The provenance of answers computed under a framework (deep-frozen, the same
 * object for every answer of that framework).
 * @category Provenance
 * @example
 * ```ts
 * import { provenanceOf, staffordshire } from 'safeguarding-thresholds';
 * const p = provenanceOf(staffordshire);
 * [p.framework, p.edition?.published, p.dataHash.length, p.library.startsWith('safeguarding-thresholds@')];
 * //=> [ 'staffordshire', 'April 2022', 64, true ]
 * ```
 */
export function provenanceOf(fw: Framework): Provenance {
  return provenance(indexOf(fw, 'provenanceOf').fw);
}

/** {@link provenanceOf} without the argument check, for the functions that already checked it. @internal */
export function provenance(fw: Framework): Provenance {
  let p = cache.get(fw);
  if (p === undefined) {
    p = Object.freeze(
      fw.edition === undefined
        ? { framework: fw.id, dataHash: fw.dataHash, library }
        : { framework: fw.id, edition: fw.edition, dataHash: fw.dataHash, library },
    );
    cache.set(fw, p);
    frameworkOf.set(p, fw);
  }
  return p;
}

/** The provenance of a crosswalk answer from `from` to `to`. @internal */
export function crosswalkProvenance(from: Framework, to: Framework): CrosswalkProvenance {
  return Object.freeze({ ...provenance(from), to: provenance(to) });
}
