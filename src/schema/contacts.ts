/**
 * zod schemas of the contacts, links and special routes a framework's source
 * names.
 * @module
 * @internal
 */
import { z } from 'zod';
import { CONTACT_ROLES, ROUTE_DISCLOSURES } from '../enums.js';
import { IdSchema, SourceRefSchema } from './common.js';

/** Office hours in Europe/London local time; `opens` inclusive, `closes` exclusive. */
export const HoursSchema = z.strictObject({
  /** ISO weekdays: 1 = Monday … 7 = Sunday */
  days: z.array(z.number().int().min(1).max(7)).min(1),
  /** local (Europe/London) time HH:MM, inclusive */
  opens: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /** local (Europe/London) time HH:MM, exclusive */
  closes: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
});

/** A contact the source names, with its role, numbers, hours and when to use it. */
export const ContactSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  /** what the contact is for, as a role the library understands */
  role: z.enum(CONTACT_ROLES),
  phone: z.string().optional(),
  email: z.string().optional(),
  url: z.string().optional(),
  /** office hours; absent means always available */
  hours: z.array(HoursSchema).optional(),
  /** when the source says to use it, verbatim */
  when: z.string().min(1),
  /** ranks of the levels at which the source sends you to this contact; absent: not tied to a level */
  levels: z.array(z.number().int().min(1)).optional(),
  /** the source's own words on urgency, where it gives them (e.g. "for emergency safeguarding referrals") */
  urgency: z.strictObject({ urgent: z.boolean(), text: z.string().min(1), source: SourceRefSchema }).optional(),
  /** the sentence saying the office is closed on bank holidays; absent: the source does not say (contactFor then states its assumption) */
  closedOnBankHolidays: z.strictObject({ text: z.string().min(1), source: SourceRefSchema }).optional(),
  source: SourceRefSchema,
});

/** A link the source prints (a website, directory or referral form), with its address where the copy has one. */
export const LinkSchema = z.strictObject({
  id: IdSchema,
  /** the heading the source prints for it */
  name: z.string().min(1),
  /** the link text as printed */
  text: z.string().min(1),
  /** the address, where the source shows one */
  url: z.string().optional(),
  note: z.string().optional(),
  source: SourceRefSchema,
});

/** A special pathway (e.g. a Prevent referral) triggered by the tags of observed needs. */
export const RouteSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  /** the route is triggered when an observed need indicator carries one of these tags */
  triggerTags: z.array(IdSchema).min(1),
  /** what to do, verbatim */
  text: z.string().min(1),
  disclosure: z.enum(ROUTE_DISCLOSURES),
  contact: IdSchema.optional(),
  source: SourceRefSchema,
});
