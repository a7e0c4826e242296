import { resolve } from 'node:path';
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
      nameAr: 'تلبيسة',
      lat: 34.84072,
      lon: 36.73092,
      geonamesId: 163779,
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

  it('exits 2 for a missing file or argument', async () => {
    const c = capture();
    expect(await main(['mentions', '/nonexistent/file.txt'], c.io)).toBe(2);
    expect(c.err()).toMatch(/cannot read \/nonexistent\/file.txt: ENOENT/);
    expect(await main(['mentions'], capture().io)).toBe(2);
  });
});
