/**
 * zod schemas of a framework's levels of need (with their actions and
 * services) and of its areas (outcomes, domains, sub-domains).
 * @module
 * @internal
 */
import { z } from 'zod';
import { EARLY_HELP_ASSESSMENTS, RESPONSES } from '../enums.js';
import { IdSchema, SourceRefSchema } from './common.js';

/** The structured, cross-framework comparable form of a level's action. */
export const ResponseSchema = z.enum(RESPONSES);

/** What needs to happen at a level: verbatim text and its structured, comparable form. */
export const ActionSchema = z.strictObject({
  /** what needs to happen, verbatim */
  text: z.string().min(1),
  /** the kind of response, comparable across frameworks */
  response: ResponseSchema,
  /** what the source says about an Early Help Assessment at this level */
  earlyHelpAssessment: z.enum(EARLY_HELP_ASSESSMENTS),
  /** whether the source asks for a request for service / referral to Children's Social Care */
  requestForService: z.boolean(),
  source: SourceRefSchema,
});

/** A support service the source names for a level. */
export const ServiceSchema = z.strictObject({
  name: z.string().min(1),
  source: SourceRefSchema,
});

/** A level of need: id, rank (1 = lowest), name, summary, description, action, services. */
export const LevelSchema = z.strictObject({
  id: IdSchema,
  rank: z.number().int().min(1),
  name: z.string().min(1),
  /** the short definition printed with the level name, verbatim */
  summary: z.string().min(1),
  /** the fuller description of the level, verbatim */
  description: z.string().min(1),
  action: ActionSchema,
  services: z.array(ServiceSchema),
  source: SourceRefSchema,
});

/** An area's own action text at one level, where the source prints one per area. */
export const AreaActionSchema = z.strictObject({
  level: z.number().int().min(1),
  text: z.string().min(1),
  /** the text as printed, where it differs from what the source means */
  printed: z.string().optional(),
  note: z.string().optional(),
  source: SourceRefSchema,
});

/** An outcome (Stoke-on-Trent) or an Assessment Framework domain / sub-domain (Staffordshire, with `parent`). */
export const AreaSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  /** id of the enclosing area (Staffordshire sub-domains) */
  parent: IdSchema.optional(),
  actions: z.array(AreaActionSchema).optional(),
  source: SourceRefSchema,
});
