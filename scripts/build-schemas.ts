// Writes JSON Schema files (draft 2020-12) generated from the zod schemas to data/schema/,
// so that systems in other languages (C#, Java, Python) can validate the same data.
// Usage: tsx scripts/build-schemas.ts [--check]   (--check: fail if a committed file is stale)
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { AssessmentSchema, BankHolidaysSchema, ConsentSituationSchema, CrosswalkSchema, FrameworkSchema, TagVocabularySchema } from '../src/schema.js';
import {
  BankHolidayFeedSchema,
  ConsentRecordSchema,
  ConsentDecisionSchema,
  ContactAdviceSchema,
  ContactQueryJsonSchema,
  FrameworkDiffSchema,
  LevelMappingSchema,
  ResolutionSchema,
  ProvenanceSchema,
  ReplaySchema,
  ResolutionRecordSchema,
} from '../src/record-schema.js';

const dir = new URL('../data/schema/', import.meta.url);
mkdirSync(dir, { recursive: true });
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const schemas = {
  framework: [FrameworkSchema, 'A safeguarding threshold framework (data format version 1): levels, areas, indicators, contacts, routes, consent rules.'],
  'tag-vocabulary': [TagVocabularySchema, 'The controlled tag vocabulary shared by every framework.'],
  crosswalk: [CrosswalkSchema, 'A crosswalk between the levels of two scales.'],
  'bank-holidays': [BankHolidaysSchema, 'Bank holidays of a jurisdiction, with the years the list is complete for.'],
  // input shapes, for validating requests at an HTTP boundary
  assessment: [AssessmentSchema, 'The input of resolveLevel: observed indicator ids, measures, professional judgement.'],
  'consent-situation': [ConsentSituationSchema, 'The input of decideConsent: purpose, concern, consent state and the circumstances.'],
  'contact-query': [
    ContactQueryJsonSchema,
    'The query of contactFor as JSON: at (ISO 8601 instant with offset; turn it into a Date), immediateDanger, bankHolidays (ISO dates or the government feed).',
  ],
  'bank-holiday-feed': [BankHolidayFeedSchema, "The government's published bank-holiday JSON (https://www.gov.uk/bank-holidays.json), as contactFor reads it."],
  // what a case system stores
  provenance: [ProvenanceSchema, 'The provenance every answer and record carries: framework, edition, dataHash, library.'],
  'resolution-record': [
    ResolutionRecordSchema,
    'The record of a resolution (recordResolution), format 1: ids, values and provenance, replayable with replayRecord.',
  ],
  'consent-record': [ConsentRecordSchema, 'The record of a consent decision (recordConsentDecision), format 1.'],
  replay: [ReplaySchema, 'The result of replayRecord: the answer then and now, and what changed in the data.'],
  'framework-diff': [FrameworkDiffSchema, 'The result of diffFrameworks: what changed between two editions of a framework.'],
  // whole answers, serialised (JSON.stringify)
  resolution: [ResolutionSchema, 'The result of resolveLevel, serialised with JSON.stringify: level, drivers, explanation, guidance, sources, provenance.'],
  'level-mapping': [LevelMappingSchema, 'The result of mapLevel, serialised.'],
  'consent-decision': [ConsentDecisionSchema, 'The result of decideConsent, serialised.'],
  'contact-advice': [ContactAdviceSchema, 'The result of contactFor, serialised.'],
} as const;
let stale = false;
for (const [name, [schema, description]] of Object.entries(schemas)) {
  const json = {
    ...z.toJSONSchema(schema, { target: 'draft-2020-12' }),
    $id: `https://unpkg.com/safeguarding-thresholds@${version.split('.')[0]}/data/schema/${name}.schema.json`,
    title: name,
    description: `${description} Generated from the package's zod schemas by scripts/build-schemas.ts; do not edit.`,
  };
  const text = `${JSON.stringify(json, null, 2)}\n`;
  const file = new URL(`${name}.schema.json`, dir);
  if (process.argv.includes('--check')) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      console.error(`data/schema/${name}.schema.json is stale: run npm run build:data`);
      stale = true;
    }
  } else writeFileSync(file, text);
}
if (stale) process.exit(1);
