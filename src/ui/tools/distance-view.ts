// What the distance panel shows and draws for one date: the nearest place of each side to the target, to
// its centre and to its (approximate) outline, and thin lines from those places to the target. The
// measuring is core's (nearestBySide, distanceToOutline); this module only shapes it for the view.
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { Place, PlaceState } from '../../core/types.ts';
import { geodesicPath, type LonLat } from '../../core/measure/geodesic.ts';
import { nearestBySide, sideOf, type PlaceIndex, type Side } from '../../core/measure/nearest.ts';
import { distanceToOutline } from '../../core/measure/outskirts.ts';

export type Outline = Polygon | MultiPolygon;

export interface NearestRow {
  side: Side;
  /** The side holds the target itself: the distance is 0 and `centre` names the target. */
  holds: boolean;
  centre: { place: Place; metres: number } | null;
  outskirts: { place: Place; metres: number; inside: boolean; edge: LonLat } | null;
}

export function outlineOf(outlines: FeatureCollection<Outline>, placeId: string): Outline | null {
  const f = outlines.features.find((o) => (o.properties as { place?: unknown } | null)?.place === placeId);
  return f?.geometry ?? null;
}

export function nearestRows(
  index: PlaceIndex,
  placesById: ReadonlyMap<string, Place>,
  states: ReadonlyMap<string, PlaceState>,
  target: Place,
  outline: Outline | null,
  /** In the order a reader scans them: the record's advancing bloc first (core/record's sidesOf). */
  sides: readonly Side[],
): NearestRow[] {
  const point: LonLat = [target.lon, target.lat];
  const holder = sideOf(states.get(target.id));
  return nearestBySide(index, states, { id: target.id, point, outline }, sides).map((r) => {
    // "Nearest opposition-held place to Homs: Waer, 5.4 km" would be wrong once the opposition holds Homs.
    if (r.side === holder) {
      return { side: r.side, holds: true, centre: { place: target, metres: 0 }, outskirts: null };
    }
    const cp = r.centre ? placesById.get(r.centre.place) : undefined;
    const op = r.outskirts ? placesById.get(r.outskirts.place) : undefined;
    let outskirts: NearestRow['outskirts'] = null;
    if (op && outline) {
      // Asked again for the edge point: nearestBySide returns the distance only, and the line needs an end.
      const d = distanceToOutline([op.lon, op.lat], outline);
      outskirts = { place: op, metres: d.metres, inside: d.inside, edge: d.nearest };
    }
    return {
      side: r.side,
      holds: false,
      centre: cp && r.centre ? { place: cp, metres: r.centre.metres } : null,
      outskirts,
    };
  });
}

export interface DistanceLineProps {
  side: Side;
  to: 'centre' | 'outskirts';
  place: string;
  metres: number;
}

/** Geodesic lines from each side's nearest place to the target's centre and to the outline's nearest point. */
export function distanceLines(
  rows: readonly NearestRow[],
  target: Place,
): FeatureCollection<LineString, DistanceLineProps> {
  const features: Array<Feature<LineString, DistanceLineProps>> = [];
  const centre: LonLat = [target.lon, target.lat];
  const line = (from: LonLat, to: LonLat): number[][] => geodesicPath(from, to, 500).map((c) => [...c]);
  for (const r of rows) {
    if (r.holds) continue;
    if (r.centre) {
      const p = r.centre.place;
      features.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: line([p.lon, p.lat], centre) },
        properties: { side: r.side, to: 'centre', place: p.id, metres: r.centre.metres },
      });
    }
    if (r.outskirts && !r.outskirts.inside) {
      const p = r.outskirts.place;
      features.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: line([p.lon, p.lat], r.outskirts.edge) },
        properties: { side: r.side, to: 'outskirts', place: p.id, metres: r.outskirts.metres },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
