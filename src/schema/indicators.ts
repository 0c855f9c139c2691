/**
 * zod schemas of a framework's descriptors (indicators), their numeric
 * thresholds (measures) and the gaps the source leaves at some levels.
 * @module
 * @internal
 */
import { z } from 'zod';
import { CENSUS_ABUSERS, CENSUS_PERSONS, INDICATOR_KINDS, QUANTITIES } from '../enums.js';
import { IdSchema, SourceRefSchema } from './common.js';

/** A numeric quantity the assessment may carry. */
export const QuantitySchema = z.enum(QUANTITIES);

/**
 * A numeric threshold stated by an indicator's text. The indicator is implied
 * by a measured value that satisfies every bound given.
 */
export const MeasureSchema = z
  .strictObject({
    quantity: QuantitySchema,
    /** value < below */
    below: z.number().optional(),
    /** value >= atLeast */
    atLeast: z.number().optional(),
    /** value <= atMost */
    atMost: z.number().optional(),
  })
  .refine((m) => m.below !== undefined || m.atLeast !== undefined || m.atMost !== undefined, {
    message: 'a measure states at least one bound',
  });

/** A descriptor, verbatim, with its area, level, kind, tags, optional measure and source. */
export const IndicatorSchema = z.strictObject({
  id: IdSchema,
  area: IdSchema,
  /** the rank of the level the source lists it under */
  level: z.number().int().min(1),
  /** the descriptor, verbatim (whitespace and bullets normalised) */
  text: z.string().min(1),
  kind: z.enum(INDICATOR_KINDS),
  tags: z.array(IdSchema).min(1),
  measure: MeasureSchema.optional(),
  source: SourceRefSchema,
  note: z.string().optional(),
  /**
   * Whom the descriptor names, where its wording decides a DfE Children in Need census code suffix:
   * `person` (factors 1–6: A the child, B a parent or carer, C another household member) and
   * `abuseBy` (factors 18–19: B another child, C an adult). Absent: the wording does not say.
   */
  census: z
    .strictObject({
      person: z.enum(CENSUS_PERSONS).optional(),
      abuseBy: z.enum(CENSUS_ABUSERS).optional(),
    })
    .optional(),
});

/** A level at which the source as supplied prints no descriptors for some areas. */
export const GapSchema = z.strictObject({
  id: IdSchema,
  /** rank of the level */
  level: z.number().int().min(1),
  /** ids of the areas with no descriptor at that level */
  areas: z.array(IdSchema).min(1),
  /** what is missing and how to read it */
  note: z.string().min(1),
  source: SourceRefSchema,
});
