// The one geometry normaliser: what the estimated areas (territory), the exports (RFC 7946 to the letter) and
// the outskirts measure share. Turf does what Turf has: rounding (`truncate`, 6 decimals ≈ 0.1 m, RFC 7946
// §11.2), winding (`rewind`: exteriors counter-clockwise, holes clockwise, §3.1.6) and point in polygon. Added
// here only what Turf lacks: dropping repeated positions, degenerate rings and empty parts, and -0.
//
// export/validate.ts checks the result with its own code on purpose: a winding bug here must not pass there.
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { booleanPointInPolygon, rewind, truncate } from '@turf/turf';

/** 6 decimals, and never -0 (some readers print it as "-0"). */
export function round6(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}

/**
 * Twice the signed area (shoelace) in the plane of the coordinates: positive when the ring runs
 * counter-clockwise. Open or closed rings. Turf has no planar signed area (its `area` is geodesic, unsigned).
 */
export function signedArea2(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    s += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return s;
}

/** Turf's rounding leaves -0 where a tiny negative rounds to zero. */
const noNegativeZero = (p: Position): Position => [p[0] === 0 ? 0 : p[0]!, p[1] === 0 ? 0 : p[1]!];

/** Rounding can make neighbours equal; a repeated position is a zero-length edge some validators reject. */
function withoutRepeats(ps: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ps) {
    const q = noNegativeZero(p);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/** A closed ring with some area, or null: a ring needs four positions (a triangle and its closing point). */
function cleanRing(ring: readonly Position[]): Position[] | null {
  const r = withoutRepeats(ring);
  if (r.length > 1) {
    const [a, z] = [r[0]!, r[r.length - 1]!];
    if (a[0] !== z[0] || a[1] !== z[1]) r.push([a[0]!, a[1]!]);
  }
  return r.length >= 4 && signedArea2(r) !== 0 ? r : null;
}

function cleanPolygon(rings: readonly Position[][]): Position[][] | null {
  const [outer, ...holes] = rings;
  const ext = outer && cleanRing(outer);
  if (!ext) return null;
  return [ext, ...holes.map(cleanRing).filter((h): h is Position[] => h !== null)];
}

function cleanLine(line: readonly Position[]): Position[] | null {
  const r = withoutRepeats(line);
  return r.length >= 2 ? r : null;
}

/** Cleans a geometry already rounded; polygons are rewound by Turf. Null when nothing is left. */
function clean(g: Geometry): Geometry | null {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: noNegativeZero(g.coordinates) };
    case 'MultiPoint':
      return g.coordinates.length
        ? { type: 'MultiPoint', coordinates: g.coordinates.map(noNegativeZero) }
        : null;
    case 'LineString': {
      const cs = cleanLine(g.coordinates);
      return cs ? { type: 'LineString', coordinates: cs } : null;
    }
    case 'MultiLineString': {
      const cs = g.coordinates.map(cleanLine).filter((l): l is Position[] => l !== null);
      return cs.length ? { type: 'MultiLineString', coordinates: cs } : null;
    }
    case 'Polygon': {
      const cs = cleanPolygon(g.coordinates);
      return cs ? (rewind({ type: 'Polygon', coordinates: cs }, { mutate: true }) as Polygon) : null;
    }
    case 'MultiPolygon': {
      const cs = g.coordinates.map(cleanPolygon).filter((p): p is Position[][] => p !== null);
      return cs.length
        ? (rewind({ type: 'MultiPolygon', coordinates: cs }, { mutate: true }) as MultiPolygon)
        : null;
    }
    case 'GeometryCollection': {
      const gs = g.geometries.map(clean).filter((x): x is Geometry => x !== null);
      return gs.length ? { type: 'GeometryCollection', geometries: gs } : null;
    }
  }
}

/**
 * The geometry RFC 7946-clean: at most 6 decimals, longitude and latitude only, no repeated positions, no
 * empty or degenerate rings and parts, exteriors counter-clockwise and holes clockwise. Lines keep their
 * direction. Null when nothing is left of it.
 */
export function normalizeGeometry(g: Geometry | null): Geometry | null {
  if (!g) return null;
  return clean(truncate(g, { precision: 6, coordinates: 2 }));
}

/** Every feature normalised; features whose geometry vanished are dropped, and any `crs` member removed. */
export function normalizeFeatureCollection<F extends FeatureCollection>(fc: F): F {
  const features: Feature[] = [];
  for (const f of fc.features) {
    const geometry = normalizeGeometry(f.geometry);
    if (geometry) features.push({ ...f, geometry });
  }
  const { crs: _crs, ...rest } = fc as F & { crs?: unknown };
  return { ...rest, features } as unknown as F;
}

/** One polygon's rings normalised; null when its exterior vanishes. */
export function normalizePolygon(rings: readonly (readonly Position[])[]): Position[][] | null {
  const g = normalizeGeometry({ type: 'Polygon', coordinates: rings as Position[][] });
  return g ? (g as Polygon).coordinates : null;
}

/** Whether a point lies in a polygon (holes are outside; the boundary is inside). Turf's booleanPointInPolygon. */
export function pointInGeometry(p: readonly [number, number], g: Polygon | MultiPolygon): boolean {
  return booleanPointInPolygon([p[0], p[1]], g);
}
