/**
 * zod schemas of the shared tag vocabulary (`data/vocabularies/tags.json`).
 * @module
 * @internal
 */
import { z } from 'zod';
import { IdSchema } from './common.js';

/** A tag of the shared vocabulary, with the CIN census factor codes it maps onto. */
export const TagSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  definition: z.string().min(1),
  /** DfE Children in Need census assessment factor codes this tag maps onto */
  cin: z.array(z.string()).optional(),
  /** a broader tag this one refines */
  broader: IdSchema.optional(),
});

/** The shared tag vocabulary (`data/vocabularies/tags.json`). */
export const TagVocabularySchema = z.strictObject({
  version: z.literal(1),
  source: z.string().min(1),
  tags: z.array(TagSchema).min(1),
  /** names of the DfE CIN census assessment factors: a full code (`7A`) or a factor number whose suffix names a person (`4`) */
  cinFactors: z
    .strictObject({ source: z.string().min(1), factors: z.array(z.strictObject({ code: z.string().min(1), name: z.string().min(1) })).min(1) })
    .optional(),
});
