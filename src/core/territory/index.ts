// Estimated control areas and front lines for one date, derived from place states: Voronoi cells of the
// places with a known bloc, dissolved by bloc and clipped to the country outline. These are estimates of
// where one side's places are nearer than the other's, never surveyed lines; every feature says so.
//
// Contested places keep their own cells out of every bloc's area; they are returned separately as
// `contested` (the map hatches them). Places of unknown state do not shape the map at all.
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { featureCollection, intersect } from '@turf/turf';
import type { AreaProperties, BlocId, ControlStatus, FactionId, FrontLineProperties } from '../types';
import { PolygonClipper, mergeSegments } from './clip-lines';
import { voronoiRegions } from './dissolve';
import { tidyPolygon } from './rings';

export interface TerritoryPoint {
  id: string;
  lon: number;
  lat: number;
  bloc: BlocId | null;
  faction: FactionId | null;
  status: ControlStatus | 'unknown';
}

export interface ContestedAreaProperties {
  kind: 'contested';
  /** Ids of the contested places whose cells make up this area. */
  places: string[];
  estimated: true;
}

export interface Territory {
  areas: FeatureCollection<Polygon | MultiPolygon, AreaProperties>;
  frontLines: FeatureCollection<LineString | MultiLineString, FrontLineProperties>;
  contested: FeatureCollection<Polygon | MultiPolygon, ContestedAreaProperties>;
}

// A record has few distinct states (the real one about twenty), and the map asks for the same date again as
// the user scrubs: remember the last results per outline, keyed by the sites and their owners.
const MEMO_SIZE = 32;
const memo = new WeakMap<object, Map<string, Territory>>();

/**
 * Estimated areas, front lines and contested cells for one date. Results are memoised per outline object
 * and may be shared between calls: treat them as read-only.
 */
export function estimateTerritory(
  points: readonly TerritoryPoint[],
  clip: Polygon | MultiPolygon,
): Territory {
  let byKey = memo.get(clip);
  if (!byKey) memo.set(clip, (byKey = new Map()));
  const key = signature(points);
  const hit = byKey.get(key);
  if (hit) {
    // Re-insert to mark it recently used: insertion order doubles as recency.
    byKey.delete(key);
    byKey.set(key, hit);
    return hit;
  }
  const result = compute(points, clip);
  byKey.set(key, result);
  if (byKey.size > MEMO_SIZE) byKey.delete(byKey.keys().next().value!);
  return result;
}

function signature(points: readonly TerritoryPoint[]): string {
  const parts: string[] = [];
  for (const p of points) {
    if (p.status === 'unknown') continue;
    parts.push(`${p.id}|${p.lon}|${p.lat}|${p.status === 'contested' ? '~' : p.bloc}|${p.faction}`);
  }
  return parts.join('\n');
}

function compute(points: readonly TerritoryPoint[], clip: Polygon | MultiPolygon): Territory {
  const clipPolys = clip.type === 'Polygon' ? [clip.coordinates] : clip.coordinates;
  const clipRings = clipPolys.flat();
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of clipRings) {
    for (const [x, y] of r as [number, number][]) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  // Voronoi in an equirectangular plane scaled at the mid latitude, so bisectors are near-perpendicular on
  // the ground (a degree of longitude is ~0.82 of a degree of latitude in Syria).
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);

  // Owners are indexes into the blocs present, sorted (the record's factions name the blocs, not the code);
  // contested comes after them.
  const blocIds = [
    ...new Set(points.flatMap((p) => (p.status === 'controlled' && p.bloc ? [p.bloc] : []))),
  ].sort();
  const contestedOwner = blocIds.length;
  // One site per distinct position; sites shared by different owners become contested.
  const sites = new Map<string, { x: number; y: number; owner: number; places: TerritoryPoint[] }>();
  for (const p of points) {
    if (p.status === 'unknown' || !Number.isFinite(p.lon) || !Number.isFinite(p.lat)) continue;
    const owner = p.status === 'contested' || !p.bloc ? contestedOwner : blocIds.indexOf(p.bloc);
    const key = `${p.lon},${p.lat}`;
    const s = sites.get(key);
    if (!s) sites.set(key, { x: p.lon * k, y: p.lat, owner, places: [p] });
    else {
      s.places.push(p);
      if (s.owner !== owner) s.owner = contestedOwner;
    }
  }
  const list = [...sites.values()];
  const empty = {
    areas: featureCollection([]),
    frontLines: featureCollection([]),
    contested: featureCollection([]),
  } as unknown as Territory;
  if (!list.length) return empty;

  const { polygons, borders } = voronoiRegions(
    list.map((s) => s.x),
    list.map((s) => s.y),
    list.map((s) => s.owner),
    extentOf(list, [minX * k, minY, maxX * k, maxY]),
  );
  const unproject = (rings: Position[][][]): Position[][][] =>
    rings.map((poly) => poly.map((r) => r.map(([x, y]) => [x! / k, y!])));

  const clipFeature: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: clip };
  const clipped = (rings: Position[][][]): Position[][][] => {
    if (!rings.length) return [];
    const mine: Feature<MultiPolygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: rings },
    };
    const cut = intersect(featureCollection([mine, clipFeature]));
    if (!cut) return [];
    const parts = cut.geometry.type === 'Polygon' ? [cut.geometry.coordinates] : cut.geometry.coordinates;
    return parts.flatMap((p) => {
      const tidy = tidyPolygon(p);
      return tidy ? [tidy] : [];
    });
  };
  const geometry = (parts: Position[][][]): Polygon | MultiPolygon =>
    parts.length === 1
      ? { type: 'Polygon', coordinates: parts[0]! }
      : { type: 'MultiPolygon', coordinates: parts };

  const areas: Array<Feature<Polygon | MultiPolygon, AreaProperties>> = [];
  blocIds.forEach((bloc, owner) => {
    const parts = clipped(unproject(polygons.get(owner) ?? []));
    if (!parts.length) return;
    const factions = new Set(
      list.filter((s) => s.owner === owner).flatMap((s) => s.places.map((p) => p.faction)),
    );
    const faction = factions.size === 1 ? ([...factions][0] ?? null) : null;
    areas.push({
      type: 'Feature',
      properties: { kind: 'area', bloc, faction, estimated: true },
      geometry: geometry(parts),
    });
  });

  const contested: Array<Feature<Polygon | MultiPolygon, ContestedAreaProperties>> = [];
  const cParts = clipped(unproject(polygons.get(contestedOwner) ?? []));
  if (cParts.length) {
    const places = list.filter((s) => s.owner === contestedOwner).flatMap((s) => s.places.map((p) => p.id));
    contested.push({
      type: 'Feature',
      properties: { kind: 'contested', places, estimated: true },
      geometry: geometry(cParts),
    });
  }

  const clipper = new PolygonClipper(clipRings);
  const frontLines: Array<Feature<LineString | MultiLineString, FrontLineProperties>> = [];
  for (const [pair, segs] of [...borders].sort(([a], [b]) => a.localeCompare(b))) {
    const [lo, hi] = pair.split(',').map(Number) as [number, number];
    if (lo === contestedOwner || hi === contestedOwner) continue;
    const inside = segs.flatMap(([a, b]) => clipper.clip([a[0]! / k, a[1]!], [b[0]! / k, b[1]!]));
    const lines = mergeSegments(inside).filter((l) => l.length >= 2);
    if (!lines.length) continue;
    const blocs = [blocIds[lo]!, blocIds[hi]!].sort() as [BlocId, BlocId];
    frontLines.push({
      type: 'Feature',
      properties: { kind: 'front-line', blocs, estimated: true },
      geometry:
        lines.length === 1
          ? { type: 'LineString', coordinates: lines[0]! }
          : { type: 'MultiLineString', coordinates: lines },
    });
  }

  return {
    areas: { type: 'FeatureCollection', features: areas },
    frontLines: { type: 'FeatureCollection', features: frontLines },
    contested: { type: 'FeatureCollection', features: contested },
  };
}

/** The box around the outline and every site: the Voronoi frame must enclose a place just outside the outline too. */
function extentOf(
  sites: ReadonlyArray<{ x: number; y: number }>,
  box: [number, number, number, number],
): [number, number, number, number] {
  let [x0, y0, x1, y1] = box;
  for (const s of sites) {
    if (s.x < x0) x0 = s.x;
    if (s.x > x1) x1 = s.x;
    if (s.y < y0) y0 = s.y;
    if (s.y > y1) y1 = s.y;
  }
  return [x0, y0, x1, y1];
}
