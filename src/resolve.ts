/**
 * Level resolution (the implementation lives in `resolve/`); this entry keeps
 * the import path of the modules that use it.
 * @module
 */
export { levelOf, resolveIndexed, resolveLevel } from './resolve/index.js';
export { dedupeSources } from './resolve/explain.js';
export type * from './resolve/types.js';
