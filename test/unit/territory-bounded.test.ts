// Bounded areas, worked by hand: a place's area reaches REACH_KM and no further; ground beyond every reach
// is "no information"; front lines only where two blocs' areas touch; a barrier keeps each bank's areas on
// its bank. Distances are WGS84 geodesics (geographiclib), independent of the estimator's plane.
import { booleanPointInPolygon } from '@turf/turf';
import geographiclib from 'geographiclib-geodesic';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dateRange } from '../../src/core/dates';
import { snapshotAt } from '../../src/core/record';
import { estimateTerritory, REACH_KM, type TerritoryPoint } from '../../src/core/territory';
import type { BlocId } from '../../src/core/types';
import { recordAt } from '../fixtures/records/open';

const { Geodesic } = geographiclib;

const km = (a: Position, b: Position) =>
  Geodesic.WGS84.Inverse(a[1]!, a[0]!, b[1]!, b[0]!, Geodesic.DISTANCE).s12! / 1000;
/** The point `d` km from `p` on bearing `az` (degrees). */
const offset = (p: Position, az: number, d: number): Position => {
  const r = Geodesic.WGS84.Direct(p[1]!, p[0]!, az, d * 1000);
  return [r.lon2!, r.lat2!];
};
const pt = (
  id: string,
  p: Position,
  bloc: BlocId | null,
  status: TerritoryPoint['status'] = 'controlled',
) => ({
  id,
  lon: p[0]!,
  lat: p[1]!,
  bloc,
  faction:
    bloc === 'government' ? 'government' : bloc === 'opposition' ? 'hts' : bloc === 'sdf' ? 'sdf' : null,
  status,
});
const parts = (g: Polygon | MultiPolygon): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
const lines = (g: LineString | MultiLineString): Position[][] =>
  g.type === 'LineString' ? [g.coordinates] : g.coordinates;
const inside = (p: Position, fs: ReadonlyArray<Feature<Polygon | MultiPolygon>>) =>
  fs.some((f) => booleanPointInPolygon(p, f));

// A square of desert 4° across around 35° N: far bigger than any reach.
const BOX: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [36, 33],
      [40, 33],
      [40, 37],
      [36, 37],
      [36, 33],
    ],
  ],
};
const CENTRE: Position = [38, 35];

describe('a lone place', () => {
  const t = estimateTerritory([pt('lone', CENTRE, 'government')], BOX);
  const area = t.areas.features[0]!;

  it('gets a disc of the reach, not the country', () => {
    expect(t.areas.features).toHaveLength(1);
    const ring = parts(area.geometry)[0]![0]!;
    const d = ring.map((p) => km(p, CENTRE));
    // Every vertex on the circle: the plane's east–west scale is exact at the box's middle latitude.
    expect(Math.min(...d)).toBeGreaterThan(REACH_KM - 0.3);
    expect(Math.max(...d)).toBeLessThan(REACH_KM + 0.3);
    expect(parts(area.geometry)).toHaveLength(1);
    expect(area.properties.places).toEqual(['lone']);
    expect(area.properties.rule).toBe(`Voronoi cell within ${REACH_KM} km of its places`);
  });

  it('leaves the rest of the box as no information, with a hole where the disc is', () => {
    expect(t.noInformation.features).toHaveLength(1);
    const none = t.noInformation.features[0]!;
    expect(none.properties).toMatchObject({ kind: 'no-information', places: [] });
    expect(inside(offset(CENTRE, 45, REACH_KM + 2), [none])).toBe(true);
    expect(inside(offset(CENTRE, 45, REACH_KM - 2), [none])).toBe(false);
    expect(inside(offset(CENTRE, 45, REACH_KM - 2), [area])).toBe(true);
    expect(inside([36.1, 33.1], [none])).toBe(true);
    expect(t.frontLines.features).toHaveLength(0);
  });
});

describe('two opposing places 10 km apart', () => {
  const g = CENTRE;
  const o = offset(CENTRE, 90, 10);
  const t = estimateTerritory([pt('g', g, 'government'), pt('o', o, 'opposition')], BOX);

  it('meet in one front line on the bisector, as long as the two discs overlap', () => {
    expect(t.frontLines.features).toHaveLength(1);
    const f = t.frontLines.features[0]!;
    expect(f.properties.blocs).toEqual(['government', 'opposition']);
    const ls = lines(f.geometry);
    expect(ls).toHaveLength(1);
    const l = ls[0]!;
    for (const p of l) expect(Math.abs(km(p, g) - km(p, o))).toBeLessThan(0.1);
    // The chord of two 20 km circles whose centres are 10 km apart: 2·√(20² − 5²) = 38.73 km.
    const len = l.slice(1).reduce((s, p, i) => s + km(l[i]!, p), 0);
    expect(len).toBeGreaterThan(38.73 * 0.98);
    expect(len).toBeLessThan(38.73 * 1.02);
    // It crosses the line between them halfway: its middle is 5 km from each.
    const mid: Position = [(l[0]![0]! + l.at(-1)![0]!) / 2, (l[0]![1]! + l.at(-1)![1]!) / 2];
    expect(km(mid, offset(g, 90, 5))).toBeLessThan(0.5);
  });

  it('each area holds its own place and lists it', () => {
    const gov = t.areas.features.find((a) => a.properties.bloc === 'government')!;
    const opp = t.areas.features.find((a) => a.properties.bloc === 'opposition')!;
    expect(inside(g, [gov])).toBe(true);
    expect(inside(o, [opp])).toBe(true);
    expect(inside(offset(g, 90, 4), [gov])).toBe(true);
    expect(inside(offset(g, 90, 6), [opp])).toBe(true);
    expect([gov.properties.places, opp.properties.places]).toEqual([['g'], ['o']]);
  });
});

describe('two opposing places 60 km apart', () => {
  const t = estimateTerritory(
    [pt('g', CENTRE, 'government'), pt('o', offset(CENTRE, 90, 60), 'opposition')],
    BOX,
  );
  it('draw no front line: between their reaches is no information, not a border', () => {
    expect(t.frontLines.features).toHaveLength(0);
    expect(inside(offset(CENTRE, 90, 30), t.noInformation.features)).toBe(true);
    expect(inside(offset(CENTRE, 90, 30), t.areas.features)).toBe(false);
  });
});

describe('a contested place', () => {
  it('keeps its own hatched cell, bounded by the same reach', () => {
    const t = estimateTerritory([pt('x', CENTRE, null, 'contested')], BOX);
    expect(t.areas.features).toHaveLength(0);
    const c = t.contested.features[0]!;
    expect(c.properties.places).toEqual(['x']);
    const d = parts(c.geometry)[0]![0]!.map((p) => km(p, CENTRE));
    expect(Math.max(...d)).toBeLessThan(REACH_KM + 0.3);
  });
});

describe('a barrier', () => {
  // A river running west to east through the box's middle latitude, its ends beyond the box.
  const river: Position[] = [
    [35, 35],
    [41, 35],
  ];
  const north = offset(CENTRE, 0, 3);
  const south = offset(CENTRE, 180, 8);
  const points = [pt('n', north, 'sdf'), pt('s', south, 'government')];

  it('keeps each bank’s areas on its bank, and draws the front along the river', () => {
    const without = estimateTerritory(points, BOX);
    const t = estimateTerritory(points, BOX, { barriers: [{ name: 'River', line: river }] });
    // Without it, the SDF's nearer place takes ground 1 km south of the river; with it, the government does.
    const southBank = offset(CENTRE, 180, 1);
    const bloc = (x: typeof t, p: Position) => x.areas.features.find((a) => inside(p, [a]))?.properties.bloc;
    expect(bloc(without, southBank)).toBe('sdf');
    expect(bloc(t, southBank)).toBe('government');
    expect(bloc(t, offset(CENTRE, 0, 1))).toBe('sdf');
    const sdf = t.areas.features.find((a) => a.properties.bloc === 'sdf')!;
    for (const p of parts(sdf.geometry).flat(2)) expect(p[1]!).toBeGreaterThanOrEqual(35 - 1e-9);
    expect(sdf.properties.rule).toMatch(/cut by the River/);
    const front = t.frontLines.features.find((f) => f.properties.blocs.join() === 'government,sdf')!;
    for (const p of lines(front.geometry).flat()) expect(Math.abs(p[1]! - 35)).toBeLessThan(1e-6);
  });
});

describe('the real record', () => {
  const r = recordAt();
  const desert: Position = [39.75, 34.0];

  it('has a desert point 100 km from every place that is no information on every date', () => {
    // The point's premise, checked: if the record grows a place near it, this says so first.
    expect(Math.min(...r.places.map((p) => km([p.lon, p.lat], desert)))).toBeGreaterThan(100);
    for (const date of dateRange(r.info.start, r.info.end)) {
      const s = snapshotAt(r, date);
      expect(inside(desert, s.noInformation.features), date).toBe(true);
      expect(inside(desert, s.areas.features), date).toBe(false);
      expect(inside(desert, s.contested.features), date).toBe(false);
    }
  });

  it('lists, in every area, the places it was drawn from, and each controlled place is in an area listing it', () => {
    const s = snapshotAt(r, '2024-12-06');
    const byId = new Map(r.places.map((p) => [p.id, p]));
    for (const a of s.areas.features) {
      expect(a.properties.places.length).toBeGreaterThan(0);
      for (const id of a.properties.places)
        expect(s.places.find((e) => e.place.id === id)!.state.bloc).toBe(a.properties.bloc);
    }
    for (const { place, state } of s.places) {
      if (state.status !== 'controlled' || !booleanPointInPolygon([place.lon, place.lat], r.clip)) continue;
      const home = s.areas.features.find((a) => inside([place.lon, place.lat], [a]));
      expect(home?.properties.places, place.id).toContain(place.id);
      expect(byId.get(place.id)).toBeDefined();
    }
  });

  it('splits Deir Ezzor at the Euphrates on 26 November: the SDF east of the river, the government west', () => {
    const s = snapshotAt(r, '2024-11-26');
    const bloc = (p: Position) => s.areas.features.find((a) => inside(p, [a]))?.properties.bloc;
    const dz = r.placesById.get('deir-ezzor')!;
    expect(bloc([dz.lon, dz.lat])).toBe('government');
    const cut = s.areas.features.filter((a) => /cut by the Euphrates/.test(a.properties.rule));
    expect(cut.map((a) => a.properties.bloc)).toEqual(expect.arrayContaining(['government', 'sdf']));
    expect(s.frontLines.features.map((f) => f.properties.blocs.join('/'))).toContain('government/sdf');
  });
});
