/**
 * `safeguarding-thresholds/define`: user-defined frameworks and the zod schemas.
 * A subpath of its own because zod's module evaluation costs ~60 ms at import:
 * the root entry stays zod-free, so an app that only resolves levels neither
 * loads nor bundles it.
 * @module
 */
export { defineFramework } from './define.js';
export * as schemas from './all-schemas.js';
export type { ValidationIssue } from './validate.js';
