// The data/ files through the one loader (openRecord): every problem names its file, line and field.
import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../../src/core/types';
import { parseFactions, parseSources } from '../../src/core/load/data';
import {
  ev,
  FACTIONS,
  issuesOf as issuesOfFiles,
  memoryFiles,
  openMemory,
  RECORD,
} from '../fixtures/records/memory';

const files = memoryFiles;
const issuesOf = issuesOfFiles;

/** The one issue of a record with a single bad event on line 2 (line 1 is a comment). */
function oneIssue(bad: Record<string, unknown>): DataIssue {
  const list = issuesOf(files(['# a comment line still counts', ev({ id: 'bad', ...bad })]));
  expect(list).toHaveLength(1);
  return list[0]!;
}

describe('openRecord: data/', () => {
  it('loads a valid record and keeps where each event came from', () => {
    const r = openMemory(
      files([
        '',
        ev({ id: 'a' }),
        ev({
          id: 'b',
          date: '2024-12-02',
          place: 'hama',
          status: 'contested',
          factions: ['hts', 'government'],
        }),
      ]),
    );
    expect(r.info.end).toBe('2024-12-12');
    expect(r.factions.map((f) => f.id)).toEqual(['government', 'hts']);
    expect(r.events.map((e) => [e.id, e.origin?.line])).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
  });

  it('names an unknown place with the nearest ids', () => {
    const i = oneIssue({ place: 'homz' });
    expect(i).toMatchObject({ file: 'data/events.jsonl', line: 2, field: 'place' });
    expect(i.message).toBe('unknown place "homz"; did you mean "homs", "hama"?');
  });

  it('keeps the events in the one order of the record: by date, then by file order', () => {
    const r = openMemory(
      files([
        ev({ id: 'late', date: '2024-12-03' }),
        ev({ id: 'hama-1', date: '2024-12-01', place: 'hama' }),
        ev({ id: 'homs-1', date: '2024-12-01' }),
        ev({ id: 'early', date: '2024-11-26', place: 'hasakah' }),
      ]),
    );
    expect(r.events.map((e) => e.id)).toEqual(['early', 'hama-1', 'homs-1', 'late']);
  });

  it('names an unknown faction by its index', () => {
    expect(oneIssue({ status: 'contested', factions: ['hts', 'isis'] })).toMatchObject({
      line: 2,
      field: 'factions.1',
    });
  });

  it('rejects a bad date', () => {
    expect(oneIssue({ date: '2024-02-30' })).toMatchObject({
      line: 2,
      field: 'date',
      message: 'not a date (YYYY-MM-DD)',
    });
  });

  it("rejects a date outside the record's range", () => {
    const i = oneIssue({ date: '2024-12-13' });
    expect(i).toMatchObject({ line: 2, field: 'date' });
    expect(i.message).toContain('outside');
  });

  it('rejects an event with no source', () => {
    expect(oneIssue({ citations: [] })).toMatchObject({
      line: 2,
      field: 'citations',
      message: 'an event needs at least one source',
    });
  });

  it('rejects an unknown source id', () => {
    expect(
      oneIssue({
        citations: [
          { source: 'web', quote: 'q' },
          { source: 'nope', quote: 'q' },
        ],
      }),
    ).toMatchObject({
      line: 2,
      field: 'citations.1.source',
    });
  });

  it('rejects an empty quote', () => {
    expect(oneIssue({ citations: [{ source: 'web', quote: '  ' }] })).toMatchObject({
      line: 2,
      field: 'citations.0.quote',
    });
  });

  it('rejects a controlled event with two factions and a contested one with one', () => {
    expect(oneIssue({ factions: ['hts', 'government'] })).toMatchObject({ field: 'factions' });
    expect(oneIssue({ status: 'contested', factions: ['hts'] })).toMatchObject({ field: 'factions' });
  });

  it('rejects two contradictory events for one place on one day, naming both lines', () => {
    const list = issuesOf(files([ev({ id: 'a' }), ev({ id: 'b', factions: ['hts'] })]));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ line: 2, field: 'date' });
    expect(list[0]!.message).toContain('contradicts line 1');
  });

  it('rejects duplicate event ids', () => {
    const list = issuesOf(files([ev({ id: 'a' }), ev({ id: 'a', date: '2024-12-02' })]));
    expect(list).toEqual([
      { file: 'data/events.jsonl', line: 2, field: 'id', message: 'duplicate id "a" (first on line 1)' },
    ]);
  });

  it('rejects a line that is not JSON', () => {
    expect(issuesOf(files([ev({ id: 'a' }), '{"id": '])).map((i) => [i.line, i.field])).toEqual([
      [2, '(line)'],
    ]);
  });

  it('collects the issues of every file before throwing', () => {
    const badFaction =
      FACTIONS + '\n{"id":"sdf","name":"SDF","bloc":"Kurds","color":"yellow","description":""}';
    const badRecord = RECORD.replace('"2024-12-12"', '"2024-11-01"');
    const list = issuesOf(
      files([ev({ id: 'a', place: 'nowhere' })], {
        'data/factions.jsonl': badFaction,
        'data/record.json': badRecord,
      }),
    );
    expect(list.map((i) => `${i.file}:${i.line}:${i.field}`).sort()).toEqual([
      'data/events.jsonl:1:place',
      'data/factions.jsonl:4:bloc',
      'data/factions.jsonl:4:color',
      'data/record.json:10:defaultDate',
      'data/record.json:5:end',
    ]);
  });

  it('reports a missing record field on its own name', () => {
    const list = issuesOf(
      files([ev({ id: 'a' })], { 'data/record.json': RECORD.replace('"licence": "CC-BY-4.0",', '') }),
    );
    expect(list.map((i) => [i.file, i.field])).toEqual([['data/record.json', 'licence']]);
  });
});

describe('parseSources and parseFactions', () => {
  it('reject a source with a malformed URL and an unknown field', () => {
    const issues: DataIssue[] = [];
    parseSources(
      '{"id":"x","outlet":"o","title":"t","date":"2024-12-01","url":"not a url","extra":1}',
      's.jsonl',
      issues,
    );
    expect(issues.map((i) => i.field).sort()).toEqual(['(object)', 'kind', 'language', 'url']);
  });

  it('reject a duplicate faction id on the later line', () => {
    const issues: DataIssue[] = [];
    parseFactions(FACTIONS + '\n' + FACTIONS.split('\n')[1], 'f.jsonl', issues);
    expect(issues).toEqual([
      { file: 'f.jsonl', line: 4, field: 'id', message: 'duplicate id "government" (first on line 2)' },
    ]);
  });
});
