// A fuzz property over the one loader (issue 14): random bytes, and random edits of the record's own lines,
// in any of its files. Whatever the input, opening the record either succeeds or throws a DataError whose every
// problem names a file of the record, a line inside it and a field; never a TypeError, a RangeError, a hang, or
// a problem with no place. The files go through the command line's reader (strict UTF-8 decoding), so bytes
// that are not text are load errors too.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/cli/io';
import { decodeText } from '../../src/core/load/text';
import { openRecordSync, type FrontlineRecord } from '../../src/core/record';
import { DataError } from '../../src/core/types';
import { OUTLINE, RECORD } from '../fixtures/records/memory';

// A small record made of the repository's own lines: the real factions and source kinds, the real rows of four
// places, their real events and the real sources those cite, under the test record.json of the fixtures (on the
// record's real dates). Small so that a run takes milliseconds; real so that edits land in real data.
const PLACE_IDS = ['hama', 'homs', 'rastan', 'talbiseh'];
const realText = (f: string) => readFileSync(resolve(REPO_ROOT, f), 'utf8');
const jsonLines = (f: string) =>
  realText(f)
    .split('\n')
    .filter((l) => l.startsWith('{'));
const realRecord = JSON.parse(realText('data/record.json')) as { start: string; end: string };
const events = jsonLines('data/events.jsonl').filter((l) =>
  PLACE_IDS.includes((JSON.parse(l) as { place: string }).place),
);
const cited = new Set(
  events.flatMap((l) =>
    (JSON.parse(l) as { citations: Array<{ source: string }> }).citations.map((c) => c.source),
  ),
);
const BASE_TEXT: Record<string, string> = {
  'data/record.json': RECORD.replace('"2024-11-26"', JSON.stringify(realRecord.start)).replace(
    '"2024-12-12"',
    JSON.stringify(realRecord.end),
  ),
  'data/factions.jsonl': realText('data/factions.jsonl'),
  'data/source-kinds.jsonl': realText('data/source-kinds.jsonl'),
  'data/sources.jsonl': jsonLines('data/sources.jsonl')
    .filter((l) => cited.has((JSON.parse(l) as { id: string }).id))
    .join('\n'),
  'data/events.jsonl': ['# events', ...events].join('\n'),
  'geo/places.jsonl': [
    '# places',
    ...jsonLines('geo/places.jsonl').filter((l) => PLACE_IDS.includes((JSON.parse(l) as { id: string }).id)),
  ].join('\n'),
  'geo/outline.geojson': OUTLINE,
};
const FILES = Object.keys(BASE_TEXT);
/** The files a fuzzed edit lands in: every file an analyst edits by hand. */
const EDITED = FILES.filter((f) => f !== 'geo/outline.geojson');
const enc = new TextEncoder();
const real: Record<string, Uint8Array> = Object.fromEntries(
  Object.entries(BASE_TEXT).map(([f, t]) => [f, enc.encode(t)]),
);
const lineCount = (b: Uint8Array) => new TextDecoder().decode(b).split(/\r\n|\r|\n/).length;

/** Opens the record from `files` as the command line does: the record, or the error thrown. */
function open(files: Record<string, Uint8Array>): { record: FrontlineRecord } | { error: unknown } {
  try {
    return {
      record: openRecordSync((path) => {
        const bytes = files[path];
        if (bytes === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
        return decodeText(bytes, path).text;
      }),
    };
  } catch (error) {
    return { error };
  }
}

/** The JSON lines of a file: not blank, not a `#` comment, whatever ends them (LF, CRLF, bare CR). */
const rowsOf = (b: Uint8Array) =>
  new TextDecoder()
    .decode(b)
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== '' && !l.trim().startsWith('#')).length;

const outcomes = { opened: 0, refused: 0 };

/**
 * The property: a record that holds every row its files hold (none dropped unsaid), or a DataError every problem
 * of which is located in a file that was read, on a line inside it, at a field.
 */
function located(files: Record<string, Uint8Array>): boolean {
  const r = open(files);
  if ('record' in r) {
    outcomes.opened++;
    expect(r.record.events.length).toBe(rowsOf(files['data/events.jsonl']!));
    expect(r.record.places.length).toBe(rowsOf(files['geo/places.jsonl']!));
    expect(r.record.sources.length).toBe(rowsOf(files['data/sources.jsonl']!));
    return true;
  }
  outcomes.refused++;
  const e = r.error;
  expect(e).toBeInstanceOf(DataError);
  const issues = (e as DataError).issues;
  expect(issues.length).toBeGreaterThan(0);
  for (const i of issues) {
    expect(FILES as readonly string[]).toContain(i.file);
    expect(Number.isInteger(i.line) && i.line >= 0).toBe(true);
    expect(i.line).toBeLessThanOrEqual(lineCount(files[i.file]!));
    expect(typeof i.field === 'string' && i.field.length > 0).toBe(true);
    expect(typeof i.message === 'string' && i.message.length > 0).toBe(true);
  }
  return true;
}

/** Text that breaks parsers: quotes, braces, line ends (bare CR too), NUL, lone surrogates, long runs. */
const nasty = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      '"',
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '\\',
      '\r',
      '\n',
      '\0',
      '#',
      ' ',
      'a',
      '1',
      '-',
      '.',
      'e',
    ),
  }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '\uD800',
    '\uDFFF',
    'null',
    'true',
    '1e999',
    '-0',
    '"__proto__"',
    '{"__proto__":{}}',
    '9'.repeat(400),
  ),
);

/** One edit of one line of a JSON text: cut, insert, truncate, duplicate, or replace a value by another. */
const lineEdit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: nasty }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const) }),
  fc.record({ kind: fc.constant('value' as const), pick: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
);

type Edit = typeof lineEdit extends fc.Arbitrary<infer T> ? T : never;

/** Replaces one leaf (or a whole member) of a parsed JSON value, chosen by `pick`, with `value`. */
function replaceValue(json: unknown, pick: number, value: unknown): unknown {
  const slots: Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> = [];
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      slots.push({ parent: v as Record<string, unknown>, key: Array.isArray(v) ? Number(k) : k });
      walk(x);
    }
  };
  walk(json);
  if (slots.length === 0) return value;
  const s = slots[pick % slots.length]!;
  (s.parent as Record<string | number, unknown>)[s.key] = value;
  return json;
}

function applyEdit(line: string, edit: Edit): string[] {
  const at = (n: number) => n % (line.length + 1);
  switch (edit.kind) {
    case 'insert':
      return [line.slice(0, at(edit.at)) + edit.text + line.slice(at(edit.at))];
    case 'cut':
      return [line.slice(0, at(edit.at)) + line.slice(at(edit.at) + edit.length)];
    case 'truncate':
      return [line.slice(0, at(edit.at))];
    case 'duplicate':
      return [line, line];
    case 'value':
      try {
        return [JSON.stringify(replaceValue(JSON.parse(line), edit.pick, edit.value)) ?? 'undefined'];
      } catch {
        return [line];
      }
  }
}

/** `files` with line `n` (of the file's JSON lines, or of record.json as a whole) of `file` edited. */
function edited(file: string, n: number, edits: Edit[]): Record<string, Uint8Array> {
  const text = new TextDecoder().decode(real[file]);
  let out: string;
  if (file === 'data/record.json') {
    // Plain JSON: edits of the whole text, value edits on the parsed object.
    out = edits.reduce((t, e) => applyEdit(t, e).join('\n'), text);
  } else {
    const lines = text.split('\n');
    const i = n % lines.length;
    const changed = edits.reduce((ls, e) => ls.flatMap((l) => applyEdit(l, e)), [lines[i]!]);
    out = [...lines.slice(0, i), ...changed, ...lines.slice(i + 1)].join('\n');
  }
  return { ...real, [file]: enc.encode(out) };
}

describe('fuzz: the loader never throws anything but a located load error', () => {
  it('the base record, made of real lines, opens', () => {
    expect(events.length).toBeGreaterThanOrEqual(5);
    expect('record' in open(real)).toBe(true);
  });

  it('random edits of real lines, in any hand-edited file', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EDITED),
        fc.nat(),
        fc.array(lineEdit, { minLength: 1, maxLength: 3 }),
        (file, n, edits) => located(edited(file, n, edits)),
      ),
      { numRuns: 200 },
    );
    // Edits that leave a valid record and edits that break it both happened: the property saw both sides.
    expect(outcomes.opened).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(50);
  });

  it('random bytes: a whole file, or a line of one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EDITED),
        fc.uint8Array({ maxLength: 300 }),
        fc.option(fc.nat(), { nil: undefined }),
        (file, bytes, line) => {
          if (line === undefined) return located({ ...real, [file]: bytes });
          const lines = new TextDecoder().decode(real[file]).split('\n');
          const i = line % lines.length;
          const before = enc.encode(`${lines.slice(0, i).join('\n')}\n`);
          const after = enc.encode(`\n${lines.slice(i + 1).join('\n')}`);
          const out = new Uint8Array(before.length + bytes.length + after.length);
          out.set(before);
          out.set(bytes, before.length);
          out.set(after, before.length + bytes.length);
          return located({ ...real, [file]: out });
        },
      ),
      {
        numRuns: 200,
        // Whole files saved by an old Mac editor (bare CR): every row still read, or a located error.
        examples: EDITED.map(
          (f) =>
            [f, enc.encode(BASE_TEXT[f]!.replace(/\n/g, '\r')), undefined] as [
              string,
              Uint8Array<ArrayBuffer>,
              number | undefined,
            ],
        ),
      },
    );
  });
});
