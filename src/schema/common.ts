/**
 * The building blocks every data file of the format shares: kebab-case ids,
 * source references, documents, editions, digests and verbatim statements.
 * @module
 * @internal
 */
import { z } from 'zod';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case identifier. */
export const IdSchema = z.string().regex(kebab, 'must be kebab-case (a-z, 0-9, single hyphens)');

/** Where an item comes from: a document of the framework, its section and page. */
export const SourceRefSchema = z.strictObject({
  /** id of an entry in the framework's `documents` (or of a shared reference) */
  document: IdSchema,
  /** the section heading as printed, narrowed with ' › ' where useful */
  section: z.string().min(1),
  /** printed page number, where the source shows one */
  page: z.number().int().positive().optional(),
});

/** A source document the framework cites. */
export const DocumentSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  published: z.string().min(1),
  /** file name of the copy the data was encoded from, where there is one */
  file: z.string().optional(),
  url: z.string().optional(),
});

/**
 * The edition of a framework's document as printed on it: title, and the
 * publisher, date, version and retrieval date where the document (or the copy
 * encoded) gives them. Absent is absent: nothing is invented.
 */
export const EditionSchema = z.strictObject({
  /** the title as printed */
  title: z.string().min(1),
  /** the publisher as printed, where the document prints one */
  publisher: z.string().min(1).optional(),
  /** the publication date as printed (e.g. 'April 2022'), where the document prints one */
  published: z.string().min(1).optional(),
  /** the version or edition label as printed, where the document prints one */
  version: z.string().min(1).optional(),
  /** when the copy encoded was retrieved (ISO date), where known */
  retrieved: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)')
    .optional(),
});

/** A SHA-256 digest, 64 lowercase hexadecimal characters. */
export const DataHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 digest: 64 lowercase hexadecimal characters');

/** A verbatim statement of the source with its reference. */
export const StatementSchema = z.strictObject({
  text: z.string().min(1),
  source: SourceRefSchema,
});
