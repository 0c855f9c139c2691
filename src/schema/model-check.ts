/**
 * Compile-time checks (no run-time code) that the zod-free public types of
 * `model.ts` are exactly the read-only form of what the schemas accept.
 * @module
 * @internal
 */
import type { z } from 'zod';
import type * as M from '../model.js';
import type { DocumentSchema, EditionSchema, SourceRefSchema } from './common.js';
import type { ConsentRulesSchema } from './consent.js';
import type { ContactSchema, LinkSchema, RouteSchema } from './contacts.js';
import type { FrameworkSchema } from './framework.js';
import type { GapSchema, IndicatorSchema, MeasureSchema } from './indicators.js';
import type { ActionSchema, AreaSchema, LevelSchema } from './levels.js';
import type { TagSchema } from './tags.js';

// ---------------------------------------------------------------------------
// The public types of model.ts are written without zod (so the root entry's
// declarations carry none). These compile-time checks keep them exactly the
// read-only form of what the schemas accept: a field added to a schema and not
// to its type, or the other way round, is a type error here.
type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
// Identity, not mutual assignability (which an optional field added on one side passes), of both sides
// flattened into plain object types (an interface extending another, or an intersection, compares by its
// members; modifiers are kept).
type Flat<T> = T extends readonly (infer U)[] ? readonly Flat<U>[] : T extends object ? { [K in keyof T]: Flat<T[K]> } : T;
type Identical<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** @internal (exported for the type tests that show it fails on a difference) */
export type Same<A, B> = Identical<Flat<A>, Flat<B>>;
type Is<T extends true> = T;
type ModelOf<S extends z.ZodType> = DeepReadonly<z.infer<S>>;
/** @internal */
export type ModelMatchesSchemas = [
  Is<Same<M.SourceRef, ModelOf<typeof SourceRefSchema>>>,
  Is<Same<M.SourceDocument, ModelOf<typeof DocumentSchema>>>,
  Is<Same<M.LevelAction, ModelOf<typeof ActionSchema>>>,
  Is<Same<M.Measure, ModelOf<typeof MeasureSchema>>>,
  Is<Same<M.Contact, ModelOf<typeof ContactSchema>>>,
  Is<Same<M.Route, ModelOf<typeof RouteSchema>>>,
  Is<Same<M.Tag, ModelOf<typeof TagSchema>>>,
  Is<Same<M.Level, ModelOf<typeof LevelSchema>>>,
  Is<Same<M.Area, ModelOf<typeof AreaSchema>>>,
  Is<Same<M.Indicator, ModelOf<typeof IndicatorSchema>>>,
  Is<Same<M.ConsentRules, ModelOf<typeof ConsentRulesSchema>>>,
  Is<Same<M.Link, ModelOf<typeof LinkSchema>>>,
  Is<Same<M.Gap, ModelOf<typeof GapSchema>>>,
  Is<Same<M.Edition, ModelOf<typeof EditionSchema>>>,
  // the built objects always carry the dataHash the build or defineFramework computed
  Is<Same<Omit<M.Framework, 'dataHash'>, Omit<ModelOf<typeof FrameworkSchema>, 'dataHash'>>>,
];
