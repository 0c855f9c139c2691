/**
 * Every zod schema of the package: the data format and input shapes (`schema.ts`) and the records,
 * replays and diffs (`record-schema.ts`). Exported as `schemas` from `safeguarding-thresholds/define`.
 * @module
 */
export * from './schema.js';
export * from './record-schema.js';
