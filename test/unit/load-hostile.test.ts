// Bad input never passes silently (issue 14): line endings, an empty record, and the limit on problems, through
// the one loader (openRecord) and the command line.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { REPO_ROOT, type CliIO } from '../../src/cli/io';
import { jsonValueLines } from '../../src/core/load/json-lines';
import { DataError, issueReport, MAX_ISSUES, SHOWN_ISSUES, type DataIssue } from '../../src/core/types';
import { ev, issuesOf, memoryFiles, openMemory, PLACES, RECORD, SOURCES } from '../fixtures/records/memory';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t), stdin: async () => '' };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}

/** A copy of the repository's record in a temporary folder, with some files replaced. */
function copyOfRepoRecord(replace: Record<string, (text: string) => string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-hostile-'));
  cpSync(resolve(REPO_ROOT, 'data'), join(dir, 'data'), { recursive: true });
  cpSync(resolve(REPO_ROOT, 'geo'), join(dir, 'geo'), { recursive: true });
  for (const [path, f] of Object.entries(replace))
    writeFileSync(join(dir, path), f(readFileSync(join(dir, path), 'utf8')));
  return dir;
}

describe('line endings: LF, CRLF and bare CR all end a line', () => {
  const lines = ['# events', ev({ id: 'a' }), ev({ id: 'b', date: '2024-12-02', place: 'hama' })];

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['bare CR (old Mac editors)', '\r'],
  ])('events.jsonl with %s: both events, on lines 2 and 3', (_, eol) => {
    const r = openMemory({ ...memoryFiles([]), 'data/events.jsonl': lines.join(eol) });
    expect(r.events.map((e) => [e.id, e.origin?.line])).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
  });

  it('places.jsonl with bare CR: every place, and a bad row named by its own line', () => {
    const r = openMemory({
      ...memoryFiles([ev({ id: 'a' })]),
      'geo/places.jsonl': PLACES.split('\n').join('\r'),
    });
    expect(r.places.map((p) => p.id)).toEqual(['homs', 'hama', 'hasakah']);
    const bad = PLACES.split('\n');
    bad[3] = bad[3]!.replace(/"lat":[\d.]+/, '"lat":95');
    expect(issuesOf({ ...memoryFiles([ev({ id: 'a' })]), 'geo/places.jsonl': bad.join('\r') })).toEqual([
      expect.objectContaining({ file: 'geo/places.jsonl', line: 4, field: 'lat' }),
    ]);
  });

  it('a bad event line in a bare-CR file is named by its line', () => {
    const text = [...lines, ev({ id: 'c', place: 'homz' })].join('\r');
    expect(issuesOf({ ...memoryFiles([]), 'data/events.jsonl': text })).toEqual([
      expect.objectContaining({ file: 'data/events.jsonl', line: 4, field: 'place' }),
    ]);
  });

  it('record.json with bare CR: a bad field is named on its own line', () => {
    expect(jsonValueLines(RECORD.split('\n').join('\r')).get('end')).toBe(5);
    const files = { ...memoryFiles([ev({ id: 'a' })]), 'data/record.json': RECORD.split('\n').join('\r') };
    expect(openMemory(files).info.end).toBe('2024-12-12');
    const bad = RECORD.replace('"end": "2024-12-12"', '"end": "2024-13-12"').split('\n').join('\r');
    expect(issuesOf({ ...files, 'data/record.json': bad })).toEqual([
      expect.objectContaining({ file: 'data/record.json', line: 5, field: 'end' }),
    ]);
  });
});

describe('a record with no events is a load error, not an empty map', () => {
  it.each([
    ['an empty file', ''],
    ['only comments and blank lines', '# nothing yet\n\n# still nothing\n'],
  ])('%s', (_, text) => {
    expect(issuesOf({ ...memoryFiles([]), 'data/events.jsonl': text })).toEqual([
      {
        file: 'data/events.jsonl',
        line: 1,
        field: '(file)',
        message: 'no events: the file is empty or holds only comments (a record needs at least one event)',
      },
    ]);
  });

  it('the command line: an empty events file exits 1 naming it; a bare-CR copy reads as its LF twin', async () => {
    const empty = copyOfRepoRecord({ 'data/events.jsonl': () => '# emptied\n' });
    const c = capture();
    expect(await main(['--record', empty, 'state', '--date', '2024-12-06'], c.io)).toBe(1);
    expect(c.err()).toContain('data/events.jsonl:1: field "(file)": no events');
    expect(c.out()).toBe('');

    // The real record saved with bare CR: read as it is with LF, not as one comment line.
    const cr = copyOfRepoRecord({ 'data/events.jsonl': (t) => t.replace(/\r?\n/g, '\r') });
    const lf = capture();
    const mac = capture();
    expect(await main(['state', '--date', '2024-12-06'], lf.io)).toBe(0);
    expect(await main(['--record', cr, 'state', '--date', '2024-12-06'], mac.io)).toBe(0);
    expect(mac.out()).toBe(lf.out());
    expect(JSON.parse(mac.out()).some((p: { status: string }) => p.status !== 'unknown')).toBe(true);
  });
});

describe('limits: reading stops past 1,000 problems; a report shows 100 and "and N more"', () => {
  const badLines = (n: number) => ['# bad', ...Array.from({ length: n }, (_, i) => `{"id":"x${i}",`)];

  it('500,000 bad lines: stops at the limit, quickly, and says so', () => {
    const text = badLines(500_000).join('\n');
    expect(text.length).toBeGreaterThan(5_000_000);
    const t0 = performance.now();
    let err: DataError | undefined;
    try {
      openMemory({ ...memoryFiles([]), 'data/events.jsonl': text });
    } catch (e) {
      err = e as DataError;
    }
    const ms = performance.now() - t0;
    expect(err).toBeInstanceOf(DataError);
    expect(err!.issues).toHaveLength(MAX_ISSUES);
    expect(err!.issues[0]).toMatchObject({ file: 'data/events.jsonl', line: 2, field: '(line)' });
    expect(err!.issues.at(-1)).toMatchObject({ line: MAX_ISSUES + 1 });
    const lines = err!.message.split('\n');
    expect(lines).toHaveLength(SHOWN_ISSUES + 1);
    expect(lines.at(-1)).toBe(
      `… and ${MAX_ISSUES - SHOWN_ISSUES} more problems; reading stopped after ${MAX_ISSUES} problems, so there may be more: fix these first`,
    );
    expect(ms).toBeLessThan(3000);
  });

  it('valid lines that all name an unknown place: the cross-file check stops at the limit too', () => {
    const events = Array.from({ length: 5000 }, (_, i) => ev({ id: `e${i}`, place: `nowhere-${i}` }));
    expect(issuesOf(memoryFiles(events))).toHaveLength(MAX_ISSUES);
  });

  it('issueReport: all of a short list, the first 100 of a long one', () => {
    const issue = (line: number): DataIssue => ({ file: 'f', line, field: 'x', message: 'bad' });
    expect(issueReport([issue(1), issue(2)])).toEqual(['f:1: field "x": bad', 'f:2: field "x": bad']);
    const r = issueReport(Array.from({ length: 250 }, (_, i) => issue(i + 1)));
    expect(r).toHaveLength(101);
    expect(r[99]).toBe('f:100: field "x": bad');
    expect(r[100]).toBe('… and 150 more problems');
    expect(issueReport(Array.from({ length: 101 }, (_, i) => issue(i + 1))).at(-1)).toBe(
      '… and 1 more problem',
    );
  });

  it('the command line prints at most 101 lines for a file of 20,000 bad lines, exit 1', async () => {
    const dir = copyOfRepoRecord({ 'data/events.jsonl': () => badLines(20_000).join('\n') });
    const c = capture();
    expect(await main(['--record', dir, 'state', '--date', '2024-12-06'], c.io)).toBe(1);
    const lines = c.err().split('\n');
    expect(lines).toHaveLength(SHOWN_ISSUES + 1);
    expect(lines[0]).toMatch(/^frontline state: data\/events\.jsonl:2: field "\(line\)": not valid JSON/);
    expect(lines.at(-1)).toMatch(/^… and 900 more problems; reading stopped after 1000 problems/);
  });
});

describe('source URLs: http and https only, in the loader', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/a',
  ])('%s is refused on its line, field "url"', (url) => {
    const sources = SOURCES.replace('"url":"https://example.org/a"', `"url":${JSON.stringify(url)}`);
    expect(sources).not.toBe(SOURCES);
    expect(issuesOf({ ...memoryFiles([ev({ id: 'a' })]), 'data/sources.jsonl': sources })).toEqual([
      { file: 'data/sources.jsonl', line: 2, field: 'url', message: 'not an http or https URL' },
    ]);
  });

  it('http and https open', () => {
    const http = SOURCES.replace('https://example.org/a', 'http://example.org/a');
    expect(
      openMemory({ ...memoryFiles([ev({ id: 'a' })]), 'data/sources.jsonl': http }).sources[1]!.url,
    ).toBe('http://example.org/a');
  });
});
