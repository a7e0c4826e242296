import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';

function capture(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t), stdin: async () => stdin };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}

describe('frontline geocode', () => {
  it('prints the place a seed spelling means', async () => {
    const c = capture();
    expect(await main(['geocode', 'Talbisa'], c.io)).toBe(0);
    const r = JSON.parse(c.out());
    expect(r).toMatchObject({
      id: 'talbiseh',
      name: 'Talbiseh',
      name_ar: 'تلبيسة',
      lat: 34.84072,
      lon: 36.73092,
      geonames_id: 163779,
      kind: 'town',
      governorate: 'Homs',
      matched: 'Talbisa',
      how: 'exact',
      score: 1,
    });
  });

  it('joins unquoted words into one name and reads Arabic', async () => {
    const c = capture();
    expect(await main(['geocode', 'Deir', 'Ez-Zour'], c.io)).toBe(0);
    expect(JSON.parse(c.out()).id).toBe('deir-ezzor');
    const a = capture();
    expect(await main(['geocode', 'حِمْص'], a.io)).toBe(0);
    expect(JSON.parse(a.out())).toMatchObject({ id: 'homs', how: 'normalised' });
  });

  it('exits 1 with "did you mean" suggestions on stderr for an unknown name', async () => {
    const c = capture();
    expect(await main(['geocode', 'Talbesehh Town'], c.io)).toBe(1);
    expect(c.out()).toBe('');
    expect(c.err()).toMatch(/no place called "Talbesehh Town"/);
    expect(c.err()).toMatch(/did you mean:[\s\S]*Talbiseh \(talbiseh/);
  });

  it('exits 2 with a clear message for an empty or letterless name', async () => {
    const c = capture();
    expect(await main(['geocode'], c.io)).toBe(2);
    expect(c.err()).toMatch(/usage: frontline geocode <name>/);
    const d = capture();
    expect(await main(['geocode', '???'], d.io)).toBe(2);
    expect(d.err()).toMatch(/no letters/);
  });
});

describe('frontline mentions', () => {
  it('reads a seed file and prints its mentions with offsets', async () => {
    const c = capture();
    const file = resolve(import.meta.dirname, '../../data/seeds/002_75aada83a2f3fb30.txt');
    expect(await main(['mentions', file], c.io)).toBe(0);
    const m = JSON.parse(c.out()) as Array<{ place: string; text: string }>;
    expect(m.find((x) => x.place === 'rastan-bridge')?.text).toBe('Rustan bridge');
    expect(m.filter((x) => x.place === 'talbiseh').map((x) => x.text)).toEqual(['Talbisa']);
  });

  it('reads standard input for -', async () => {
    const c = capture('Rebels took Talbisa and Rustan, near Homs.');
    expect(await main(['mentions', '-'], c.io)).toBe(0);
    expect(JSON.parse(c.out())).toEqual([
      { place: 'talbiseh', start: 12, end: 19, text: 'Talbisa' },
      { place: 'rastan', start: 24, end: 30, text: 'Rustan' },
      { place: 'homs', start: 37, end: 41, text: 'Homs' },
    ]);
  });

  it('reads a UTF-16 report with a byte order mark, and says so on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-mentions-'));
    const file = join(dir, 'utf16.txt');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Rebels took Talbisa.', 'utf16le')]),
    );
    const c = capture();
    expect(await main(['mentions', file], c.io)).toBe(0);
    expect(JSON.parse(c.out())).toEqual([{ place: 'talbiseh', start: 12, end: 19, text: 'Talbisa' }]);
    expect(c.err()).toMatch(/read as UTF-16LE/);
  });

  it('refuses Latin-1, binary and over-large input with one line naming the file and the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-mentions-'));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Rebels took Hama and Homs, caf\xe9.', 'latin1'));
    const c1 = capture();
    expect(await main(['mentions', latin1], c1.io)).toBe(2);
    expect(c1.err()).toMatch(/latin1\.txt: is not valid UTF-8: byte 0xe9 at offset 30 \(line 1\)/);
    expect(c1.out()).toBe('');

    const binary = join(dir, 'random.bin');
    writeFileSync(
      binary,
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x48, 0x61, 0x6d, 0x61]),
    );
    const c2 = capture();
    expect(await main(['mentions', binary], c2.io)).toBe(2);
    expect(c2.err()).toMatch(/random\.bin: holds a NUL byte at offset 6/);

    // A 17 MiB file is refused before it is read, in a real process (the limit is 16 MiB).
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(17 * 1024 * 1024, 0x61));
    const r = spawnSync(process.execPath, ['bin/frontline.js', 'mentions', big], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/big\.txt: is 17 MiB, over the 16 MiB limit for one text; split it/);
  });

  it('exits 2 for a missing file or argument', async () => {
    const c = capture();
    expect(await main(['mentions', '/nonexistent/file.txt'], c.io)).toBe(2);
    expect(c.err()).toMatch(/cannot read \/nonexistent\/file.txt: ENOENT/);
    expect(await main(['mentions'], capture().io)).toBe(2);
  });
});
