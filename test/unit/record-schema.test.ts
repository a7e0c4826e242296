// data/schema/*.json: JSON Schemas generated from the loader's zod schemas (`npm run schema`). They must be
// current, and an independent validator (Ajv, draft 2020-12) must accept both records' files and refuse
// what the loader refuses.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { recordJsonSchemas } from '../../src/core/record/schema';
import { REPO_ROOT, SECOND_RECORD } from '../fixtures/records/open';

const DIR = resolve(REPO_ROOT, 'data/schema');
const generated = recordJsonSchemas();

describe('data/schema', () => {
  it('is what `npm run schema` writes now (run it after changing a zod schema)', () => {
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(generated).sort());
    for (const [file, text] of Object.entries(generated))
      expect(
        readFileSync(resolve(DIR, file), 'utf8'),
        `data/schema/${file} is stale: run npm run schema`,
      ).toBe(text);
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validator = (file: string) => ajv.compile(JSON.parse(readFileSync(resolve(DIR, file), 'utf8')));
  const check = {
    'data/record.json': validator('record.schema.json'),
    'data/factions.jsonl': validator('faction.schema.json'),
    'data/sources.jsonl': validator('source.schema.json'),
    'data/events.jsonl': validator('event.schema.json'),
    'geo/places.jsonl': validator('place.schema.json'),
  };
  const rows = (root: string, file: string): unknown[] => {
    const text = readFileSync(resolve(root, file), 'utf8');
    if (file.endsWith('.json')) return [JSON.parse(text)];
    return text
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => JSON.parse(l) as unknown);
  };

  it.each([
    ['the repository record', REPO_ROOT],
    ['the synthetic valley', SECOND_RECORD],
  ])('accepts every file of %s', (_, root) => {
    for (const [file, validate] of Object.entries(check)) {
      for (const row of rows(root, file)) {
        const ok = validate(row);
        expect(ok ? [] : validate.errors, file).toEqual([]);
      }
    }
  });

  it('refuses what the loader refuses: a latitude of 95, an unknown field, a date that is not a date', () => {
    const place = rows(REPO_ROOT, 'geo/places.jsonl')[0] as Record<string, unknown>;
    expect(check['geo/places.jsonl']({ ...place, lat: 95 })).toBe(false);
    expect(check['geo/places.jsonl']({ ...place, lat: '35.1' })).toBe(false);
    const record = rows(REPO_ROOT, 'data/record.json')[0] as Record<string, unknown>;
    expect(check['data/record.json']({ ...record, pitch: 30 })).toBe(false);
    expect(check['data/record.json']({ ...record, defaultDate: '6 December' })).toBe(false);
    const event = rows(REPO_ROOT, 'data/events.jsonl')[0] as Record<string, unknown>;
    expect(check['data/events.jsonl']({ ...event, citations: [] })).toBe(false);
  });
});
