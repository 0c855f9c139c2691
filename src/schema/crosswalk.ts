/**
 * zod schemas of a crosswalk between the levels of two scales
 * (`data/crosswalks/*.json`).
 * @module
 * @internal
 */
import { z } from 'zod';
import { IdSchema, SourceRefSchema } from './common.js';

/** One pair of the crosswalk relation between two scales. */
export const CrosswalkPairSchema = z
  .strictObject({
    /** level id on the first scale */
    from: IdSchema,
    /** level id on the second scale */
    to: IdSchema,
    /** `core`: the two level definitions match; `conditional`: the pair holds only where `condition` is met */
    kind: z.enum(['core', 'conditional']),
    /** for a conditional pair: the condition, quoted from a document */
    condition: z.strictObject({ text: z.string().min(1), source: SourceRefSchema }).optional(),
    /** why the two levels correspond, quoting both level definitions */
    rationale: z.string().min(1),
    /** the level definitions of both documents */
    sources: z.array(SourceRefSchema).min(2),
  })
  .refine((p) => (p.kind === 'conditional') === (p.condition !== undefined), { message: 'a conditional pair quotes its condition; a core pair has none' });

/** A crosswalk: one relation between the levels of two scales; both directions derive from it. */
export const CrosswalkSchema = z.strictObject({
  version: z.literal(1),
  id: z.string().min(1),
  name: z.string().min(1),
  /** the scale ids [first, second] */
  scales: z.tuple([IdSchema, IdSchema]),
  note: z.string().min(1),
  pairs: z.array(CrosswalkPairSchema).min(1),
});
