// `npm run schema`: writes the JSON Schemas of a record's files (generated from the loader's zod schemas) to
// data/schema/. test/unit/record-schema.test.ts fails when the committed files differ from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { recordJsonSchemas } from '../src/core/record/schema';

const dir = resolve(import.meta.dirname, '../data/schema');
mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(recordJsonSchemas())) {
  writeFileSync(resolve(dir, file), text);
  console.log(`data/schema/${file}`);
}
