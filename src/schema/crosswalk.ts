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
    /** for a conditional pair: the sentence the condition rests on, quoted from a document, and this project's reading of it */
    condition: z
      .strictObject({
        /** the sentence, verbatim */
        text: z.string().min(1),
        source: SourceRefSchema,
        /**
         * what the quoted sentence is: `condition`, it states the condition itself; `instruction`, it tells
         * the practitioner what to consider and states no test (the decision is left to professional
         * judgement); `open`, it leaves the question open and says how it is settled
         */
        quoteIs: z.enum(['condition', 'instruction', 'open']),
        /** this project's reading, not a quote: what must be true for a child at `from` for the pair to apply (a clause: "where …") */
        reading: z.string().min(1),
        /** this project's reading, not a quote: what to check for a child at `to` for the pair to apply (a clause: "whether …") */
        reverse: z.string().min(1),
      })
      .optional(),
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
  /** one sentence for people: what every mapping rests on (the project's reading, where no document maps one scale onto the other); opens every `mapLevel` rationale */
  basis: z.string().min(1),
  pairs: z.array(CrosswalkPairSchema).min(1),
});
