/**
 * zod schemas of the inputs of the public functions (`resolveLevel`,
 * `decideConsent`), published as `schemas` from `safeguarding-thresholds/define`
 * for callers validating untrusted JSON. The engine never uses them: it checks
 * its inputs itself.
 *
 * @example
 * ```ts
 * import { schemas } from 'safeguarding-thresholds/define';
 * schemas.AssessmentSchema.safeParse({ measure: { attendancePercent: 80 } }).success;
 * //=> false
 * ```
 * @module
 */
import { z } from 'zod';
import { QUANTITIES, QUANTITY_RULES, type Quantity } from '../enums.js';
import { ApprovalSchema, ConcernSchema, ConsentStateSchema, PurposeSchema } from './consent.js';

/** One optional number per quantity, with the range and integrality its rules state. */
function measureShape(): Record<Quantity, z.ZodOptional<z.ZodNumber>> {
  const shape = {} as Record<Quantity, z.ZodOptional<z.ZodNumber>>;
  for (const q of QUANTITIES) {
    const r = QUANTITY_RULES[q];
    let n = z.number().min(r.min);
    if (Number.isFinite(r.max)) n = n.max(r.max);
    if (r.integer) n = n.int();
    shape[q] = n.optional();
  }
  return shape;
}

/** The input of `resolveLevel`, for callers validating untrusted JSON before calling it. */
export const AssessmentSchema = z.strictObject({
  indicators: z.array(z.string()).optional(),
  measures: z.strictObject(measureShape()).optional(),
  judgement: z.strictObject({ level: z.union([z.number().int().min(1), z.string()]), reason: z.string().trim().min(1) }).optional(),
});

/** The input of `decideConsent`, for callers validating untrusted JSON before calling it. */
export const ConsentSituationSchema = z.strictObject({
  purpose: PurposeSchema,
  concern: ConcernSchema,
  consent: ConsentStateSchema,
  immediateDanger: z.boolean().optional(),
  seekingConsentWouldPlaceChildAtRisk: z.boolean().optional(),
  seekingConsentWouldCauseUndueDelay: z.boolean().optional(),
  approval: ApprovalSchema.optional(),
});
