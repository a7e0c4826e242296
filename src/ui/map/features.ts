// Plain data → GeoJSON for the map's own sources. Pure: tested in Node.
import type { Feature, FeatureCollection, Point, Polygon, MultiPolygon, Position } from 'geojson';
import type { Place } from '../../core/types';

export interface PlaceFeatureProps {
  id: string;
  name: string;
  nameAr: string;
  /** 1: a place the record is about (labelHints.always); 2: a city (≥ 100 000 people, or kind city); 3: everything else. */
  rank: 1 | 2 | 3;
  /** Collision priority for labels: lower wins. */
  sort: number;
  kind: string;
}

export function placeRank(p: Place, always: readonly string[]): 1 | 2 | 3 {
  if (always.includes(p.id)) return 1;
  if ((p.population ?? 0) >= 100_000 || p.kind === 'city') return 2;
  return 3;
}

/**
 * One point a place; the feature id is the place's index in `places`, which is what feature-state keys on
 * (MapLibre wants numeric ids for GeoJSON feature-state without promoteId).
 */
export function placeFeatures(
  places: readonly Place[],
  /** The places always labelled (the record's labelHints.always). */
  always: readonly string[],
): FeatureCollection<Point, PlaceFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: places.map((p, i) => ({
      type: 'Feature',
      id: i,
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: {
        id: p.id,
        name: p.name,
        nameAr: p.nameAr,
        rank: placeRank(p, always),
        // Bigger first; population 0 or unknown (Maarat al-Numan has 0 in GeoNames) falls back on the rank.
        sort: placeRank(p, always) * 1e7 - Math.min(p.population ?? 0, 9_999_999),
        kind: p.kind,
      },
    })),
  };
}

/** Signed area and centroid of a ring (shoelace), in degrees; good enough to place a label. */
function ringCentroid(ring: Position[]): { area: number; x: number; y: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j] as [number, number];
    const [x1, y1] = ring[i] as [number, number];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  a /= 2;
  return a === 0 ? { area: 0, x: NaN, y: NaN } : { area: Math.abs(a), x: cx / (6 * a), y: cy / (6 * a) };
}

/** Sutherland–Hodgman: the part of a ring inside an axis-aligned box (a label only needs its centroid). */
export function clipRing(ring: Position[], box: [number, number, number, number]): Position[] {
  const [w, s, e, n] = box;
  const edges: Array<(p: Position) => boolean> = [
    (p) => p[0]! >= w,
    (p) => p[0]! <= e,
    (p) => p[1]! >= s,
    (p) => p[1]! <= n,
  ];
  const cut = (a: Position, b: Position, k: number): Position => {
    const [x0, y0] = a as [number, number];
    const [x1, y1] = b as [number, number];
    if (k < 2) {
      const x = k === 0 ? w : e;
      return [x, y0 + ((y1 - y0) * (x - x0)) / (x1 - x0)];
    }
    const y = k === 2 ? s : n;
    return [x0 + ((x1 - x0) * (y - y0)) / (y1 - y0), y];
  };
  let out = ring;
  edges.forEach((inside, k) => {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i]!;
      const prev = input[(i + input.length - 1) % input.length]!;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur, k));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur, k));
    }
  });
  return out;
}

/**
 * A label point per country: the centroid of its largest part inside `box`, named by the
 * first of `nameKeys` the feature has.
 */
export function countryLabelPoints(
  fc: FeatureCollection | undefined,
  nameKeys: string[] = ['name', 'NAME', 'name_en', 'admin'],
  only: string[] | null = null,
  /** Labels go at the centroid of the part inside this box, so that Turkey's lands near the border. */
  box: [number, number, number, number] = [-180, -90, 180, 90],
): FeatureCollection<Point, { name: string }> {
  const features: Feature<Point, { name: string }>[] = [];
  for (const f of fc?.features ?? []) {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const key = nameKeys.find((k) => typeof props[k] === 'string');
    const name = key ? (props[key] as string) : '';
    if (!name || (only && !only.includes(name))) continue;
    const g = f.geometry as Polygon | MultiPolygon | null;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    let best = { area: 0, x: NaN, y: NaN };
    for (const poly of polys) {
      const outer = poly[0];
      if (!outer || outer.length < 4) continue;
      const c = ringCentroid(clipRing(outer, box));
      if (c.area > best.area) best = c;
    }
    if (best.area > 0) {
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [best.x, best.y] },
        properties: { name },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
