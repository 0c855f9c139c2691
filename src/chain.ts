/**
 * Chaining answers: from a resolved level to the consent `concern`, and from a
 * triggered route to the consent `purpose`, each grounded in a quoted sentence
 * of the framework's own document.
 * @module
 */
import { provenance, type Provenance } from './provenance.js';
import { freezeResult, indexOf } from './core.js';
import type { Concern, Purpose } from './consent.js';
import { fail } from './errors.js';
import { Checker, readInput } from './input.js';
import { checkLevel } from './lookup.js';
import type { Framework, FrameworkIds, Level, Route, SourceRef } from './model.js';

/** The result of {@link consentConcernFor}. @category Consent */
export interface LevelConcern<L extends string = string> {
  readonly level: Level<L>;
  /** the concern to pass to `decideConsent`: the highest the level's definition supports (never a lower one) */
  readonly concern: Concern;
  /** every concern the definition spans, ascending; more than one when the level straddles */
  readonly within: readonly Concern[];
  /** true when the definition spans more than one concern: a practitioner may judge the lower one, and must record why */
  readonly straddles: boolean;
  /** the sentence of the level's definition the mapping rests on, verbatim, with its source */
  readonly basis: { readonly text: string; readonly source: SourceRef };
  /** framework, edition, dataHash and package version that produced this answer */
  readonly provenance: Provenance;
  /** why, for a person */
  readonly note: string;
}

interface Grounding {
  readonly within: readonly Concern[];
  readonly text: string;
  readonly note: string;
}

/**
 * The library's reading of each built-in level definition. Each `text` must be
 * a sentence of that level's `description` (checked at run time and by the
 * tests); a level without an entry, or whose text no longer contains the
 * sentence, has no grounded mapping.
 */
const GROUNDS: Readonly<Record<string, Readonly<Record<string, Grounding>>>> = {
  'stoke-on-trent': {
    thriving: { within: ['wellbeing'], text: 'Children who make good overall progress in all areas of development.', note: 'no additional need: wellbeing' },
    'getting-advice': {
      within: ['wellbeing'],
      text: 'Children and young people are adjusting to life circumstances and may require advice, guidance and signposting to navigate these.',
      note: 'advice and signposting: wellbeing',
    },
    'getting-help': {
      within: ['wellbeing'],
      text: 'Children whose health and wellbeing may be adversely affected and would benefit from focused, evidence-based support.',
      note: 'health and wellbeing that may be adversely affected: wellbeing',
    },
    'getting-more-help': {
      within: ['wellbeing', 'child-in-need'],
      text: 'Children whose health or development is being impaired or there is a high risk of impairment.',
      note: 'the document places this level in early help, yet defines it by impaired health or development, the wording of a child in need (Children Act 1989 s17): it straddles wellbeing and child in need, and the higher is taken',
    },
    'getting-risk-support': {
      within: ['significant-harm'],
      text: 'Children who are experiencing significant harm or where there is likelihood of significant harm.',
      note: 'significant harm or its likelihood: significant harm',
    },
  },
  staffordshire: {
    universal: {
      within: ['wellbeing'],
      text: 'Children and young people at this level are achieving expected outcomes.',
      note: 'expected outcomes achieved: wellbeing',
    },
    'universal-plus': {
      within: ['wellbeing'],
      text: 'Children and young people whose needs are met through additional support that may involve support from one or more agencies, coordinated by using the Early Help Assessment.',
      note: 'needs met through early help: wellbeing',
    },
    'targeted-early-help': {
      within: ['wellbeing'],
      text: 'Children and Young People at this level have diverse and complex needs and targeted, multi-agency support services are required and are supported by a clear co-ordinated action plan without the need for statutory social work intervention',
      note: 'complex needs met without statutory social work intervention: wellbeing (a child in need under s17 is statutory work, which this level excludes)',
    },
    'statutory-specialist': {
      within: ['child-in-need', 'significant-harm'],
      text: 'Children and young people at this level who require specialist services to respond to or prevent significant harm (S47) and children whose health & development maybe significantly impaired without the provision of help and support (S17) statutory social work intervention.',
      note: 'the level holds both significant harm (s47) and children in need (s17): it straddles child in need and significant harm, and the higher is taken',
    },
  },
};

/**
 * The consent `concern` for a level of a built-in framework, to chain
 * `resolveLevel` into `decideConsent`: the highest concern the level's own
 * definition supports, with that sentence quoted. Where a definition spans two
 * concerns (Stoke-on-Trent's Getting More Help; Staffordshire's Statutory /
 * Specialist), `straddles` says so and `within` lists both; the higher is
 * returned, never the lower — a practitioner who judges the lower one passes
 * it to `decideConsent` themselves and records why.
 *
 * @param fw - a built-in framework
 * @param level - a rank or level id, e.g. `resolveLevel(...).level.id`
 * @throws {@link ThresholdError} `UNKNOWN_LEVEL`; `INVALID_INPUT` for a framework whose level definitions the library has no grounded reading of (a `defineFramework` result): decide the concern with professional judgement
 * @category Consent
 * @example
 * ```ts
 * import { consentConcernFor, decideConsent, resolveLevel, stokeOnTrent } from 'safeguarding-thresholds';
 * const r = resolveLevel(stokeOnTrent, { indicators: ['abuse-and-exploitation-fgm-occurred-or-suspected'] });
 * const c = consentConcernFor(stokeOnTrent, r.level.id);
 * [c.concern, c.straddles, c.basis.text];
 * //=> [ 'significant-harm', false, 'Children who are experiencing significant harm or where there is likelihood of significant harm.' ]
 * decideConsent(stokeOnTrent, { purpose: 'referral-to-childrens-social-care', concern: c.concern, consent: 'refused', approval: 'granted' }).outcome;
 * //=> 'proceed-without-consent'
 * consentConcernFor(stokeOnTrent, 'getting-more-help').within;
 * //=> [ 'wellbeing', 'child-in-need' ]
 * ```
 */
export function consentConcernFor<Ids extends FrameworkIds>(fw: Framework<Ids>, level: Ids['level'] | number): LevelConcern<Ids['level']> {
  const ix = indexOf(fw, 'consentConcernFor');
  const c = new Checker('consentConcernFor', 'level', 'UNKNOWN_LEVEL');
  const lv = checkLevel(c, ix, readInput('consentConcernFor', 'level', level, 'UNKNOWN_LEVEL'), []);
  c.done();
  const g = GROUNDS[ix.fw.id]?.[lv!.id];
  if (g === undefined || !lv!.description.includes(g.text)) {
    fail('consentConcernFor', 'INVALID_INPUT', [
      {
        path: [],
        message: `The library has no reading of the definition of level ${JSON.stringify(lv!.id)} of ${ix.fw.id} grounded in a quoted sentence; decide the consent concern with professional judgement.`,
      },
    ]);
  }
  const concern = g.within[g.within.length - 1]!;
  return freezeResult({
    level: lv as Level<Ids['level']>,
    concern,
    within: [...g.within],
    straddles: g.within.length > 1,
    basis: { text: g.text, source: lv!.source },
    note: `${ix.fw.area}, ${lv!.name} (level ${lv!.rank}): ${g.note}.`,
    provenance: provenance(ix.fw),
  });
}

/** The result of {@link consentPurposeFor}. @category Consent */
export interface RoutePurpose {
  readonly route: Route;
  /** the consent purpose to pass to `decideConsent` */
  readonly purpose: Purpose;
  /** the route's own sentence, verbatim, with its source */
  readonly basis: { readonly text: string; readonly source: SourceRef };
  /** framework, edition, dataHash and package version that produced this answer */
  readonly provenance: Provenance;
}

/**
 * The consent `purpose` for a route (special pathway) of a framework, to chain
 * a triggered route of `resolveLevel` into `decideConsent`: a route whose id is
 * one of the framework's consent purposes (Stoke-on-Trent's Prevent referral)
 * maps to it, grounded in the route's own sentence.
 *
 * @param fw - any framework
 * @param route - a route id, e.g. `resolveLevel(...).guidance.routes[0].route.id`
 * @throws {@link ThresholdError} `INVALID_INPUT` for an unknown route id; `UNSUPPORTED_PURPOSE` when the framework states no consent rules for the route
 * @category Consent
 * @example
 * ```ts
 * import { consentPurposeFor, decideConsent, resolveLevel, stokeOnTrent } from 'safeguarding-thresholds';
 * const r = resolveLevel(stokeOnTrent, { indicators: ['abuse-and-exploitation-risk-radicalisation-extremism'] });
 * const p = consentPurposeFor(stokeOnTrent, r.guidance.routes[0].route.id);
 * p.purpose;
 * //=> 'prevent-referral'
 * decideConsent(stokeOnTrent, { purpose: p.purpose, concern: 'significant-harm', consent: 'not-yet-sought' }).disclosure;
 * //=> 'do-not-disclose'
 * ```
 */
export function consentPurposeFor<Ids extends FrameworkIds>(fw: Framework<Ids>, route: string): RoutePurpose {
  const ix = indexOf(fw, 'consentPurposeFor');
  const id = readInput('consentPurposeFor', 'route', route, 'INVALID_INPUT');
  const c = new Checker('consentPurposeFor', 'route', 'INVALID_INPUT');
  const found = typeof id === 'string' ? ix.fw.routes.find((r) => r.id === id) : undefined;
  if (found === undefined) {
    c.unknown(
      [],
      'INVALID_INPUT',
      `a route of ${ix.fw.id}`,
      id,
      ix.fw.routes.map((r) => r.id),
      ix.fw.routes.length === 0 ? ` ${ix.fw.id} has no routes.` : '',
    );
  }
  c.done();
  const purposes: readonly string[] = ix.fw.consent?.purposes ?? [];
  if (!purposes.includes(found!.id)) {
    fail('consentPurposeFor', 'UNSUPPORTED_PURPOSE', [
      {
        path: [],
        message: `${ix.fw.id} states no consent rules for the route ${JSON.stringify(found!.id)}; its consent purposes are ${purposes.join(', ') || 'none'}.`,
      },
    ]);
  }
  return freezeResult({ route: found!, purpose: found!.id as Purpose, basis: { text: found!.text, source: found!.source }, provenance: provenance(ix.fw) });
}
