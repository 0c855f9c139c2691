/**
 * Public types of the domain model, written as plain read-only types so that
 * the root entry's declarations carry no zod types. `schema/model-check.ts` checks at
 * compile time that each of them is exactly the read-only form of what its zod
 * schema accepts: a field added to one and not the other does not compile.
 * @module
 */
import type { CensusAbuser, CensusPerson, ContactRole, EarlyHelpAssessment, IndicatorKind, PracticeQuestionId, Quantity, ResponseKind } from './enums.js';
import type { Approval, Concern, ConsentOutcome, ConsentState, Disclosure, Purpose, RecordField, RouteDisclosure } from './enums.js';

export type { IndicatorKind, Quantity, ResponseKind } from './enums.js';

/** Where an item comes from: `document` (an id in the framework's `documents`), `section`, `page?`. @category Model */
export interface SourceRef {
  /** id of an entry in the framework's `documents` (or of a shared reference) */
  readonly document: string;
  /** the section heading as printed, narrowed with ' › ' where useful */
  readonly section: string;
  /** printed page number, where the source shows one */
  readonly page?: number | undefined;
}
/** A source document a framework cites. @category Model */
export interface SourceDocument {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly published: string;
  /** file name of the copy the data was encoded from, where there is one */
  readonly file?: string | undefined;
  readonly url?: string | undefined;
}
/** What needs to happen at a level: verbatim text plus a structured form comparable across frameworks. @category Model */
export interface LevelAction {
  /** what needs to happen, verbatim */
  readonly text: string;
  /** the kind of response, comparable across frameworks */
  readonly response: ResponseKind;
  /** what the source says about an Early Help Assessment at this level */
  readonly earlyHelpAssessment: EarlyHelpAssessment;
  /** whether the source asks for a request for service / referral to Children's Social Care */
  readonly requestForService: boolean;
  readonly source: SourceRef;
}
/** A support service the source names for a level. @category Model */
export interface Service {
  readonly name: string;
  readonly source: SourceRef;
}
/** A numeric threshold stated by an indicator's text, met by a value within every bound given. @category Model */
export interface Measure {
  readonly quantity: Quantity;
  /** value < below */
  readonly below?: number | undefined;
  /** value >= atLeast */
  readonly atLeast?: number | undefined;
  /** value <= atMost */
  readonly atMost?: number | undefined;
}
/** Office hours of a contact in Europe/London local time; `opens` inclusive, `closes` exclusive. @category Model */
export interface OfficeHours {
  /** ISO weekdays: 1 = Monday … 7 = Sunday */
  readonly days: readonly number[];
  /** local time HH:MM, inclusive */
  readonly opens: string;
  /** local time HH:MM, exclusive */
  readonly closes: string;
}
/** A contact (phone, email, hours) the source names. @category Model */
export interface Contact {
  readonly id: string;
  readonly name: string;
  /** what the contact is for, as a role the library understands */
  readonly role: ContactRole;
  readonly phone?: string | undefined;
  readonly email?: string | undefined;
  readonly url?: string | undefined;
  /** office hours; absent means always available */
  readonly hours?: readonly OfficeHours[] | undefined;
  /** when the source says to use it, verbatim */
  readonly when: string;
  /** ranks of the levels at which the source sends you to this contact; absent: not tied to a level */
  readonly levels?: readonly number[] | undefined;
  /** the source's own words on urgency, where it gives them (e.g. "for emergency safeguarding referrals") */
  readonly urgency?: { readonly urgent: boolean; readonly text: string; readonly source: SourceRef } | undefined;
  /** the sentence saying the office is closed on bank holidays; absent: the source does not say (contactFor then states its assumption) */
  readonly closedOnBankHolidays?: Statement | undefined;
  readonly source: SourceRef;
}
/** A special pathway (e.g. Stoke-on-Trent's Prevent referral) and the tags that trigger it. @category Model */
export interface Route {
  readonly id: string;
  readonly name: string;
  /** the route is triggered when an observed need indicator carries one of these tags */
  readonly triggerTags: readonly string[];
  /** what to do, verbatim */
  readonly text: string;
  readonly disclosure: RouteDisclosure;
  readonly contact?: string | undefined;
  readonly source: SourceRef;
}
/** One of the three practice questions. @category Model */
export interface PracticeQuestion {
  readonly id: PracticeQuestionId;
  readonly text: string;
  readonly source: SourceRef;
}
/** The edition of a framework's document as printed: `title`, and `publisher?`, `published?`, `version?`, `retrieved?` where known (absent is absent). @category Provenance */
export interface Edition {
  /** the title as printed */
  readonly title: string;
  /** the publisher as printed, where the document prints one */
  readonly publisher?: string | undefined;
  /** the publication date as printed (e.g. 'April 2022'), where the document prints one */
  readonly published?: string | undefined;
  /** the version or edition label as printed, where the document prints one */
  readonly version?: string | undefined;
  /** when the copy encoded was retrieved (ISO date), where known */
  readonly retrieved?: string | undefined;
}
/** A verbatim statement of the source with its reference. @category Model */
export interface Statement {
  readonly text: string;
  readonly source: SourceRef;
}
/** A link the source prints (website, directory, referral form), with its address where the copy has one. @category Model */
export interface Link {
  readonly id: string;
  /** the heading the source prints for it */
  readonly name: string;
  /** the link text as printed */
  readonly text: string;
  /** the address, where the source shows one */
  readonly url?: string | undefined;
  readonly note?: string | undefined;
  readonly source: SourceRef;
}
/** A level at which the source as supplied prints no descriptors for some areas. @category Model */
export interface Gap {
  readonly id: string;
  /** rank of the level */
  readonly level: number;
  /** ids of the areas with no descriptor at that level */
  readonly areas: readonly string[];
  /** what is missing and how to read it */
  readonly note: string;
  readonly source: SourceRef;
}
/** A statement of the source tied to the levels or tags it speaks to. @category Model */
export type FrameworkStatement = Statement & {
  readonly id: string;
  readonly levels?: readonly number[] | undefined;
  readonly tags?: readonly string[] | undefined;
};
/** An advisory statement of the source about combining indicators or strengths. @category Model */
export type FrameworkConsideration = Statement & { readonly id: string };
/** A tag of the shared controlled vocabulary. @category Model */
export interface Tag {
  readonly id: string;
  readonly name: string;
  readonly definition: string;
  /** DfE Children in Need census assessment factor codes this tag maps onto */
  readonly cin?: readonly string[] | undefined;
  /** a broader tag this one refines */
  readonly broader?: string | undefined;
}

/** A level of need, e.g. Stoke-on-Trent's `getting-help` (rank 3). @category Model */
export interface Level<L extends string = string> {
  readonly id: L;
  readonly rank: number;
  readonly name: string;
  /** the short definition printed with the level name, verbatim */
  readonly summary: string;
  /** the fuller description of the level, verbatim */
  readonly description: string;
  readonly action: LevelAction;
  readonly services: readonly Service[];
  readonly source: SourceRef;
}
/** An area's own action text at one level, where the source prints one per area. @category Model */
export interface AreaAction {
  readonly level: number;
  readonly text: string;
  /** the text as printed, where it differs from what the source means */
  readonly printed?: string | undefined;
  readonly note?: string | undefined;
  readonly source: SourceRef;
}
/** An outcome (Stoke-on-Trent) or a domain / sub-domain (Staffordshire, with `parent`). @category Model */
export interface Area<A extends string = string> {
  readonly id: A;
  readonly name: string;
  /** id of the enclosing area (Staffordshire sub-domains) */
  readonly parent?: A | undefined;
  readonly actions?: readonly AreaAction[] | undefined;
  readonly source: SourceRef;
}
/** A descriptor of the source, verbatim, with its level, area, kind, tags and source. @category Model */
export interface Indicator<I extends string = string, A extends string = string> {
  readonly id: I;
  readonly area: A;
  /** the rank of the level the source lists it under */
  readonly level: number;
  /** the descriptor, verbatim (whitespace and bullets normalised) */
  readonly text: string;
  readonly kind: IndicatorKind;
  readonly tags: readonly string[];
  readonly measure?: Measure | undefined;
  /**
   * Whom the descriptor names, where its wording decides a DfE Children in Need census code suffix:
   * `person` (factors 1–6: A the child, B a parent or carer, C another household member) and
   * `abuseBy` (factors 18–19: B another child, C an adult). Absent: the wording does not say.
   */
  readonly census?:
    | {
        readonly person?: CensusPerson | undefined;
        readonly abuseBy?: CensusAbuser | undefined;
      }
    | undefined;
  readonly source: SourceRef;
  readonly note?: string | undefined;
}

/** A condition of a consent rule: every field given must match (absent booleans count as false, absent approval as `not-sought`). @category Consent */
export interface ConsentCondition {
  readonly purpose?: readonly Purpose[] | undefined;
  readonly concern?: readonly Concern[] | undefined;
  readonly consent?: readonly ConsentState[] | undefined;
  readonly approval?: readonly Approval[] | undefined;
  readonly immediateDanger?: boolean | undefined;
  readonly seekingConsentWouldPlaceChildAtRisk?: boolean | undefined;
  readonly seekingConsentWouldCauseUndueDelay?: boolean | undefined;
}
/** One row of a framework's consent decision table; rules are tried in order and the first match decides. @category Consent */
export interface ConsentRule {
  readonly id: string;
  /** the situation, for people */
  readonly situation: string;
  /** matches when any of these conditions matches */
  readonly when: readonly ConsentCondition[];
  readonly outcome: ConsentOutcome;
  readonly consentRequired: boolean;
  readonly disclosure: Disclosure;
  /** the step (a sentence of the document) each value rests on; no `disclosure` when it is `not-stated` */
  readonly because: { readonly outcome: string; readonly consentRequired: string; readonly disclosure?: string | undefined };
  /** ids of `steps`, in the order to follow them */
  readonly steps: readonly string[];
  /** what the document requires to be recorded, each field with the step (one of this rule's) that requires it */
  readonly mustRecord: readonly { readonly field: RecordField; readonly step: string }[];
  /** whether the framework's recommended lawful bases apply */
  readonly lawfulBases: boolean;
  /** what the document leaves open in this situation, in the library's words; required for `consult` and `not-stated` */
  readonly unanswered?: readonly string[] | undefined;
}
/** A framework's consent and information-sharing rules: purposes covered, verbatim steps, lawful bases and the ordered decision table. @category Consent */
export interface ConsentRules {
  /** the purposes the framework's sources cover */
  readonly purposes: readonly Purpose[];
  /** the GDPR lawful bases the document recommends, each verbatim */
  readonly lawfulBases: readonly { readonly id: string; readonly basis: string; readonly source: SourceRef }[];
  readonly lawfulBasesStatement?: Statement | undefined;
  readonly steps: readonly (Statement & { readonly id: string })[];
  readonly rules: readonly ConsentRule[];
}

/** The id types of a framework. @category Model */
export interface FrameworkIds {
  readonly framework: string;
  readonly level: string;
  readonly area: string;
  readonly indicator: string;
}

/** The fields of a framework that do not depend on its id types. @category Model */
export interface FrameworkBase {
  /** data format version */
  readonly version: 1;
  readonly name: string;
  readonly publisher: string;
  readonly published: string;
  readonly area: string;
  readonly scale: { readonly id: string; readonly name: string };
  readonly source: SourceRef;
  readonly documents: readonly SourceDocument[];
  /** how the source says the descriptors must be used (guide, not checklist), verbatim */
  readonly guidance: readonly Statement[];
  readonly contacts: readonly Contact[];
  readonly routes: readonly Route[];
  readonly practiceQuestions: readonly PracticeQuestion[];
  /** advisory rules the source states about combining indicators, verbatim */
  readonly considerations: readonly FrameworkConsideration[];
  /** consent and information-sharing rules, where the framework's sources state them */
  readonly consent?: ConsentRules | undefined;
  /** links the source prints (websites, directories, referral forms) */
  readonly links?: readonly Link[] | undefined;
  /** questions the source asks practitioners to consider in every conversation, verbatim */
  readonly factorsToConsider?: readonly (Statement & { readonly id: string })[] | undefined;
  /** further statements of the source, each tied to the levels or tags it speaks to */
  readonly statements?: readonly FrameworkStatement[] | undefined;
  /** levels at which the source as supplied prints no descriptors for some areas */
  readonly gaps?: readonly Gap[] | undefined;
  /** the edition of the framework's document as printed */
  readonly edition?: Edition | undefined;
}

/**
 * A threshold framework: levels, areas, indicators, contacts and routes, every
 * item citing its source. Deep-frozen.
 * @category Model
 */
export type Framework<Ids extends FrameworkIds = FrameworkIds> = FrameworkBase & {
  readonly id: Ids['framework'];
  /** SHA-256 of the framework's canonical JSON (see docs/data-format.md), computed by the build or by `defineFramework` */
  readonly dataHash: string;
  readonly levels: readonly Level<Ids['level']>[];
  readonly areas: readonly Area<Ids['area']>[];
  readonly indicators: readonly Indicator<Ids['indicator'], Ids['area']>[];
};
