/**
 * DfE Children in Need census assessment factor codes read off an assessment:
 * what a council's data team returns in the CIN census, each code with the
 * descriptors that evidence it, and the codes the data cannot decide.
 * @module
 */
import { freezeResult, indexOf, contentIndex, own } from './core.js';
import { otherIndicatorHint } from './indicator-hint.js';
import { describe, invalid, unknown as unknownValue } from './errors.js';
import { readInput } from './input.js';
import { broaderTag, cinFactors, cinOfTag } from './generated/tag-index.js';
import type { CensusAbuser, CensusPerson } from './enums.js';
import type { Framework, FrameworkIds, Indicator } from './model.js';
import { resolveIndexed, type Assessment, type Resolution } from './resolve.js';

/** A census code and the descriptors that evidence it. @category Census */
export interface CensusFactor<Ids extends FrameworkIds = FrameworkIds> {
  /** the census code, e.g. `4B` */
  readonly code: string;
  /** the factor's name, e.g. `Mental health` */
  readonly name: string;
  /** the observed or derived needs that evidence it, in the resolution's order */
  readonly indicators: readonly Indicator<Ids['indicator'], Ids['area']>[];
  /** the tags through which they evidence it */
  readonly tags: readonly string[];
}

/** A factor the descriptors point to whose exact code the data cannot decide. @category Census */
export interface UndeterminedFactor<Ids extends FrameworkIds = FrameworkIds> {
  /** the codes it could be, e.g. `['4A', '4B', '4C']` */
  readonly candidates: readonly string[];
  /** the factor names of the candidates */
  readonly name: string;
  readonly indicators: readonly Indicator<Ids['indicator'], Ids['area']>[];
  readonly tags: readonly string[];
  /** what the descriptors do not say, for a person deciding the code */
  readonly reason: string;
}

/** The result of {@link censusFactors}. @category Census */
export interface CensusFactors<Ids extends FrameworkIds = FrameworkIds> {
  readonly framework: Ids['framework'];
  /** the codes the descriptors decide, in census order (what the data team returns, e.g. `["3B", "16A"]`) */
  readonly codes: readonly string[];
  readonly factors: readonly CensusFactor<Ids>[];
  /** factors whose code the descriptors leave open: a person decides (never guessed) */
  readonly undetermined: readonly UndeterminedFactor<Ids>[];
  /** what the codes are and are not */
  readonly note: string;
  /** where the codes come from */
  readonly source: string;
}

// one suffix for every value of the enumerations (a value added there without a suffix here does not compile)
const PERSON_SUFFIX = { child: 'A', 'parent-or-carer': 'B', 'other-household-member': 'C' } as const satisfies Record<CensusPerson, string>;
const ABUSER_SUFFIX = { 'another-child': 'B', 'an-adult': 'C' } as const satisfies Record<CensusAbuser, string>;

/** The factor a code belongs to: `4B` → `4`, `18C` → `18`; codes without person or abuser suffixes stand alone. */
function family(code: string): string {
  const m = /^(\d+)([A-Z]?)$/.exec(code);
  if (!m) return code;
  const n = Number(m[1]);
  return (n >= 1 && n <= 6) || n === 18 || n === 19 || n === 8 ? m[1]! : code;
}
const nameOf = (code: string): string => own(cinFactors.names, code) ?? own(cinFactors.names, family(code)) ?? code;
const order = (a: string, b: string): number => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b);

function isNarrower(tag: string, than: string): boolean {
  for (let t = own(broaderTag, tag); t; t = own(broaderTag, t)) if (t === than) return true;
  return false;
}

function needsOf(ix: ReturnType<typeof indexOf>, input: unknown): readonly Indicator[] {
  if (input !== null && typeof input === 'object' && !Array.isArray(input) && 'needs' in input) {
    // a Resolution (or its JSON): its needs, observed and derived
    const r = input as { framework?: unknown; needs?: unknown };
    if (r.framework !== ix.fw.id) {
      invalid('INVALID_INPUT', `censusFactors: the resolution is of framework ${describe(r.framework)}, not ${ix.fw.id}`, [
        { path: ['framework'], message: `expected '${ix.fw.id}'` },
      ]);
    }
    if (!Array.isArray(r.needs))
      invalid('INVALID_INPUT', `censusFactors: resolution.needs must be an array; received ${describe(r.needs)}`, [
        { path: ['needs'], message: 'expected an array' },
      ]);
    return (r.needs as unknown[]).map((n, i) => {
      const id = n !== null && typeof n === 'object' ? (n as { id?: unknown }).id : undefined;
      const ind = typeof id === 'string' ? contentIndex(ix).indicatorById.get(id) : undefined;
      if (ind === undefined)
        unknownValue(
          'UNKNOWN_INDICATOR',
          `indicator of ${ix.fw.id}`,
          id,
          contentIndex(ix).indicatorIds,
          ` at resolution.needs[${i}]`,
          otherIndicatorHint(ix.fw, id),
        );
      return ind;
    });
  }
  return resolveIndexed(ix, input, 'censusFactors').needs;
}

/**
 * The DfE Children in Need census assessment factor codes an assessment (or a
 * {@link resolveLevel} result) evidences, each with the needs that evidence it —
 * what a council's data team returns in the CIN census. Codes come from the tag
 * vocabulary; where a factor's code depends on whose need it is (1–6: A the
 * child, B a parent or carer, C another household member) or who abused the child
 * (18–19: B another child, C an adult), the descriptor's own wording decides
 * (`census` in the data), and where it does not, the factor is returned in
 * `undetermined` with its candidate codes: never guessed. Strengths evidence
 * no factor. A practitioner's assessment decides the codes; this is a starting list.
 *
 * @param fw - any framework
 * @param assessmentOrResult - an assessment as for {@link resolveLevel}, or its result
 * @throws {@link ThresholdError} as {@link resolveLevel}; `INVALID_INPUT` for a result of another framework
 * @category Census
 * @example
 * ```ts
 * import { censusFactors, staffordshire } from 'safeguarding-thresholds';
 * const c = censusFactors(staffordshire, { indicators: ['other-unaccompanied-refuge-asylum-seeker', 'guidance-parents-struggle-refuse-set'] });
 * c.codes;
 * //=> [ '9A', '18C' ]
 * c.factors.map((f) => f.name);
 * //=> [ 'Unaccompanied asylum-seeking child', 'Physical abuse' ]
 * ```
 */
export function censusFactors<Ids extends FrameworkIds>(fw: Framework<Ids>, assessmentOrResult: Assessment<Ids> | Resolution<Ids>): CensusFactors<Ids> {
  const ix = indexOf(fw, 'censusFactors');
  const needs = needsOf(ix, readInput('censusFactors', 'assessmentOrResult', assessmentOrResult, 'INVALID_INPUT'));
  {
    const decided = new Map<string, { indicators: Indicator[]; tags: Set<string> }>();
    const open = new Map<string, { candidates: string[]; indicators: Indicator[]; tags: Set<string>; reasons: Set<string> }>();
    const add = <V extends { indicators: Indicator[]; tags: Set<string> }>(map: Map<string, V>, key: string, make: () => V, ind: Indicator, tag: string): V => {
      let v = map.get(key);
      if (v === undefined) map.set(key, (v = make()));
      if (!v.indicators.includes(ind)) v.indicators.push(ind);
      v.tags.add(tag);
      return v;
    };
    for (const ind of needs) {
      const coded = ind.tags.filter((t) => own(cinOfTag, t) !== undefined);
      // a narrower tag with codes of the same factor (parental-mental-health, 4B) speaks for its broader one (mental-health, 4A/4B/4C);
      // one of another factor (self-harm, 15A) does not
      const familiesOf = (t: string): Set<string> => new Set(own(cinOfTag, t)!.map(family));
      const specific = coded.filter((t) => !coded.some((o) => o !== t && isNarrower(o, t) && [...familiesOf(o)].some((f) => familiesOf(t).has(f))));
      for (const tag of specific) {
        const codes = own(cinOfTag, tag)!;
        const families = [...new Set(codes.map(family))];
        const person = ind.census?.person;
        const abuser = ind.census?.abuseBy;
        const bySuffix = (fam: string, cs: readonly string[]): readonly string[] => {
          const n = Number(fam);
          if (n >= 1 && n <= 6 && person) return cs.filter((c) => c.endsWith(PERSON_SUFFIX[person]));
          if ((n === 18 || n === 19) && abuser) return cs.filter((c) => c.endsWith(ABUSER_SUFFIX[abuser]));
          return cs;
        };
        if (families.length > 1) {
          const candidates = families
            .flatMap((f) =>
              bySuffix(
                f,
                codes.filter((c) => family(c) === f),
              ),
            )
            .sort(order);
          const reason = `The descriptor is tagged "${tag}", which spans ${families.map((f) => nameOf(f).toLowerCase()).join(' and ')}; it does not say which.`;
          add(open, candidates.join(','), () => ({ candidates, indicators: [], tags: new Set<string>(), reasons: new Set<string>() }), ind, tag).reasons.add(
            reason,
          );
          continue;
        }
        const fam = families[0]!;
        const candidates = [...bySuffix(fam, codes)].sort(order);
        if (candidates.length === 1) {
          add(decided, candidates[0]!, () => ({ indicators: [], tags: new Set<string>() }), ind, tag);
          continue;
        }
        const n = Number(fam);
        const reason =
          n >= 1 && n <= 6
            ? 'The descriptor does not say whose need it is (A the child, B a parent or carer, C another household member).'
            : n === 18 || n === 19
              ? 'The descriptor does not say who abused the child (B another child, C an adult).'
              : n === 8
                ? 'The code depends on the circumstances of the private fostering arrangement, which the descriptor does not state.'
                : `The descriptor is tagged "${tag}", which maps onto several codes.`;
        add(open, candidates.join(','), () => ({ candidates, indicators: [], tags: new Set<string>(), reasons: new Set<string>() }), ind, tag).reasons.add(
          reason,
        );
      }
    }
    const factors = [...decided.entries()]
      .sort(([a], [b]) => order(a, b))
      .map(([code, v]) => ({ code, name: nameOf(code), indicators: v.indicators, tags: [...v.tags] }));
    const undetermined = [...open.values()]
      .sort((a, b) => order(a.candidates[0]!, b.candidates[0]!) || a.candidates.length - b.candidates.length)
      .map((v) => ({
        candidates: v.candidates,
        name: [...new Set(v.candidates.map(nameOf))].join(' or '),
        indicators: v.indicators,
        tags: [...v.tags],
        reason: [...v.reasons].join(' '),
      }));
    return freezeResult({
      framework: ix.fw.id,
      codes: factors.map((f) => f.code),
      factors,
      undetermined,
      note: 'Codes read off the descriptors through the tag vocabulary, for a data team to check against the assessment. The CIN census records the factors identified at the end of a social-care assessment; a practitioner decides them. Codes the descriptors leave open are listed under undetermined, never guessed.',
      source: cinFactors.source,
    });
  }
}
