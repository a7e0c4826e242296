// Geometry hygiene shared by every geo/ layer: turf.bboxClip leaves empty rings and parts, MapLibre's
// worker and strict GeoJSON checkers reject them, and RFC 7946 wants CCW outer rings and modest precision.
import { bboxClip, rewind } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

export type BBox = [number, number, number, number];

export const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;

function roundLine(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const q = [round6(p[0]!), round6(p[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++)
    a += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return a / 2;
}

function cleanRing(ring: Position[]): Position[] | null {
  const r = roundLine(ring);
  if (r.length && (r[0]![0] !== r[r.length - 1]![0] || r[0]![1] !== r[r.length - 1]![1])) r.push([...r[0]!]);
  // A ring needs three distinct corners and an area; clipping along the box edge leaves slivers with neither.
  if (r.length < 4 || Math.abs(ringArea(r)) < 1e-10) return null;
  return r;
}

function cleanPolygon(rings: Position[][]): Position[][] | null {
  const outer = rings[0] ? cleanRing(rings[0]) : null;
  if (!outer) return null;
  const holes = rings
    .slice(1)
    .map(cleanRing)
    .filter((r): r is Position[] => r !== null);
  return [outer, ...holes];
}

function cleanLine(line: Position[]): Position[] | null {
  const l = roundLine(line);
  return l.length >= 2 ? l : null;
}

/** Rounds to 6 decimals and drops empty rings, parts and geometries; null when nothing is left. */
export function cleanGeometry(g: Geometry): Geometry | null {
  switch (g.type) {
    case 'Polygon': {
      const p = cleanPolygon(g.coordinates);
      return p ? { type: 'Polygon', coordinates: p } : null;
    }
    case 'MultiPolygon': {
      const ps = g.coordinates.map(cleanPolygon).filter((p): p is Position[][] => p !== null);
      if (ps.length === 0) return null;
      return ps.length === 1
        ? { type: 'Polygon', coordinates: ps[0]! }
        : { type: 'MultiPolygon', coordinates: ps };
    }
    case 'LineString': {
      const l = cleanLine(g.coordinates);
      return l ? { type: 'LineString', coordinates: l } : null;
    }
    case 'MultiLineString': {
      const ls = g.coordinates.map(cleanLine).filter((l): l is Position[] => l !== null);
      if (ls.length === 0) return null;
      return ls.length === 1
        ? { type: 'LineString', coordinates: ls[0]! }
        : { type: 'MultiLineString', coordinates: ls };
    }
    case 'Point':
      return { type: 'Point', coordinates: [round6(g.coordinates[0]!), round6(g.coordinates[1]!)] };
    default:
      return g;
  }
}

/** Clips to the box (when given), cleans, and rewinds polygons to RFC 7946 (outer rings counter-clockwise). */
export function finish<P>(features: Array<Feature<Geometry, P>>, box?: BBox): FeatureCollection<Geometry, P> {
  const out: Array<Feature<Geometry, P>> = [];
  for (const f of features) {
    if (!f.geometry) continue;
    let g: Geometry | null = f.geometry;
    if (
      box &&
      (g.type === 'Polygon' ||
        g.type === 'MultiPolygon' ||
        g.type === 'LineString' ||
        g.type === 'MultiLineString')
    ) {
      g = bboxClip(f as Feature<typeof g>, box).geometry as Geometry;
    }
    g = g ? cleanGeometry(g) : null;
    if (!g) continue;
    if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
      g = (rewind({ type: 'Feature', properties: {}, geometry: g }, { reverse: false }) as Feature).geometry;
    }
    out.push({ type: 'Feature', properties: f.properties, geometry: g });
  }
  return { type: 'FeatureCollection', features: out };
}

/** One feature a line: small diffs when the data change, still plain JSON. */
export function stringifyCollection(fc: FeatureCollection): string {
  return (
    '{"type":"FeatureCollection","features":[\n' +
    fc.features.map((f) => JSON.stringify(f)).join(',\n') +
    '\n]}\n'
  );
}
