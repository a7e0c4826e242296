import { describe, expect, it } from 'vitest';
import { DataError, type DataIssue } from '../types';
import { loadRecord, parseFactions, parseSourceKinds, parseSources, type RecordFiles } from './data';

const RECORD = `{
  "id": "test",
  "title": "Test record",
  "start": "2024-11-26",
  "end": "2024-12-12",
  "licence": "CC-BY-4.0",
  "description": ""
}`;
const FACTIONS = [
  '# factions',
  '{"id":"government","name":"Government","bloc":"government","color":"#c0392b","description":""}',
  '{"id":"hts","name":"HTS","bloc":"opposition","color":"#0f5e6b","description":""}',
].join('\n');
const SOURCES = [
  '{"id":"000_a.txt","outlet":"AFP","title":"T","date":"2024-12-06","url":null,"kind":"seed","language":"en","note":"seed article"}',
  '{"id":"web","outlet":"Web","title":"T","date":"2024-12-06","url":"https://example.org/a","kind":"news-site","language":"en"}',
].join('\n');
const ev = (o: Record<string, unknown>) =>
  JSON.stringify({
    id: 'e',
    date: '2024-12-01',
    place: 'homs',
    status: 'controlled',
    factions: ['government'],
    citations: [{ source: 'web', quote: 'q' }],
    confidence: 'high',
    precision: 'day',
    ...o,
  });

function files(events: string[], over: Partial<Record<keyof RecordFiles, string>> = {}): RecordFiles {
  return {
    record: { text: over.record ?? RECORD, fileName: 'data/record.json' },
    factions: { text: over.factions ?? FACTIONS, fileName: 'data/factions.jsonl' },
    sources: { text: over.sources ?? SOURCES, fileName: 'data/sources.jsonl' },
    events: { text: events.join('\n'), fileName: 'data/events.jsonl' },
  };
}

const PLACES = new Set(['homs', 'hama', 'hasakah']);

function issuesOf(f: RecordFiles): DataIssue[] {
  try {
    loadRecord(f, { placeIds: PLACES, suggest: (id) => (id === 'homz' ? ['homs'] : []) });
  } catch (e) {
    if (e instanceof DataError) return e.issues;
    throw e;
  }
  return [];
}

/** The one issue of a record with a single bad event on line 2 (line 1 is a comment). */
function oneIssue(bad: Record<string, unknown>): DataIssue {
  const list = issuesOf(files(['# a comment line still counts', ev({ id: 'bad', ...bad })]));
  expect(list).toHaveLength(1);
  return list[0]!;
}

describe('loadRecord', () => {
  it('loads a valid record and keeps where each event came from', () => {
    const r = loadRecord(
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
      {
        placeIds: PLACES,
      },
    );
    expect(r.record.end).toBe('2024-12-12');
    expect(r.factions.map((f) => f.id)).toEqual(['government', 'hts']);
    expect(r.events.map((e) => [e.id, e.origin?.line])).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
  });

  it('names an unknown place with the nearest ids', () => {
    const i = oneIssue({ place: 'homz' });
    expect(i).toMatchObject({ file: 'data/events.jsonl', line: 2, field: 'place' });
    expect(i.message).toBe('unknown place "homz"; did you mean "homs"?');
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

  it('wants an English translation beside a quote from a source in another language', () => {
    const ar =
      SOURCES +
      '\n{"id":"ar","outlet":"Enab Baladi (Arabic)","title":"T","date":"2024-12-05","url":"https://enabbaladi.net/1","kind":"news-site","language":"ar"}';
    const cite = (c: Record<string, string>) => ev({ id: 'x', citations: [{ source: 'ar', ...c }] });
    expect(issuesOf(files(['#', cite({ quote: 'نبل' })], { sources: ar }))).toEqual([
      {
        file: 'data/events.jsonl',
        line: 2,
        field: 'citations.0.translation',
        message: '"ar" is in ar: keep the quote in the original and give an English translation',
      },
    ]);
    expect(issuesOf(files(['#', cite({ quote: 'نبل', translation: 'Nubl' })], { sources: ar }))).toEqual([]);
    // An English post quoted from a page in another language says so, and needs no translation.
    expect(
      issuesOf(files(['#', cite({ quote: 'Rebels entered Nubl', language: 'en' })], { sources: ar })),
    ).toEqual([]);
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
      FACTIONS + '\n{"id":"sdf","name":"SDF","bloc":"kurds","color":"yellow","description":""}';
    const badRecord = RECORD.replace('"2024-12-12"', '"2024-11-01"');
    const list = issuesOf(
      files([ev({ id: 'a', place: 'nowhere' })], { factions: badFaction, record: badRecord }),
    );
    expect(list.map((i) => `${i.file}:${i.line}:${i.field}`).sort()).toEqual([
      'data/events.jsonl:1:place',
      'data/factions.jsonl:4:bloc',
      'data/factions.jsonl:4:color',
      'data/record.json:5:end',
    ]);
  });

  it('reports a missing record field on its own name', () => {
    const list = issuesOf(
      files([ev({ id: 'a' })], { record: RECORD.replace('"licence": "CC-BY-4.0",', '') }),
    );
    expect(list.map((i) => [i.file, i.field])).toEqual([['data/record.json', 'licence']]);
  });
});

describe('parseSources and parseFactions', () => {
  it('reject a source with a malformed URL and an unknown field', () => {
    const issues: DataIssue[] = [];
    parseSources(
      '{"id":"x","outlet":"o","title":"t","date":"2024-12-01","url":"not a url","kind":"wire","language":"en","extra":1}',
      's.jsonl',
      issues,
    );
    expect(issues.map((i) => i.field).sort()).toEqual(['(object)', 'url']);
  });

  it('accept only http and https links, so no javascript: or data: URL reaches the page', () => {
    const row = (url: string) =>
      JSON.stringify({ id: 'x', outlet: 'o', title: 't', date: null, url, kind: 'wire', language: 'en' });
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'ftp://example.org/a',
      'file:///etc/passwd',
    ]) {
      const issues: DataIssue[] = [];
      expect(parseSources(row(bad), 's.jsonl', issues)).toEqual([]);
      expect(issues, bad).toEqual([
        { file: 's.jsonl', line: 1, field: 'url', message: 'not an http or https URL' },
      ]);
    }
    for (const good of ['http://cryer.org.uk/a', 'https://www.trtworld.com:443/article/1']) {
      const issues: DataIssue[] = [];
      expect(parseSources(row(good), 's.jsonl', issues).map((x) => x.url)).toEqual([good]);
      expect(issues).toEqual([]);
    }
  });

  it('require a kind and a language, and check the kind against the kinds file', () => {
    const issues: DataIssue[] = [];
    const kinds = parseSourceKinds(
      '# kinds\n{"id":"wire","sufficient":true,"description":"agency"}\n{"id":"wiki","sufficient":false,"description":"wiki"}',
      'k.jsonl',
      issues,
    );
    expect(kinds.map((k) => [k.id, k.sufficient])).toEqual([
      ['wire', true],
      ['wiki', false],
    ]);
    parseSources(
      [
        '{"id":"a","outlet":"o","title":"t","date":null,"url":null,"kind":"blog","language":"en"}',
        '{"id":"b","outlet":"o","title":"t","date":null,"url":null,"language":"English"}',
      ].join('\n'),
      's.jsonl',
      issues,
      kinds,
    );
    expect(issues.map((i) => `${i.line} ${i.field}: ${i.message}`)).toEqual([
      '2 kind: Invalid input: expected string, received undefined',
      '2 language: not an ISO 639 language code (en, ar, pt …)',
      '1 kind: unknown source kind "blog" (known: wire, wiki)',
    ]);
  });

  it('reject a duplicate faction id on the later line', () => {
    const issues: DataIssue[] = [];
    parseFactions(FACTIONS + '\n' + FACTIONS.split('\n')[1], 'f.jsonl', issues);
    expect(issues).toEqual([
      { file: 'f.jsonl', line: 4, field: 'id', message: 'duplicate id "government" (first on line 2)' },
    ]);
  });
});
