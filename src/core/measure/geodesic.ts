// Distances on the WGS84 ellipsoid with Karney's algorithm (geographiclib). Turf's `distance` is haversine
// on a sphere, about 0.23 % long on north–south lines at Syria's latitude: enough to move "5 km" claims.
import geographiclib from 'geographiclib-geodesic';

const { Geodesic } = geographiclib;
const WGS84 = Geodesic.WGS84;

/** A point as GeoJSON orders it: longitude first. */
export type LonLat = readonly [lon: number, lat: number];

/** The international mile (1959 agreement), exactly. */
export const METRES_PER_MILE = 1609.344;
export const METHOD = 'WGS84 geodesic (Karney, geographiclib)';

export interface GeodesicInverse {
  metres: number;
  /** Forward azimuth at the start, degrees clockwise from north, in [−180, 180]. */
  azimuthStart: number;
  /** Forward azimuth at the end (the direction of travel on arrival). */
  azimuthEnd: number;
}

export function inverse(from: LonLat, to: LonLat): GeodesicInverse {
  const r = WGS84.Inverse(from[1], from[0], to[1], to[0], Geodesic.DISTANCE | Geodesic.AZIMUTH);
  return { metres: r.s12 ?? NaN, azimuthStart: r.azi1 ?? NaN, azimuthEnd: r.azi2 ?? NaN };
}

export function distanceMetres(from: LonLat, to: LonLat): number {
  return WGS84.Inverse(from[1], from[0], to[1], to[0], Geodesic.DISTANCE).s12 ?? NaN;
}

export const metresToKm = (m: number): number => m / 1000;
export const metresToMiles = (m: number): number => m / METRES_PER_MILE;
export const kmToMiles = (km: number): number => (km * 1000) / METRES_PER_MILE;
export const milesToKm = (mi: number): number => (mi * METRES_PER_MILE) / 1000;

/**
 * Points along the geodesic from `from` to `to`, both ends included, no two more than `maxStepMetres` apart.
 * Drawn as straight lon/lat segments, a long ruler leg then follows the true geodesic instead of a rhumb-ish
 * chord of the map projection.
 */
export function geodesicPath(from: LonLat, to: LonLat, maxStepMetres = 1000): LonLat[] {
  if (!(maxStepMetres > 0)) throw new RangeError('maxStepMetres must be positive');
  const line = WGS84.InverseLine(
    from[1],
    from[0],
    to[1],
    to[0],
    Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.DISTANCE_IN | Geodesic.LONG_UNROLL,
  );
  const total = line.s13;
  const steps = Math.max(1, Math.ceil(total / maxStepMetres));
  const out: LonLat[] = [from];
  for (let i = 1; i < steps; i++) {
    const p = line.Position(
      (total * i) / steps,
      Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.LONG_UNROLL,
    );
    out.push([p.lon2 ?? NaN, p.lat2 ?? NaN]);
  }
  out.push(to);
  return out;
}

export interface PathLength {
  /** One entry per leg, in metres: legs[i] runs from points[i] to points[i + 1]. */
  legs: number[];
  total: number;
}

/** Length of a path of many points (a ruler): each leg a geodesic. */
export function pathLength(points: readonly LonLat[]): PathLength {
  const legs: number[] = [];
  for (let i = 1; i < points.length; i++) legs.push(distanceMetres(points[i - 1]!, points[i]!));
  // Summing legs in order is enough here: a ruler has a handful of legs, not millions.
  return { legs, total: legs.reduce((a, b) => a + b, 0) };
}
