import { check } from '@placemarkio/check-geojson';
import fc from 'fast-check';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { estimateTerritory, type TerritoryPoint } from '../../src/core/territory';
import { pointInPolygon, signedArea2 } from '../../src/core/territory/rings';
import type { BlocId } from '../../src/core/types';
import { C_SHAPE, SQUARE } from '../fixtures/control/clip-polygons';

const pt = (
  id: string,
  lon: number,
  lat: number,
  bloc: BlocId | null,
  status: TerritoryPoint['status'] = 'controlled',
): TerritoryPoint => ({
  id,
  lon,
  lat,
  bloc,
  faction:
    bloc === 'government' ? 'government' : bloc === 'opposition' ? 'hts' : bloc === 'sdf' ? 'sdf' : null,
  status,
});

const parts = (g: Polygon | MultiPolygon): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
const area = (g: Polygon | MultiPolygon) =>
  parts(g).reduce(
    (s, p) => s + p.reduce((t, r, i) => t + ((i ? -1 : 1) * Math.abs(signedArea2(r))) / 2, 0),
    0,
  );
const bbox = (g: Polygon | MultiPolygon) => {
  const xs = parts(g)
    .flat(2)
    .map((p) => p[0]!);
  const ys = parts(g)
    .flat(2)
    .map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
};

// These layouts are degrees across: they check the Voronoi cells themselves, so the reach is unbounded
// (the baseline). territory-bounded.test.ts checks the reach.
const VORONOI = { reachKm: Infinity };

describe('estimateTerritory on hand-checked layouts', () => {
  it('splits a square between two places down the perpendicular bisector', () => {
    const t = estimateTerritory(
      [pt('g', 0.5, 0, 'government'), pt('o', 1.5, 0, 'opposition')],
      SQUARE,
      VORONOI,
    );
    const [gov, opp] = t.areas.features;
    expect(gov!.properties).toEqual({
      kind: 'area',
      bloc: 'government',
      faction: 'government',
      estimated: true,
      places: ['g'],
      rule: 'Voronoi cell with no reach limit',
    });
    expect(bbox(gov!.geometry)).toEqual([0, -1, 1, 1]);
    expect(bbox(opp!.geometry)).toEqual([1, -1, 2, 1]);
    expect(area(gov!.geometry)).toBeCloseTo(2, 6);
    expect(t.frontLines.features).toHaveLength(1);
    const line = t.frontLines.features[0]!;
    expect(line.properties).toEqual({
      kind: 'front-line',
      blocs: ['government', 'opposition'],
      estimated: true,
    });
    expect(line.geometry.type).toBe('LineString');
    const xs = (line.geometry.coordinates as Position[]).map((p) => p[0]);
    const ys = (line.geometry.coordinates as Position[]).map((p) => p[1]).sort();
    expect(new Set(xs)).toEqual(new Set([1]));
    expect([ys[0], ys[ys.length - 1]]).toEqual([-1, 1]);
  });

  it('merges the cells of one bloc and draws no line between them', () => {
    const t = estimateTerritory(
      [pt('a', 0.25, 0, 'opposition'), pt('b', 0.75, 0, 'opposition'), pt('c', 1.75, 0, 'sdf')],
      SQUARE,
      VORONOI,
    );
    const opp = t.areas.features.find((f) => f.properties.bloc === 'opposition')!;
    expect(opp.geometry.type).toBe('Polygon');
    expect(bbox(opp.geometry)).toEqual([0, -1, 1.25, 1]);
    expect(t.frontLines.features.map((f) => f.properties.blocs)).toEqual([['opposition', 'sdf']]);
  });

  it('keeps a contested place out of every area and returns its cell separately', () => {
    const t = estimateTerritory(
      [
        pt('g', 0.25, 0, 'government'),
        { ...pt('x', 1, 0, null, 'contested'), faction: null },
        pt('o', 1.75, 0, 'opposition'),
      ],
      SQUARE,
      VORONOI,
    );
    expect(t.areas.features.map((f) => [f.properties.bloc, area(f.geometry)])).toEqual([
      ['government', expect.closeTo(1.25, 6)],
      ['opposition', expect.closeTo(1.25, 6)],
    ]);
    expect(t.contested.features).toHaveLength(1);
    expect(t.contested.features[0]!.properties.places).toEqual(['x']);
    expect(area(t.contested.features[0]!.geometry)).toBeCloseTo(1.5, 6);
    // The two blocs never touch, so there is no front line between them.
    expect(t.frontLines.features).toEqual([]);
  });

  it('ignores places of unknown state, and returns empty collections with no known place', () => {
    const t = estimateTerritory([pt('u', 1, 0, null, 'unknown')], SQUARE, VORONOI);
    expect([t.areas.features, t.frontLines.features, t.contested.features]).toEqual([[], [], []]);
    const one = estimateTerritory(
      [pt('g', 1, 0, 'government'), pt('u', 1.5, 0, null, 'unknown')],
      SQUARE,
      VORONOI,
    );
    expect(one.areas.features).toHaveLength(1);
    expect(area(one.areas.features[0]!.geometry)).toBeCloseTo(4, 6);
  });

  it('clips to a concave outline, giving a bloc two parts when the bay cuts its cell', () => {
    // The bisector runs at lon 1.75; east of it the bay (lat −1 to 1) cuts the sdf cell in two.
    const t = estimateTerritory([pt('w', 0.5, 0, 'government'), pt('e', 3, 0, 'sdf')], C_SHAPE, VORONOI);
    const sdf = t.areas.features.find((f) => f.properties.bloc === 'sdf')!;
    expect(sdf.geometry.type).toBe('MultiPolygon');
    expect(parts(sdf.geometry)).toHaveLength(2);
    expect(area(sdf.geometry)).toBeCloseTo(2 * 2.25, 6);
    // The front (lon 1.75) crosses the outline twice: only the parts over land remain.
    const line = t.frontLines.features[0]!;
    expect(line.geometry.type).toBe('MultiLineString');
    for (const l of line.geometry.coordinates as Position[][]) {
      for (const p of l) expect(Math.abs(p[1]!)).toBeGreaterThanOrEqual(1);
    }
  });

  it('treats two places at one position held by different blocs as contested', () => {
    const t = estimateTerritory(
      [pt('a', 0.5, 0, 'government'), pt('b', 0.5, 0, 'opposition'), pt('c', 1.5, 0, 'sdf')],
      SQUARE,
      VORONOI,
    );
    expect(t.areas.features.map((f) => f.properties.bloc)).toEqual(['sdf']);
    expect(t.contested.features[0]!.properties.places).toEqual(['a', 'b']);
  });

  it('still covers the outline when a place lies outside it', () => {
    const t = estimateTerritory([pt('in', 1, 0, 'government'), pt('out', 30, 0, 'sdf')], SQUARE, VORONOI);
    expect(t.areas.features.map((f) => [f.properties.bloc, area(f.geometry)])).toEqual([
      ['government', expect.closeTo(4, 6)],
    ]);
  });

  it('returns the remembered result for the same places and owners, and a new one when an owner changes', () => {
    const a = [pt('g', 0.5, 0, 'government'), pt('o', 1.5, 0, 'opposition')];
    const first = estimateTerritory(a, SQUARE, VORONOI);
    expect(estimateTerritory([...a], SQUARE, VORONOI)).toBe(first);
    const changed = estimateTerritory([a[0]!, pt('o', 1.5, 0, 'government')], SQUARE, VORONOI);
    expect(changed).not.toBe(first);
    expect(changed.areas.features.map((f) => f.properties.bloc)).toEqual(['government']);
    expect(estimateTerritory(a, { ...SQUARE }, VORONOI)).not.toBe(first);
  });

  it('gives the faction of an area only when one faction holds all its places', () => {
    const t = estimateTerritory(
      [pt('a', 0.25, 0, 'opposition'), { ...pt('b', 0.75, 0, 'opposition'), faction: 'sna' }],
      SQUARE,
      VORONOI,
    );
    expect(t.areas.features[0]!.properties.faction).toBeNull();
  });
});

describe('estimateTerritory properties', () => {
  const BLOCS: BlocId[] = ['government', 'opposition', 'sdf', 'isis'];
  const pointsArb = fc.uniqueArray(
    fc.record({
      x: fc.integer({ min: 1, max: 3999 }),
      y: fc.integer({ min: -1999, max: 1999 }),
      b: fc.integer({ min: 0, max: 4 }),
    }),
    { selector: (p) => `${p.x},${p.y}`, minLength: 1, maxLength: 60 },
  );

  it('is valid RFC 7946 (winding, no empty parts) and every place lies in its own bloc’s area', () => {
    fc.assert(
      fc.property(pointsArb, (raw) => {
        const points = raw
          .map((p, i) => {
            const contested = p.b === 4;
            return {
              ...pt(
                `p${i}`,
                p.x / 1000,
                p.y / 1000,
                contested ? null : BLOCS[p.b]!,
                contested ? 'contested' : 'controlled',
              ),
            };
          })
          .filter((p) => pointInPolygon(p.lon, p.lat, C_SHAPE.coordinates));
        const t = estimateTerritory(points, C_SHAPE, VORONOI);
        for (const fcol of [t.areas, t.frontLines, t.contested])
          expect(() => check(JSON.stringify(fcol))).not.toThrow();
        for (const f of [...t.areas.features, ...t.contested.features]) {
          for (const poly of parts(f.geometry)) {
            expect(poly.length).toBeGreaterThan(0);
            poly.forEach((ring, i) => {
              expect(ring.length).toBeGreaterThanOrEqual(4);
              expect(ring[0]).toEqual(ring[ring.length - 1]);
              expect(signedArea2(ring) > 0, i === 0 ? 'exterior CCW' : 'hole CW').toBe(i === 0);
              for (const p of ring) {
                expect(Math.round(p[0]! * 1e6) / 1e6).toBe(p[0]);
                expect(Math.round(p[1]! * 1e6) / 1e6).toBe(p[1]);
              }
            });
          }
        }
        for (const p of points) {
          const own =
            p.status === 'contested'
              ? t.contested.features[0]
              : t.areas.features.find((f) => f.properties.bloc === p.bloc);
          expect(own, `${p.id} has an area`).toBeDefined();
          expect(
            parts(own!.geometry).some((poly) => pointInPolygon(p.lon, p.lat, poly)),
            `${p.id} inside its area`,
          ).toBe(true);
          for (const other of t.areas.features) {
            if (other === own) continue;
            expect(
              parts(other.geometry).some((poly) => pointInPolygon(p.lon, p.lat, poly)),
              `${p.id} not in ${other.properties.bloc}`,
            ).toBe(false);
          }
        }
        // The areas and contested cells tile the outline: their areas add up to the outline's (4·4 − 3·2 = 10).
        const total = [...t.areas.features, ...t.contested.features].reduce(
          (s, f) => s + area(f.geometry),
          0,
        );
        if (points.length) expect(total).toBeCloseTo(10, 3);
      }),
      { numRuns: 150 },
    );
  });
});
