import { describe, expect, it } from 'vitest';
import { distanceMetres } from '../../src/core/measure/geodesic.ts';
import { legMidpoint, measureRuler, rulerGeoJSON } from '../../src/ui/tools/ruler-geo.ts';

// GeoNames points (cities500.txt): Ar Rastan 172946, Tallbīsah 163779, Homs 169577.
const RASTAN = { lon: 36.73241, lat: 34.92667, label: 'Rastan' };
const TALBISEH = { lon: 36.73092, lat: 34.84072, label: 'Talbiseh' };
const HOMS = { lon: 36.72339, lat: 34.72682, label: 'Homs' };

describe('ruler geometry', () => {
  it('measures Rastan → Homs as geographiclib does (22 186.190 m)', () => {
    const m = measureRuler([RASTAN, HOMS]);
    expect(m.total).toBeCloseTo(22186.19, 2);
    expect(m.legs).toHaveLength(1);
  });

  it('draws one leg and a total label for two points, in the chosen units', () => {
    const fc = rulerGeoJSON([RASTAN, HOMS], 'mi');
    const kinds = fc.features.map((f) => f.properties.kind);
    expect(kinds).toEqual(['leg', 'vertex', 'vertex', 'total']);
    const total = fc.features.find((f) => f.properties.kind === 'total')!;
    expect(total.properties.label).toBe('13.79 mi');
    expect(total.geometry.coordinates).toEqual([HOMS.lon, HOMS.lat]);
    const vertex = fc.features.find((f) => f.properties.kind === 'vertex')!;
    expect(vertex.properties.label).toBe('Rastan');
  });

  it('densifies each leg with both ends exact and steps no longer than 250 m for a short leg', () => {
    const leg = rulerGeoJSON([RASTAN, HOMS], 'km').features[0]!;
    expect(leg.geometry.type).toBe('LineString');
    const coords = leg.geometry.coordinates as number[][];
    expect(coords[0]).toEqual([RASTAN.lon, RASTAN.lat]);
    expect(coords.at(-1)).toEqual([HOMS.lon, HOMS.lat]);
    // 22 186 m / 250 m → 89 steps → 90 points
    expect(coords).toHaveLength(90);
  });

  it('labels each leg and the total when there are several legs', () => {
    const fc = rulerGeoJSON([RASTAN, TALBISEH, HOMS], 'km');
    const labels = fc.features.filter((f) => f.properties.label && f.properties.kind !== 'vertex');
    const legs = measureRuler([RASTAN, TALBISEH, HOMS]).legs;
    expect(labels.map((f) => f.properties.label)).toEqual([
      `${(legs[0]! / 1000).toFixed(2)} km`,
      '12.65 km', // Talbiseh → Homs: 12 654.463 m (STACK.md)
      `Total ${((legs[0]! + legs[1]!) / 1000).toFixed(2)} km`,
    ]);
  });

  it('puts leg labels at the geodesic midpoint: equally far from both ends', () => {
    const from = [RASTAN.lon, RASTAN.lat] as const;
    const to = [HOMS.lon, HOMS.lat] as const;
    const mid = legMidpoint(from, to);
    expect(distanceMetres(from, mid)).toBeCloseTo(11093.095, 1);
    expect(distanceMetres(mid, to)).toBeCloseTo(11093.095, 1);
  });

  it('draws nothing but a vertex for one point, and nothing for none', () => {
    expect(rulerGeoJSON([RASTAN], 'km').features.map((f) => f.properties.kind)).toEqual(['vertex']);
    expect(rulerGeoJSON([], 'km').features).toEqual([]);
  });
});
