// Every value echoed back in a message is bounded (issue 14): the link's notice, the loader's reports, and a
// brought record's undecodable file.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { echo, echoName, MAX_ECHO } from '../../src/core/echo';
import { main } from '../../src/cli/main';
import { REPO_ROOT, type CliIO } from '../../src/cli/io';
import { MAX_IGNORED, parseHash } from '../../src/ui/url';
import { filesOfList, RecordInputError } from '../../src/ui/record-input';
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

  it('the app: a chosen file that is not UTF-8 is refused naming it', async () => {
    const events = readFileSync(resolve(REPO_ROOT, 'data/events.jsonl'));
    const file = new File([withBadByte(events)], 'events.jsonl');
    await expect(filesOfList([file])).rejects.toThrow(RecordInputError);
    await expect(filesOfList([file])).rejects.toThrow(/^events\.jsonl: is not valid UTF-8: byte 0xe9/);
    const ok = await filesOfList([new File([events], 'events.jsonl')]);
    expect(ok[0]!.text).toBe(events.toString('utf8'));
  });
});
