import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { Place, PlaceState } from '../../src/core/types.ts';
import { PlaceIndex } from '../../src/core/measure/nearest.ts';
import { distanceLines, nearestRows, outlineOf, type Outline } from '../../src/ui/tools/distance-view.ts';

function place(id: string, name: string, lon: number, lat: number): Place {
  return {
    id,
    name,
    nameAr: '',
    aliases: [],
    geonamesId: null,
    lat,
    lon,
    kind: 'city',
    governorate: '',
    population: null,
    coordSource: 'test',
    curated: true,
  };
}
function held(placeId: string, faction: 'hts' | 'government', bloc: 'opposition' | 'government'): PlaceState {
  return {
    place: placeId,
    status: 'controlled',
    faction,
    factions: [faction],
    bloc,
    since: '2024-12-06',
    eventId: 'e',
  };
}

// GeoNames points (cities500.txt).
const HOMS = place('homs', 'Homs', 36.72339, 34.72682);
const RASTAN = place('rastan', 'Rastan', 36.73241, 34.92667);
const TALBISEH = place('talbiseh', 'Talbiseh', 36.73092, 34.84072);
const PLACES = [HOMS, RASTAN, TALBISEH];
const SIDES = ['opposition', 'government', 'sdf', 'isis', 'contested'];
const BY_ID = new Map(PLACES.map((p) => [p.id, p]));
const STATES = new Map<string, PlaceState>([
  ['homs', held('homs', 'government', 'government')],
  ['rastan', held('rastan', 'hts', 'opposition')],
  ['talbiseh', held('talbiseh', 'hts', 'opposition')],
]);
// A 64-gon, 4.535 km around Homs' GeoNames point.
const OUTLINES = JSON.parse(readFileSync('geo/outlines.geojson', 'utf8')) as FeatureCollection<Outline>;

describe('distance panel view', () => {
  it('finds Homs’ approximate outline by place id', () => {
    expect(outlineOf(OUTLINES, 'homs')?.type).toBe('Polygon');
    expect(outlineOf(OUTLINES, 'nowhere')).toBeNull();
  });

  it('gives Talbiseh as the nearest opposition place: 12 654.463 m to the centre, ~8.12 km to the outline', () => {
    const outline = outlineOf(OUTLINES, 'homs');
    const rows = nearestRows(new PlaceIndex(PLACES), BY_ID, STATES, HOMS, outline, SIDES);
    const opp = rows.find((r) => r.side === 'opposition')!;
    expect(opp.centre?.place.id).toBe('talbiseh');
    expect(opp.centre?.metres).toBeCloseTo(12654.463, 2);
    expect(opp.outskirts?.place.id).toBe('talbiseh');
    // 12 654.5 − 4 535 radius = 8 119.5 m; the polygon's chords sit at most ~6 m inside the circle.
    expect(opp.outskirts!.metres).toBeGreaterThan(8115);
    expect(opp.outskirts!.metres).toBeLessThan(8130);
    // The government holds Homs itself: the row says so, at 0 m, instead of naming another place.
    const gov = rows.find((r) => r.side === 'government')!;
    expect(gov.holds).toBe(true);
    expect(gov.centre).toEqual({ place: HOMS, metres: 0 });
    expect(opp.holds).toBe(false);
  });

  it('once the opposition holds the target, its row says it holds it (0 m) and draws no line', () => {
    const states = new Map(STATES);
    states.set('homs', held('homs', 'hts', 'opposition'));
    const rows = nearestRows(new PlaceIndex(PLACES), BY_ID, states, HOMS, outlineOf(OUTLINES, 'homs'), SIDES);
    const opp = rows.find((r) => r.side === 'opposition')!;
    expect(opp).toMatchObject({ holds: true, centre: { place: HOMS, metres: 0 }, outskirts: null });
    expect(rows.find((r) => r.side === 'government')!.centre).toBeNull();
    expect(distanceLines(rows, HOMS).features).toEqual([]);
  });

  it('draws one line to the centre and one to the outline edge for each side found', () => {
    const outline = outlineOf(OUTLINES, 'homs');
    const rows = nearestRows(new PlaceIndex(PLACES), BY_ID, STATES, HOMS, outline, SIDES);
    const fc = distanceLines(rows, HOMS);
    expect(fc.features.map((f) => `${f.properties.side}:${f.properties.to}`)).toEqual([
      'opposition:centre',
      'opposition:outskirts',
    ]);
    const [toCentre, toEdge] = fc.features;
    expect(toCentre!.geometry.coordinates[0]).toEqual([TALBISEH.lon, TALBISEH.lat]);
    expect(toCentre!.geometry.coordinates.at(-1)).toEqual([HOMS.lon, HOMS.lat]);
    const edge = toEdge!.geometry.coordinates.at(-1)!;
    // The edge point lies due south of Talbiseh, about 4.5 km north of Homs' centre (≈0.0409° of latitude).
    expect(edge[1]).toBeGreaterThan(34.767);
    expect(edge[1]).toBeLessThan(34.769);
  });

  it('measures without an outline too (no outskirts row)', () => {
    const rows = nearestRows(new PlaceIndex(PLACES), BY_ID, STATES, HOMS, null, SIDES);
    expect(rows.find((r) => r.side === 'opposition')?.outskirts).toBeNull();
  });
});
