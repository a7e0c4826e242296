// The committed geo/ files as build-geo writes them: valid RFC 7946, clean, and the curated places complete.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { booleanPointInPolygon, bbox } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/core/gazetteer/gazetteer';
import { parsePlaces } from '../../src/core/load/geo';

const root = resolve(import.meta.dirname, '../..');
const read = (f: string) => readFileSync(resolve(root, 'geo', f), 'utf8');
const FILES = [
  'basemap/countries.geojson',
  'basemap/syria.geojson',
  'basemap/governorates.geojson',
  'basemap/rivers.geojson',
  'basemap/lakes.geojson',
  'basemap/roads.geojson',
  'basemap/orontes.geojson',
  'outlines.geojson',
];

function signedArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++)
    a += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return a / 2;
}

function polygons(g: Geometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

function positions(g: Geometry): Position[] {
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'LineString') return g.coordinates;
  if (g.type === 'MultiLineString' || g.type === 'Polygon') return g.coordinates.flat();
  if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
  return [];
}

describe.each(FILES)('%s', (file) => {
  const text = read(file);
  const fc = JSON.parse(text) as FeatureCollection;

  it('is valid GeoJSON by an independent checker', () => {
    expect(() => check(text)).not.toThrow();
    expect(fc.features.length).toBeGreaterThan(0);
  });

  it('has no empty rings, parts or lines, and at most 6 decimals', () => {
    for (const f of fc.features) {
      const g = f.geometry;
      for (const poly of polygons(g)) {
        expect(poly.length).toBeGreaterThan(0);
        for (const ring of poly) expect(ring.length).toBeGreaterThanOrEqual(4);
      }
      if (g.type === 'LineString') expect(g.coordinates.length).toBeGreaterThanOrEqual(2);
      if (g.type === 'MultiLineString')
        for (const l of g.coordinates) expect(l.length).toBeGreaterThanOrEqual(2);
      for (const p of positions(g)) {
        for (const v of p) expect(Math.abs(v * 1e6 - Math.round(v * 1e6))).toBeLessThan(1e-6);
      }
    }
  });

  it('winds outer rings counter-clockwise and holes clockwise (RFC 7946)', () => {
    for (const f of fc.features) {
      for (const poly of polygons(f.geometry)) {
        expect(signedArea(poly[0]!)).toBeGreaterThan(0);
        for (const hole of poly.slice(1)) expect(signedArea(hole)).toBeLessThan(0);
      }
    }
  });

  it('stays inside the clip box, longitude 32–46 and latitude 29–40', () => {
    const [w, s, e, n] = bbox(fc);
    expect(w).toBeGreaterThanOrEqual(32);
    expect(s).toBeGreaterThanOrEqual(29);
    expect(e).toBeLessThanOrEqual(46);
    expect(n).toBeLessThanOrEqual(40);
  });
});

describe('curated places', () => {
  const places = parsePlaces(read('places.jsonl'), 'geo/places.jsonl');
  const syria = JSON.parse(read('basemap/syria.geojson')).features[0] as Feature<Polygon>;
  const [w, s, e, n] = bbox(syria);

  it('holds every id the record may use, with coordinates inside Syria', () => {
    const ids = (
      'aleppo hama rastan talbiseh homs deraa deir-ezzor idlib saraqib maarat-al-numan khan-shaykhun ' +
      'jisr-al-shughur ariha sarmada atarib darat-izza morek latamneh kafr-zita suran taybat-al-imam halfaya ' +
      'mhardeh suqaylabiyah salamiyah aleppo-airport nubl zahraa safira kuweires-airbase tal-rifaat ' +
      'manbij al-bab azaz afrin jarabulus deir-hafer maskanah latakia tartus jableh hmeimim-airbase ' +
      'tartus-naval-base waer qusayr tal-kalakh qaryatayn palmyra rastan-bridge al-tanf damascus douma ' +
      'yabroud kiswah sayyidah-zaynab nasib-crossing busra-al-sham sanamayn izra nawa jasim suwayda ' +
      'shahba quneitra raqqa tabqa mayadin abu-kamal hasakah qamishli kobani tal-abyad ras-al-ayn shaddadi ' +
      'hajin busayrah'
    ).split(' ');
    const have = new Set(places.map((p) => p.id));
    expect(ids.filter((id) => !have.has(id))).toEqual([]);
    expect(have.size).toBe(places.length);
    for (const p of places) {
      expect(p.lat, p.id).toBeGreaterThanOrEqual(s);
      expect(p.lat, p.id).toBeLessThanOrEqual(n);
      expect(p.lon, p.id).toBeGreaterThanOrEqual(w);
      expect(p.lon, p.id).toBeLessThanOrEqual(e);
    }
  });

  it('all but the border towns Kobani and Tal Abyad lie inside the Natural Earth outline', () => {
    const outside = places.filter((p) => !booleanPointInPolygon([p.lon, p.lat], syria)).map((p) => p.id);
    expect(outside.sort()).toEqual(['kobani', 'tal-abyad']);
  });

  it('takes GeoNames coordinates where GeoNames has the place, and says where the others come from', () => {
    const homs = places.find((p) => p.id === 'homs')!;
    expect([homs.geonamesId, homs.lat, homs.lon, homs.coordSource]).toEqual([
      169577,
      34.72682,
      36.72339,
      'geonames:169577',
    ]);
    const derived = places.filter((p) => p.geonamesId === null).map((p) => p.id);
    expect(derived).toEqual(expect.arrayContaining(['sarmada', 'latamneh', 'aleppo-airport', 'quneitra']));
    // A point GeoNames lacks is either derived from named GeoNames rows or read from a cited page.
    for (const p of places.filter((q) => q.geonamesId === null))
      expect(p.coordSource, p.id).toMatch(
        /from GeoNames \d+|^cited: https?:\/\/\S+ \(-?\d+(\.\d+)?, -?\d+(\.\d+)?\); \S/,
      );
  });

  it('puts Quneitra at the governorate seat the reports mean (Madinat al-Baath), not the ruined old town', () => {
    const q = places.find((p) => p.id === 'quneitra')!;
    const old = places.find((p) => p.id === 'old-quneitra')!;
    expect([q.lat, q.lon, q.coordSource]).toEqual([
      33.17,
      35.87,
      expect.stringContaining('wiki/Madinat_al-Baath'),
    ]);
    expect(old.geonamesId).toBe(173334);
    // Both answer to "Quneitra"; the bare name means the seat (the larger cited population ranks first).
    const g = new Gazetteer(places);
    for (const name of ['Quneitra', 'القنيطرة', 'Madinat al-Baath'])
      expect(g.lookup(name)?.place.id, name).toBe('quneitra');
    expect(g.lookup('Old Quneitra')?.place.id).toBe('old-quneitra');
    expect([q.population, old.population]).toEqual([4500, 153]);
  });

  it('gives the kinds the record relies on', () => {
    const kind = (id: string) => places.find((p) => p.id === id)!.kind;
    expect(kind('aleppo-airport')).toBe('airport');
    expect(['kuweires-airbase', 'hmeimim-airbase', 'tartus-naval-base', 'al-tanf'].map(kind)).toEqual(
      Array(4).fill('military-base'),
    );
    expect(kind('rastan-bridge')).toBe('bridge');
    expect(kind('nasib-crossing')).toBe('border-crossing');
    expect(kind('waer')).toBe('neighbourhood');
  });

  it('draws the M5 through Rastan, Talbiseh and Homs in that order, labelled schematic', () => {
    const roads = JSON.parse(read('basemap/roads.geojson')) as FeatureCollection;
    const m5 = roads.features.find((f) => f.properties!.ref === 'M5')!;
    expect(m5.properties!.schematic).toBe(true);
    const coords = (m5.geometry as { coordinates: Position[] }).coordinates;
    const at = (id: string) => {
      const p = places.find((q) => q.id === id)!;
      return coords.findIndex((c) => c[0] === p.lon && c[1] === p.lat);
    };
    expect(at('hama')).toBeGreaterThan(0);
    expect(at('rastan')).toBeGreaterThan(at('hama'));
    expect(at('talbiseh')).toBe(at('rastan') + 1);
    expect(at('homs')).toBeGreaterThan(at('talbiseh'));
  });

  it('gives Homs an approximate outline around its GeoNames point', () => {
    const o = JSON.parse(read('outlines.geojson')) as FeatureCollection;
    const homs = o.features.find((f) => f.properties!.place === 'homs')!;
    expect(homs.properties!.approximate).toBe(true);
    expect(homs.properties!.radius_km).toBeCloseTo(Math.sqrt(775404 / 12000 / Math.PI), 3);
    expect(booleanPointInPolygon([36.72339, 34.72682], homs as Feature<Polygon>)).toBe(true);
  });
});
