// Every value echoed back in a message is bounded (issue 14): the link's notice, the loader's reports, and a
// brought record's undecodable file.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { echo, echoName, MAX_ECHO } from '../../src/core/echo';
import { main } from '../../src/cli/main';
import { REPO_ROOT, type CliIO } from '../../src/cli/io';
import { MAX_IGNORED, parseHash } from '../../src/ui/url';
import { filesOfList } from '../../src/ui/record-input';
import { decodeAndCheck } from '../../src/ui/record-decode';

// The bundled record's files, as the app's Open button reads them: every record file under data/ and geo/.
const FILES = ['data', 'geo'].flatMap((dir) =>
  readdirSync(resolve(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .map((f) => `${dir}/${f}`)
    .filter((f) => /\.(json|jsonl|geojson|tsv)$/.test(f)),
);
import { ev, issuesOf, memoryFiles } from '../fixtures/records/memory';

const ctx = { minDate: '2024-11-26', maxDate: '2024-12-08', placeIds: new Set(['homs']) };

describe('echo', () => {
  it('quotes short values whole and cuts long ones at 60 characters with "…"', () => {
    expect(echo('homs')).toBe('"homs"');
    expect(echo('a"b\n')).toBe('"a\\"b\\n"');
    expect(echo('x'.repeat(MAX_ECHO))).toBe(`"${'x'.repeat(60)}"`);
    expect(echo('x'.repeat(100_000))).toBe(`"${'x'.repeat(60)}…"`);
    expect(echoName('y'.repeat(61))).toBe(`${'y'.repeat(60)}…`);
  });

  it('never leaves half of a surrogate pair', () => {
    const s = `${'a'.repeat(59)}😀😀`;
    expect(echoName(s)).toBe(`${'a'.repeat(59)}…`);
    expect(echoName(`${'a'.repeat(58)}😀😀`)).toBe(`${'a'.repeat(58)}😀…`);
  });
});

describe("the link's notice is bounded", () => {
  it('#ruler= and 100,000 characters: the reason fits in a line', () => {
    const { ignored } = parseHash(`#ruler=${'9'.repeat(100_000)}`, ctx);
    expect(ignored).toEqual([`ruler: point 1 "${'9'.repeat(60)}…" is not lon,lat`]);
  });

  it.each([
    ['map', `map=${'1/'.repeat(50_000)}`],
    ['date', `date=${'2'.repeat(100_000)}`],
    ['place', `place=${'p'.repeat(100_000)}`],
    ['units', `units=${'u'.repeat(100_000)}`],
    ['an unknown key', `${'k'.repeat(100_000)}=1`],
    ['an unreadable key', `${'k'.repeat(100_000)}=%E0%A4%A`],
  ])('%s', (_, hash) => {
    const { ignored } = parseHash(`#${hash}`, ctx);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]!.length).toBeLessThan(130);
  });

  it('a link of 10,000 bad keys: five reasons and "and 9995 more"', () => {
    const { ignored } = parseHash(`#${Array.from({ length: 10_000 }, (_, i) => `k${i}=1`).join('&')}`, ctx);
    expect(ignored).toHaveLength(MAX_IGNORED + 1);
    expect(ignored[0]).toBe('"k0": unknown setting');
    expect(ignored.at(-1)).toBe('and 9995 more');
  });
});

describe("the loader's reports echo ids bounded", () => {
  it('an unknown place id of 100,000 characters', () => {
    const [issue] = issuesOf(memoryFiles([ev({ place: 'q'.repeat(100_000) })]));
    expect(issue).toMatchObject({ file: 'data/events.jsonl', line: 1, field: 'place' });
    expect(issue!.message).toBe(`unknown place "${'q'.repeat(60)}…"`);
  });
});

describe('invalid UTF-8 in a data file is refused, not read as U+FFFD', () => {
  const withBadByte = (bytes: Buffer) => {
    const i = bytes.indexOf('"quote":"') + 9;
    return Buffer.concat([bytes.subarray(0, i), Buffer.from([0xe9]), bytes.subarray(i)]);
  };

  it('the command line: exit 1, the file, the offset and the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-utf8-'));
    cpSync(resolve(REPO_ROOT, 'data'), join(dir, 'data'), { recursive: true });
    cpSync(resolve(REPO_ROOT, 'geo'), join(dir, 'geo'), { recursive: true });
    const events = readFileSync(join(dir, 'data/events.jsonl'));
    writeFileSync(join(dir, 'data/events.jsonl'), withBadByte(events));
    const err: string[] = [];
    const io: CliIO = { out: () => {}, err: (t) => err.push(t), stdin: async () => '' };
    expect(await main(['--record', dir, 'state', '--date', '2024-12-06'], io)).toBe(1);
    const line = events.subarray(0, events.indexOf('"quote":"')).toString().split('\n').length;
    expect(err.join('\n')).toMatch(
      new RegExp(
        `^frontline state: data/events\\.jsonl:0: field "\\(file\\)": is not valid UTF-8: byte 0xe9 at offset \\d+ \\(line ${line}\\)`,
      ),
    );
  });

  it('the app: a brought file that is not UTF-8 is refused naming it (in the check worker)', async () => {
    const record: Record<string, Uint8Array> = {};
    for (const f of FILES) record[f] = new Uint8Array(readFileSync(resolve(REPO_ROOT, f)));
    const events = Buffer.from(record['data/events.jsonl']!);
    // A chosen folder is read as bytes, not text: nothing is decoded on the page.
    const [chosen] = await filesOfList([new File([events], 'events.jsonl')]);
    expect(Buffer.from(chosen!.content).equals(events)).toBe(true);

    const good = decodeAndCheck(record);
    expect(good.ok && good.files['data/events.jsonl']).toBe(events.toString('utf8'));
    const bad = decodeAndCheck({ ...record, 'data/events.jsonl': new Uint8Array(withBadByte(events)) });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.lines).toHaveLength(1);
      expect(bad.lines[0]).toMatch(
        /^data\/events\.jsonl: is not valid UTF-8: byte 0xe9 at offset \d+ \(line \d+\)/,
      );
    }
    const binary = decodeAndCheck({ ...record, 'geo/places.jsonl': new Uint8Array([0x7b, 0x00, 0x7d]) });
    expect(binary).toEqual({
      ok: false,
      lines: [
        'geo/places.jsonl: holds a NUL byte at offset 1 (line 1): binary data or UTF-16 without a byte order mark, not UTF-8 text',
      ],
    });
  });

  it('the app: a record that does not open answers its capped report', () => {
    const record: Record<string, Uint8Array> = {};
    for (const f of FILES) record[f] = new Uint8Array(readFileSync(resolve(REPO_ROOT, f)));
    const lines = Array.from({ length: 3000 }, () => '{').join('\n');
    const r = decodeAndCheck({ ...record, 'data/events.jsonl': new TextEncoder().encode(lines) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.lines).toHaveLength(101);
      expect(r.lines.at(-1)).toMatch(/^… and 900 more problems; reading stopped after 1000 problems/);
    }
  });
});
