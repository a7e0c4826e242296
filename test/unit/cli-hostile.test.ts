// The command line against careless and hostile arguments (issue 14): a file it cannot write, and the ruler.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { REPO_ROOT, type CliIO } from '../../src/cli/io';
import { MAX_RULER_POINTS, parseRuler } from '../../src/core/measure/ruler';
import { decodeRuler } from '../../src/ui/tools/ruler-url';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t), stdin: async () => '' };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}

describe('export --out to a place it cannot write: one line naming the path and the reason, exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-out-'));
  const folder = join(dir, 'a-folder');
  mkdirSync(folder);
  for (const ext of ['geojson', 'csv']) {
    writeFileSync(join(dir, `locked.${ext}`), '');
    chmodSync(join(dir, `locked.${ext}`), 0o444);
  }
  const file = join(dir, 'a-file');
  writeFileSync(file, '');
  const long = (ext: string): string => join(dir, `${'x'.repeat(300)}.${ext}`);
  // Root may write a read-only file: the unwritable case is then checked only where it can be.
  const rootCanWrite = process.getuid?.() === 0;

  // Each path by the extension of the format written (the format follows the name; --force lets the write
  // reach the file system, where it fails).
  type Case = [string, (ext: string) => string, RegExp];
  const cases: Case[] = [
    [
      'a missing folder',
      (ext) => join(dir, 'missing', `day.${ext}`),
      /: no such folder \(create it first\)$/,
    ],
    ['a folder', () => folder, /: it is a folder; give a file name$/],
    [
      'a file used as a folder',
      (ext) => join(file, `day.${ext}`),
      /: a part of the path is a file, not a folder$/,
    ],
    ['an over-long name', long, /: the name is too long$/],
    ...(rootCanWrite
      ? []
      : ([['an unwritable file', (ext) => join(dir, `locked.${ext}`), /: permission denied$/]] as Case[])),
  ];

  it.each(cases)('%s', async (_, out, reason) => {
    for (const [mode, format] of [
      [['--date', '2024-12-06'], 'geojson'],
      [['--timeline'], 'geojson'],
      [['--csv'], 'csv'],
    ] as const) {
      const c = capture();
      const args = ['export', ...mode, '--format', format, '--out', out(format), '--force'];
      expect(await main(args, c.io)).toBe(1);
      const lines = c.err().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^frontline export: cannot write /);
      expect(lines[0]).toMatch(reason);
      expect(lines[0]!.length).toBeLessThan(320);
      expect(c.out()).toBe('');
    }
  });

  it.each(cases)('compare --out to %s', async (_, out, reason) => {
    const c = capture();
    expect(
      await main(['compare', '--from', '2024-11-29', '--to', '2024-12-08', '--out', out('geojson')], c.io),
    ).toBe(1);
    expect(c.err().split('\n')).toHaveLength(1);
    expect(c.err()).toMatch(/^frontline compare: cannot write /);
    expect(c.err()).toMatch(reason);
    expect(c.out()).toBe('');
  });

  it('the path is named (bounded when over-long)', async () => {
    const c = capture();
    await main(['export', '--csv', '--out', join(dir, 'missing', 'x.csv')], c.io);
    expect(c.err()).toContain(join(dir, 'missing', 'x.csv'));
    const d = capture();
    await main(['export', '--csv', '--out', long('csv')], d.io);
    expect(d.err()).toContain(`${dir}/xxxx`);
    expect(d.err()).toContain('…');
  });

  it('a real process: no stack trace, exit 1', () => {
    const r = spawnSync(
      process.execPath,
      ['bin/frontline.js', 'export', '--csv', '--format', 'csv', '--out', folder, '--force'],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      `frontline export: cannot write ${folder}: it is a folder; give a file name`,
    );
    expect(r.stdout).toBe('');
  });

  it('an unwritable file (as an unprivileged user: root may write a read-only file)', () => {
    const open = mkdtempSync(join(tmpdir(), 'frontline-ro-'));
    chmodSync(open, 0o777);
    const target = join(open, 'locked.csv');
    writeFileSync(target, 'kept');
    chmodSync(target, 0o444);
    const r = spawnSync(
      process.execPath,
      ['bin/frontline.js', 'export', '--csv', '--out', target, '--force'],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        // `nobody`, when the tests run as root; otherwise the test's own user, which cannot write it either.
        ...(rootCanWrite ? { uid: 65534, gid: 65534 } : {}),
      },
    );
    expect(r.stderr.trim()).toBe(`frontline export: cannot write ${target}: permission denied`);
    expect(r.status).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe('kept');
  });
});

describe('one strict ruler parser for --ruler and #ruler=', () => {
  it.each([
    [',;,', 'point 1 "," is not lon,lat'],
    ['36.7,34.9;36.8,34.7,5', 'point 2 "36.8,34.7,5" is not lon,lat'],
    ['36.7,34.9;1e3,4', 'point 2 "1e3,4" is not lon,lat'],
    ['36.7,34.9;181,34', 'point 2 longitude 181 is outside −180…180'],
    ['36.7,-91;36.7,34', 'point 1 latitude -91 is outside −90…90'],
    ['36.7,34.9;;36.8,34.7', 'point 2 "" is not lon,lat'],
    [
      Array(MAX_RULER_POINTS + 1)
        .fill('1,2')
        .join(';'),
      `more than ${MAX_RULER_POINTS} points`,
    ],
  ])('%j is refused by both', async (text, error) => {
    expect(parseRuler(text)).toEqual({ ok: false, error });
    expect(decodeRuler(text)).toEqual({ ok: false, error: `ruler: ${error}` });
    const c = capture();
    expect(await main(['export', '--date', '2024-12-06', '--ruler', text], c.io)).toBe(2);
    expect(c.err()).toBe(`frontline export: --ruler: ${error}`);
  });

  it('echoes at most 60 characters of a bad point', () => {
    const r = parseRuler(`36,34;${'9'.repeat(100_000)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.length).toBeLessThan(100);
      expect(r.error).toBe(`point 2 "${'9'.repeat(60)}…" is not lon,lat`);
    }
  });

  it('the command line needs two points; the link may hold one (the ruler being drawn)', async () => {
    expect(parseRuler('36.7,34.9')).toEqual({ ok: true, points: [{ lon: 36.7, lat: 34.9 }] });
    const c = capture();
    expect(await main(['export', '--date', '2024-12-06', '--ruler', '36.7,34.9'], c.io)).toBe(2);
    expect(c.err()).toBe('frontline export: --ruler: needs at least 2 points: "lon,lat;lon,lat"');
  });

  it.each([['--csv'], ['--timeline']])('--ruler with %s is refused, not dropped', async (mode) => {
    const c = capture();
    expect(await main(['export', mode, '--ruler', '36.73,34.93;36.72,34.73'], c.io)).toBe(2);
    expect(c.err()).toBe(
      'frontline export: --ruler goes with --date only: --timeline and --csv have no ruler',
    );
    const d = capture();
    expect(await main(['export', mode, '--target', 'hama'], d.io)).toBe(2);
    expect(d.err()).toMatch(/--target goes with --date only/);
  });
});

describe('mentions on a huge input: a size limit, said in one line', () => {
  it('standard input over 16 MiB is refused after reading the limit, exit 2', () => {
    const r = spawnSync(process.execPath, ['bin/frontline.js', 'mentions', '-'], {
      cwd: REPO_ROOT,
      input: Buffer.alloc(17 * 1024 * 1024, 0x61),
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      'frontline mentions: standard input is over the 16 MiB limit for one text; split it',
    );
    expect(r.stdout).toBe('');
  });
});

describe('a reader that stops early', () => {
  it('`export --csv | head -c 10`: no stack trace, exit 0', () => {
    const r = spawnSync(
      'bash',
      ['-c', 'node bin/frontline.js export --csv | head -c 10; echo " ${PIPESTATUS[0]}"'],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.stdout).toBe('id,date,al 0\n');
    expect(r.stderr).toBe('');
  });
});
