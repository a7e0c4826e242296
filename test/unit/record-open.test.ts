// openRecord, the one loader of the app and every command: what it builds, and that every problem of every
// file is reported with file, line and field, through the loader itself and through the CLI.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { openRecord } from '../../src/core/record';
import { DataError, type DataIssue } from '../../src/core/types';
import { ev, issuesOf, memoryFiles, PLACES, RECORD } from '../fixtures/records/memory';
import { readerAt, recordAt, REPO_ROOT } from '../fixtures/records/open';

const placesLines = PLACES.split('\n'); // line 1 is a comment; homs, hama, hasakah on lines 2–4
const homsRow = JSON.parse(placesLines[1]!) as Record<string, unknown>;
const withPlaceRow = (row: string) => [...placesLines.slice(0, 2), row, ...placesLines.slice(3)].join('\n');
const events = [ev({ id: 'a' }), ev({ id: 'b', place: 'hama' }), ev({ id: 'c', place: 'hasakah' })];
const placesIssues = (placesText: string): DataIssue[] =>
  issuesOf(memoryFiles(events, { 'geo/places.jsonl': placesText }));

describe('openRecord on the repository', () => {
  const r = recordAt();

  it('builds the one record value: places, gazetteer, model, outline, indexes, events in date order', () => {
    expect(r.info.id).toBe('syria-2024-offensive');
    // Every curated row of geo/places.jsonl is loaded (the count grows with the record's research).
    const placeRows = readFileSync(resolve(REPO_ROOT, 'geo/places.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{')).length;
    expect(placeRows).toBeGreaterThanOrEqual(132);
    expect(r.places.length).toBe(placeRows);
    expect(r.gazetteer.all().length).toBeGreaterThan(r.places.length);
    expect(r.placesById.get(r.info.target)?.curated).toBe(true);
    expect(r.outlineByPlace.has(r.info.target)).toBe(true);
    expect(r.clip.type === 'Polygon' || r.clip.type === 'MultiPolygon').toBe(true);
    expect(r.blocs).toEqual([...new Set(r.factions.map((f) => f.bloc))]);
    // Date order, and file order within a day.
    const file = readFileSync(resolve(REPO_ROOT, 'data/events.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { id: string; date: string });
    const expected = file
      .map((e, i) => ({ ...e, i }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.i - b.i)
      .map((e) => e.id);
    expect(r.events.map((e) => e.id)).toEqual(expected);
    // (The repository's file is kept in date order by hand; the memory record's test, "keeps the events in the
    // one order of the record", shows the sort on a file that is not.)
  });

  it('answers the same through an async reader', async () => {
    const read = readerAt(REPO_ROOT);
    const a = await openRecord(async (p) => read(p));
    expect(a.events.map((e) => e.id)).toEqual(r.events.map((e) => e.id));
    expect(a.model.stateAt('2024-12-06')).toEqual(r.model.stateAt('2024-12-06'));
  });
});

describe('openRecord names every bad places line with file, line and field', () => {
  it('a latitude out of range', () => {
    expect(placesIssues(withPlaceRow(JSON.stringify({ ...homsRow, id: 'hama', lat: 95 })))).toEqual([
      expect.objectContaining({ file: 'geo/places.jsonl', line: 3, field: 'lat' }),
    ]);
  });

  it('a latitude given as a string', () => {
    const [i, ...rest] = placesIssues(withPlaceRow(JSON.stringify({ ...homsRow, id: 'hama', lat: '35.1' })));
    expect(rest).toEqual([]);
    expect(i).toMatchObject({ file: 'geo/places.jsonl', line: 3, field: 'lat' });
    expect(i!.message).toMatch(/number/);
  });

  it('a duplicate id, on the later line', () => {
    expect(placesIssues(withPlaceRow(placesLines[1]!))).toEqual([
      { file: 'geo/places.jsonl', line: 3, field: 'id', message: 'duplicate id "homs" (first on line 2)' },
    ]);
  });

  it('a Latin nameAr', () => {
    expect(placesIssues(withPlaceRow(JSON.stringify({ ...homsRow, id: 'hama', nameAr: 'Hama' })))).toEqual([
      expect.objectContaining({ file: 'geo/places.jsonl', line: 3, field: 'nameAr' }),
    ]);
  });

  it('a truncated line is blamed on geo/places.jsonl, not on the events that name the place', () => {
    const list = placesIssues(withPlaceRow(placesLines[2]!.slice(0, 80)));
    expect(list.map((i) => [i.file, i.line, i.field])).toEqual([['geo/places.jsonl', 3, '(json)']]);
  });
});

describe('openRecord checks record.json against the other files', () => {
  it('names the line and path of an unknown place in a claim', () => {
    const record = RECORD.replace(
      '"claims": [],',
      `"claims": [
    {
      "id": "c", "source": "web", "quote": "q", "target": "homs",
      "places": ["hama",
        "homz"],
      "reference": "city", "minKm": 0, "maxKm": 5, "nominalKm": 5, "reading": "r"
    }
  ],`,
    );
    expect(issuesOf(memoryFiles(events, { 'data/record.json': record }))).toEqual([
      {
        file: 'data/record.json',
        line: 19,
        field: 'claims.0.places.1',
        message: 'unknown place "homz"; did you mean "homs", "hama"?',
      },
    ]);
  });

  it('names an unknown target, a bloc no faction has, and a missing outline file', () => {
    const record = RECORD.replace('"target": "homs"', '"target": "idlib"')
      .replace('"advancingBloc": "opposition"', '"advancingBloc": "rebels"')
      .replace('geo/outline.geojson', 'geo/nowhere.geojson');
    const list = issuesOf(memoryFiles(events, { 'data/record.json': record }));
    expect(list.map((i) => `${i.file}:${i.line}:${i.field}`)).toEqual([
      'data/record.json:12:target',
      'data/record.json:13:advancingBloc',
      'geo/nowhere.geojson:0:(file)',
    ]);
    expect(list[2]!.message).toBe('file not found');
  });
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t), stdin: async () => '' };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}

/** A copy of the repository's record in a temporary folder, with some files replaced. */
function copyOfRepoRecord(replace: Record<string, (text: string) => string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-record-'));
  cpSync(resolve(REPO_ROOT, 'data'), join(dir, 'data'), { recursive: true });
  cpSync(resolve(REPO_ROOT, 'geo'), join(dir, 'geo'), { recursive: true });
  for (const [path, f] of Object.entries(replace))
    writeFileSync(join(dir, path), f(readFileSync(join(dir, path), 'utf8')));
  return dir;
}

describe('every command reports a bad places file through the same loader', () => {
  const lines = readFileSync(resolve(REPO_ROOT, 'geo/places.jsonl'), 'utf8').split('\n');
  const n = lines.findIndex((l) => l.startsWith('{')) + 1; // the first place's line, 1-based
  const bad = (f: (row: Record<string, unknown>) => unknown) => ({
    'geo/places.jsonl': () =>
      lines.map((l, i) => (i === n - 1 ? JSON.stringify(f(JSON.parse(l))) : l)).join('\n'),
  });

  it.each([
    ['a latitude of 95', bad((r) => ({ ...r, lat: 95 })), 'lat'],
    ['a latitude as a string', bad((r) => ({ ...r, lat: String(r.lat) })), 'lat'],
    ['a Latin nameAr', bad((r) => ({ ...r, nameAr: 'Halab' })), 'nameAr'],
  ])('%s: exit 1, file, line and field on stderr', async (_, replace, field) => {
    const dir = copyOfRepoRecord(replace);
    for (const args of [
      ['state', '--date', '2024-12-06'],
      ['geocode', 'Hama'],
      ['export', '--csv'],
    ]) {
      const c = capture();
      expect(await main(['--record', dir, ...args], c.io)).toBe(1);
      expect(c.err()).toContain(`geo/places.jsonl:${n}: field "${field}"`);
      expect(c.err()).not.toContain('data/events.jsonl');
    }
  });

  it('a duplicate id and a truncated line', async () => {
    const dup = copyOfRepoRecord({
      'geo/places.jsonl': (t) => t.replace(lines[n - 1]!, `${lines[n - 1]!}\n${lines[n - 1]!}`),
    });
    const c = capture();
    expect(await main(['--record', dup, 'state', '--date', '2024-12-06'], c.io)).toBe(1);
    expect(c.err()).toMatch(new RegExp(`geo/places\\.jsonl:${n + 1}: field "id": duplicate id`));

    const cut = copyOfRepoRecord({ 'geo/places.jsonl': (t) => t.replace(lines[n]!, lines[n]!.slice(0, 50)) });
    const d = capture();
    expect(await main(['state', '--date', '2024-12-06', '--record', cut], d.io)).toBe(1);
    expect(d.err()).toContain(`geo/places.jsonl:${n + 1}: field "(json)": not valid JSON`);
    expect(d.err()).not.toContain('data/events.jsonl');
  });

  it('the DataError lists every problem at once', async () => {
    const dir = copyOfRepoRecord({
      ...bad((r) => ({ ...r, lat: 95 })),
      'data/factions.jsonl': (t) => t.replace('"color":"#c0392b"', '"color":"red"'),
    });
    try {
      await openRecord(readerAt(dir));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).issues.map((i) => `${i.file}:${i.field}`).sort()).toEqual([
        'data/factions.jsonl:color',
        'geo/places.jsonl:lat',
      ]);
    }
  });
});
