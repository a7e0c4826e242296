import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { snapshotToGeoJSON } from '../../src/core/export/snapshot-geojson';
import { validateRfc7946 } from '../../src/core/export/validate';
import { signedArea2 } from '../../src/core/export/normalize';
import { distanceMetres } from '../../src/core/measure/geodesic';
import { EVENTS, FACTIONS, GENERATED, RECORD, SNAPSHOT, SOURCES } from '../fixtures/export/record';
import {
  checkGeojsonIssues,
  featureCount,
  fieldType,
  ogrSummary,
  ogrValidity,
  writeTemp,
} from '../fixtures/export/checkers';

const RASTAN = [36.73241, 34.92667] as const;
const TALBISEH = [36.73092, 34.84072] as const;
const HOMS = [36.72339, 34.72682] as const;

const fc = snapshotToGeoJSON(SNAPSHOT, {
  factions: FACTIONS,
  sources: SOURCES,
  record: RECORD,
  events: EVENTS,
  generated: GENERATED,
  ruler: [RASTAN, TALBISEH, HOMS],
});
const text = JSON.stringify(fc);
const byId = new Map(fc.features.map((f) => [f.id, f]));

describe('snapshotToGeoJSON', () => {
  it('holds every place, area, front line and ruler leg with stable ids', () => {
    expect(fc.features.map((f) => f.id)).toEqual([
      'place:homs',
      'place:rastan',
      'place:talbiseh',
      'area:opposition',
      'area:government',
      'front:government-opposition',
      'ruler:1',
      'ruler:2',
    ]);
  });

  it('gives a place flat properties with its sources and quotes', () => {
    const r = byId.get('place:rastan')!;
    expect(r.geometry).toEqual({ type: 'Point', coordinates: [36.73241, 34.92667] });
    expect(r.properties).toMatchObject({
      feature_type: 'place',
      place: 'rastan',
      name: 'Rastan',
      name_ar: 'الرستن',
      kind: 'city',
      faction: 'hts',
      faction_name: 'HTS-led Military Operations Command',
      bloc: 'opposition',
      status: 'controlled',
      since: '2024-12-06',
      estimated: false,
      sources: '000_243acee9b8c246ee.txt;004_c6c7203b69ad82c5.txt',
    });
    expect(JSON.parse(r.properties!.quotes as string)).toEqual(EVENTS[0]!.citations);
    // The feature's own id is not shadowed: GDAL reads a string feature id as a field named `id`.
    expect('id' in r.properties!).toBe(false);
    // Unknown state: nulls and empty strings, never missing keys, so every place has the same schema.
    expect(byId.get('place:talbiseh')!.properties).toMatchObject({
      faction: null,
      bloc: null,
      status: 'unknown',
      since: null,
      sources: '',
      quotes: '[]',
    });
    expect(Object.keys(byId.get('place:talbiseh')!.properties!)).toEqual(Object.keys(r.properties!));
  });

  it('labels areas and front lines as estimated', () => {
    expect(byId.get('area:opposition')!.properties).toEqual({
      feature_type: 'area',
      label: 'Estimated control area',
      estimated: true,
      bloc: 'opposition',
      faction: 'hts',
      faction_name: 'HTS-led Military Operations Command',
      places: 'rastan;talbiseh',
      rule: 'Voronoi cell within 20 km of its places',
    });
    // An area from an older snapshot, without its places, still has the same columns.
    expect(byId.get('area:government')!.properties).toMatchObject({ places: '', rule: null });
    expect(byId.get('front:government-opposition')!.properties).toMatchObject({
      estimated: true,
      blocs: 'government;opposition',
    });
  });

  it('normalises geometry: CCW exterior, CW hole, 6 decimals, degenerate part dropped', () => {
    const g = byId.get('area:opposition')!.geometry as MultiPolygon;
    expect(g.coordinates).toHaveLength(1);
    const [outer, hole] = g.coordinates[0]!;
    expect(signedArea2(outer!)).toBeGreaterThan(0);
    expect(signedArea2(hole!)).toBeLessThan(0);
    expect(outer![0]).toEqual([36.6, 34.8]); // 36.600000123 → 36.6; 34.800000456 → 34.8
  });

  it('measures the ruler legs as densified geodesics in km and miles', () => {
    const leg2 = byId.get('ruler:2') as Feature<import('geojson').LineString>;
    expect(leg2.properties).toMatchObject({
      feature_type: 'ruler',
      leg: 2,
      km: 12.654,
      mi: 7.863,
      metres: 12654.463,
    });
    expect(leg2.properties!.label).toBe('12.7 km (7.9 mi)');
    expect(leg2.properties!.total_km).toBeCloseTo((distanceMetres(RASTAN, TALBISEH) + 12654.463) / 1000, 3);
    expect(leg2.geometry.coordinates.length).toBe(14); // 12.65 km in ≤ 1 km steps: 13 steps
    expect(leg2.geometry.coordinates[0]).toEqual([...TALBISEH]);
    expect(leg2.geometry.coordinates.at(-1)).toEqual([...HOMS]);
  });

  it('carries the metadata as RFC 7946 foreign members, and no crs', () => {
    const top = fc as unknown as Record<string, unknown>;
    expect(top.date).toBe('2024-12-06');
    expect(top.generated).toBe(GENERATED);
    expect(top.attribution).toBe('Natural Earth; GeoNames (CC BY 4.0)');
    expect(top.licence).toBe('CC-BY-4.0');
    expect(top.licence_statement).toMatch(/licensed CC BY 4\.0 .*quotes are not under the record's licence/);
    // GDAL keeps `name` (the layer's name) and `description`, so the licence is said there too.
    expect(top.name).toBe('frontline-2024-12-06');
    expect(top.description).toMatch(/^Test record: the state of every place on 2024-12-06 .*estimated/);
    expect(top.description).toContain(top.licence_statement as string);
    expect((top.sources as Array<{ id: string }>).map((s) => s.id)).toEqual(SOURCES.map((s) => s.id));
    expect('crs' in top).toBe(false);
  });

  it('keeps Arabic intact through JSON text', () => {
    expect(text).toContain('"name_ar":"حمص"');
    expect(JSON.parse(text).features[0].properties.name_ar).toBe('حمص');
  });
});

describe('snapshot export passes the independent checkers', () => {
  it('has no issue for our RFC 7946 checks and for @placemarkio/check-geojson', () => {
    expect(validateRfc7946(fc)).toEqual([]);
    expect(checkGeojsonIssues(text)).toEqual([]);
  });

  it('is read by GDAL with no ERROR, every feature, and every geometry valid', () => {
    const file = writeTemp(text, 'snapshot.geojson');
    const s = ogrSummary(file);
    expect(s.stderr).not.toMatch(/ERROR/);
    expect(featureCount(s.stdout)).toBe(8);
    expect(fieldType(s.stdout, 'since')).toBe('Date');
    expect(fieldType(s.stdout, 'name_ar')).toBe('String');
    const v = ogrValidity(file);
    expect(v.stderr).not.toMatch(/ERROR/);
    expect(v.valid).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('GDAL does see a self-intersection when there is one (the check can fail)', () => {
    const bowtie = {
      ...fc,
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 1],
                [1, 0],
                [0, 1],
                [0, 0],
              ],
            ],
          } as Polygon,
        },
      ],
    };
    const file = writeTemp(JSON.stringify(bowtie), 'bowtie.geojson');
    expect(ogrValidity(file).valid).toEqual([0]);
  });
});
