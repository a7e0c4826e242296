import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), stdin: async () => '' };
}

async function distance(...args: string[]) {
  const io = capture();
  const code = await main(['distance', ...args], io);
  return { code, io, json: code === 0 ? JSON.parse(io.stdout.join('')) : null };
}

describe('frontline distance', () => {
  it('measures Rastan → Homs by default: 22.186 km, 13.786 mi, WGS84', async () => {
    const { code, json } = await distance('Rastan');
    expect(code).toBe(0);
    expect(json).toMatchObject({
      from: { id: 'rastan', name: 'Rastan', lat: 34.92667, lon: 36.73241 },
      to: { id: 'homs', name: 'Homs', lat: 34.72682, lon: 36.72339 },
      km: 22.186,
      mi: 13.786, // 22 186.19 / 1609.344
      metres: 22186.19,
      method: 'WGS84 geodesic (Karney, geographiclib)',
      measured: 'centre to centre',
    });
  });

  it('resolves any spelling, Latin or Arabic, and gives the distance to the outskirts', async () => {
    const { json } = await distance('Talbisseh', 'حمص');
    expect(json.from.id).toBe('talbiseh');
    expect(json.to.id).toBe('homs');
    expect(json.km).toBe(12.654);
    // geo/outlines.geojson gives Homs an approximate circle of radius 4.535 km around its GeoNames point, so
    // the outskirts lie about 12.654 − 4.535 = 8.12 km from Talbiseh.
    expect(json.outskirts.km).toBeGreaterThan(8.1);
    expect(json.outskirts.km).toBeLessThan(8.14);
    expect(json.outskirts.inside).toBe(false);
  });

  it('splits unquoted many-word names', async () => {
    const { json } = await distance('Deir', 'Ez-Zour', 'Raqqa');
    expect([json.from.id, json.to.id]).toEqual(['deir-ezzor', 'raqqa']);
    expect(json.outskirts).toBeDefined();
  });

  it('exits 1 with suggestions on stderr for an unknown name', async () => {
    const { code, io } = await distance('Xqzzy');
    expect(code).toBe(1);
    expect(io.stdout).toEqual([]);
    expect(io.stderr.join('\n')).toMatch(/no place called "Xqzzy"/);
  });

  it('exits 2 without a place', async () => {
    const { code, io } = await distance();
    expect(code).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/usage: frontline distance/);
  });
});
