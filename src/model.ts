/**
 * Public types of the domain model. They are inferred from the zod schemas in
 * `schema.ts` (type-only: importing them costs nothing at run time) and made
 * deeply read-only, with literal id types for the built-in frameworks.
 * @module
 */
import type { z } from 'zod';
import type * as S from './schema.js';

/** Deeply read-only version of a type. @category Model */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** Where an item comes from: `document` (an id in the framework's `documents`), `section`, `page?`. @category Model */
export type SourceRef = DeepReadonly<z.infer<typeof S.SourceRefSchema>>;
/** A source document a framework cites. @category Model */
export type SourceDocument = DeepReadonly<z.infer<typeof S.DocumentSchema>>;
/** What needs to happen at a level: verbatim text plus a structured form comparable across frameworks. @category Model */
export type LevelAction = DeepReadonly<z.infer<typeof S.ActionSchema>>;
/** The kind of response a level calls for, comparable across frameworks. @category Model */
export type ResponseKind = z.infer<typeof S.ResponseSchema>;
/** A support service the source names for a level. @category Model */
export type Service = DeepReadonly<z.infer<typeof S.ServiceSchema>>;
/** A numeric threshold stated by an indicator's text. @category Model */
export type Measure = DeepReadonly<z.infer<typeof S.MeasureSchema>>;
/** A numeric quantity an assessment can carry: `attendancePercent`, `missingEpisodesLast90Days`. @category Model */
export type Quantity = z.infer<typeof S.QuantitySchema>;
/** A contact (phone, email, hours) the source names. @category Model */
export type Contact = DeepReadonly<z.infer<typeof S.ContactSchema>>;
/** Office hours of a contact, in Europe/London local time. @category Model */
export type OfficeHours = DeepReadonly<z.infer<typeof S.HoursSchema>>;
/** A special pathway (e.g. Stoke-on-Trent's Prevent referral) and the tags that trigger it. @category Model */
export type Route = DeepReadonly<z.infer<typeof S.RouteSchema>>;
/** One of the three practice questions. @category Model */
export type PracticeQuestion = DeepReadonly<z.infer<typeof S.PracticeQuestionSchema>>;
/** The edition of a framework's document as printed: `title`, and `publisher?`, `published?`, `version?`, `retrieved?` where known (absent is absent). @category Provenance */
export type Edition = DeepReadonly<z.infer<typeof S.EditionSchema>>;
/** A verbatim statement of the source with its reference. @category Model */
export type Statement = DeepReadonly<z.infer<typeof S.StatementSchema>>;
/** An advisory statement of the source about combining indicators or strengths. @category Model */
export type FrameworkConsideration = Statement & { readonly id: string };
/** A link the source prints (website, directory, referral form). @category Model */
export type Link = DeepReadonly<z.infer<typeof S.LinkSchema>>;
/** A level at which the source as supplied prints no descriptors for some areas. @category Model */
export type Gap = DeepReadonly<z.infer<typeof S.GapSchema>>;
/** A statement of the source tied to the levels or tags it speaks to. @category Model */
export type FrameworkStatement = DeepReadonly<NonNullable<z.infer<typeof S.FrameworkSchema>['statements']>[number]>;
/** A tag of the shared controlled vocabulary. @category Model */
export type Tag = DeepReadonly<z.infer<typeof S.TagSchema>>;
/** `'need'` or `'strength'`. @category Model */
export type IndicatorKind = 'need' | 'strength';

/** A level of need, e.g. Stoke-on-Trent's `getting-help` (rank 3). @category Model */
export type Level<L extends string = string> = DeepReadonly<Omit<z.infer<typeof S.LevelSchema>, 'id'>> & {
  readonly id: L;
};

/** An outcome (Stoke-on-Trent) or a domain / sub-domain (Staffordshire, with `parent`). @category Model */
export type Area<A extends string = string> = DeepReadonly<Omit<z.infer<typeof S.AreaSchema>, 'id' | 'parent'>> & {
  readonly id: A;
  readonly parent?: A;
};

/** A descriptor of the source, verbatim, with its level, area, kind, tags and source. @category Model */
export type Indicator<I extends string = string, A extends string = string> = DeepReadonly<
  Omit<z.infer<typeof S.IndicatorSchema>, 'id' | 'area'>
> & {
  readonly id: I;
  readonly area: A;
};

/** The id types of a framework. @category Model */
export interface FrameworkIds {
  readonly framework: string;
  readonly level: string;
  readonly area: string;
  readonly indicator: string;
}

/**
 * A threshold framework: levels, areas, indicators, contacts and routes, every
 * item citing its source. Deep-frozen.
 * @category Model
 */
export type Framework<Ids extends FrameworkIds = FrameworkIds> = DeepReadonly<
  Omit<z.infer<typeof S.FrameworkSchema>, 'id' | 'levels' | 'areas' | 'indicators' | 'dataHash'>
> & {
  readonly id: Ids['framework'];
  /** SHA-256 of the framework's canonical JSON (see docs/data-format.md), computed by the build or by `defineFramework` */
  readonly dataHash: string;
  readonly levels: readonly Level<Ids['level']>[];
  readonly areas: readonly Area<Ids['area']>[];
  readonly indicators: readonly Indicator<Ids['indicator'], Ids['area']>[];
};

/** Level id of a framework type. @category Model */
export type LevelIdOf<F> = F extends Framework<infer Ids> ? Ids['level'] : never;
/** Area id of a framework type. @category Model */
export type AreaIdOf<F> = F extends Framework<infer Ids> ? Ids['area'] : never;
/** Indicator id of a framework type. @category Model */
export type IndicatorIdOf<F> = F extends Framework<infer Ids> ? Ids['indicator'] : never;
