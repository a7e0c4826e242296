// The real Orontes and Euphrates (GSHHG, geo/basemap/orontes.geojson) and the schematic M5 and M4
// (geo/basemap/roads.geojson), checked against the GeoNames points of the gazetteer: the committed files only
// (no `gmt` needed).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, LineString, MultiLineString, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { Geodesic } from 'geographiclib-geodesic';
import { parsePlaces } from '../../src/core/load/geo';

const root = resolve(import.meta.dirname, '../..');
const read = (f: string) => readFileSync(resolve(root, 'geo', f), 'utf8');
const places = parsePlaces(read('places.jsonl'), 'geo/places.jsonl');
const at = (id: string): Position => {
  const p = places.find((q) => q.id === id);
  if (!p) throw new Error(`no place ${id}`);
  return [p.lon, p.lat];
};
const km = (a: Position, b: Position) => Geodesic.WGS84.Inverse(a[1]!, a[0]!, b[1]!, b[0]!).s12! / 1000;

/** Shortest distance from p to a polyline, in km (segments are short: sampled at 50 m). */
function toLine(p: Position, lines: Position[][]): number {
  let best = Infinity;
  for (const l of lines)
    for (let i = 0; i + 1 < l.length; i++) {
      const [a, b] = [l[i]!, l[i + 1]!];
      const n = Math.max(1, Math.ceil(km(a, b) / 0.05));
      for (let k = 0; k <= n; k++) {
        const q = [a[0]! + ((b[0]! - a[0]!) * k) / n, a[1]! + ((b[1]! - a[1]!) * k) / n];
        best = Math.min(best, km(p, q));
      }
    }
  return best;
}

const rivers = JSON.parse(read('basemap/orontes.geojson')) as FeatureCollection;
const river = (name: string): Position[][] => {
  const f = rivers.features.find((x) => x.properties!.name === name);
  if (!f) throw new Error(`no ${name}`);
  const g = f.geometry as LineString | MultiLineString;
  return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
};

describe('the Orontes (GSHHG)', () => {
  const orontes = river('Orontes');
  const lake = rivers.features.find((f) => f.properties!.name === 'Lake Qattinah')!.geometry as Polygon;

  it('is GSHHG geometry with its provenance, not a few straight segments', () => {
    const f = rivers.features.find((x) => x.properties!.name === 'Orontes')!;
    expect(f.properties!.schematic).toBe(false);
    expect(f.properties!.source).toMatch(/GSHHG 2\.3\.7.*LGPL.*gmt coast/);
    expect(orontes.flat().length).toBeGreaterThan(500);
  });

  it('passes within 3 km of Rastan, Hama and Jisr al-Shughur (GeoNames points), in that order downstream', () => {
    const flat = orontes.flat();
    const index = (id: string) => {
      const p = at(id);
      let best = 0;
      flat.forEach((q, i) => (km(p, q) < km(p, flat[best]!) ? (best = i) : 0));
      return best;
    };
    for (const id of ['rastan', 'hama', 'jisr-al-shughur']) expect(toLine(at(id), orontes)).toBeLessThan(3);
    expect(index('hama')).toBeGreaterThan(index('rastan'));
    expect(index('jisr-al-shughur')).toBeGreaterThan(index('hama'));
  });

  it('runs through Lake Qattinah, a GSHHG shoreline south-west of Homs, and passes west of Homs', () => {
    const ring = lake.coordinates[0]!;
    const lons = ring.map((p) => p[0]!);
    const lats = ring.map((p) => p[1]!);
    const homs = at('homs');
    // The lake lies south-west of Homs, within 20 km of it.
    expect(Math.max(...lons)).toBeLessThan(homs[0]!);
    expect(Math.max(...lats)).toBeLessThan(homs[1]!);
    expect(Math.min(...ring.map((p) => km(p, homs)))).toBeLessThan(20);
    // The river's pieces end and start on the lake's shore (within 3 km): inflow and outflow.
    const shore = (p: Position) => Math.min(...ring.map((q) => km(p, q)));
    const ends = orontes.flatMap((l) => [l[0]!, l[l.length - 1]!]);
    expect(ends.filter((p) => shore(p) < 3).length).toBeGreaterThanOrEqual(2);
    // Where it crosses Homs's latitude, it is west of the city's point.
    const crossings: number[] = [];
    for (const l of orontes)
      for (let i = 0; i + 1 < l.length; i++) {
        const [a, b] = [l[i]!, l[i + 1]!];
        if (a[1]! <= homs[1]! !== b[1]! <= homs[1]!)
          crossings.push(a[0]! + ((b[0]! - a[0]!) * (homs[1]! - a[1]!)) / (b[1]! - a[1]!));
      }
    expect(crossings.length).toBeGreaterThan(0);
    for (const x of crossings) expect(x).toBeLessThan(homs[0]!);
  });
});

describe('the Euphrates (GSHHG)', () => {
  it('passes within 3 km of Raqqa, Deir Ezzor, Mayadin and Abu Kamal', () => {
    const e = river('Euphrates');
    expect(e.flat().length).toBeGreaterThan(500);
    for (const id of ['raqqa', 'deir-ezzor', 'mayadin', 'abu-kamal'])
      expect(toLine(at(id), e)).toBeLessThan(3);
  });
});

describe('the schematic M5 and M4', () => {
  const roads = JSON.parse(read('basemap/roads.geojson')) as FeatureCollection<LineString>;

  it.each(['M5', 'M4'])(
    '%s passes through its towns in order, says so, and no other gazetteer town lies on it',
    (ref) => {
      const road = roads.features.find((f) => f.properties!.ref === ref)!;
      expect(road.properties!.schematic).toBe(true);
      const via = String(road.properties!.via).split(' ');
      expect(road.geometry.coordinates).toEqual(via.map(at));
      const line = [road.geometry.coordinates];
      // A town within 1.5 km of the drawn line would read as on the road: it must be one of its towns.
      const near = places.filter((p) => !via.includes(p.id) && toLine([p.lon, p.lat], line) < 1.5);
      expect(near.map((p) => p.id)).toEqual([]);
    },
  );
});
