/**
 * The zod schema of a jurisdiction's bank holidays (`data/calendars/*.json`).
 * @module
 * @internal
 */
import { z } from 'zod';
import { IdSchema } from './common.js';

/** Bank holidays of a jurisdiction, with the years the list is complete for. */
export const BankHolidaysSchema = z.strictObject({
  version: z.literal(1),
  id: IdSchema,
  name: z.string().min(1),
  source: z.strictObject({ title: z.string(), publisher: z.string(), url: z.string(), note: z.string() }),
  /** the years this list is complete for */
  years: z.array(z.number().int()).min(1),
  holidays: z.array(z.strictObject({ date: z.iso.date(), name: z.string().min(1) })),
});
