import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/types';
import { parseGeoNamesTsv, parsePlaces } from '../../src/core/load/geo';

const fixture = (f: string) => readFileSync(resolve(import.meta.dirname, '../fixtures/geo', f), 'utf8');

function issuesOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e.issues.map((i) => [i.line, i.field]);
    throw e;
  }
  throw new Error('no DataError');
}

describe('parsePlaces', () => {
  it('names file, line and field of every malformed row', () => {
    const text = fixture('places-bad.jsonl');
    expect(issuesOf(() => parsePlaces(text, 'places-bad.jsonl'))).toEqual([
      [3, 'lat'],
      [5, 'kind'],
      [6, '(json)'],
    ]);
    expect(() => parsePlaces(text, 'places-bad.jsonl')).toThrow(/^places-bad\.jsonl:3: field "lat"/);
  });

  it('reads the good rows and skips comments and blank lines', () => {
    const good = fixture('places-bad.jsonl').split('\n').slice(0, 2).join('\n');
    const [p] = parsePlaces(good, 'x.jsonl');
    expect(p?.id).toBe('aleppo');
    expect(p?.geonamesId).toBe(170063);
  });

  it('rejects duplicate ids and a derived point without provenance', () => {
    const row = fixture('places-bad.jsonl').split('\n')[1]!;
    expect(issuesOf(() => parsePlaces(`${row}\n${row}`, 'd.jsonl'))).toEqual([[2, 'id']]);
    const noSource = JSON.stringify({ ...JSON.parse(row), geonamesId: null });
    expect(issuesOf(() => parsePlaces(noSource, 'd.jsonl'))).toEqual([[1, 'coordSource']]);
  });

  it('names the nested field of a bad alias', () => {
    const row = JSON.parse(fixture('places-bad.jsonl').split('\n')[1]!);
    row.aliases[1] = { text: '', source: 'x' };
    expect(issuesOf(() => parsePlaces(JSON.stringify(row), 'a.jsonl'))).toEqual([[1, 'aliases[1].text']]);
  });
});

describe('parseGeoNamesTsv', () => {
  it('names the line and column of a bad value and of a short row', () => {
    expect(issuesOf(() => parseGeoNamesTsv(fixture('geonames-bad.tsv'), 'g.tsv'))).toEqual([
      [4, 'latitude'],
      [5, '(row)'],
    ]);
  });
  it('rejects a file without the expected header', () => {
    expect(issuesOf(() => parseGeoNamesTsv('id\tname\n1\tx\n', 'g.tsv'))).toEqual([[1, '(header)']]);
  });
  it('reads the real extract: 290 Syrian rows', () => {
    const rows = parseGeoNamesTsv(
      readFileSync(resolve(import.meta.dirname, '../../geo/geonames-sy.tsv'), 'utf8'),
      'geo/geonames-sy.tsv',
    );
    expect(rows).toHaveLength(290);
    const homs = rows.find((r) => r.geonameid === 169577)!;
    expect([homs.name, homs.lat, homs.lon, homs.governorate, homs.population]).toEqual([
      'Homs',
      34.72682,
      36.72339,
      'Homs',
      775404,
    ]);
    expect(homs.alternatenames).toContain('حمص');
  });
});
