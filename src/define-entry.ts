/**
 * `safeguarding-thresholds/define`: user-defined frameworks and the zod schemas
 * of the public inputs. A subpath of its own because zod's module evaluation
 * costs ~60 ms at import: the root entry stays zod-free, so an app that only
 * resolves levels neither loads nor bundles it.
 * @module
 */
import { BankHolidayFeedSchema, ConsentRecordSchema, ContactQueryJsonSchema, ResolutionRecordSchema } from './record-schema.js';
import { FrameworkSchema } from './schema/framework.js';
import { AssessmentSchema, ConsentSituationSchema } from './schema/input.js';

export { defineFramework } from './define.js';
export type { ValidationIssue } from './validate.js';

/**
 * The zod schemas of the inputs of the public functions, for callers that
 * validate untrusted JSON before calling them: `FrameworkSchema` (the shape
 * `defineFramework` takes; it also checks cross-references),
 * `AssessmentSchema` (`resolveLevel`), `ConsentSituationSchema`
 * (`decideConsent`), `ContactQueryJsonSchema` (`contactFor`'s query as JSON,
 * `at` an ISO 8601 instant), `BankHolidayFeedSchema` (the feed `contactFor`'s
 * `bankHolidays` accepts) and `ResolutionRecordSchema` / `ConsentRecordSchema`
 * (the records `replayRecord` reads). The library validates its inputs itself;
 * these let a form or an API report problems before. The shapes of answers are
 * published as JSON Schemas in `data/schema/`.
 * @category Frameworks
 * @example
 * ```ts
 * import { schemas } from 'safeguarding-thresholds/define';
 * schemas.AssessmentSchema.safeParse({ measures: { attendancePercent: 89 } }).success;
 * //=> true
 * schemas.ConsentSituationSchema.safeParse({ purpose: 'referral', concern: 'wellbeing', consent: 'given' }).success;
 * //=> false
 * ```
 */
export const schemas = /* @__PURE__ */ Object.freeze({
  FrameworkSchema,
  AssessmentSchema,
  ConsentSituationSchema,
  ContactQueryJsonSchema,
  BankHolidayFeedSchema,
  ResolutionRecordSchema,
  ConsentRecordSchema,
});
