// JSON Schemas of a record's files, generated from the zod schemas the loader checks them with (zod 4's
// toJSONSchema), so that editors and other tools can check a record without this code. `npm run schema`
// writes them to data/schema/; a test fails when the committed files are stale. What a JSON Schema cannot
// say (a real calendar day, ids that must exist in another file) only the loader checks.
import { eventSchema, factionSchema, recordSchema, sourceSchema } from '../load/data';
import { placeSchema } from '../load/geo';
import { z } from '../load/zod';

const FILES = {
  'record.schema.json': {
    schema: recordSchema,
    title: 'Frontline data/record.json',
    description:
      'Everything specific to one record: span, view, target, advance axis, claims, milestones, label hints, geo files.',
  },
  'faction.schema.json': {
    schema: factionSchema,
    title: 'Frontline data/factions.jsonl line',
    description: 'One faction a line: id, display name, bloc, map colour.',
  },
  'source.schema.json': {
    schema: sourceSchema,
    title: 'Frontline data/sources.jsonl line',
    description: 'One cited publication a line.',
  },
  'event.schema.json': {
    schema: eventSchema,
    title: 'Frontline data/events.jsonl line',
    description: 'One dated control event a line; it holds from its date on, inclusive.',
  },
  'place.schema.json': {
    schema: placeSchema,
    title: 'Frontline geo/places.jsonl line',
    description: 'One curated place a line, with its names and the provenance of its point.',
  },
} as const;

/** File name → JSON text (2-space indent, newline at the end), as data/schema/ holds them. */
export function recordJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, { schema, title, description }] of Object.entries(FILES)) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    out[file] = JSON.stringify({ ...json, title, description }, null, 2) + '\n';
  }
  return out;
}
