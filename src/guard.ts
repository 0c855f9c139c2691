/**
 * The error discipline of the provenance, record, replay and diff functions:
 * whatever they are given, they throw only `ThresholdError`. @module @internal
 */
import { describe, fail, ThresholdError } from './errors.js';

/** Runs `body`; anything but a ThresholdError thrown while reading hostile input becomes `INVALID_INPUT` naming `fn`. @internal */
export function guarded<T>(fn: string, body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof ThresholdError) throw e;
    let why: string;
    try {
      why = e instanceof Error ? `${e.name}: ${e.message}` : `it threw ${describe(e)}`;
    } catch {
      why = 'it threw an unreadable value';
    }
    return fail(fn, 'INVALID_INPUT', [{ path: [], message: `the arguments could not be read (${why}). Pass what this package returned, or plain data.` }], e);
  }
}
