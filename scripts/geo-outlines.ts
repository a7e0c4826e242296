// Approximate city outlines, so that "distance to the outskirts" has something to measure against.
// No npm package ships Syrian urban areas, so each outline is a geodesic circle around the GeoNames point
// whose area is the GeoNames population divided by one assumed mean density (stated in the properties).
import geographiclib from 'geographiclib-geodesic';

const { Geodesic } = geographiclib;
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Place } from '../src/core/types';
import { finish } from './geo-clean';

/** Assumed mean density of the built-up area, inhabitants per km². An assumption, not a measurement. */
export const ASSUMED_DENSITY = 12000;
export const OUTLINE_CITIES = [
  'homs',
  'aleppo',
  'hama',
  'damascus',
  'deir-ezzor',
  'raqqa',
  'idlib',
  'latakia',
  'deraa',
];
const VERTICES = 72;

export function geodesicCircle(lat: number, lon: number, radiusM: number, n = VERTICES): number[][] {
  const ring: number[][] = [];
  // Bearings decrease so that the ring runs counter-clockwise (RFC 7946 outer ring).
  for (let i = 0; i < n; i++) {
    const p = Geodesic.WGS84.Direct(lat, lon, 360 - (i * 360) / n, radiusM);
    ring.push([p.lon2!, p.lat2!]);
  }
  ring.push([...ring[0]!]);
  return ring;
}

export function buildOutlines(places: Place[]): FeatureCollection {
  const feats: Array<Feature<Polygon, Record<string, unknown>>> = OUTLINE_CITIES.map((id) => {
    const p = places.find((q) => q.id === id);
    if (!p || !p.population) throw new Error(`outline for ${id}: no place or no GeoNames population`);
    const areaKm2 = p.population / ASSUMED_DENSITY;
    const radiusKm = Math.sqrt(areaKm2 / Math.PI);
    return {
      type: 'Feature',
      properties: {
        place: id,
        name: p.name,
        method: `geodesic circle (WGS84) around GeoNames ${p.geonamesId}; area = GeoNames population ${p.population} / assumed density ${ASSUMED_DENSITY} per km²`,
        area_km2: Math.round(areaKm2 * 10) / 10,
        radius_km: Math.round(radiusKm * 1000) / 1000,
        approximate: true,
      },
      geometry: { type: 'Polygon', coordinates: [geodesicCircle(p.lat, p.lon, radiusKm * 1000)] },
    };
  });
  return finish(feats);
}
