// RFC 7946 to the letter, for every export: longitude first, at most 6 decimals (about 0.1 m, RFC 7946 §11.2),
// exterior rings counter-clockwise and holes clockwise (§3.1.6), no empty rings or parts, no `crs` (§4).
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** 6 decimals, and never -0 (some readers print it as "-0"). */
export function round6(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}

function roundPositions(ps: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ps) {
    const q = [round6(p[0]!), round6(p[1]!)];
    const last = out[out.length - 1];
    // Rounding can make neighbours equal; a repeated position is a zero-length edge some validators reject.
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/** Twice the signed area in lon/lat (shoelace): positive when the ring runs counter-clockwise. */
export function signedArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return s;
}

function normalizeRing(ring: Position[], exterior: boolean): Position[] | null {
  const r = roundPositions(ring);
  if (r.length > 1) {
    const [a, z] = [r[0]!, r[r.length - 1]!];
    if (a[0] !== z[0] || a[1] !== z[1]) r.push([a[0]!, a[1]!]);
  }
  // A closed ring needs four positions (a triangle and its closing point) and some area.
  if (r.length < 4) return null;
  const area = signedArea2(r);
  if (area === 0) return null;
  if (area > 0 !== exterior) r.reverse();
  return r;
}

function normalizePolygon(rings: Position[][]): Position[][] | null {
  const [outer, ...holes] = rings;
  const ext = outer && normalizeRing(outer, true);
  if (!ext) return null;
  return [ext, ...holes.map((h) => normalizeRing(h, false)).filter((h): h is Position[] => h !== null)];
}

function normalizeLine(line: Position[]): Position[] | null {
  const r = roundPositions(line);
  return r.length >= 2 ? r : null;
}

/** The geometry made RFC 7946-clean, or null when nothing is left of it. */
export function normalizeGeometry(g: Geometry | null): Geometry | null {
  if (!g) return null;
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: [round6(g.coordinates[0]!), round6(g.coordinates[1]!)] };
    case 'MultiPoint': {
      const cs = g.coordinates.map((p) => [round6(p[0]!), round6(p[1]!)]);
      return cs.length ? { type: 'MultiPoint', coordinates: cs } : null;
    }
    case 'LineString': {
      const cs = normalizeLine(g.coordinates);
      return cs ? { type: 'LineString', coordinates: cs } : null;
    }
    case 'MultiLineString': {
      const cs = g.coordinates.map(normalizeLine).filter((l): l is Position[] => l !== null);
      return cs.length ? { type: 'MultiLineString', coordinates: cs } : null;
    }
    case 'Polygon': {
      const cs = normalizePolygon(g.coordinates);
      return cs ? { type: 'Polygon', coordinates: cs } : null;
    }
    case 'MultiPolygon': {
      const cs = g.coordinates.map(normalizePolygon).filter((p): p is Position[][] => p !== null);
      return cs.length ? { type: 'MultiPolygon', coordinates: cs } : null;
    }
    case 'GeometryCollection': {
      const gs = g.geometries.map(normalizeGeometry).filter((x): x is Geometry => x !== null);
      return gs.length ? { type: 'GeometryCollection', geometries: gs } : null;
    }
  }
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
