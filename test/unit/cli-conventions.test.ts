// The command line follows convention: --version, <command> --help for every command, the format from --out's
// extension or --format (a contradiction refused), `--out -` for standard output, no overwrite without
// --force, and one casing (snake_case) for every key any command prints.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandHelp, COMMANDS, main } from '../../src/cli/main';
import { REPO_ROOT, type CliIO } from '../../src/cli/io';
import { parseCSV } from '../../src/core/export/csv';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const bytes: Uint8Array[] = [];
  const io: CliIO = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    outBytes: (b) => bytes.push(b),
    stdin: async () => 'Rastan and Talbiseh fell; حمص next',
  };
  return { io, out: () => out.join(''), err: () => err.join('\n'), bytes };
}

async function run(...args: string[]) {
  const c = capture();
  const code = await main(args, c.io);
  return { code, ...c };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'frontline-conv-'));
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

describe('frontline --version and --help', () => {
  it('prints the package version', async () => {
    const r = await run('--version');
    expect(r.code).toBe(0);
    expect(r.out()).toBe(`frontline ${pkg.version}`);
  });

  it.each(Object.keys(COMMANDS))('%s --help prints its usage and its own options, exit 0', async (name) => {
    const r = await run(name, '--help');
    expect(r.code).toBe(0);
    expect(r.err()).toBe('');
    expect(r.out()).toMatch(new RegExp(`^Usage: npx frontline ${name}\\b`));
    // The module's own help, not the one-line summary: every command module exports one.
    const mod = (await import(`../../src/cli/commands/${name}.ts`)) as { help?: string };
    expect(mod.help, `${name} exports help`).toBeTruthy();
    expect(r.out()).toContain(mod.help!);
    // -h too, and anywhere among the options.
    expect((await run(name, 'x', '-h')).out()).toBe(r.out());
  });

  it('a command without its own help still answers --help with its summary (commands added later)', () => {
    const name = Object.keys(COMMANDS)[0]!;
    expect(commandHelp(name, {})).toContain(COMMANDS[name]!.summary);
  });

  it('the real process answers export --help and --version', () => {
    const r = spawnSync(process.execPath, ['bin/frontline.js', 'export', '--help'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--layer places\|areas\|lines/);
    const v = spawnSync(process.execPath, ['bin/frontline.js', '--version'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(v.stdout.trim()).toBe(`frontline ${pkg.version}`);
  });
});

describe('frontline export: the format follows --out or --format', () => {
  it.each([
    [
      'x.geojson',
      ['--date', '2024-12-06'],
      (b: Buffer) => JSON.parse(b.toString()).type === 'FeatureCollection',
    ],
    ['x.json', ['--timeline'], (b: Buffer) => JSON.parse(b.toString()).name === 'frontline-timeline'],
    ['x.fgb', ['--timeline'], (b: Buffer) => b.subarray(0, 3).toString('latin1') === 'fgb'],
    ['x.fgb', ['--date', '2024-12-06', '--layer', 'places'], (b: Buffer) => b[0] === 0x66 && b[1] === 0x67],
    ['x.kml', ['--date', '2024-12-06'], (b: Buffer) => b.toString().includes('<Folder><name>areas</name>')],
    ['x.csv', ['--csv'], (b: Buffer) => b.toString().startsWith('id,date,')],
  ])('--out %s %j', async (name, args, looksRight) => {
    const file = join(tmp(), name);
    const r = await run('export', ...args, '--out', file);
    expect(r.err()).toBe('');
    expect(r.code).toBe(0);
    expect(looksRight(readFileSync(file))).toBe(true);
    expect(JSON.parse(r.out())).toMatchObject({
      file,
      format: name.endsWith('.json') ? 'geojson' : name.split('.')[1],
    });
  });

  it('writes the CSV column types (.csvt) beside --out x.csv, and a BOM with --bom', async () => {
    const dir = tmp();
    const r = await run('export', '--csv', '--bom', '--out', join(dir, 'events.csv'));
    expect(r.code).toBe(0);
    const csvt = parseCSV(readFileSync(join(dir, 'events.csvt'), 'utf8'));
    const header = parseCSV(readFileSync(join(dir, 'events.csv'), 'utf8').slice(1))[0]!;
    expect(csvt[0]).toHaveLength(header.length);
    expect(readFileSync(join(dir, 'events.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(JSON.parse(r.out()).column_types).toBe(join(dir, 'events.csvt'));
  });

  it('--format picks the format for standard output or an unknown extension', async () => {
    const kml = await run('export', '--timeline', '--format', 'kml');
    expect(kml.code).toBe(0);
    expect(kml.out()).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    const file = join(tmp(), 'periods.txt');
    expect((await run('export', '--timeline', '--format', 'kml', '--out', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('<TimeSpan>');
  });

  it('refuses a contradiction, an unknown extension, and a format the export does not come in', async () => {
    const dir = tmp();
    const cases: Array<[string[], RegExp]> = [
      [['--timeline', '--out', join(dir, 'a.csv'), '--format', 'geojson'], /contradicts --out/],
      [['--timeline', '--out', join(dir, 'a.txt')], /cannot tell the format/],
      [['--timeline', '--out', join(dir, 'a.csv')], /comes as geojson, fgb, kml, not csv/],
      [['--csv', '--out', join(dir, 'a.kml')], /CSV of events comes as csv, not kml/],
      [['--date', '2024-12-06', '--format', 'fgb'], /one geometry kind: choose a layer/],
      [['--date', '2024-12-06', '--layer', 'roads'], /no layer "roads"/],
      [['--timeline', '--layer', 'places'], /--layer goes with --date only/],
      [['--timeline', '--format', 'shp'], /no format "shp"/],
    ];
    for (const [args, message] of cases) {
      const r = await run('export', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err()).toMatch(message);
      expect(r.out()).toBe('');
    }
    expect(existsSync(join(dir, 'a.csv'))).toBe(false);
  });
});

describe('frontline export: --out - and --force', () => {
  it('ends quietly when the reader closes the pipe early (| head)', () => {
    const r = spawnSync(
      'bash',
      ['-o', 'pipefail', '-c', 'node bin/frontline.js export --timeline | head -c 20'],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.stdout).toBe('{"type":"FeatureColl');
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.status).toBe(0);
  });

  it('--out - writes the file itself to standard output, text or bytes, with no summary', async () => {
    const geo = await run('export', '--date', '2024-12-06', '--layer', 'areas', '--out', '-');
    expect(geo.code).toBe(0);
    expect(JSON.parse(geo.out()).name).toBe('frontline-2024-12-06-areas');
    const fgb = await run('export', '--timeline', '--format', 'fgb', '--out', '-');
    expect(fgb.code).toBe(0);
    expect(fgb.out()).toBe('');
    expect(Buffer.from(fgb.bytes[0]!).subarray(0, 3).toString('latin1')).toBe('fgb');
  });

  it('keeps an existing file unless --force, and writes nothing when the .csvt sidecar exists', async () => {
    const dir = tmp();
    const file = join(dir, 't.geojson');
    writeFileSync(file, 'mine');
    const r = await run('export', '--timeline', '--out', file);
    expect(r.code).toBe(2);
    expect(r.err()).toMatch(/t\.geojson already exists; add --force to overwrite/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect((await run('export', '--timeline', '--out', file, '--force')).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).type).toBe('FeatureCollection');

    writeFileSync(join(dir, 'e.csvt'), 'mine');
    expect((await run('export', '--csv', '--out', join(dir, 'e.csv'))).code).toBe(2);
    expect(existsSync(join(dir, 'e.csv'))).toBe(false);
  });
});

/** Every key of a JSON value, at any depth (property names of GeoJSON features included). */
function keysOf(v: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => keysOf(x, out));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      out.add(k);
      keysOf(x, out);
    }
  return out;
}

describe('one casing for every key', () => {
  const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
  it.each([
    ['geocode', 'Rastan'],
    ['state', '--date', '2024-12-06'],
    ['timeline', 'deir-ezzor'],
    ['distance', 'Rastan', 'Homs'],
    ['mentions', '-'],
    ['export', '--date', '2024-12-06', '--ruler', '36.73241,34.92667;36.72339,34.72682'],
    ['export', '--timeline'],
  ])('%s %s: snake_case', async (...args) => {
    const r = await run(...args);
    expect(r.code).toBe(0);
    const keys = [...keysOf(JSON.parse(r.out()))];
    expect(keys.length).toBeGreaterThan(3);
    expect(keys.filter((k) => !SNAKE.test(k))).toEqual([]);
  });

  it('the export summary and the CSV header too', async () => {
    const r = await run('export', '--csv', '--out', join(tmp(), 'e.csv'));
    expect([...keysOf(JSON.parse(r.out()))].filter((k) => !SNAKE.test(k))).toEqual([]);
    const csv = await run('export', '--csv');
    expect(parseCSV(csv.out())[0]!.filter((k) => !SNAKE.test(k))).toEqual([]);
  });
});
